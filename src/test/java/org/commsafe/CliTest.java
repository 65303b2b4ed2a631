package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user meets it: outputs, exit codes, refusals, determinism. */
class CliTest {
    @TempDir
    Path dir;

    private Path tiny() throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, """
            name: tiny
            replications: 3
            days: 20
            burn_in_days: 10
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 600
              households_per_officer: 600
            """);
        return f;
    }

    @Test
    void commandLineIsRecordedAsTypedAndShellQuoted() {
        assertEquals("commsafe run scenarios/baseline.yaml --set quota_pressure=0.5 --out 'my results' --seed 'it'\\''s'",
            org.commsafe.cli.Main.commandLine(List.of("run", "scenarios/baseline.yaml", "--set", "quota_pressure=0.5", "--out",
                "my results", "--seed", "it's")));
        assertEquals("commsafe", org.commsafe.cli.Main.commandLine(List.of()));
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    @Test
    void runWritesTidyOutputs() throws Exception {
        Path out = dir.resolve("out");
        CliRun r = cli("run", tiny().toString(), "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("reporting_rate"), r.out());
        List<String> daily = Files.readAllLines(out.resolve("daily.csv"));
        String[] header = daily.get(0).split(",");
        assertEquals("replication", header[0]);
        assertEquals(4 + Metric.all().length, header.length);
        for (String col : List.of("crimes_attempted", "awareness_related_reported", "share_unseen_10d",
                "officer_hours_paperwork", "watch_funding", "offenders_incarcerated", "median_days_since_sighting")) {
            assertTrue(daily.get(0).contains(col), col);
        }
        // 3 replications x 20 days x (2 communities + city)
        assertEquals(1 + 3 * 20 * 3, daily.size());
        assertTrue(daily.get(3).contains(",city,"), daily.get(3));
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, summary.size());
        assertTrue(summary.get(0).contains("awareness_related_share_reported"));
        assertTrue(summary.get(0).contains("cadre_forms_share"));
        assertEquals(2 + SummaryMetric.values().length, summary.get(0).split(",").length);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"replication_seeds\""), manifest);
        assertTrue(manifest.contains("\"households_per_officer\": 600"), manifest);
        assertTrue(Files.exists(out.resolve("scenario.yaml")));
        try (var s = Files.list(out)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void outputsAreByteIdenticalWhateverTheThreads() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        assertEquals(0, cli("run", tiny().toString(), "--out", a.toString(), "--threads", "1", "--quiet").code());
        assertEquals(0, cli("run", tiny().toString(), "--out", b.toString(), "--threads", "3", "--quiet").code());
        for (String f : List.of("daily.csv", "summary.csv", "summary_stats.csv")) {
            assertArrayEquals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)), f);
        }
        Path c = dir.resolve("c");
        assertEquals(0, cli("run", tiny().toString(), "--out", c.toString(), "--seed", "99", "--quiet").code());
        assertFalse(Files.readString(a.resolve("summary.csv")).equals(Files.readString(c.resolve("summary.csv"))),
            "another seed gives other results");
    }

    @Test
    void seedsAreExactAsDoubles() throws Exception {
        Path out = dir.resolve("seeds");
        assertEquals(0, cli("run", tiny().toString(), "--out", out.toString(), "--seed", "562949953421311", "--quiet").code());
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(4, summary.size());
        for (String row : summary.subList(1, summary.size())) {
            String s = row.split(",")[1];
            long seed = Long.parseLong(s);
            assertTrue(seed >= 0 && seed < 1e15, s);
            assertEquals((double) seed, Double.parseDouble(s), s + " reads exactly as a double (R, Excel)");
            assertEquals(s, String.valueOf((long) Double.parseDouble(s)), s + " round-trips through a double");
        }
        for (int r = 0; r < 100_000; r++) {
            long seed = org.commsafe.experiment.Seeds.replicationSeed(r * 7919L, r);
            assertTrue(seed >= 0 && seed < (1L << 49), "seed " + seed);
        }
        CliRun neg = cli("run", tiny().toString(), "--seed", "-5", "--out", dir.resolve("never").toString());
        assertEquals(2, neg.code());
        assertTrue(neg.err().contains("command line: key '--seed': value -5 is out of range [0, 562949953421311]"), neg.err());
        assertFalse(neg.err().contains("Exception"), neg.err());
        CliRun big = cli("run", tiny().toString(), "--seed", "562949953421312", "--out", dir.resolve("never").toString());
        assertEquals(2, big.code());
        assertTrue(big.err().contains("'--seed'"), big.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    @Test
    void hotspotOnAShortBurnInIsRefusedOnTheCommandLine() throws IOException {
        CliRun r = cli("run", tiny().toString(), "--set", "camera_layout=HOTSPOT", "--out", dir.resolve("never").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("command line: key '--set camera_layout'") && r.err().contains("burn_in_days >= 180, got 10"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(dir.resolve("never")));
    }

    /** Means of a city column over replications for days [from, to] of a daily.csv. */
    private static double cityMean(Path daily, String column, int from, int to) throws IOException {
        List<String> lines = Files.readAllLines(daily);
        int col = List.of(lines.get(0).split(",")).indexOf(column);
        double sum = 0;
        int n = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            int day = Integer.parseInt(f[2]);
            if (f[3].equals("city") && day >= from && day <= to) {
                sum += Double.parseDouble(f[col]);
                n++;
            }
        }
        return sum / n;
    }

    @Test
    void warmupJudgesTheBurnInFromDayZero() throws Exception {
        Path out = dir.resolve("wu");
        CliRun r = cli("warmup", tiny().toString(), "--days", "100", "--out", out.toString(), "--threads", "2");
        List<String> table = Files.readAllLines(out.resolve("warmup.csv"));
        assertEquals("series,truncation_day,burn_in_days,bias_ratio,drift_z,drift_limit,ok", table.get(0));
        assertEquals(1 + 6, table.size(), "one row per series");
        boolean allOk = true;
        for (String row : table.subList(1, table.size())) {
            String[] f = row.split(",");
            assertEquals("10", f[2], "the scenario's burn_in_days");
            boolean found = !f[1].equals("NA");
            if (found) {
                int day = Integer.parseInt(f[1]);
                assertEquals(0, day % 5, "a whole number of 5-day batches: " + row);
                assertTrue(day <= 50, "a truncation point lies in the first half: " + row);
            }
            // 100 days leave no two post-burn-in blocks: the drift is NA, so only the MSER point can pass,
            // at or before the burn-in or past it with a gain below the noise
            assertEquals("NA", f[4], row);
            boolean ok = found && (Integer.parseInt(f[1]) <= 10 || Double.parseDouble(f[3]) < 1);
            assertEquals(String.valueOf(ok), f[6], row);
            String printed = r.out().lines().filter(l -> l.startsWith(f[0] + " ")).findFirst().orElseThrow();
            assertTrue(ok ? printed.contains("   ok") : printed.endsWith("BURN-IN TOO SHORT"), printed);
            assertTrue(printed.contains(found ? " " + f[1] + " " : "no minimum"), printed);
            allOk &= ok;
        }
        assertEquals(allOk ? 0 : 1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("output: " + out), r.out());

        // monthly means of the replications' mean, 30-day months: 30, 30, 30, 10 days
        List<String> series = Files.readAllLines(out.resolve("warmup_series.csv"));
        assertEquals("series,month,day_from,day_to,mean", series.get(0));
        assertEquals(1 + 6 * 4, series.size());
        // the same replications as `run` of the scenario as configured (burn-in 10), whose observed
        // day d is the warm-up's day d + 10: same seeds, same days
        Path asRun = dir.resolve("asrun.yaml");
        Files.writeString(asRun, "extends: tiny.yaml\ndays: 90\n");
        Path runOut = dir.resolve("asrun");
        assertEquals(0, cli("run", asRun.toString(), "--out", runOut.toString(), "--quiet").code());
        for (String[] check : new String[][] {{"trust_mean", "3", "61", "90"}, {"crimes_committed", "4", "91", "100"},
                {"tech_adoption_share", "2", "31", "60"}}) {
            String row = series.stream().filter(l -> l.startsWith(check[0] + "," + check[1] + ",")).findFirst().orElseThrow();
            String[] f = row.split(",");
            assertEquals(check[2], f[2], row);
            assertEquals(check[3], f[3], row);
            double expected = cityMean(runOut.resolve("daily.csv"), check[0], Integer.parseInt(check[2]) - 10,
                Integer.parseInt(check[3]) - 10);
            assertEquals(expected, Double.parseDouble(f[4]), 1e-6, row);
        }
        String seedsLine = "\"replication_seeds\"";
        assertEquals(Files.readAllLines(runOut.resolve("manifest.json")).stream().filter(l -> l.contains(seedsLine)).findFirst(),
            Files.readAllLines(out.resolve("manifest.json")).stream().filter(l -> l.contains(seedsLine)).findFirst());
        assertTrue(Files.readString(out.resolve("manifest.json")).contains("\"command_line\": \"commsafe warmup "),
            "the command line is recorded once");

        // threads change nothing
        Path one = dir.resolve("wu1");
        assertEquals(r.code(), cli("warmup", tiny().toString(), "--days", "100", "--out", one.toString(), "--threads", "1").code());
        for (String f : List.of("warmup.csv", "warmup_series.csv")) {
            assertArrayEquals(Files.readAllBytes(out.resolve(f)), Files.readAllBytes(one.resolve(f)), f);
        }

        // refusals: an existing output, too few days; nothing written, no trace
        CliRun again = cli("warmup", tiny().toString(), "--days", "100", "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("--out") && again.err().contains("not empty"), again.err());
        Path never = dir.resolve("never");
        CliRun shortRun = cli("warmup", tiny().toString(), "--days", "49", "--out", never.toString());
        assertEquals(2, shortRun.code());
        assertTrue(shortRun.err().contains("--days: MSER-5 needs at least 50 days"), shortRun.err());
        assertFalse(shortRun.err().contains("Exception"), shortRun.err());
        assertFalse(Files.exists(never));
    }

    @Test
    void warmupSkipsASeriesThatIsNoColumn() {
        ByteArrayOutputStream warn = new ByteArrayOutputStream();
        List<Metric> ms = org.commsafe.cli.WarmupCommand.metrics(List.of("trust_mean", "no_such_series", "reported"),
            new PrintStream(warn, true, StandardCharsets.UTF_8));
        assertEquals(List.of(Metric.TRUST_MEAN, Metric.REPORTED), ms);
        assertTrue(warn.toString(StandardCharsets.UTF_8).contains("warning: daily column 'no_such_series' not found"), warn.toString());
        assertEquals(6, org.commsafe.cli.WarmupCommand.metrics(org.commsafe.cli.WarmupCommand.SERIES, System.err).size(),
            "every series the warm-up examines is a daily column today");
    }

    /** 95% half-width / |mean| of a summary.csv column over its first n rows. */
    private static double relativeHalfWidth(List<String> summary, String column, int n) {
        int col = List.of(summary.get(0).split(",")).indexOf(column);
        assertTrue(col > 0, column);
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            String v = summary.get(1 + i).split(",")[col];
            xs[i] = v.equals("NA") ? Double.NaN : Double.parseDouble(v);
        }
        org.commsafe.analysis.Stats st = org.commsafe.analysis.Stats.of(xs);
        return (st.high() - st.low()) / 2 / Math.abs(st.mean());
    }

    @Test
    void precisionStopsAtTheFirstCountMeetingItAndEqualsRunWithThatCount() throws Exception {
        Path a = dir.resolve("precise");
        CliRun r = cli("run", tiny().toString(), "--precision", "0.6", "--out", a.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        List<String> summary = Files.readAllLines(a.resolve("summary.csv"));
        int n = summary.size() - 1;
        assertTrue(n > 3 && n < 200, "more than the scenario's 3 replications, fewer than the cap: " + n);
        assertTrue(r.out().contains("stopped by precision: " + n + " replications"), r.out());
        assertFalse(r.err().contains("warning"), r.err());
        String manifest = Files.readString(a.resolve("manifest.json"));
        for (String s : List.of("\"target_relative_half_width\": 0.6", "\"max_replications\": 200", "\"replications\": " + n,
                "\"stopped_by\": \"precision\"", "\"relative_half_widths\": {", "\"victimisation_per_1000\": 0.",
                "\"command_line\": \"commsafe run " + tiny() + " --precision 0.6")) {
            assertTrue(manifest.contains(s), s + " in " + manifest);
        }
        // the rule, recomputed from summary.csv: met at n, not at n - 1
        List<String> headline = new java.util.ArrayList<>();
        for (String c : List.of("victimisation_per_1000", "reporting_rate", "recorded_per_1000", "clearance_rate_cohort")) {
            if (SummaryMetric.byColumn(c) != null) {
                headline.add(c);
            }
        }
        assertTrue(headline.size() >= 2, headline.toString());
        boolean metBefore = true;
        for (String c : headline) {
            if (Double.isNaN(relativeHalfWidth(summary, c, n)) && c.equals("clearance_rate_cohort")) {
                continue; // undefined by design in a 20-day run (the cohort needs more than 90 days): no criterion
            }
            assertTrue(relativeHalfWidth(summary, c, n) < 0.6, c + " at " + n);
            metBefore &= relativeHalfWidth(summary, c, n - 1) < 0.6;
        }
        assertFalse(metBefore, "the target was not met one replication earlier");

        // byte-identical to `run --reps n`, and the same n whatever the threads
        Path b = dir.resolve("fixed");
        assertEquals(0, cli("run", tiny().toString(), "--reps", String.valueOf(n), "--out", b.toString(), "--threads", "1",
            "--quiet").code());
        Path c = dir.resolve("precise3");
        assertEquals(0, cli("run", tiny().toString(), "--precision", "0.6", "--out", c.toString(), "--threads", "3",
            "--quiet").code());
        for (String f : List.of("daily.csv", "summary.csv", "summary_stats.csv", "scenario.yaml")) {
            assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(a.resolve(f)), f);
            assertArrayEquals(Files.readAllBytes(b.resolve(f)), Files.readAllBytes(c.resolve(f)), f + " with 3 threads");
        }

        // the cap stops it, with a warning
        Path d = dir.resolve("capped");
        CliRun capped = cli("run", tiny().toString(), "--precision", "0.01", "--max-reps", "5", "--out", d.toString(), "--quiet");
        assertEquals(0, capped.code(), capped.err());
        assertEquals(1 + 5, Files.readAllLines(d.resolve("summary.csv")).size());
        assertTrue(capped.err().contains("warning: --max-reps 5 reached before the precision target 0.01"), capped.err());
        assertTrue(Files.readString(d.resolve("manifest.json")).contains("\"stopped_by\": \"max_replications\""));

        // bad input: exit 2, the option named, nothing written
        Path never = dir.resolve("never");
        for (String[] bad : new String[][] {{"--precision", "0"}, {"--precision", "-0.1"}, {"--precision", "NaN"},
                {"--precision", "lots"}, {"--max-reps", "10"}, {"--precision", "0.1", "--max-reps", "2"}}) {
            List<String> args = new java.util.ArrayList<>(List.of("run", tiny().toString(), "--out", never.toString()));
            args.addAll(List.of(bad));
            CliRun e = cli(args.toArray(String[]::new));
            assertEquals(2, e.code(), String.join(" ", bad));
            assertTrue(e.err().contains(bad[bad.length - 2]), String.join(" ", bad) + ": " + e.err());
            assertFalse(e.err().contains("Exception"), e.err());
        }
        assertFalse(Files.exists(never));
    }

    @Test
    void refusesNonEmptyDirectoryUnlessOverwrite() throws Exception {
        Path out = dir.resolve("busy");
        Files.createDirectories(out);
        Files.writeString(out.resolve("keep.txt"), "mine");
        CliRun r = cli("run", tiny().toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("not empty"), r.err());
        assertEquals("mine", Files.readString(out.resolve("keep.txt")));
        assertEquals(0, cli("run", tiny().toString(), "--out", out.toString(), "--overwrite", "--quiet").code());
        assertTrue(Files.exists(out.resolve("daily.csv")));
    }

    @Test
    void badInputExitsTwoWithoutTraceOrDirectory() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: bad\nparameters:\n  quota_presure: 0.5\n");
        Path out = dir.resolve("never");
        CliRun r = cli("run", bad.toString(), "--out", out.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("bad.yaml:3: key 'quota_presure': unknown parameter (did you mean 'quota_pressure'?)"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
        assertFalse(Files.exists(out));

        CliRun missing = cli("run", dir.resolve("nope.yaml").toString(), "--out", out.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("file not found"), missing.err());
        assertFalse(Files.exists(out));

        CliRun set = cli("run", tiny().toString(), "--set", "quota_pressure=2", "--out", out.toString());
        assertEquals(2, set.code());
        assertTrue(set.err().contains("command line: key 'quota_pressure': value 2.0 is out of range"), set.err());

        assertEquals(2, cli("run").code(), "missing argument is a usage error");
        assertEquals(2, cli("run", tiny().toString(), "--reps", "many").code());
    }

    @Test
    void validatePrintsResolvedParameters() throws Exception {
        CliRun r = cli("validate", "scenarios/strained.yaml");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("households_per_officer: 6000"), r.out());
        assertTrue(r.out().contains("registers_per_case: 4"), r.out());
        assertEquals(0, cli("--version").code());
        assertEquals(0, cli("params", "--markdown").code());
    }
}
