package org.commsafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.commsafe.analysis.TargetCheck;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Calibrator;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.RunResult;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Search the free parameters of a targets file (CMA-ES, common random numbers) to meet its targets.",
        "Writes calibrated.yaml, report.md and evaluations.csv; stop any time and continue with --resume."})
public final class CalibrateCommand implements Callable<Integer> {
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
        try {
            OutputDirectory.check(dir, resume);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage() + " (or --resume to continue it)");
            return Main.BAD_INPUT;
        }
        Files.createDirectories(dir);
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
