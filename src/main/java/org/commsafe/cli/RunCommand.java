package org.commsafe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.analysis.Stats;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.ScenarioRun;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Run a scenario's replications headless and write tidy output.")
public final class RunCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<name>-<timestamp>)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Option(names = "--quiet", description = "Print only the output directory")
    boolean quiet;

    /** The summary lines printed after a run: the outcomes the seed study speaks of. */
    static final SummaryMetric[] HEADLINE = {SummaryMetric.VICTIMISATION_PER_1000, SummaryMetric.RECORDED_PER_1000,
        SummaryMetric.REPORTING_RATE, SummaryMetric.CLEARANCE_RATE_COHORT, SummaryMetric.SHARE_UNSEEN_10D, SummaryMetric.AWARENESS_RELATED_SHARE_REPORTED};

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        int t = threads == null ? Batch.defaultThreads() : threads;
        if (t < 1) {
            System.err.println("commsafe: error: --threads must be at least 1");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out
            : Path.of("results", s.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            OutputDirectory.check(dir, overwrite);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        boolean existed = Files.exists(dir);
        if (!quiet) {
            System.err.printf("commsafe: %s: %d replications x %d days (+%d burn-in) on %d thread(s)%n",
                s.name(), s.replications(), s.days(), s.burnInDays(), t);
        }
        List<RunResult> results;
        try {
            results = ScenarioRun.execute(s, dir, t, "commsafe run " + String.join(" ", argv()), quiet ? null : System.err);
        } catch (IOException | RuntimeException e) {
            if (!existed) {
                OutputDirectory.removeIfEmpty(dir);
            }
            System.err.println("commsafe: run failed: " + e);
            return Main.FAILED;
        }
        System.out.println("output: " + dir);
        if (!quiet) {
            System.out.println(headline(results));
        }
        return Main.OK;
    }

    private List<String> argv() {
        return spec == null ? List.of() : spec.commandLine().getParseResult().originalArgs();
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static String headline(List<RunResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-34s %10s   %s%n", "outcome (" + results.size() + " replications)", "mean", "95% interval"));
        for (SummaryMetric m : HEADLINE) {
            Stats st = ScenarioRun.stats(results, m);
            sb.append(String.format(java.util.Locale.ROOT, "%-34s %10.3f   [%.3f, %.3f]  %s%n",
                m.column(), st.mean(), st.low(), st.high(), m.unit));
        }
        return sb.toString().stripTrailing();
    }
}
