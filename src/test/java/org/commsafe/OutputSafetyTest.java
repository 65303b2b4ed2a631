package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.commsafe.experiment.OutputLock;
import org.commsafe.experiment.ScenarioRun;
import org.commsafe.experiment.SweepFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, output integrity: each test reproduces a failure found by trying commsafe as a
 * careless or hostile user would (overlapping writers, resuming with other settings, damaged
 * parts, overwriting after a failure, damaged inputs to compare) and checks it is now refused
 * or repaired.
 */
class OutputSafetyTest {
    @TempDir
    Path dir;

    private Path scenario() throws IOException {
        Path f = dir.resolve("tiny.yaml");
        Files.writeString(f, """
            name: tiny
            replications: 2
            days: 10
            burn_in_days: 5
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 400
              households_per_officer: 400
            """);
        return f;
    }

    private Path experiment(String days, int reps) throws IOException {
        Files.writeString(dir.resolve("base.yaml"), """
            name: base
            days: %s
            burn_in_days: 5
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 400
              households_per_officer: 400
            """.formatted(days));
        Path f = dir.resolve("exp.yaml");
        Files.writeString(f, """
            name: exp
            base: base.yaml
            replications: %d
            design:
              type: factorial
              factors:
                quota_pressure: [0.0, 1.0]
            """.formatted(reps));
        return f;
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    /** Makes a finished sweep look killed: no manifest and no assembled outputs, the parts kept. */
    private static void unfinish(Path sweep) throws IOException {
        for (String f : List.of(SweepFiles.MANIFEST, SweepFiles.RUNS, SweepFiles.DAILY)) {
            Files.deleteIfExists(sweep.resolve(f));
        }
    }

    // ---- locks

    @Test
    void secondWriterIntoALockedDirectoryIsRefusedNamingTheHolder() throws Exception {
        Path out = dir.resolve("out");
        String pid = Long.toString(ProcessHandle.current().pid());
        try (OutputLock held = OutputLock.acquire(out, "commsafe run first", null)) {
            CliRun r = cli("run", scenario().toString(), "--out", out.toString(), "--quiet");
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().contains("in use by another commsafe: pid " + pid) && r.err().contains("commsafe run first"), r.err());
            CliRun s = cli("sweep", experiment("10", 1).toString(), "--out", out.toString(), "--resume");
            assertEquals(2, s.code(), s.err());
            assertTrue(s.err().contains("in use by another commsafe"), s.err());
            assertEquals(2, cli("merge", dir.resolve("nothing").toString(), "--out", out.toString()).code());
            assertFalse(Files.exists(out.resolve(ScenarioRun.DAILY)), "the refused writer wrote nothing");
        }
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released");
        CliRun r = cli("run", scenario().toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)), "released on exit");
        Path cmp = dir.resolve("cmp");
        try (OutputLock held = OutputLock.acquire(cmp, "commsafe compare first", null)) {
            CliRun c = cli("compare", out.toString(), "--out", cmp.toString());
            assertEquals(2, c.code(), c.err());
            assertTrue(c.err().contains("in use by another commsafe"), c.err());
            assertFalse(Files.exists(cmp.resolve("comparison.csv")));
        }
        assertEquals(0, cli("compare", out.toString(), "--out", cmp.toString()).code(), "free again");
    }

    @Test
    void overlappingWriterProcessRefusesTheSecond() throws Exception {
        Path out = dir.resolve("shared");
        Path exp = experiment("400", 6);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), "org.commsafe.cli.Main", "sweep", exp.toString(),
            "--out", out.toString(), "--threads", "1")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!Files.exists(out.resolve(OutputLock.FILE)) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            if (p.isAlive()) {
                CliRun second = cli("sweep", exp.toString(), "--out", out.toString(), "--resume", "--threads", "1");
                assertEquals(2, second.code(), second.err());
                assertTrue(second.err().contains("pid " + p.pid()), second.err());
            }
        } finally {
            p.destroyForcibly().waitFor();
        }
        // kill -9 left the lock: it is stale (same host, pid gone) and taken over
        assertTrue(Files.exists(out.resolve(OutputLock.FILE)));
        CliRun resumed = cli("sweep", exp.toString(), "--out", out.toString(), "--resume", "--threads", "1");
        assertEquals(0, resumed.code(), resumed.err());
        assertTrue(resumed.err().contains("taking over a stale lock of pid " + p.pid()), resumed.err());
        assertFalse(Files.exists(out.resolve(OutputLock.FILE)));
    }

    @Test
    void staleLockIsTakenOverAndForeignHostLockIsNot() throws Exception {
        Path out = Files.createDirectories(dir.resolve("stale"));
        Process dead = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        dead.waitFor();
        String host = java.net.InetAddress.getLocalHost().getHostName();
        Files.writeString(out.resolve(OutputLock.FILE), "pid=" + dead.pid() + "\nhost=" + host + "\nstarted=then\ncommand=x\n");
        CliRun r = cli("run", scenario().toString(), "--out", out.toString(), "--quiet");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("taking over a stale lock of pid " + dead.pid()), r.err());

        Path other = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(other.resolve(OutputLock.FILE), "pid=1\nhost=node-elsewhere-7\nstarted=then\ncommand=commsafe sweep\n");
        CliRun f = cli("run", scenario().toString(), "--out", other.toString(), "--quiet");
        assertEquals(2, f.code(), f.err());
        assertTrue(f.err().contains("pid 1 on host node-elsewhere-7"), f.err());
        // a Slurm task killed on another node and resubmitted here: its lock stopped being refreshed
        Files.setLastModifiedTime(other.resolve(OutputLock.FILE), java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(OutputLock.STALE_AFTER).minusSeconds(60)));
        CliRun later = cli("run", scenario().toString(), "--out", other.toString(), "--quiet");
        assertEquals(0, later.code(), later.err());
        assertTrue(later.err().contains("taking over a stale lock of pid 1 on node-elsewhere-7") && later.err().contains(
            "not refreshed for 11 minutes"), later.err());
    }

    @Test
    void anOutputThatCannotBeCreatedIsRefusedNotThrown() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliRun r = cli("run", scenario().toString(), "--out", file.resolve("sub").toString(), "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("cannot create the directory"), r.err());
        CliRun f = cli("run", scenario().toString(), "--out", file.toString(), "--quiet");
        assertEquals(2, f.code(), f.err());
        assertTrue(f.err().contains("exists and is not a directory"), f.err());
    }

    // ---- resume and merge fingerprints

    @Test
    void resumeWithOtherDaysSeedRepsOrDailyIsRefusedNamingWhatDiffers() throws Exception {
        Path out = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 2).toString(), "--out", out.toString(), "--threads", "2").code());
        unfinish(out);
        CliRun days = cli("sweep", experiment("12", 2).toString(), "--out", out.toString(), "--resume");
        assertEquals(2, days.code(), days.err());
        assertTrue(days.err().contains("days: 12 now, 10 in " + out), days.err());
        CliRun reps = cli("sweep", experiment("10", 3).toString(), "--out", out.toString(), "--resume");
        assertEquals(2, reps.code(), reps.err());
        assertTrue(reps.err().contains("replications: 3 now, 2 in"), reps.err());
        Files.writeString(dir.resolve("exp.yaml"), Files.readString(experiment("10", 2)).replace("replications: 2",
            "replications: 2\nseed: 99"));
        CliRun seed = cli("sweep", dir.resolve("exp.yaml").toString(), "--out", out.toString(), "--resume");
        assertEquals(2, seed.code(), seed.err());
        assertTrue(seed.err().contains("base_seed: 99 now"), seed.err());
        CliRun daily = cli("sweep", experiment("10", 2).toString(), "--out", out.toString(), "--resume", "--daily", "city");
        assertEquals(2, daily.code(), daily.err());
        assertTrue(daily.err().contains("daily_rows: city now, all in"), daily.err());
        CliRun shard = cli("sweep", experiment("10", 2).toString(), "--out", out.toString(), "--resume", "--shard", "0/2");
        assertEquals(2, shard.code(), shard.err());
        assertTrue(shard.err().contains("shard: 0/2 now"), shard.err());
        assertFalse(Files.exists(out.resolve(SweepFiles.RUNS)), "refusals wrote nothing");
        assertEquals(0, cli("sweep", experiment("10", 2).toString(), "--out", out.toString(), "--resume").code());
    }

    @Test
    void resumeOfADirectoryWithoutFingerprintIsRefused() throws Exception {
        Path out = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(out.resolve("points.csv"), "whatever\n");
        CliRun r = cli("sweep", experiment("10", 1).toString(), "--out", out.toString(), "--resume");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("no fingerprint.txt"), r.err());
    }

    @Test
    void aSweepKilledBeforeItsFingerprintLandedResumesAsAFreshStart() throws Exception {
        Path out = Files.createDirectories(dir.resolve("early"));
        // what kill -9 leaves while the first file is being written: the temporary, not yet renamed
        Files.writeString(out.resolve("fingerprint.txt.commsafe-99999-1.tmp"), "experiment_sha256: ab");
        CliRun r = cli("sweep", experiment("10", 1).toString(), "--out", out.toString(), "--resume", "--threads", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(out.resolve(SweepFiles.RUNS)));
    }

    @Test
    void resumeOfABinaryFingerprintIsRefusedNamingTheFile() throws Exception {
        Path out = dir.resolve("binary");
        assertEquals(0, cli("sweep", experiment("10", 1).toString(), "--out", out.toString(), "--threads", "1").code());
        unfinish(out);
        Files.write(out.resolve("fingerprint.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 10});
        CliRun r = cli("sweep", experiment("10", 1).toString(), "--out", out.toString(), "--resume");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("fingerprint.txt") && r.err().contains("not UTF-8"), r.err());
        assertFalse(r.err().contains("MalformedInputException"), r.err());
    }

    @Test
    void mergeRefusesShardsRunWithDifferentDaily() throws Exception {
        Path exp = experiment("10", 2);
        Path s0 = dir.resolve("s0");
        Path s1 = dir.resolve("s1");
        assertEquals(0, cli("sweep", exp.toString(), "--shard", "0/2", "--out", s0.toString(), "--daily", "city").code());
        assertEquals(0, cli("sweep", exp.toString(), "--shard", "1/2", "--out", s1.toString()).code());
        CliRun m = cli("merge", s0.toString(), s1.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, m.code(), m.err());
        assertTrue(m.err().contains("daily_rows: all in " + s1 + ", city in " + s0), m.err());
        assertFalse(Files.exists(dir.resolve("m")), "nothing written on refusal");
    }

    @Test
    void calibrateResumeWithOtherRepsIsRefused() throws Exception {
        Path t = dir.resolve("t.yaml");
        Files.writeString(t, """
            targets:
              cadre_forms_share: {min: 0.45, max: 0.55, source: "test"}
            free:
              hours_per_form: {min: 0.5, max: 5.0}
            """);
        Path out = dir.resolve("cal");
        CliRun first = cli("calibrate", scenario().toString(), "--targets", t.toString(), "--max-evals", "2", "--check-reps", "1",
            "--out", out.toString(), "--threads", "2");
        assertTrue(first.code() <= 1, first.err());
        CliRun other = cli("calibrate", scenario().toString(), "--reps", "3", "--targets", t.toString(), "--max-evals", "2",
            "--out", out.toString(), "--resume");
        assertEquals(2, other.code(), other.err());
        assertTrue(other.err().contains("replications: 3 now, 2 in " + out), other.err());
        CliRun again = cli("calibrate", scenario().toString(), "--targets", t.toString(), "--max-evals", "2",
            "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("pass --resume") && !again.err().contains("--overwrite"), again.err());
    }

    // ---- parts

    @Test
    void emptyOrCutShortPartsAreRunAgainOnResumeAndRefusedByMerge() throws Exception {
        Path exp = experiment("10", 2);
        Path whole = dir.resolve("whole");
        assertEquals(0, cli("sweep", exp.toString(), "--out", whole.toString(), "--threads", "2").code());
        Path damaged = dir.resolve("damaged");
        assertEquals(0, cli("sweep", exp.toString(), "--out", damaged.toString(), "--threads", "2").code());
        unfinish(damaged);
        Files.write(SweepFiles.summaryPart(damaged, 1), new byte[0]); // an empty summary part
        byte[] daily = Files.readAllBytes(SweepFiles.dailyPart(damaged, 2));
        Files.write(SweepFiles.dailyPart(damaged, 2), java.util.Arrays.copyOf(daily, daily.length / 2)); // half a daily part
        Files.delete(SweepFiles.checkPart(damaged, 3)); // killed before its check was written

        CliRun r = cli("sweep", exp.toString(), "--out", damaged.toString(), "--resume", "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("run 1: ") && r.err().contains("(empty)") && r.err().contains("run 2: "), r.err());
        assertTrue(r.err().contains("resuming: 1 runs already complete, 3 to run"), r.err());
        for (String f : List.of(SweepFiles.RUNS, SweepFiles.DAILY, SweepFiles.POINTS)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(damaged.resolve(f)), f);
        }

        // merge: a shard with a damaged part is refused, naming the run and the part
        Path s0 = dir.resolve("s0");
        Path s1 = dir.resolve("s1");
        assertEquals(0, cli("sweep", exp.toString(), "--shard", "0/2", "--out", s0.toString()).code());
        assertEquals(0, cli("sweep", exp.toString(), "--shard", "1/2", "--out", s1.toString()).code());
        byte[] part = Files.readAllBytes(SweepFiles.dailyPart(s1, 1));
        part[part.length / 2] ^= 1;
        Files.write(SweepFiles.dailyPart(s1, 1), part);
        CliRun m = cli("merge", s0.toString(), s1.toString(), "--out", dir.resolve("m").toString());
        assertEquals(2, m.code(), m.err());
        assertTrue(m.err().contains("run 1: 0000001.daily.csv.gz fails its SHA-256 checksum"), m.err());
        assertTrue(m.err().contains("--resume"), m.err());
    }

    @Test
    void partsLeaveNoTemporaryFiles() throws Exception {
        Path out = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 2).toString(), "--out", out.toString()).code());
        try (Stream<Path> s = Files.walk(out)) {
            assertFalse(s.anyMatch(p -> p.toString().endsWith(".tmp")), "no temporary files left");
        }
        assertTrue(Files.readString(SweepFiles.checkPart(out, 0)).contains("daily_rows=30\n"), "10 days x (2 + city) rows");
    }

    // ---- overwrite and failures

    @Test
    void overwriteRemovesOnlyCommsafeFilesAndAFailedWriteLeavesNoManifest() throws Exception {
        Path out = dir.resolve("run");
        assertEquals(0, cli("run", scenario().toString(), "--out", out.toString(), "--quiet").code());
        Files.writeString(out.resolve("my-notes.txt"), "mine");
        Files.writeString(out.resolve("daily.csv.commsafe-1-1.tmp"), "left by a kill");
        CliRun r = cli("run", scenario().toString(), "--out", out.toString(), "--overwrite", "--quiet", "--reps", "1");
        assertEquals(0, r.code(), r.err());
        assertEquals("mine", Files.readString(out.resolve("my-notes.txt")), "a user's file stays");
        assertFalse(Files.exists(out.resolve("daily.csv.commsafe-1-1.tmp")));
        assertEquals(2, Files.readAllLines(out.resolve(ScenarioRun.SUMMARY)).size());

        // a write that fails part-way (here: a broken result) leaves no manifest, and compare refuses it
        org.commsafe.scenario.Scenario s = org.commsafe.scenario.ScenarioLoader.load(scenario());
        org.commsafe.experiment.RunResult broken = new org.commsafe.experiment.RunResult(0, 1, 2, 800, new String[] {"a", "b"}, null);
        assertThrows(RuntimeException.class, () -> ScenarioRun.write(s, out, 1, "test", java.time.Instant.now(), List.of(broken),
            null));
        assertFalse(Files.exists(out.resolve(ScenarioRun.MANIFEST)), "the old manifest went first");
        CliRun c = cli("compare", out.toString(), "--out", dir.resolve("cmp").toString());
        assertEquals(2, c.code(), c.err());
        assertTrue(c.err().contains(out + ": unfinished output: no manifest.json"), c.err());
    }

    @Test
    void sweepAdviceNamesAnOptionSweepAccepts() throws Exception {
        Path out = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 1).toString(), "--out", out.toString()).code());
        CliRun again = cli("sweep", experiment("10", 1).toString(), "--out", out.toString());
        assertEquals(2, again.code());
        assertTrue(again.err().contains("pass --resume") && !again.err().contains("--overwrite"), again.err());
    }

    // ---- run streams its daily rows

    @Test
    void runHoldsAtMostTwoReplicationsPerThread() throws Exception {
        org.commsafe.scenario.Scenario s = org.commsafe.scenario.ScenarioLoader.load(scenario()).withReplications(12);
        java.util.concurrent.atomic.AtomicInteger finished = new java.util.concurrent.atomic.AtomicInteger();
        int[] consumed = {0};
        int[] held = {0};
        List<Integer> order = new java.util.ArrayList<>();
        org.commsafe.experiment.Batch.stream(s, 2, rep -> finished.incrementAndGet(), r -> {
            held[0] = Math.max(held[0], finished.get() - consumed[0]);
            consumed[0]++;
            order.add(r.replication());
        });
        assertEquals(java.util.stream.IntStream.range(0, 12).boxed().toList(), order, "in replication order");
        assertTrue(held[0] <= 4, "at most 2 x threads finished replications held, was " + held[0]);
        // and the streamed run writes the same bytes as the in-memory writer
        Path streamed = dir.resolve("streamed");
        Path whole = dir.resolve("whole");
        ScenarioRun.execute(s, streamed, 2, "test", null);
        ScenarioRun.write(s, whole, 2, "test", java.time.Instant.now(), org.commsafe.experiment.Batch.run(s, 2, null), null);
        for (String f : List.of(ScenarioRun.DAILY, ScenarioRun.SUMMARY, ScenarioRun.SUMMARY_STATS, ScenarioRun.SCENARIO)) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(streamed.resolve(f)), f);
        }
    }

    // ---- Slurm recovery

    @Test
    void slurmRecoveryAdviceMakesTheMergeWaitForTheResubmittedTask() throws Exception {
        CliRun r = cli("slurm", experiment("10", 2).toString(), "--tasks", "2", "--out", dir.resolve("cluster").toString(),
            "--jar", "/opt/commsafe.jar");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("task=$(sbatch --parsable --array=I ") && r.out().contains("sbatch --dependency=afterok:$task ")
            && r.out().contains("scancel"), r.out());
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("sbatch --dependency=afterok:$task"), "the README recipe makes the merge wait");
    }

    // ---- compare on damaged inputs

    @Test
    void compareRefusesDamagedInputsNamingFileAndLine() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 2).toString(), "--out", sweep.toString()).code());
        Path runs = sweep.resolve(SweepFiles.RUNS);
        String good = Files.readString(runs);

        Files.writeString(runs, good.substring(0, good.length() - 3)); // truncated inside its last value
        CliRun cut = cli("compare", sweep.toString(), "--out", dir.resolve("c1").toString());
        assertEquals(2, cut.code(), cut.err());
        assertTrue(cut.err().contains(runs + ":5: last line is cut short"), cut.err());

        Files.writeString(runs, good.substring(0, good.indexOf('\n') + 1)); // header only
        CliRun header = cli("compare", sweep.toString(), "--out", dir.resolve("c2").toString());
        assertEquals(2, header.code(), header.err());
        assertTrue(header.err().contains(runs + ": no runs"), header.err());
        assertFalse(header.err().contains("NoSuchElement"), header.err());

        String[] lines = good.split("\n");
        lines[2] = lines[2].substring(0, lines[2].lastIndexOf(','));
        Files.writeString(runs, String.join("\n", lines) + "\n"); // a row one field short
        CliRun shortRow = cli("compare", sweep.toString(), "--out", dir.resolve("c3").toString());
        assertEquals(2, shortRow.code(), shortRow.err());
        assertTrue(shortRow.err().contains(runs + ":3: "), shortRow.err());
        assertFalse(shortRow.err().contains("out of bounds"), shortRow.err());

        lines = good.split("\n");
        lines[3] = lines[3].substring(0, lines[3].lastIndexOf(',')) + ",1.2.3";
        Files.writeString(runs, String.join("\n", lines) + "\n");
        CliRun nan = cli("compare", sweep.toString(), "--out", dir.resolve("c4").toString());
        assertEquals(2, nan.code(), nan.err());
        assertTrue(nan.err().contains(runs + ":4: ") && nan.err().contains("'1.2.3' is not a number"), nan.err());

        Files.writeString(runs, good.substring(0, good.lastIndexOf('\n', good.length() - 2) + 1)); // a whole row lost
        CliRun lost = cli("compare", sweep.toString(), "--out", dir.resolve("c5").toString());
        assertEquals(2, lost.code(), lost.err());
        assertTrue(lost.err().contains("3 runs, but manifest.json records 4 completed"), lost.err());

        Files.writeString(runs, good);
        String manifest = Files.readString(sweep.resolve("manifest.json"));
        Files.writeString(sweep.resolve("manifest.json"), manifest.substring(0, manifest.length() / 2));
        CliRun half = cli("compare", sweep.toString(), "--out", dir.resolve("c6").toString());
        assertEquals(2, half.code(), half.err());
        assertTrue(half.err().contains("manifest.json: cut short"), half.err());
        Files.writeString(sweep.resolve("manifest.json"), manifest);
        assertEquals(0, cli("compare", sweep.toString(), "--out", dir.resolve("c7").toString()).code());

        // daily.csv.gz cut exactly after a run's gzip member (still valid gzip): the last run's days are missing
        Path gz = sweep.resolve(SweepFiles.DAILY);
        byte[] all = Files.readAllBytes(gz);
        Files.write(gz, java.util.Arrays.copyOf(all, all.length - (int) Files.size(SweepFiles.dailyPart(sweep, 3))));
        CliRun member = cli("compare", sweep.toString(), "--out", dir.resolve("c8").toString());
        assertEquals(2, member.code(), member.err());
        assertTrue(member.err().contains(gz + ": day 1 of quota_pressure=1 has 1 city rows, but 2 replications"), member.err());
        Files.write(gz, java.util.Arrays.copyOf(all, all.length - 7)); // cut inside a member
        CliRun inside = cli("compare", sweep.toString(), "--out", dir.resolve("c9").toString());
        assertEquals(2, inside.code(), inside.err());
        assertTrue(inside.err().contains(gz.toString()), inside.err());

        // a run's daily.csv cut inside its last value
        Path run = dir.resolve("run");
        assertEquals(0, cli("run", scenario().toString(), "--out", run.toString(), "--quiet").code());
        Path daily = run.resolve(ScenarioRun.DAILY);
        String text = Files.readString(daily);
        Files.writeString(daily, text.substring(0, text.length() - 2));
        CliRun cutRun = cli("compare", run.toString(), "--out", dir.resolve("c10").toString());
        assertEquals(2, cutRun.code(), cutRun.err());
        assertTrue(cutRun.err().contains(daily + ": last line is cut short"), cutRun.err());
        Files.writeString(daily, text.substring(0, text.lastIndexOf("\n", text.length() - 2) + 1)); // the last row lost
        CliRun lostRow = cli("compare", run.toString(), "--out", dir.resolve("c11").toString());
        assertEquals(2, lostRow.code(), lostRow.err());
        assertTrue(lostRow.err().contains(daily + ": day 10 of tiny has 1 city rows, but 2 replications"), lostRow.err());
    }

    @Test
    void overwriteRefusesAnotherCommandsOutput() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 1).toString(), "--out", sweep.toString()).code());
        CliRun r = cli("run", scenario().toString(), "--out", sweep.toString(), "--overwrite", "--quiet");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds a sweep's or comparison's output (runs.csv)"), r.err());
        assertTrue(Files.exists(sweep.resolve("manifest.json")), "the sweep is untouched");
        CliRun c = cli("compare", sweep.toString(), "--out", sweep.toString(), "--overwrite");
        assertEquals(2, c.code(), c.err());
        assertTrue(Files.exists(sweep.resolve("manifest.json")), "the sweep is untouched");
        CliRun m = cli("merge", sweep.toString(), "--out", sweep.toString(), "--overwrite");
        assertEquals(2, m.code(), m.err());
        assertTrue(Files.exists(sweep.resolve("manifest.json")) && Files.exists(sweep.resolve(SweepFiles.RUNS)), "untouched");
    }

    @Test
    void compareReportsFailedRunsOfASweep() throws Exception {
        Path sweep = dir.resolve("sweep");
        assertEquals(0, cli("sweep", experiment("10", 2).toString(), "--out", sweep.toString()).code());
        // as a sweep whose run 3 failed leaves it: manifest status, no row
        String m = Files.readString(sweep.resolve("manifest.json"));
        int at = m.indexOf("\"run\": 3,");
        int st = m.indexOf("\"status\": \"completed\"", at);
        m = m.substring(0, st) + "\"status\": \"failed\",\n      \"error\": \"boom\"" + m.substring(st + "\"status\": \"completed\"".length());
        Files.writeString(sweep.resolve("manifest.json"), m.replace("\"status\": \"finished\"", "\"status\": \"finished_with_failures\""));
        String runs = Files.readString(sweep.resolve(SweepFiles.RUNS));
        Files.writeString(sweep.resolve(SweepFiles.RUNS), runs.substring(0, runs.lastIndexOf('\n', runs.length() - 2) + 1));
        byte[] gz = Files.readAllBytes(sweep.resolve(SweepFiles.DAILY));
        Files.write(sweep.resolve(SweepFiles.DAILY), java.util.Arrays.copyOf(gz, gz.length
            - (int) Files.size(SweepFiles.dailyPart(sweep, 3))));
        CliRun c = cli("compare", sweep.toString(), "--out", dir.resolve("cmp").toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(c.err().contains("1 run(s) failed and are not in the comparison: run 3 (point quota_pressure=1, replication 1)"),
            c.err());

        Files.writeString(sweep.resolve("manifest.json"), m.replace("\"status\": \"finished\"", "\"status\": \"running\""));
        CliRun running = cli("compare", sweep.toString(), "--out", dir.resolve("cmp2").toString());
        assertEquals(2, running.code(), running.err());
        assertTrue(running.err().contains("status 'running', not finished"), running.err());
    }
}
