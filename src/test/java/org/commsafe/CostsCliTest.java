package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** commsafe costs and optimise as a user meets them, on a tiny city. */
class CostsCliTest {
    @TempDir
    Path dir;

    private Path scenario(String name, String extra) throws IOException {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, """
            name: %s
            replications: 3
            days: 30
            burn_in_days: 10
            parameters:
              grid_width: 2
              grid_height: 1
              households_per_community: 600
              households_per_officer: 600
            %s""".formatted(name, extra));
        return f;
    }

    @Test
    void costsOfRunsAgainstTheBaseline() throws Exception {
        Path base = dir.resolve("base");
        Path more = dir.resolve("more");
        assertEquals(0, CliRun.of("run", scenario("baseline", "").toString(), "--out", base.toString(), "--quiet").code());
        assertEquals(0, CliRun.of("run", scenario("cameras", "  public_cameras: 10\n").toString(), "--out", more.toString(),
            "--quiet").code());
        Path out = dir.resolve("costs");
        CliRun r = CliRun.of("costs", base.toString(), more.toString(), "--costs", "scenarios/costs/city.yaml", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> csv = Files.readAllLines(out.resolve("costs.csv"));
        assertEquals(2, csv.size());
        assertTrue(csv.get(1).startsWith("cameras,3,true,"), csv.get(1));
        // 32 -> 10 cameras: 22 x (25,000 annualised over 6 years at 3% + 3,500) saved a year
        double saved = -22 * (25000 * 0.03 / (1 - Math.pow(1.03, -6)) + 3500);
        assertEquals(saved, Double.parseDouble(csv.get(1).split(",")[3]), 0.01);
        for (String f : List.of("report.md", "charts/ce_plane.png", "charts/ce_plane.svg", "charts/ce_plane.pdf",
            "charts/ce_ranking.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        assertTrue(Files.readString(out.resolve("report.md")).contains("yuan per harm unit prevented"));
        // a bad costs file: file:line: key
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of("scenarios/costs/city.yaml")).replace("lever: public_cameras", "lever: cameras"));
        CliRun e = CliRun.of("costs", base.toString(), more.toString(), "--costs", bad.toString(), "--out", dir.resolve("x").toString());
        assertEquals(2, e.code());
        assertTrue(e.err().matches("(?s).*bad\\.yaml:\\d+: key 'cameras': unknown parameter.*"), e.err());
    }

    @Test
    void optimiseWritesTheFrontierAndResumesToTheSameFiles() throws Exception {
        Path costs = dir.resolve("costs.yaml");
        Files.writeString(costs, TWO_LEVER_COSTS);
        Path out = dir.resolve("opt");
        String[] args = {"optimise", scenario("baseline", "").toString(), "--costs", costs.toString(), "--budget", "50000,100000",
            "--candidates", "2", "--first-reps", "1", "--robust", "2", "--robust-reps", "1", "--out", out.toString(), "--threads", "2"};
        CliRun r = CliRun.of(args);
        assertEquals(0, r.code(), r.err());
        List<String> frontier = Files.readAllLines(out.resolve("frontier.csv"));
        assertEquals(3, frontier.size(), String.join("\n", frontier));
        assertTrue(Files.exists(out.resolve("charts/frontier.png")) && Files.exists(out.resolve("best-1.yaml")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("Robustness to the assumptions"));
        String before = Files.readString(out.resolve("frontier.csv")) + Files.readString(out.resolve("candidates.csv"))
            + Files.readString(out.resolve("robust.csv"));
        // the best mix is a loadable scenario
        assertEquals(0, CliRun.of("validate", out.resolve("best-1.yaml").toString()).code());
        List<String> resumeArgs = new java.util.ArrayList<>(List.of(args));
        resumeArgs.add("--resume");
        CliRun again = CliRun.of(resumeArgs.toArray(String[]::new));
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(0 new runs)"), again.out());
        assertEquals(before, Files.readString(out.resolve("frontier.csv")) + Files.readString(out.resolve("candidates.csv"))
            + Files.readString(out.resolve("robust.csv")));
        assertEquals(2, CliRun.of("optimise", scenario("baseline", "").toString(), "--costs", costs.toString(), "--budget", "1000",
            "--reps", "4", "--out", dir.resolve("never").toString()).code());
        // another budget is another optimisation: refused in the same directory
        resumeArgs.set(resumeArgs.indexOf("50000,100000"), "70000");
        assertEquals(2, CliRun.of(resumeArgs.toArray(String[]::new)).code());
    }

    static final String TWO_LEVER_COSTS = """
        items:
          cameras:
            lever: public_cameras
            quantity: "public_cameras"
            unit: camera-year
            yuan: 8000
            source: "assumption (test)"
          campaign:
            lever: awareness_campaign
            quantity: "awareness_campaign * 12 * households"
            unit: household-month at gain 1
            yuan: 5
            source: "assumption (test)"
        harm:
          weights:
            burglary: {weight: 183, source: "test"}
            vehicle_theft: {weight: 30, source: "test"}
            fraud: {weight: 135, source: "test"}
        levers:
          public_cameras: {min: 32, max: 60}
          awareness_campaign: {min: 0, max: 0.2}
        """;

    @Test
    void optimiseReadsAnExperimentFile() throws Exception {
        scenario("baseline", "");
        Path costs = dir.resolve("costs.yaml");
        Files.writeString(costs, TWO_LEVER_COSTS);
        Path exp = dir.resolve("exp.yaml");
        Files.writeString(exp, """
            name: opt-exp
            base: baseline.yaml
            replications: 4
            seed: 99
            days: 20
            parameters:
              fraud_attempts_phone: 0.5
            levers:
              awareness_campaign: {min: 0, max: 0.1}
            design:
              type: factorial
              factors:
                public_cameras: [10, 20]
            """.replace("fraud_attempts_phone: 0.5", "awareness_campaign: 0.01"));
        Path out = dir.resolve("opt");
        CliRun r = CliRun.of("optimise", exp.toString(), "--costs", costs.toString(), "--budget", "20000", "--candidates", "2",
            "--first-reps", "1", "--out", out.toString(), "--threads", "2");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("exp.yaml:10: design: not used by optimise"), r.err());
        List<String> frontier = Files.readAllLines(out.resolve("frontier.csv"));
        // the experiment's levers replace the costs file's; its replications are the best's
        assertTrue(frontier.get(0).startsWith("budget,awareness_campaign,replications,"), frontier.get(0));
        assertEquals("4", frontier.get(1).split(",")[2], frontier.get(1));
        String fp = Files.readString(out.resolve("fingerprint.txt"));
        assertTrue(fp.contains("base_seed: 99") && fp.contains("days: 20") && fp.contains("final_replications: 4"), fp);
        String best = Files.readString(out.resolve("best-1.yaml"));
        assertTrue(best.contains("extends: \"../baseline.yaml\"") && best.contains("seed: 99") && best.contains("days: 20")
            && best.contains("replications: 4") && best.contains("awareness_campaign: "), best);
        assertEquals(0, CliRun.of("validate", out.resolve("best-1.yaml").toString()).code());
        // resumes to the same files
        String before = Files.readString(out.resolve("frontier.csv")) + Files.readString(out.resolve("candidates.csv"));
        CliRun again = CliRun.of("optimise", exp.toString(), "--costs", costs.toString(), "--budget", "20000", "--candidates", "2",
            "--first-reps", "1", "--out", out.toString(), "--threads", "1", "--resume");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().contains("(0 new runs)"), again.out());
        assertEquals(before, Files.readString(out.resolve("frontier.csv")) + Files.readString(out.resolve("candidates.csv")));
        // more first replications than the experiment's: refused
        assertEquals(2, CliRun.of("optimise", exp.toString(), "--costs", costs.toString(), "--budget", "20000", "--first-reps", "8",
            "--out", dir.resolve("never").toString()).code());
        // bad experiment files: file:line: key, exit 2, no stack trace
        String good = Files.readString(exp);
        String[][] bad = {
            {"  awareness_campaign: {min: 0, max: 0.1}", "  awareness_campain: {min: 0, max: 0.1}", "exp\\.yaml:9: key 'awareness_campain'"},
            {"replications: 4", "replicates: 4", "exp\\.yaml:3: key 'replicates': unknown key"},
            {"base: baseline.yaml", "base: missing.yaml", "exp\\.yaml:2: .*missing\\.yaml"},
            {"  awareness_campaign: {min: 0, max: 0.1}", "  awareness_campaign: {min: 0, max: 7}", "exp\\.yaml:9: key 'awareness_campaign'"},
            {"  awareness_campaign: {min: 0, max: 0.1}", "  households_per_community: {min: 100, max: 700}", "exp\\.yaml:9: .*no item's quantity"},
        };
        for (String[] b : bad) {
            Files.writeString(exp, good.replace(b[0], b[1]));
            CliRun e = CliRun.of("optimise", exp.toString(), "--costs", costs.toString(), "--budget", "20000", "--out",
                dir.resolve("never").toString());
            assertEquals(2, e.code(), b[1] + ": " + e.err());
            assertTrue(e.err().matches("(?s).*" + b[2] + ".*"), b[1] + ": " + e.err());
            assertTrue(!e.err().contains("Exception") && !e.err().contains("\tat "), e.err());
        }
    }

    /**
     * optimise --shard 0/2 and 1/2 per stage, --collect between stages (exit 3 while a stage is
     * pending), gives the files of an unsharded run byte for byte; --slurm writes the scripts.
     */
    @Test
    void shardedOptimiseGivesTheSameFiles() throws Exception {
        Path base = scenario("baseline", "");
        Path costs = dir.resolve("costs.yaml");
        Files.writeString(costs, TWO_LEVER_COSTS);
        List<String> common = List.of("optimise", base.toString(), "--costs", costs.toString(), "--budget", "50000,100000",
            "--candidates", "2", "--first-reps", "1", "--robust", "2", "--robust-reps", "1");
        Path whole = dir.resolve("whole");
        Path sharded = dir.resolve("sharded");
        CliRun w = CliRun.of(args(common, "--out", whole.toString(), "--threads", "2"));
        assertEquals(0, w.code(), w.err());
        int collects = 0;
        int code = 3;
        while (code == 3 && collects < 40) {
            for (String sh : List.of("0/2", "1/2")) {
                CliRun r = CliRun.of(args(common, "--out", sharded.toString(), "--shard", sh, "--threads", "1"));
                assertEquals(0, r.code(), r.err());
            }
            CliRun c = CliRun.of(args(common, "--out", sharded.toString(), "--resume", "--collect"));
            code = c.code();
            assertTrue(code == 0 || code == 3 && c.err().contains("runs pending"), c.err());
            collects++;
        }
        assertEquals(0, code);
        assertTrue(collects > 3, "the search has several stages: " + collects);
        for (String f : List.of("frontier.csv", "candidates.csv", "robust.csv", "evaluations.csv", "robust-evaluations.csv", "report.md",
            "best-1.yaml", "best-2.yaml", "fingerprint.txt", "charts/frontier.svg")) {
            assertEquals(Files.readString(whole.resolve(f)), Files.readString(sharded.resolve(f)), f);
        }
        assertTrue(!Files.exists(sharded.resolve("shards")), "the shards' logs are merged and removed");
        // refusals: a bad shard, two modes at once, a shard of another optimisation in the directory
        assertEquals(2, CliRun.of(args(common, "--out", dir.resolve("x").toString(), "--shard", "2/2")).code());
        assertEquals(2, CliRun.of(args(common, "--out", dir.resolve("x").toString(), "--shard", "0/2", "--collect")).code());
        Path mixed = dir.resolve("mixed");
        assertEquals(0, CliRun.of(args(common, "--out", mixed.toString(), "--shard", "0/2")).code());
        List<String> other = new java.util.ArrayList<>(common);
        other.set(other.indexOf("50000,100000"), "70000");
        CliRun refused = CliRun.of(args(other, "--out", mixed.toString(), "--resume", "--collect"));
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("shard cannot resume") && refused.err().contains("budgets"), refused.err());
        // --slurm: the scripts of the stage array and the advance job, nothing run
        Path sl = dir.resolve("slurm-out");
        CliRun scripts = CliRun.of(args(common, "--out", sl.toString(), "--slurm", "3", "--cpus", "2", "--partition", "short"));
        assertEquals(0, scripts.code(), scripts.err());
        String stage = Files.readString(sl.resolve("slurm/stage.sbatch"));
        assertTrue(stage.contains("#SBATCH --array=0-2") && stage.contains("#SBATCH --partition=short")
            && stage.contains("--shard \"${SLURM_ARRAY_TASK_ID}/3\"") && stage.contains("'--budget' '50000,100000'"), stage);
        String advance = Files.readString(sl.resolve("slurm/advance.sbatch"));
        assertTrue(advance.contains("--resume --collect") && advance.contains("if [ \"$rc\" -eq 3 ]") && advance.contains("submit.sh"),
            advance);
        assertTrue(Files.readString(sl.resolve("slurm/submit.sh")).contains("--dependency=afterok:${array}"));
        assertTrue(Files.exists(sl.resolve("fingerprint.txt")) && !Files.exists(sl.resolve("evaluations.csv")));
        CliRun badPartition = CliRun.of(args(common, "--out", dir.resolve("sl2").toString(), "--slurm", "3", "--partition", "a b"));
        assertEquals(2, badPartition.code());
        assertTrue(badPartition.err().contains("--partition"), badPartition.err());
    }

    private static String[] args(List<String> common, String... more) {
        List<String> a = new java.util.ArrayList<>(common);
        a.addAll(List.of(more));
        return a.toArray(String[]::new);
    }
}
