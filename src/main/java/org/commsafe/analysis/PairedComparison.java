package org.commsafe.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;

/**
 * A scenario against a baseline. When the runs are paired (common random numbers: the same
 * number of replications and replication r of both used the same seed, for every r), the
 * difference is the mean of the paired differences b - a with the paired-t 95% interval and
 * p-value, and the pairing is measured: the Pearson correlation of the paired outcomes and the
 * variance reduction 1 - var(b - a) / (var(a) + var(b)). The Welch (unpaired) interval of the
 * same pairs is given beside it, so {@link #halfWidthRatio()} shows how much pairing sharpened
 * the comparison (below 1: narrower). When the runs are not paired, {@link #notPaired} says why
 * and difference, interval and p come from Welch's test on all values of each side.
 *
 * <p>{@code low}, {@code high} and {@code pValue} are always those of the test used (paired t or
 * Welch); p is NaN when no test is possible (fewer than two values, or zero variance).
 */
public record PairedComparison(SummaryMetric metric, boolean paired, int n, double baselineMean, double scenarioMean,
                               double difference, double low, double high, double relativeChange, double pValue,
                               double correlation, double varianceReduction, Welch welch, String notPaired) {

    /** Replications of both lists matched by index; Welch with a reason when the seeds or counts differ. */
    public static PairedComparison of(List<RunResult> baseline, List<RunResult> scenario, SummaryMetric m) {
        double[] a = new double[baseline.size()];
        double[] b = new double[scenario.size()];
        long[] sa = new long[a.length];
        long[] sb = new long[b.length];
        for (int i = 0; i < a.length; i++) {
            a[i] = m.compute(baseline.get(i));
            sa[i] = baseline.get(i).seed();
        }
        for (int i = 0; i < b.length; i++) {
            b[i] = m.compute(scenario.get(i));
            sb[i] = scenario.get(i).seed();
        }
        return of(m, sa, a, sb, b);
    }

    /** Paired when the seed lists are equal, otherwise Welch (see {@link #whyNotPaired}). */
    public static PairedComparison of(SummaryMetric m, long[] baselineSeeds, double[] a, long[] scenarioSeeds, double[] b) {
        String why = whyNotPaired(baselineSeeds, scenarioSeeds);
        return why == null ? of(m, a, b) : unpaired(m, a, b, why);
    }

    /**
     * Null when replication r of both runs used the same seed for every r and the counts match;
     * otherwise the first reason they are not paired.
     */
    public static String whyNotPaired(long[] baselineSeeds, long[] scenarioSeeds) {
        if (baselineSeeds.length != scenarioSeeds.length) {
            return "the baseline has " + baselineSeeds.length + " replications, the scenario " + scenarioSeeds.length;
        }
        for (int i = 0; i < baselineSeeds.length; i++) {
            if (baselineSeeds[i] != scenarioSeeds[i]) {
                return "replication " + i + " used seed " + baselineSeeds[i] + " in the baseline but " + scenarioSeeds[i]
                    + " in the scenario";
            }
        }
        return null;
    }

    /** Paired statistics of b - a, a[i] and b[i] being replication i of each (NaN pairs are dropped). */
    public static PairedComparison of(SummaryMetric m, double[] a, double[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("paired samples of different lengths: " + a.length + " and " + b.length);
        }
        int k = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                k++;
            }
        }
        double[] x = new double[k];
        double[] y = new double[k];
        double[] d = new double[k];
        k = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                x[k] = a[i];
                y[k] = b[i];
                d[k] = b[i] - a[i];
                k++;
            }
        }
        // Welch on the same complete pairs, so the half-width ratio measures pairing alone
        Welch welch = Welch.of(x, y);
        if (k == 0) {
            return new PairedComparison(m, true, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
                Double.NaN, Double.NaN, Double.NaN, welch, null);
        }
        double[] mx = Welch.moments(x);
        double[] my = Welch.moments(y);
        double[] md = Welch.moments(d);
        double meanD = md[1];
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        double correlation = Double.NaN;
        double varianceReduction = Double.NaN;
        if (k > 1) {
            double se = Math.sqrt(md[2] / k);
            TDistribution t = new TDistribution(k - 1);
            double half = t.inverseCumulativeProbability(0.975) * se;
            low = meanD - half;
            high = meanD + half;
            p = se == 0 ? Double.NaN : 2 * t.cumulativeProbability(-Math.abs(meanD / se));
            double sumVar = mx[2] + my[2];
            varianceReduction = sumVar == 0 ? Double.NaN : 1 - md[2] / sumVar;
            correlation = correlation(x, y, mx[1], my[1]);
        }
        double rel = mx[1] == 0 ? Double.NaN : meanD / mx[1];
        return new PairedComparison(m, true, k, mx[1], my[1], meanD, low, high, rel, p, correlation, varianceReduction,
            welch, null);
    }

    /** Welch statistics of b - a for runs that are not paired; {@code why} is reported with them. */
    public static PairedComparison unpaired(SummaryMetric m, double[] a, double[] b, String why) {
        Welch w = Welch.of(a, b);
        double meanA = Welch.moments(a)[1];
        double meanB = Welch.moments(b)[1];
        double rel = meanA == 0 ? Double.NaN : w.difference() / meanA;
        return new PairedComparison(m, false, Math.min(w.nA(), w.nB()), meanA, meanB, w.difference(), w.low(), w.high(), rel,
            w.pValue(), Double.NaN, Double.NaN, w, why);
    }

    /** Pearson correlation; NaN with fewer than three pairs or a constant side. */
    static double correlation(double[] x, double[] y, double mx, double my) {
        if (x.length < 3) {
            return Double.NaN;
        }
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Paired 95% half-width over the Welch 95% half-width of the same pairs (NaN when not paired). */
    public double halfWidthRatio() {
        double w = welch.halfWidth();
        return !paired || !(w > 0) ? Double.NaN : (high - low) / 2 / w;
    }

    /**
     * True when the 95% interval of the difference excludes zero on the positive side. Unadjusted:
     * right for one prespecified test (a scenario's expected direction), not for scanning many;
     * {@link Comparison} marks significance with Holm-adjusted p-values.
     */
    public boolean significantlyUp() {
        return low > 0;
    }

    public boolean significantlyDown() {
        return high < 0;
    }
}
