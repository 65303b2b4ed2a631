package org.commsafe.analysis;

import org.apache.commons.math3.distribution.TDistribution;
import org.commsafe.metrics.SummaryMetric;

/**
 * Mean and 95% confidence interval across replications (Student t; NaN values are skipped).
 *
 * <p>Outcomes whose unit is {@code share} get an interval that stays inside [0, 1]
 * ({@link #ofShares}): each replication's share is clamped to [{@link #SHARE_EPSILON},
 * 1 - {@link #SHARE_EPSILON}] and logit-transformed, the t interval of the mean logit is computed
 * and its ends are transformed back with the logistic function. The reported mean and sd stay
 * the arithmetic mean and sd of the shares; the interval is then asymmetric around the mean.
 */
public record Stats(int n, double mean, double sd, double low, double high) {
    /**
     * Shares are clamped to [1e-6, 1 - 1e-6] before the logit (logit(1e-6) = -13.8), so a
     * replication with a share of exactly 0 or 1 keeps a finite logit; it widens the interval on
     * that side rather than breaking it.
     */
    public static final double SHARE_EPSILON = 1e-6;

    /** Statistics of a summary outcome: the logit interval for shares, the plain t interval otherwise. */
    public static Stats of(SummaryMetric m, double[] xs) {
        return isShare(m) ? ofShares(xs) : of(xs);
    }

    public static boolean isShare(SummaryMetric m) {
        return "share".equals(m.unit);
    }

    public static Stats of(double[] xs) {
        double[] mo = Welch.moments(xs);
        int n = (int) mo[0];
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        if (n == 1) {
            return new Stats(1, mo[1], Double.NaN, Double.NaN, Double.NaN);
        }
        double sd = Math.sqrt(mo[2]);
        double half = tQuantile(n) * sd / Math.sqrt(n);
        return new Stats(n, mo[1], sd, mo[1] - half, mo[1] + half);
    }

    /** Shares in [0, 1]: arithmetic mean and sd, logit-transformed t interval (see the class comment). */
    public static Stats ofShares(double[] xs) {
        Stats plain = of(xs);
        if (plain.n() < 2) {
            return plain;
        }
        double[] logits = new double[xs.length];
        for (int i = 0; i < xs.length; i++) {
            logits[i] = Double.isNaN(xs[i]) ? Double.NaN : logit(xs[i]);
        }
        double[] mo = Welch.moments(logits);
        double half = tQuantile(plain.n()) * Math.sqrt(mo[2] / plain.n());
        return new Stats(plain.n(), plain.mean(), plain.sd(), logistic(mo[1] - half), logistic(mo[1] + half));
    }

    static double logit(double share) {
        double p = Math.min(1 - SHARE_EPSILON, Math.max(SHARE_EPSILON, share));
        return Math.log(p / (1 - p));
    }

    static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double tQuantile(int n) {
        return new TDistribution(n - 1).inverseCumulativeProbability(0.975);
    }
}
