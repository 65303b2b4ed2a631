package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.commsafe.experiment.Experiment;
import org.commsafe.experiment.ExperimentLoader;
import org.commsafe.scenario.Limits;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, hostile and careless inputs: each failure found by trying commsafe as a hostile or
 * careless user, reproduced, and now refused with file:line:key and exit 2 (never a stack trace,
 * a hang, an OutOfMemoryError or a file's content in the message).
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    /** Exit 2, every fragment in the message, no stack trace. */
    private static void refused(CliRun r, String... fragments) {
        assertEquals(2, r.code(), r.err());
        for (String f : fragments) {
            assertTrue(r.err().contains(f), "expected '" + f + "' in: " + r.err());
        }
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), "stack trace or raw exception: " + r.err());
    }

    private Path write(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    private Path base() throws IOException {
        return write("base.yaml", "name: base\nreplications: 2\ndays: 10\nburn_in_days: 10\n");
    }

    private Path experiment(String name, String design) throws IOException {
        base();
        return write(name, "name: exp\nbase: base.yaml\ndesign:\n" + design);
    }

    private static ScenarioException loadFails(Path experiment) {
        return assertThrows(ScenarioException.class, () -> ExperimentLoader.load(experiment));
    }

    // ---- injection and escape ----

    @Test
    void experimentNameWithANewlineCannotReachTheSlurmScripts() throws Exception {
        base();
        Path exp = write("inj.yaml", "name: \"a\\necho pwned\"\nbase: base.yaml\ndesign:\n  type: factorial\n  factors:\n"
            + "    households_per_officer: [1000, 2000]\n");
        Path out = dir.resolve("cluster");
        refused(cli("slurm", exp.toString(), "--tasks", "2", "--out", out.toString()), "inj.yaml:1: key 'name'");
        assertFalse(Files.exists(out.resolve("slurm/sweep.sbatch")));
        assertFalse(Files.exists(out.resolve("slurm/merge.sbatch")));
    }

    @Test
    void namesThatWouldEscapeTheOutputDirectoryAreRefused() throws Exception {
        base();
        Path exp = write("esc.yaml", "name: ../../x\nbase: base.yaml\ndesign:\n  type: factorial\n  factors:\n"
            + "    households_per_officer: [1000, 2000]\n");
        refused(cli("sweep", exp.toString()), "esc.yaml:1: key 'name'");
        Path scen = write("s.yaml", "name: ../up\n");
        refused(cli("validate", scen.toString()), "s.yaml:1: key 'name'");
        for (String bad : List.of(".hidden", "-rf", "a b", "a/b", "a\\b", "x".repeat(65), "", "caf\u00e9", "$(id)", "a'b")) {
            assertTrue(Limits.nameProblem(bad) != null, bad);
        }
        for (String good : List.of("baseline", "ratio-sweep", "v1.2_final", "x".repeat(64), "_x")) {
            assertNull(Limits.nameProblem(good), good);
        }
    }

    @Test
    void anUnsafeFileNameWithoutNameKeyIsRefusedNotACrash() throws Exception {
        Path f = write("bad name.yaml", "days: 10\n");
        refused(cli("validate", f.toString()), "bad name.yaml", "add a 'name:' line");
    }

    @Test
    void extendsCannotReadOrEchoArbitraryFiles() throws Exception {
        Path f = write("ext.yaml", "name: x\nextends: /etc/passwd\n");
        CliRun r = cli("validate", f.toString());
        refused(r, "ext.yaml:2: key 'extends'", ".yaml or .yml");
        assertFalse(r.err().contains("root:"), r.err());
        // a .yaml name that links to a secret: its content never appears in the message
        Path secret = write("secret.txt", "TOPSECRET-1 line one\nTOPSECRET-2 line two: yes\n");
        Files.createSymbolicLink(dir.resolve("link.yaml"), secret);
        write("ext2.yaml", "name: x\nextends: link.yaml\n");
        r = cli("validate", dir.resolve("ext2.yaml").toString());
        refused(r, "ext2.yaml:2: key 'extends'", "link.yaml");
        assertFalse(r.err().contains("TOPSECRET"), r.err());
        Path secretMap = write("secret2.txt", "password: TOPSECRET-3\n");
        Files.createSymbolicLink(dir.resolve("link2.yaml"), secretMap);
        write("ext3.yaml", "name: x\nextends: link2.yaml\n");
        r = cli("validate", dir.resolve("ext3.yaml").toString());
        assertEquals(2, r.code());
        assertFalse(r.err().contains("TOPSECRET"), r.err());
        // the same for an experiment's base and scenarios
        write("e1.yaml", "name: e\nbase: /etc/passwd\ndesign:\n  type: scenarios\n  scenarios: [base.yaml]\n");
        refused(cli("sweep", dir.resolve("e1.yaml").toString()), "e1.yaml:2: key 'base'");
        base();
        write("e2.yaml", "name: e\ndesign:\n  type: scenarios\n  scenarios: [base.yaml, /etc/shadow]\n");
        refused(cli("sweep", dir.resolve("e2.yaml").toString()), "e2.yaml:4: key 'scenarios'");
    }

    @Test
    void aFifoDeviceOrDirectoryIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("fifo.yaml");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        Files.createDirectories(dir.resolve("folder.yaml"));
        Files.createSymbolicLink(dir.resolve("zero.yaml"), Path.of("/dev/zero"));
        base();
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String target : List.of("fifo.yaml", "folder.yaml", "zero.yaml")) {
                write("ext.yaml", "name: x\nextends: " + target + "\n");
                refused(cli("validate", dir.resolve("ext.yaml").toString()), "ext.yaml:2: key 'extends'", target);
                write("exp.yaml", "name: e\ndesign:\n  type: scenarios\n  scenarios: [base.yaml, " + target + "]\n");
                refused(cli("sweep", dir.resolve("exp.yaml").toString()), "exp.yaml:4: key 'scenarios'", target);
                write("exp2.yaml", "name: e\nbase: " + target + "\ndesign:\n  type: factorial\n  factors:\n"
                    + "    households_per_officer: [1000]\n");
                refused(cli("sweep", dir.resolve("exp2.yaml").toString()), "exp2.yaml:2: key 'base'", target);
                refused(cli("validate", dir.resolve(target).toString()), target);
            }
            refused(cli("validate", "/dev/zero"), "/dev/zero", "not a regular file");
        });
    }

    @Test
    void slurmValuesCannotInjectLinesAndPathsAreQuoted() throws Exception {
        Path exp = experiment("exp.yaml", "  type: factorial\n  factors:\n    households_per_officer: [1000, 2000]\n");
        for (String[] bad : List.of(new String[] {"--partition", "short\necho pwned"}, new String[] {"--time", "1:00 ; rm -rf ~"},
                new String[] {"--mem", "4G\n#SBATCH --uid=0"})) {
            refused(cli("slurm", exp.toString(), "--tasks", "2", bad[0], bad[1], "--out", dir.resolve("c").toString()), bad[0]);
        }
        refused(cli("slurm", exp.toString(), "--tasks", "2", "--out", dir.resolve("c\necho pwned").toString()), "--out");
        Path out = dir.resolve("o u\"t#%d $(touch pwned)");
        assertEquals(0, cli("slurm", exp.toString(), "--tasks", "2", "--out", out.toString()).code());
        String array = Files.readString(out.resolve("slurm/sweep.sbatch"));
        String logs = out.resolve("slurm/logs").toString().replace("%", "%%").replace("\"", "\\\"");
        assertTrue(array.contains("#SBATCH --output=\"" + logs + "/%x-%A_%a.out\""), array);
        assertTrue(array.contains("--out '" + out + "'/shard-"), array);
        for (String script : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            Process p = new ProcessBuilder("bash", "-n", out.resolve("slurm").resolve(script).toString()).start();
            assertEquals(0, p.waitFor(), script + " is not valid shell");
        }
    }

    @Test
    void aResolvedScenarioWithControlCharactersReloadsAsWritten() throws Exception {
        Path f = write("c.yaml", "name: c\ndescription: \"quote \\\" back \\\\ bell \\x07 tab \\t nel \\x85 end\"\n");
        org.commsafe.scenario.Scenario s = ScenarioLoader.load(f);
        assertTrue(s.description().contains("\u0007") && s.description().contains("\""), s.description());
        Path again = write("again.yaml", org.commsafe.scenario.ScenarioWriter.toYaml(s));
        assertEquals(s.description(), ScenarioLoader.load(again).description());
    }

    // ---- limits before work ----

    @Test
    void aHugeFileIsRefusedBeforeParsing() throws Exception {
        Path f = dir.resolve("big.yaml");
        Files.writeString(f, "name: big\ndescription: \"" + "x".repeat(20_000_000) + "\"\n");
        long t0 = System.nanoTime();
        refused(cli("validate", f.toString()), "big.yaml", "too large", String.valueOf(Limits.MAX_FILE_BYTES));
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "took " + (System.nanoTime() - t0) / 1e9 + " s");
        Files.write(f, new byte[(int) Limits.MAX_FILE_BYTES + 1]);
        refused(cli("validate", f.toString()), "too large");
    }

    @Test
    void deepNestingAndAliasBombsAreRefused() throws Exception {
        Path deep = write("deep.yaml", "name: d\nparameters: " + "[".repeat(5000) + "]".repeat(5000) + "\n");
        refused(cli("validate", deep.toString()), "deep.yaml", "nested more than " + Limits.MAX_NESTING);
        StringBuilder bomb = new StringBuilder("name: b\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char c = 'b'; c <= 'k'; c++) {
            bomb.append(c).append(": &").append(c).append(" [").append(("*" + (char) (c - 1) + ", ").repeat(9))
                .append('*').append((char) (c - 1)).append("]\n");
        }
        refused(cli("validate", write("bomb.yaml", bomb.toString()).toString()), "bomb.yaml", "aliases");
    }

    @Test
    void designSizeIsCheckedBeforeAnyPointIsBuilt() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            ScenarioException e = loadFails(experiment("step.yaml", "  type: factorial\n  factors:\n"
                + "    quota_pressure: {from: 0, to: 1,\n      step: 1e-12}\n"));
            assertEquals(7, e.line());
            assertTrue(e.describe().contains("step.yaml:7: key 'quota_pressure'") && e.getMessage().contains("at most 10,000"),
                e.describe());
            StringBuilder six = new StringBuilder("  type: factorial\n  factors:\n");
            for (String k : List.of("quota_pressure", "patrol_share", "publicity_share", "sighting_probability",
                    "unlocked_door_probability", "carelessness_shame")) {
                six.append("    ").append(k).append(": {from: 0, to: 1, step: 0.01}\n");
            }
            e = loadFails(experiment("f6.yaml", six.toString()));
            assertTrue(e.getMessage().contains("at most 20,000") && e.key().equals("factors"), e.describe());
            e = loadFails(experiment("sobol.yaml", "  type: sobol\n  samples: 1000000\n  factors:\n"
                + "    quota_pressure: {min: 0, max: 1}\n    patrol_share: {min: 0, max: 0.5}\n"));
            assertEquals("samples", e.key(), e.describe());
            e = loadFails(experiment("sobol2.yaml", "  type: sobol\n  samples: 10000\n  factors:\n"
                + "    quota_pressure: {min: 0, max: 1}\n    patrol_share: {min: 0, max: 0.5}\n"));
            assertTrue(e.getMessage().contains("40,000 points"), e.describe());
        });
    }

    @Test
    void runsAreCountedIn64BitsNotOverflowed() throws Exception {
        // 10,000 points x 100,000 replications: a billion runs, refused before any is scheduled
        ScenarioException e = loadFails(write("many.yaml", "name: many\nreplications: 100000\ndesign:\n  type: factorial\n"
            + "  factors:\n    quota_pressure: {from: 0, to: 0.99, step: 0.01}\n    patrol_share: {from: 0, to: 0.099, step: 0.001}\n"));
        assertTrue(e.getMessage().contains("1,000,000,000 runs") && e.getMessage().contains("at most 1,000,000"), e.describe());
        assertEquals("replications", e.key());
    }

    @Test
    void commandLineCountsHaveLimits() throws Exception {
        Path s = write("s.yaml", "name: s\nreplications: 1\ndays: 5\nburn_in_days: 5\n");
        refused(cli("run", s.toString(), "--days", "2e9", "--out", dir.resolve("o").toString()), "--days");
        refused(cli("run", s.toString(), "--days", "2000000000", "--out", dir.resolve("o").toString()), "--days",
            String.valueOf(Limits.MAX_DAYS));
        refused(cli("run", s.toString(), "--days", "0", "--out", dir.resolve("o").toString()), "--days");
        refused(cli("run", s.toString(), "--reps", "0", "--out", dir.resolve("o").toString()), "--reps");
        refused(cli("run", s.toString(), "--reps", "99999999999", "--out", dir.resolve("o").toString()), "--reps");
        refused(cli("run", s.toString(), "--seed", "0x10", "--out", dir.resolve("o").toString()), "--seed");
        refused(cli("run", s.toString(), "--seed", "-1", "--out", dir.resolve("o").toString()), "--seed");
        refused(cli("run", s.toString(), "--precision", "0x1p-4", "--out", dir.resolve("o").toString()), "--precision");
        refused(cli("run", s.toString(), "--precision", "NaN", "--out", dir.resolve("o").toString()), "--precision");
        refused(cli("gui", s.toString(), "--steps", "-5", "--snapshot", dir.resolve("o").toString()), "--steps");
        refused(cli("sensitivity", s.toString(), "--levels", "1"), "--levels");
        Path exp = experiment("exp.yaml", "  type: factorial\n  factors:\n    households_per_officer: [1000]\n");
        for (String t : List.of("0", "-4", "1e3", "100000")) {
            refused(cli("sweep", exp.toString(), "--threads", t, "--out", dir.resolve("o").toString()), "--threads");
            refused(cli("run", s.toString(), "--threads", t, "--out", dir.resolve("o").toString()), "--threads");
            refused(cli("check", s.toString(), "--threads", t), "--threads");
            refused(cli("patterns", s.toString(), "--threads", t), "--threads");
            refused(cli("warmup", s.toString(), "--threads", t), "--threads");
            refused(cli("sensitivity", s.toString(), "--threads", t), "--threads");
            refused(cli("calibrate", s.toString(), "--targets", "x.yaml", "--threads", t), "--threads");
        }
        assertFalse(Files.exists(dir.resolve("o")));
    }

    // ---- accepted although wrong ----

    @Test
    void emptyDesignsAreRefused() throws Exception {
        ScenarioException e = loadFails(experiment("f.yaml", "  type: factorial\n  factors: {}\n"));
        assertTrue(e.describe().contains("f.yaml:5: key 'factors'"), e.describe());
        e = loadFails(experiment("s.yaml", "  type: scenarios\n  scenarios: []\n"));
        assertTrue(e.describe().contains("s.yaml:5: key 'scenarios'") && e.getMessage().contains("empty"), e.describe());
        e = loadFails(experiment("sob.yaml", "  type: sobol\n  samples: 8\n  factors: {}\n"));
        assertFalse(e.getMessage().contains("--shard"), e.describe());
        assertEquals("factors", e.key());
        CliRun r = cli("sweep", dir.resolve("sob.yaml").toString(), "--out", dir.resolve("o").toString());
        refused(r, "sob.yaml:6: key 'factors'");
        assertFalse(r.err().contains("--shard"), r.err());
    }

    @Test
    void sampledRangesNeedMinBelowMax() throws Exception {
        ScenarioException e = loadFails(experiment("lhs.yaml", "  type: lhs\n  samples: 4\n  factors:\n"
            + "    quota_pressure: {min: 0.8, max: 0.2}\n"));
        assertTrue(e.describe().contains("lhs.yaml:7: key 'quota_pressure'") && e.getMessage().contains("below max"), e.describe());
    }

    @Test
    void unknownKeysInDesignsAndRangesAreRefusedWithASuggestion() throws Exception {
        ScenarioException e = loadFails(experiment("d.yaml", "  type: lhs\n  sample: 4\n  factors:\n"
            + "    quota_pressure: {min: 0, max: 1}\n"));
        assertTrue(e.describe().contains("d.yaml:5: key 'sample'") && e.getMessage().contains("did you mean 'samples'"),
            e.describe());
        e = loadFails(experiment("d2.yaml", "  type: factorial\n  samples: 4\n  factors:\n    quota_pressure: [0, 1]\n"));
        assertTrue(e.getMessage().contains("not used by a factorial design"), e.describe());
        e = loadFails(experiment("r.yaml", "  type: factorial\n  factors:\n    quota_pressure: {from: 0, to: 1, stpe: 0.5}\n"));
        assertTrue(e.describe().contains("key 'stpe'") && e.getMessage().contains("did you mean 'step'"), e.describe());
        e = loadFails(experiment("r2.yaml", "  type: lhs\n  samples: 4\n  factors:\n    quota_pressure: {min: 0, max: 1, maxx: 2}\n"));
        assertTrue(e.describe().contains("key 'maxx'") && e.getMessage().contains("did you mean 'max'"), e.describe());
        e = loadFails(experiment("t.yaml", "  type: factorail\n  factors:\n    quota_pressure: [0, 1]\n"));
        assertTrue(e.getMessage().contains("did you mean 'factorial'"), e.describe());
    }

    @Test
    void sobolWithOneFactorIsRefused() throws Exception {
        ScenarioException e = loadFails(experiment("s1.yaml", "  type: sobol\n  samples: 8\n  factors:\n"
            + "    quota_pressure: {min: 0, max: 1}\n"));
        assertTrue(e.getMessage().contains("at least 2 factors"), e.describe());
        Experiment ok = ExperimentLoader.load(experiment("s2.yaml", "  type: sobol\n  samples: 4\n  factors:\n"
            + "    quota_pressure: {min: 0, max: 1}\n    patrol_share: {min: 0, max: 0.5}\n"));
        assertEquals(16, ok.points().size());
    }

    @Test
    void onlyPlainDecimalNumbersAreNumbers() throws Exception {
        for (String bad : List.of("3000d", "0x1p10", "0x10", "1f", "NaN", "Infinity", "1e999", ".inf", "1__0", "\u0661\u0662")) {
            Path s = write("n.yaml", "name: n\nparameters:\n  households_per_officer: " + bad + "\n");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(s), bad);
            assertTrue(e.describe().contains("n.yaml:3: key 'households_per_officer'"), e.describe());
            ScenarioException r = loadFails(experiment("r.yaml", "  type: factorial\n  factors:\n"
                + "    quota_pressure: {from: 0, to: " + bad + ", step: 0.5}\n"));
            assertEquals("to", r.key(), r.describe());
            Path t = write("t.yaml", "targets:\n  reporting_rate: {min: 0.1, max: " + bad + "}\n");
            assertThrows(ScenarioException.class, () -> Targets.load(t), bad);
            refused(cli("run", write("ok.yaml", "name: ok\n").toString(), "--set", "quota_pressure=" + bad,
                "--out", dir.resolve("o").toString()), "quota_pressure");
        }
        for (String bad : List.of("3000d", "1e3", "0x10", "10.0")) {
            Path s = write("d.yaml", "name: d\ndays: " + bad + "\n");
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(s), bad);
            assertTrue(e.describe().contains("d.yaml:2: key 'days'"), e.describe());
        }
        Path ok = write("ok2.yaml", "name: ok\ndays: 1_000\nparameters:\n  households_per_officer: 2_500\n  quota_pressure: .5\n"
            + "  sighting_probability: 5e-1\n");
        assertEquals(1000, ScenarioLoader.load(ok).days());
        assertEquals(2500, ScenarioLoader.load(ok).parameters().householdsPerOfficer());
    }

    // ---- messages ----

    @Test
    void binaryAndWrongEncodingsGiveOneClearLine() throws Exception {
        Path bin = dir.resolve("bin.yaml");
        byte[] noise = new byte[4096];
        new java.util.Random(1).nextBytes(noise);
        noise[10] = 0;
        Files.write(bin, noise);
        Path utf16 = dir.resolve("utf16.yaml");
        Files.write(utf16, "name: x\ndays: 10\n".getBytes(StandardCharsets.UTF_16));
        Path utf16le = dir.resolve("utf16le.yaml");
        Files.write(utf16le, "name: x\ndays: 10\n".getBytes(StandardCharsets.UTF_16LE));
        Path latin1 = dir.resolve("latin1.yaml");
        Files.write(latin1, "name: x\ndescription: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        for (Path f : List.of(bin, utf16, utf16le, latin1)) {
            CliRun r = cli("validate", f.toString());
            refused(r, f.getFileName().toString());
            assertEquals(1, r.err().strip().lines().count(), r.err());
            assertTrue(r.err().contains("UTF-8") || r.err().contains("UTF-16") || r.err().contains("not text"), r.err());
        }
        assertTrue(cli("validate", latin1.toString()).err().contains("latin1.yaml:2:"));
        refused(cli("sweep", utf16.toString()), "UTF-16");
        refused(cli("check", write("s.yaml", "name: s\n").toString(), "--targets", bin.toString()), "bin.yaml");
        Path bom = dir.resolve("bom.yaml");
        Files.write(bom, ("\ufeffname: bom\n").getBytes(StandardCharsets.UTF_8));
        assertEquals("bom", ScenarioLoader.load(bom).name());
    }

    @Test
    void noArgumentsPrintsUsageAndExits2() {
        CliRun r = cli();
        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: commsafe") && r.err().contains("no command"), r.err());
        assertEquals(0, cli("--help").code());
    }

    @Test
    void targetFilesAreCheckedLikeTheOthers() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> Targets.load(write("t1.yaml",
            "targets:\n  reporting_rate: {mn: 0.1, max: 0.5}\n")));
        assertTrue(e.describe().contains("t1.yaml:2: key 'mn'") && e.getMessage().contains("did you mean 'min'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Targets.load(write("t2.yaml",
            "targets:\n  reporting_rate: {min: 0.9, max: 0.5}\n")));
        assertTrue(e.describe().contains("t2.yaml:2: key 'reporting_rate'") && e.getMessage().contains("below max"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Targets.load(write("t3.yaml", "targets: {}\n")));
        assertTrue(e.describe().contains("t3.yaml:1: key 'targets'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Targets.load(write("t4.yaml", "target:\n  reporting_rate: {min: 0, max: 1}\n")));
        assertTrue(e.getMessage().contains("did you mean 'targets'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Targets.load(write("t5.yaml",
            "targets:\n  reporting_rate: {min: 0, max: 1}\nfree:\n  sighting_probability: {min: 0.1, max: 0.9, step: 1}\n")));
        assertTrue(e.describe().contains("t5.yaml:4: key 'step'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> Targets.load(write("t6.yaml",
            "name: ../x\ntargets:\n  reporting_rate: {min: 0, max: 1}\n")));
        assertEquals("name", e.key());
        assertEquals(1, Targets.load(Path.of("scenarios/targets/seed-city.yaml")).targets().size() > 0 ? 1 : 0);
    }

    @Test
    void theShippedFilesStillLoad() throws Exception {
        for (String f : List.of("ratio-sweep", "sensitivity-lhs", "library")) {
            assertTrue(ExperimentLoader.load(Path.of("scenarios/experiments/" + f + ".yaml")).runs() > 0, f);
        }
    }
}
