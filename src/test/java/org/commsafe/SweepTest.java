package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.commsafe.cli.Main;
import org.commsafe.experiment.Experiment;
import org.commsafe.experiment.ExperimentLoader;
import org.commsafe.experiment.Shard;
import org.commsafe.experiment.Sweep;
import org.commsafe.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {
    @TempDir
    Path dir;

    private Path experiment() throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, """
            name: base
            days: 20
            burn_in_days: 5
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 600
              households_per_officer: 600
            """);
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, """
            name: exp
            base: base.yaml
            replications: 4
            design:
              type: factorial
              factors:
                households_per_officer: {from: 300, to: 1200, step: 300}
                quota_pressure: [0.0, 1.0]
            """);
        return f;
    }

    private static int cli(String... args) {
        return Main.execute(args);
    }

    @Test
    void factorialDesignAndOutputs() throws Exception {
        Experiment e = ExperimentLoader.load(experiment());
        assertEquals(8, e.points().size());
        assertEquals(32, e.runs());
        assertEquals("households_per_officer=300_quota_pressure=0", e.points().get(0).name());
        assertEquals(e.seedOf(0), e.seedOf(4), "replication 0 has the same seed at every point");
        Path out = dir.resolve("out");
        assertEquals(0, cli("sweep", experiment().toString(), "--out", out.toString(), "--threads", "2"));
        List<String> runs = Files.readAllLines(out.resolve("runs.csv"));
        assertEquals(33, runs.size());
        // households_per_officer is both a factor and an output: the factor column is prefixed, no name twice
        assertTrue(runs.get(0).startsWith("run,point,point_name,factor_households_per_officer,quota_pressure,replication,seed,"),
            runs.get(0));
        List<String> header = List.of(runs.get(0).split(","));
        assertEquals(header.size(), new HashSet<>(header).size(), "runs.csv column names are unique: " + header);
        assertTrue(header.contains("households_per_officer"), "the output column keeps its name");
        org.commsafe.analysis.ResultSet rs = org.commsafe.analysis.ResultSet.read(List.of(out));
        assertEquals(List.of("households_per_officer", "quota_pressure"), rs.factorKeys, "compare reads the factor back by its key");
        org.commsafe.analysis.ResultSet.Group g = rs.groups.get("households_per_officer=1200_quota_pressure=0");
        assertEquals("1200", g.factors.get("households_per_officer"));
        // the output column is the model's outcome, not a copy of the factor column
        int outCol = header.indexOf("households_per_officer");
        int factorCol = header.indexOf("factor_households_per_officer");
        assertTrue(runs.stream().skip(1).map(l -> l.split(",")).anyMatch(r -> !r[outCol].equals(r[factorCol])),
            "the output is read from its own column");
        List<String> daily = gunzipLines(out.resolve("daily.csv.gz"));
        assertEquals(1 + 32 * 20 * 3, daily.size());
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\": \"completed\""));
        assertTrue(manifest.contains("\"command_line\": \"commsafe sweep " + experiment() + " --out " + out + " --threads 2\""),
            "the manifest records the command as typed: " + manifest);
        assertEquals(2, cli("sweep", experiment().toString(), "--out", out.toString()), "refuses a non-empty directory");
    }

    @Test
    void killedSweepResumesToIdenticalBytes() throws Exception {
        Path whole = dir.resolve("whole");
        assertEquals(0, cli("sweep", experiment().toString(), "--out", whole.toString(), "--threads", "2"));

        Path killed = dir.resolve("killed");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "org.commsafe.cli.Main", "sweep", experiment().toString(),
            "--out", killed.toString(), "--threads", "1")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (countSummaries(killed) < 5 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        p.destroyForcibly().waitFor(); // kill -9
        int before = countSummaries(killed);
        assertTrue(before >= 5 && before < 32, "killed mid-way, after " + before + " runs");
        assertFalse(Files.exists(killed.resolve("runs.csv")), "no final output from a killed sweep");

        assertEquals(0, cli("sweep", experiment().toString(), "--out", killed.toString(), "--resume", "--threads", "2"));
        for (String f : List.of("runs.csv", "daily.csv.gz", "points.csv")) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(killed.resolve(f)), f);
        }
    }

    @Test
    void failedRunIsRecordedAndRetriedOnResume() throws Exception {
        Path out = dir.resolve("fail");
        System.setProperty("commsafe.faultRuns", "3");
        int code;
        try {
            // the fault set is read once per JVM; run the failing sweep in a child process
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dcommsafe.faultRuns=3,17", "-cp", System.getProperty("java.class.path"), "org.commsafe.cli.Main", "sweep",
                experiment().toString(), "--out", out.toString(), "--threads", "2")
                .redirectErrorStream(true).start();
            String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            code = p.waitFor();
            assertTrue(log.contains("2 run(s) failed") && log.contains("injected fault"), log);
        } finally {
            System.clearProperty("commsafe.faultRuns");
        }
        assertEquals(1, code);
        String manifest = Files.readString(out.resolve("manifest.json"));
        assertTrue(manifest.contains("\"status\": \"failed\""), manifest);
        assertEquals(31, Files.readAllLines(out.resolve("runs.csv")).size(), "the other 30 runs are there");
        assertEquals(0, cli("sweep", experiment().toString(), "--out", out.toString(), "--resume"));
        assertEquals(33, Files.readAllLines(out.resolve("runs.csv")).size());
    }

    @Test
    void shardsSplitTheRunsExactlyOnceAndBalanced() throws Exception {
        Experiment e = ExperimentLoader.load(experiment());
        for (int n : new int[] {1, 3, 4, 7, 40}) {
            Set<Integer> seen = new HashSet<>();
            int min = Integer.MAX_VALUE;
            int max = 0;
            for (int i = 0; i < n; i++) {
                List<Integer> runs = Sweep.runsOf(e, new Shard(i, n));
                for (int r : runs) {
                    assertTrue(seen.add(r), "run " + r + " in two shards");
                }
                min = Math.min(min, runs.size());
                max = Math.max(max, runs.size());
            }
            assertEquals(e.runs(), seen.size(), "union of " + n + " shards is the whole design");
            assertTrue(max - min <= 1, "balanced within one run");
        }
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("4/4"));
        assertThrows(IllegalArgumentException.class, () -> Shard.parse("x"));
    }

    @Test
    void samplingDesignsAndErrors() throws Exception {
        Path f = dir.resolve("lhs.yaml");
        experiment();
        Files.writeString(f, """
            base: base.yaml
            replications: 1
            design:
              type: lhs
              samples: 10
              factors:
                quota_pressure: {min: 0, max: 1}
                registers_per_case: {min: 1, max: 10}
            """);
        Experiment e = ExperimentLoader.load(f);
        assertEquals(10, e.points().size());
        // Latin hypercube: one sample in each tenth of each range
        Set<Integer> strata = new HashSet<>();
        for (var p : e.points()) {
            strata.add((int) Math.min(9, Double.parseDouble(p.factors().get("quota_pressure")) * 10));
            double reg = Double.parseDouble(p.factors().get("registers_per_case"));
            assertEquals(Math.rint(reg), reg, "integer parameter rounded");
        }
        assertEquals(10, strata.size());
        Files.writeString(f, Files.readString(f).replace("type: lhs", "type: sobol"));
        assertEquals(10 * (2 + 2), ExperimentLoader.load(f).points().size(), "Saltelli: N (k + 2) points");
        Files.writeString(f, Files.readString(f).replace("type: sobol", "type: morris").replace("samples:", "trajectories:"));
        assertEquals(10 * (2 + 1), ExperimentLoader.load(f).points().size(), "Morris: R (k + 1) points");
        Files.writeString(f, Files.readString(f).replace("type: morris", "type: lhs").replace("trajectories:", "samples:"));
        Files.writeString(f, Files.readString(f).replace("quota_pressure", "quota_presure"));
        ScenarioException ex = assertThrows(ScenarioException.class, () -> ExperimentLoader.load(f));
        assertTrue(ex.describe().contains("did you mean 'quota_pressure'"), ex.describe());
        assertEquals(7, ex.line());
        Files.writeString(f, Files.readString(f).replace("quota_presure", "quota_pressure").replace("replications: 1",
            "replications: 1\nseed: 562949953421312"));
        ScenarioException seed = assertThrows(ScenarioException.class, () -> ExperimentLoader.load(f));
        assertEquals("seed", seed.key());
        assertEquals(3, seed.line());
        assertTrue(seed.getMessage().contains("out of range [0, 562949953421311]"), seed.getMessage());
    }

    private static int countSummaries(Path out) throws IOException {
        Path parts = out.resolve("parts");
        if (!Files.isDirectory(parts)) {
            return 0;
        }
        try (Stream<Path> s = Files.list(parts)) {
            return (int) s.filter(p -> p.toString().endsWith(".summary.csv")).count();
        }
    }

    static List<String> gunzipLines(Path gz) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gz))) {
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            in.transferTo(b);
            return new ArrayList<>(List.of(b.toString(StandardCharsets.UTF_8).split("\n")));
        }
    }
}
