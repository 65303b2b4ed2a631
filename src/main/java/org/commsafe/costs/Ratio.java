package org.commsafe.costs;

import java.util.Locale;
import org.apache.commons.math3.distribution.TDistribution;

/**
 * A ratio of two means (incremental cost / incremental effect) with Fieller's 95% interval
 * (Fieller 1954; Willan & O'Brien 1996 for cost-effectiveness ratios). The interval is the set of
 * ratios R for which a - R b is not significantly different from 0, given the variances and the
 * covariance of the two estimated means a and b. When the effect b is not significantly different
 * from 0 (b^2 <= t^2 var(b)) that set is unbounded: {@link #bounded} is false and low/high are NaN.
 */
public record Ratio(double estimate, double low, double high, boolean bounded) {

    /**
     * Fieller's interval of a / b: {@code vaa}, {@code vbb} and {@code vab} are the variances and
     * covariance of the estimates (of the means, i.e. already divided by n), {@code df} the degrees
     * of freedom of the t quantile (n - 1 for paired replications).
     */
    public static Ratio fieller(double a, double b, double vaa, double vbb, double vab, int df) {
        double est = a / b;
        if (df < 1) {
            return new Ratio(est, Double.NaN, Double.NaN, false);
        }
        double t = new TDistribution(df).inverseCumulativeProbability(0.975);
        double t2 = t * t;
        double qa = b * b - t2 * vbb;
        double qb = a * b - t2 * vab;
        double qc = a * a - t2 * vaa;
        if (!(qa > 0)) {
            return new Ratio(est, Double.NaN, Double.NaN, false);
        }
        double disc = qb * qb - qa * qc;
        double root = Math.sqrt(Math.max(0, disc));
        return new Ratio(est, (qb - root) / qa, (qb + root) / qa, true);
    }

    /** Paired replications: the ratio of the mean differences, Fieller on their sample (co)variances. */
    public static Ratio paired(double[] cost, double[] effect) {
        int n = cost.length;
        double a = mean(cost);
        double b = mean(effect);
        if (n < 2) {
            return new Ratio(a / b, Double.NaN, Double.NaN, false);
        }
        double saa = 0;
        double sbb = 0;
        double sab = 0;
        for (int i = 0; i < n; i++) {
            saa += (cost[i] - a) * (cost[i] - a);
            sbb += (effect[i] - b) * (effect[i] - b);
            sab += (cost[i] - a) * (effect[i] - b);
        }
        double d = (double) (n - 1) * n;
        return fieller(a, b, saa / d, sbb / d, sab / d, n - 1);
    }

    static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    /** "12,345 [10,000, 15,000]" or "12,345 [unbounded]"; "NA" when there is no estimate. */
    public String text() {
        if (Double.isNaN(estimate) || Double.isInfinite(estimate)) {
            return "NA";
        }
        return yuan(estimate) + (bounded ? " [" + yuan(low) + ", " + yuan(high) + "]" : " [unbounded]");
    }

    static String yuan(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }
}
