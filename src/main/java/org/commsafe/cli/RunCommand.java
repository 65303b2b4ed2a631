package org.commsafe.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.analysis.Stats;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.experiment.Precision;
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

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Option(names = "--quiet", description = "Print only the output directory")
    boolean quiet;

    @Option(names = "--precision", paramLabel = "P", converter = Counts.DecimalNumber.class, description = {"Sequential replications: after the scenario's, add more "
        + "until every headline outcome's 95%% half-width is below P x |mean| (e.g. 0.05) or --max-reps is reached"})
    Double precision;

    @Option(names = "--max-reps", paramLabel = "M", converter = Counts.Replications.class, description = "Cap on replications with --precision (default: "
        + DEFAULT_MAX_REPS + ")")
    Integer maxReps;

    static final int DEFAULT_MAX_REPS = 200;

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
        if (precision != null && !(precision > 0 && precision < Double.POSITIVE_INFINITY)) {
            System.err.println("commsafe: error: --precision: must be a number above 0 (a relative half-width such as 0.05), got "
                + precision);
            return Main.BAD_INPUT;
        }
        if (maxReps != null && precision == null) {
            System.err.println("commsafe: error: --max-reps: only applies with --precision");
            return Main.BAD_INPUT;
        }
        int cap = maxReps != null ? maxReps : Math.max(DEFAULT_MAX_REPS, s.replications());
        if (precision != null && cap < Math.max(2, s.replications())) {
            System.err.printf("commsafe: error: --max-reps: %d is below the %d replications to start with (and at least 2)%n",
                cap, s.replications());
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out
            : Path.of("results", s.name() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        String commandLine = Main.commandLine(spec, "commsafe run " + s.file());
        List<ScenarioRun.Summary> results;
        Precision.Outcome seq = null;
        try (OutputLock lock = OutputDirectory.open(dir, overwrite, "--overwrite", commandLine, System.err)) {
            if (overwrite) {
                OutputDirectory.refuseOther(dir, "a sweep's or comparison's output", "runs.csv", "parts", "fingerprint.txt",
                    "comparison.csv", "evaluations.csv");
                // commsafe's own files only, the manifest first: an interrupted run leaves no old manifest behind
                OutputDirectory.removeOwn(dir, ScenarioRun.OWN);
            }
            if (!quiet) {
                System.err.printf("commsafe: %s: %d replications%s x %d days (+%d burn-in) on %d thread(s)%n",
                    s.name(), s.replications(), precision == null ? ""
                        : String.format(java.util.Locale.ROOT, " (then more until precision %s, at most %d)", Csv.num(precision), cap),
                    s.days(), s.burnInDays(), t);
            }
            try {
                if (precision == null) {
                    results = ScenarioRun.execute(s, dir, t, commandLine, quiet ? null : System.err);
                } else {
                    seq = ScenarioRun.executeToPrecision(s, dir, t, commandLine, precision, cap, quiet ? null : System.err);
                    results = seq.results();
                }
            } catch (IOException | RuntimeException e) {
                System.err.println("commsafe: run failed: " + e);
                System.err.println("commsafe: " + dir + " is left unfinished (no manifest.json); compare refuses it");
                return Main.FAILED;
            }
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.out.println("output: " + dir);
        if (seq != null) {
            if (!quiet) {
                System.out.println(precisionReport(seq));
            }
            if (!seq.reached()) {
                System.err.printf(java.util.Locale.ROOT, "commsafe: warning: --max-reps %d reached before the precision target %s"
                    + " (%s: relative half-width %s)%n", seq.maxReplications(), Csv.num(seq.target()),
                    seq.binding() == null ? "-" : seq.binding().column(),
                    seq.binding() == null ? "-" : Csv.num(seq.relativeHalfWidths().get(seq.binding())));
            }
        }
        if (!quiet) {
            System.out.println(headline(results));
        }
        return Main.OK;
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** What stopped a sequential run, and the relative half-width each headline outcome reached. */
    static String precisionReport(Precision.Outcome o) {
        StringBuilder sb = new StringBuilder();
        int n = o.results().size();
        if (o.reached()) {
            sb.append(String.format(java.util.Locale.ROOT, "stopped by precision: %d replications; every headline 95%% half-width"
                + " < %s x |mean| (widest: %s)%n", n, Csv.num(o.target()),
                o.binding() == null ? "-" : o.binding().column()));
        } else {
            sb.append(String.format(java.util.Locale.ROOT, "stopped by --max-reps: %d replications; precision %s not reached%n",
                n, Csv.num(o.target())));
        }
        sb.append(String.format(java.util.Locale.ROOT, "%-34s %22s%n", "outcome", "half-width / |mean|"));
        o.relativeHalfWidths().forEach((m, r) -> sb.append(String.format(java.util.Locale.ROOT, "%-34s %22s   %s%n",
            m.column(), Double.isNaN(r) ? "NA" : String.format(java.util.Locale.ROOT, "%.4f", r),
            r < o.target() ? "ok" : "above target")));
        return sb.toString().stripTrailing();
    }

    static String headline(List<ScenarioRun.Summary> results) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("%-34s %10s   %s%n", "outcome (" + results.size() + " replications)", "mean", "95% interval"));
        for (SummaryMetric m : HEADLINE) {
            Stats st = ScenarioRun.statsOf(results, m);
            sb.append(String.format(java.util.Locale.ROOT, "%-34s %10.3f   [%.3f, %.3f]  %s%n",
                m.column(), st.mean(), st.low(), st.high(), m.unit));
        }
        return sb.toString().stripTrailing();
    }
}
