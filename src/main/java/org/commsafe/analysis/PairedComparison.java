package org.commsafe.analysis;

import java.util.List;
import org.apache.commons.math3.distribution.TDistribution;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;

/**
 * A scenario against a baseline on common random numbers: replication r of both used the same
 * seed, so differences are paired. Mean difference with its 95% interval, relative change and
 * the paired t-test p-value.
 */
public record PairedComparison(SummaryMetric metric, int n, double baselineMean, double scenarioMean,
                               double difference, double low, double high, double relativeChange, double pValue) {

    public static PairedComparison of(List<RunResult> baseline, List<RunResult> scenario, SummaryMetric m) {
        int n = Math.min(baseline.size(), scenario.size());
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            if (baseline.get(i).seed() != scenario.get(i).seed()) {
                throw new IllegalArgumentException("replication " + i + " has different seeds: not paired");
            }
            a[i] = m.compute(baseline.get(i));
            b[i] = m.compute(scenario.get(i));
        }
        return of(m, a, b);
    }

    /** Paired statistics of b - a (NaN pairs are dropped). */
    public static PairedComparison of(SummaryMetric m, double[] a, double[] b) {
        int k = 0;
        double sa = 0;
        double sb = 0;
        double sd = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                k++;
                sa += a[i];
                sb += b[i];
                sd += b[i] - a[i];
            }
        }
        if (k == 0) {
            return new PairedComparison(m, 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double meanA = sa / k;
        double meanB = sb / k;
        double meanD = sd / k;
        double ss = 0;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isNaN(a[i]) && !Double.isNaN(b[i])) {
                double d = b[i] - a[i] - meanD;
                ss += d * d;
            }
        }
        double low = Double.NaN;
        double high = Double.NaN;
        double p = Double.NaN;
        if (k > 1) {
            double se = Math.sqrt(ss / (k - 1) / k);
            TDistribution t = new TDistribution(k - 1);
            double half = t.inverseCumulativeProbability(0.975) * se;
            low = meanD - half;
            high = meanD + half;
            p = se == 0 ? (meanD == 0 ? 1 : 0) : 2 * (1 - t.cumulativeProbability(Math.abs(meanD / se)));
        }
        double rel = meanA == 0 ? Double.NaN : meanD / meanA;
        return new PairedComparison(m, k, meanA, meanB, meanD, low, high, rel, p);
    }

    /** True when the 95% interval of the difference excludes zero on the positive side. */
    public boolean significantlyUp() {
        return low > 0;
    }

    public boolean significantlyDown() {
        return high < 0;
    }
}
