package org.commsafe.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Two independent samples (no pairing): difference of means b - a with the Welch 95% interval
 * and the Welch t-test p-value, on Welch-Satterthwaite degrees of freedom
 * df = (va/na + vb/nb)^2 / ((va/na)^2 / (na - 1) + (vb/nb)^2 / (nb - 1)). NaN values are
 * skipped. Interval and p are NaN when either sample has fewer than two values; when both have
 * zero variance the interval is the difference itself and p is NaN (no test is possible).
 */
public record Welch(int nA, int nB, double difference, double low, double high, double df, double pValue) {

    public static Welch of(double[] a, double[] b) {
        double[] sa = moments(a);
        double[] sb = moments(b);
        int na = (int) sa[0];
        int nb = (int) sb[0];
        double diff = na == 0 || nb == 0 ? Double.NaN : sb[1] - sa[1];
        if (na < 2 || nb < 2) {
            return new Welch(na, nb, diff, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double qa = sa[2] / na;
        double qb = sb[2] / nb;
        double se2 = qa + qb;
        if (se2 == 0) {
            return new Welch(na, nb, diff, diff, diff, Double.NaN, Double.NaN);
        }
        double df = se2 * se2 / (qa * qa / (na - 1) + qb * qb / (nb - 1));
        TDistribution t = new TDistribution(df);
        double se = Math.sqrt(se2);
        double half = t.inverseCumulativeProbability(0.975) * se;
        double p = 2 * t.cumulativeProbability(-Math.abs(diff / se));
        return new Welch(na, nb, diff, diff - half, diff + half, df, p);
    }

    /** Half-width of the 95% interval. */
    public double halfWidth() {
        return (high - low) / 2;
    }

    /** {count, mean, sample variance} of the non-NaN values. */
    static double[] moments(double[] xs) {
        int n = 0;
        double sum = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                n++;
                sum += x;
            }
        }
        double mean = n == 0 ? Double.NaN : sum / n;
        double ss = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        return new double[] {n, mean, n > 1 ? ss / (n - 1) : Double.NaN};
    }
}
