package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * optimise --slurm on a real Slurm (started by .ci/run): the scripts it writes, submitted once,
 * chain every stage (array, then the advance job that submits the next) and end with the files
 * of a local run, byte for byte.
 */
class OptimiseSlurmTest {
    @TempDir
    Path dir;

    @Test
    void slurmChainMatchesALocalOptimisation() throws Exception {
        Assumptions.assumeTrue(SlurmTest.slurmIdle(), "no idle Slurm node (.ci/run starts one with .ci/slurm-start)");
        Path base = dir.resolve("baseline.yaml");
        Files.writeString(base, """
            name: baseline
            days: 30
            burn_in_days: 10
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 600
              households_per_officer: 600
            """);
        Path costs = dir.resolve("costs.yaml");
        Files.writeString(costs, CostsCliTest.TWO_LEVER_COSTS);
        List<String> common = List.of("optimise", base.toString(), "--costs", costs.toString(), "--budget", "50000,100000",
            "--candidates", "2", "--first-reps", "1", "--robust", "2", "--robust-reps", "1");
        Path local = dir.resolve("local");
        CliRun l = CliRun.of(args(common, "--out", local.toString(), "--threads", "2"));
        assertEquals(0, l.code(), l.err());
        Path out = dir.resolve("cluster");
        CliRun w = CliRun.of(args(common, "--out", out.toString(), "--slurm", "2", "--cpus", "1"));
        assertEquals(0, w.code(), w.err());
        // the tests have classes, not a jar: run them with the test's class path
        String launcher = SlurmTest.q(Path.of(System.getProperty("java.home"), "bin", "java").toString()) + " -cp "
            + SlurmTest.q(System.getProperty("java.class.path")) + " org.commsafe.cli.Main";
        for (String f : List.of("stage.sbatch", "advance.sbatch")) {
            Path p = out.resolve("slurm").resolve(f);
            String text = Files.readString(p).replaceAll("java \\$\\{COMMSAFE_JAVA_OPTS:-} -jar '[^']*'",
                java.util.regex.Matcher.quoteReplacement(launcher));
            assertTrue(text.contains(" org.commsafe.cli.Main optimise "), text);
            Files.writeString(p, text);
        }
        SlurmTest.run("bash", out.resolve("slurm/submit.sh").toString());
        long deadline = System.currentTimeMillis() + 480_000;
        while (!Files.exists(out.resolve("report.md")) && System.currentTimeMillis() < deadline) {
            Thread.sleep(2000);
        }
        assertTrue(Files.exists(out.resolve("report.md")), "the chain finished; logs: " + logs(out));
        for (String f : List.of("frontier.csv", "candidates.csv", "robust.csv", "evaluations.csv", "robust-evaluations.csv", "report.md",
            "best-1.yaml", "best-2.yaml")) {
            assertEquals(Files.readString(local.resolve(f)), Files.readString(out.resolve(f)), f);
        }
        try (var s = Files.list(out.resolve("slurm/logs"))) {
            long arrays = s.filter(p -> p.getFileName().toString().matches("commsafe-opt-baseline-\\d+_1\\.out")).count();
            assertTrue(arrays > 3, "one array per stage: " + arrays);
        }
    }

    private static String logs(Path out) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (var s = Files.list(out.resolve("slurm/logs"))) {
            for (Path p : s.sorted().toList()) {
                sb.append("\n== ").append(p.getFileName()).append('\n').append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    private static String[] args(List<String> common, String... more) {
        List<String> a = new ArrayList<>(common);
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
