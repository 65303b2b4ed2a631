package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commsafe.cli.Main;
import org.commsafe.experiment.SlurmScripts;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards, merge and Slurm scripts; the last test submits to a real Slurm when one runs here. */
class SlurmTest {
    @TempDir
    Path dir;

    private Path experiment(String name, String officers) throws IOException {
        Path base = dir.resolve("base.yaml");
        Files.writeString(base, """
            name: base
            days: 15
            burn_in_days: 5
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 600
              households_per_officer: 600
            """);
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nbase: base.yaml\nreplications: 3\ndesign:\n  type: factorial\n  factors:\n"
            + "    households_per_officer: [" + officers + "]\n    quota_pressure: [0.2, 0.8]\n");
        return f;
    }

    private static final List<String> FILES = List.of("runs.csv", "daily.csv.gz", "points.csv");

    @Test
    void shardsMergeToTheBytesOfOneMachine() throws Exception {
        Path exp = experiment("exp", "300, 600");
        Path whole = dir.resolve("whole");
        assertEquals(0, Main.execute("sweep", exp.toString(), "--out", whole.toString(), "--threads", "2"));
        List<String> shardArgs = new ArrayList<>(List.of("merge"));
        for (int i = 0; i < 3; i++) {
            Path s = dir.resolve("shard-" + i);
            assertEquals(0, Main.execute("sweep", exp.toString(), "--shard", i + "/3", "--out", s.toString(), "--threads", "1"));
            shardArgs.add(s.toString());
        }
        Path merged = dir.resolve("merged");
        shardArgs.addAll(List.of("--out", merged.toString()));
        assertEquals(0, Main.execute(shardArgs.toArray(String[]::new)));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(f)), Files.readAllBytes(merged.resolve(f)), f);
        }
    }

    @Test
    void mergeRefusesMissingDuplicatedAndForeignShards() throws Exception {
        Path exp = experiment("exp", "300, 600");
        Path s0 = dir.resolve("s0");
        Path s1 = dir.resolve("s1");
        assertEquals(0, Main.execute("sweep", exp.toString(), "--shard", "0/2", "--out", s0.toString()));
        assertEquals(0, Main.execute("sweep", exp.toString(), "--shard", "1/2", "--out", s1.toString()));
        String err = errOf("merge", s0.toString(), "--out", dir.resolve("m1").toString());
        assertTrue(err.contains("6 of 12 runs are missing (e.g. run 1, 3, 5"), err);
        assertTrue(err.contains("resubmit"), err);
        err = errOf("merge", s0.toString(), s1.toString(), s0.toString(), "--out", dir.resolve("m2").toString());
        assertTrue(err.contains("runs present in more than one shard: run 0 in"), err);
        Path other = experiment("other", "300, 900");
        Path s2 = dir.resolve("s2");
        assertEquals(0, Main.execute("sweep", other.toString(), "--shard", "1/2", "--out", s2.toString()));
        err = errOf("merge", s0.toString(), s2.toString(), "--out", dir.resolve("m3").toString());
        assertTrue(err.contains("belongs to another experiment"), err);
        assertTrue(!Files.exists(dir.resolve("m1")) && !Files.exists(dir.resolve("m3")), "nothing written on refusal");
    }

    private static String errOf(String... args) {
        java.io.PrintStream old = System.err;
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        System.setErr(new java.io.PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            assertEquals(2, Main.execute(args));
        } finally {
            System.setErr(old);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    @Test
    void slurmScriptsRunEveryShardAndMergeAfterTheArray() throws Exception {
        Path exp = experiment("exp", "300, 600");
        Path out = dir.resolve("cluster");
        assertEquals(0, Main.execute("slurm", exp.toString(), "--tasks", "4", "--partition", "short", "--time", "01:00:00",
            "--cpus", "2", "--mem", "2G", "--setup", "module load java/17", "--out", out.toString(), "--jar", "/opt/commsafe.jar"));
        String array = Files.readString(out.resolve("slurm/sweep.sbatch"));
        assertTrue(array.contains("#SBATCH --array=0-3"), array);
        assertTrue(array.contains("#SBATCH --partition=short") && array.contains("#SBATCH --time=01:00:00")
            && array.contains("#SBATCH --cpus-per-task=2") && array.contains("#SBATCH --mem=2G"), array);
        assertTrue(array.contains("#SBATCH --output=\"" + out.resolve("slurm/logs") + "/%x-%A_%a.out\""), array);
        assertTrue(array.contains("module load java/17"), array);
        assertTrue(array.contains("-jar '/opt/commsafe.jar' sweep"), array);
        assertTrue(array.contains("--shard \"${SLURM_ARRAY_TASK_ID}/4\"") && array.contains("--resume"), array);
        String merge = Files.readString(out.resolve("slurm/merge.sbatch"));
        assertTrue(merge.contains("for i in $(seq 0 3)") && merge.contains(" merge \"${shards[@]}\" --out '" + out + "'/merged"), merge);
        String submit = Files.readString(out.resolve("slurm/submit.sh"));
        assertTrue(submit.contains("--dependency=afterok:${array}"), submit);
        assertEquals(2, Main.execute("slurm", exp.toString(), "--tasks", "99", "--out", out.toString()), "more tasks than runs");
    }

    /** A real Slurm (started by .ci/run): the sweep as a 4-task array, merged, equals the local sweep. */
    @Test
    void realSlurmArrayMatchesLocalSweep() throws Exception {
        Assumptions.assumeTrue(slurmIdle(), "no idle Slurm node (.ci/run starts one with .ci/slurm-start)");
        Path exp = experiment("exp", "300, 600");
        Path local = dir.resolve("local");
        assertEquals(0, Main.execute("sweep", exp.toString(), "--out", local.toString()));
        Path out = dir.resolve("slurm-out");
        String launcher = q(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -cp "
            + q(System.getProperty("java.class.path")) + " org.commsafe.cli.Main";
        SlurmScripts.Options o = new SlurmScripts.Options(4, null, null, 1, null, List.of());
        Files.createDirectories(out.resolve("slurm/logs"));
        Files.writeString(out.resolve("slurm/sweep.sbatch"), SlurmScripts.arrayScript("it", exp, launcher, out, o));
        Files.writeString(out.resolve("slurm/merge.sbatch"), SlurmScripts.mergeScript("it", launcher, out, o));
        run("sbatch", "--wait", out.resolve("slurm/sweep.sbatch").toString());
        run("sbatch", "--wait", out.resolve("slurm/merge.sbatch").toString());
        for (int i = 0; i < 4; i++) {
            assertTrue(Files.exists(out.resolve("shard-" + i + "-of-4/manifest.json")), "shard " + i + " ran");
        }
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(out.resolve("merged").resolve(f)), f);
        }
    }

    /** A shell-quoted argument (also used by {@link OptimiseSlurmTest}). */
    static String q(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    static void run(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "timed out: " + String.join(" ", cmd));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + ": " + out);
    }

    static boolean slurmIdle() {
        if (!new File("/usr/bin/sinfo").canExecute()) {
            return false;
        }
        try {
            Process p = new ProcessBuilder("sinfo", "-h", "-o", "%t").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && (out.contains("idle") || out.contains("mix"));
        } catch (Exception e) {
            return false;
        }
    }
}
