package org.commsafe.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Is a series flat after its burn-in? The post-burn-in days are cut into blocks (a year by
 * default); each later block's mean is compared with the first block's, paired by replication
 * (same seed, same run), and the largest |z| = |mean difference| / (its standard error) is
 * returned. A settled series has z of the order of its replication noise: it is called flat when
 * no block differs at the 1% level, Bonferroni-corrected over the blocks compared (paired t with
 * replications - 1 degrees of freedom) and over the series judged together; a drifting one grows with every block. This complements MSER-5,
 * whose minimum is erratic on a settled but slowly wandering (autocorrelated) average.
 */
public final class Drift {
    private Drift() {
    }

    /**
     * @param series    series[replication][day], days from day 0
     * @param from      first day after the burn-in
     * @param blockDays days per block
     * @return the largest |z| over blocks 1.. against block 0; NaN with fewer than two blocks or two replications
     */
    public static double maxZ(double[][] series, int from, int blockDays) {
        int reps = series.length;
        if (reps < 2 || blockDays < 1) {
            return Double.NaN;
        }
        int days = series[0].length;
        int blocks = (days - from) / blockDays;
        if (blocks < 2) {
            return Double.NaN;
        }
        double worst = 0;
        for (int k = 1; k < blocks; k++) {
            double[] d = new double[reps];
            for (int r = 0; r < reps; r++) {
                d[r] = blockMean(series[r], from + k * blockDays, blockDays) - blockMean(series[r], from, blockDays);
            }
            double mean = 0;
            for (double x : d) {
                mean += x;
            }
            mean /= reps;
            double ss = 0;
            for (double x : d) {
                ss += (x - mean) * (x - mean);
            }
            double se = Math.sqrt(ss / (reps - 1) / reps);
            double z = se == 0 ? (mean == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(mean) / se;
            worst = Math.max(worst, z);
        }
        return worst;
    }

    /**
     * Flat: the largest |z| is below the 1% two-sided t quantile, Bonferroni-corrected over the
     * blocks compared and over the {@code family} series judged together (a family-wise 1% rate of
     * calling a settled scenario unsettled).
     */
    public static double limit(int replications, int days, int from, int blockDays, int family) {
        int blocks = (days - from) / Math.max(1, blockDays);
        if (replications < 2 || blocks < 2) {
            return Double.NaN;
        }
        double tests = (blocks - 1.0) * Math.max(1, family);
        return new TDistribution(replications - 1).inverseCumulativeProbability(1 - 0.01 / (2.0 * tests));
    }

    private static double blockMean(double[] x, int from, int n) {
        double t = 0;
        for (int i = from; i < from + n; i++) {
            t += x[i];
        }
        return t / n;
    }
}
