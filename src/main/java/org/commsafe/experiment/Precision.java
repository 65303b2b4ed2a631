package org.commsafe.experiment;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.commsafe.analysis.Stats;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.scenario.Scenario;

/**
 * Sequential replications to a relative precision: the scenario's replications, then more
 * (replication r on its usual seed) until the 95% half-width of every headline outcome is below
 * {@code target x |mean|}, or a cap is reached. Replications are computed a thread-count at a
 * time but the rule is checked after each one in order, so the count reached, n, is the
 * smallest that meets the target (or the cap) whatever the number of threads, and the results
 * are exactly replications 0 .. n-1: what {@code run --reps n} gives.
 */
public final class Precision {
    /** Headline outcomes, by column; those the metrics do not define are left out. */
    public static final List<String> HEADLINE = List.of("victimisation_per_1000", "reporting_rate", "recorded_per_1000",
        "clearance_rate_cohort");

    private Precision() {
    }

    /**
     * @param results            replications 0 .. n-1
     * @param reached            the target was met (otherwise the cap stopped it)
     * @param relativeHalfWidths per headline outcome: 95% half-width / |mean| at n (NaN when undefined)
     * @param binding            the outcome with the largest relative half-width at n
     */
    public record Outcome(List<ScenarioRun.Summary> results, double target, int maxReplications, boolean reached,
                          Map<SummaryMetric, Double> relativeHalfWidths, SummaryMetric binding) {
        /** The manifest's record of the rule and where it stopped. */
        public Map<String, Object> manifest() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", "add replications until every headline outcome's 95% half-width < target x |mean|, or the cap");
            m.put("target_relative_half_width", target);
            m.put("max_replications", maxReplications);
            m.put("replications", results.size());
            m.put("stopped_by", reached ? "precision" : "max_replications");
            Map<String, Object> rel = new LinkedHashMap<>();
            relativeHalfWidths.forEach((k, v) -> rel.put(k.column(), v));
            m.put("relative_half_widths", rel);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("precision", m);
            return out;
        }
    }

    public static List<SummaryMetric> headline() {
        List<SummaryMetric> out = new ArrayList<>();
        for (String c : HEADLINE) {
            SummaryMetric m = SummaryMetric.byColumn(c);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /** 95% half-width over |mean| of the first n values (NaN when n &lt; 2 or the mean is 0 or missing). */
    public static double relativeHalfWidth(double[] values, int n) {
        double[] xs = java.util.Arrays.copyOf(values, n);
        Stats st = Stats.of(xs);
        double rel = (st.high() - st.low()) / 2 / Math.abs(st.mean());
        return Double.isFinite(rel) ? rel : Double.NaN;
    }

    /**
     * Half-width below target x |mean| (strictly) for every metric; NaN never meets it, except an
     * outcome the design leaves undefined in every replication (e.g. the clearance cohort of a run
     * of 90 days or fewer), which is no criterion.
     */
    static boolean met(List<double[]> values, int n, double target) {
        for (double[] v : values) {
            if (undefined(v, n)) {
                continue;
            }
            double rel = relativeHalfWidth(v, n);
            if (!(rel < target)) {
                return false;
            }
        }
        return true;
    }

    static boolean undefined(double[] v, int n) {
        for (int i = 0; i < n; i++) {
            if (!Double.isNaN(v[i])) {
                return false;
            }
        }
        return true;
    }

    public static Outcome run(Scenario s, double target, int maxReps, int threads, PrintStream log)
            throws InterruptedException, ExecutionException {
        try {
            return run(s, target, maxReps, threads, log, r -> { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // the sink above does no I/O
        }
    }

    /**
     * As above, handing every kept replication to {@code sink} in replication order as soon as
     * it is known to be kept (a replication past the stopping point never reaches it), so the
     * caller can stream them to disk; only summaries are held.
     */
    public static Outcome run(Scenario s, double target, int maxReps, int threads, PrintStream log, Batch.Sink sink)
            throws java.io.IOException, InterruptedException, ExecutionException {
        if (!(target > 0) || maxReps < s.replications()) {
            throw new IllegalArgumentException("target must be > 0 and the cap at least the scenario's replications");
        }
        List<SummaryMetric> ms = headline();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        List<ScenarioRun.Summary> results = new ArrayList<>();
        List<double[]> values = new ArrayList<>();
        for (int i = 0; i < ms.size(); i++) {
            values.add(new double[maxReps]);
        }
        Batch.Sink keep = r -> {
            ScenarioRun.Summary sum = ScenarioRun.Summary.of(r);
            for (int i = 0; i < ms.size(); i++) {
                values.get(i)[results.size()] = sum.values()[ms.get(i).ordinal()];
            }
            results.add(sum);
            sink.accept(r);
        };
        Batch.stream(s, threads, r -> {
            int k = done.incrementAndGet();
            if (log != null) {
                log.printf("  replication %d/%d done%n", k, s.replications());
            }
        }, keep);
        int n = results.size();
        boolean reached = met(values, n, target);
        while (!reached && n < maxReps) {
            int to = Math.min(maxReps, n + Math.max(1, threads));
            if (log != null) {
                log.printf(Locale.ROOT, "  %d replications: %s; running %d more%n", n, describeWorst(ms, values, n), to - n);
            }
            // check after each replication in order: the count does not depend on the batch size
            for (RunResult r : Batch.run(s, n, to, threads, null)) {
                if (reached) {
                    break;
                }
                keep.accept(r);
                n++;
                reached = met(values, n, target);
            }
        }
        Map<SummaryMetric, Double> rel = new LinkedHashMap<>();
        for (int i = 0; i < ms.size(); i++) {
            rel.put(ms.get(i), relativeHalfWidth(values.get(i), n));
        }
        int w = worst(values, n);
        return new Outcome(results, target, maxReps, reached, rel, w < 0 ? null : ms.get(w));
    }

    /** Index of the outcome farthest from the target (an undefined half-width counts as infinite), or -1. */
    private static int worst(List<double[]> values, int n) {
        int w = -1;
        double wr = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.size(); i++) {
            double r = relativeHalfWidth(values.get(i), n);
            double key = Double.isNaN(r) ? Double.POSITIVE_INFINITY : r;
            if (w < 0 || key > wr) {
                wr = key;
                w = i;
            }
        }
        return w;
    }

    private static String describeWorst(List<SummaryMetric> ms, List<double[]> values, int n) {
        int w = worst(values, n);
        if (w < 0) {
            return "no headline outcome";
        }
        double r = relativeHalfWidth(values.get(w), n);
        return String.format(Locale.ROOT, "widest %s, relative half-width %s", ms.get(w).column(),
            Double.isNaN(r) ? "undefined" : String.format(Locale.ROOT, "%.4f", r));
    }
}
