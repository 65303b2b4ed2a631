package org.commsafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.commsafe.analysis.TargetCheck;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Calibrator;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.Fingerprint;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.experiment.RunResult;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioWriter;
import org.commsafe.scenario.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Search the free parameters of a targets file (CMA-ES, common random numbers) to meet its targets.",
        "Writes calibrated.yaml, report.md and evaluations.csv; stop any time and continue with --resume."})
public final class CalibrateCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--targets", required = true, paramLabel = "FILE", description = "Targets file with a 'free:' section")
    Path targetsFile;

    @Option(names = "--max-evals", paramLabel = "N", converter = Counts.Positive.class, description = "Evaluation budget (default: 120)")
    int maxEvals = 120;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/calibration-<name>)")
    Path out;

    @Option(names = "--resume", description = "Continue a stopped calibration in --out")
    boolean resume;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--check-reps", paramLabel = "N", converter = Counts.Replications.class, description = "Replications of the final check (default: 10)")
    int checkReps = 10;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        Targets t = s == null ? null : CheckCommand.targets(targetsFile);
        if (t == null) {
            return Main.BAD_INPUT;
        }
        if (t.free().isEmpty()) {
            System.err.println("commsafe: error: " + targetsFile + ": no 'free:' parameters to calibrate");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("results", "calibration-" + s.name());
        String commandLine = Main.commandLine(spec, "commsafe calibrate " + s.file() + " --targets " + targetsFile + (resume ? " --resume" : ""));
        try (OutputLock lock = OutputDirectory.open(dir, resume, "--resume to continue the calibration there", commandLine,
                System.err)) {
            Fingerprint fp = fingerprint(s, t);
            if (resume && OutputDirectory.isNonEmpty(dir)) {
                String problem = fp.resumeProblem(dir, "; rerun with the original scenario, targets and options, or choose another --out");
                if (problem != null) {
                    System.err.println("commsafe: error: " + problem);
                    return Main.BAD_INPUT;
                }
            }
            Files.deleteIfExists(dir.resolve("report.md")); // written last: its absence marks an unfinished calibration
            fp.write(dir);
            return calibrate(s, t, dir);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** What shapes a calibration's evaluations: the resolved scenario (replications, seeds, days), targets, build. */
    static Fingerprint fingerprint(Scenario s, Targets t) throws java.io.IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("scenario", s.name());
        f.put("replications", Integer.toString(s.replications()));
        f.put("base_seed", Long.toString(s.seed()));
        f.put("days", Integer.toString(s.days()));
        f.put("burn_in_days", Integer.toString(s.burnInDays()));
        f.put("resolved_scenario_sha256", Fingerprint.sha256(ScenarioWriter.toYaml(s).getBytes(StandardCharsets.UTF_8)));
        f.put("targets_file_sha256", t.file() == null ? "none" : Fingerprint.sha256(t.file()));
        StringBuilder free = new StringBuilder();
        for (Targets.FreeParameter fp : t.free()) {
            free.append(free.length() == 0 ? "" : " ").append(fp.spec().key()).append('[').append(Csv.num(fp.min())).append(',')
                .append(Csv.num(fp.max())).append(']');
        }
        f.put("free_parameters", free.toString());
        Fingerprint.build(f);
        return new Fingerprint(f);
    }

    private int calibrate(Scenario s, Targets t, Path dir) throws Exception {
        int th = threads == null ? Batch.defaultThreads() : threads;
        System.err.printf("calibrating %s: %d free parameters, %d replications per evaluation, budget %d evaluations%n",
            s.name(), t.free().size(), s.replications(), maxEvals);
        Calibrator.Result r = new Calibrator(s, t, th, System.err).run(dir, maxEvals, s.seed());

        List<RunResult> check = Batch.run(s.withParameters(r.parameters()).withReplications(checkReps), th, null);
        List<TargetCheck.Row> rows = TargetCheck.rows(t, check);
        StringBuilder yaml = new StringBuilder();
        yaml.append("# Calibrated by: commsafe calibrate ").append(org.commsafe.model.Decimal.clip(s.file().toString(), 4096))
            .append(" --targets ").append(org.commsafe.model.Decimal.clip(targetsFile.toString(), 4096)).append('\n');
        yaml.append("name: ").append(s.name().length() > org.commsafe.scenario.Limits.MAX_NAME - 11 ? "calibrated" : s.name() + "-calibrated")
            .append('\n');
        yaml.append("extends: ").append(org.commsafe.scenario.ScenarioWriter.quote(
            dir.toAbsolutePath().relativize(s.file().toAbsolutePath()).toString())).append('\n');
        yaml.append("parameters:\n");
        for (int i = 0; i < r.values().length; i++) {
            yaml.append("  ").append(t.free().get(i).spec().key()).append(": ").append(Csv.num(r.values()[i])).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("calibrated.yaml"), yaml.toString());
        StringBuilder md = new StringBuilder("# Calibration report\n\n");
        md.append(String.format(Locale.ROOT, "Scenario `%s`, targets `%s`; %d evaluations of %d replications each; best loss %.4f.%n%n",
            s.name(), t.name(), r.evaluations(), s.replications(), r.loss()));
        md.append("| free parameter | search range | calibrated |\n| --- | --- | --- |\n");
        for (int i = 0; i < r.values().length; i++) {
            Targets.FreeParameter fp = t.free().get(i);
            md.append("| `").append(fp.spec().key()).append("` | ").append(Csv.num(fp.min())).append(" - ").append(Csv.num(fp.max()))
                .append(" | ").append(Csv.num(r.values()[i])).append(" |\n");
        }
        md.append("\nCheck with ").append(checkReps).append(" replications:\n\n").append(TargetCheck.table(rows));
        AtomicFiles.writeString(dir.resolve("report.md"), md.toString());
        System.out.println("output: " + dir);
        System.out.print(TargetCheck.table(rows));
        return TargetCheck.allPass(rows) ? Main.OK : Main.FAILED;
    }
}
