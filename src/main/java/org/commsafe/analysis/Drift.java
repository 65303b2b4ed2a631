package org.commsafe.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Is a series flat after its burn-in? The post-burn-in days are cut into blocks of
 * {@link #BLOCK_DAYS} (whole weeks and whole 30-day months, so no block has more weekdays or
 * monthly steps than another: yearly blocks do, and the model's calendar then shows as drift).
 * Each later block's mean over replications is compared with the first block's, against the
 * replication noise of those means (their standard errors across replications, combined as for
 * two independent means), and the largest |z| is returned. A series is called flat when no block
 * differs at the 1% level, Bonferroni-corrected over the blocks compared and over the series
 * judged together (t with replications - 1 degrees of freedom): its level moves by less than the
 * noise with which replications measure it. A drift that is real but smaller than that noise
 * passes; it cannot bias a comparison more than the noise already does. This complements MSER-5,
 * whose minimum is erratic on a settled but slowly wandering (autocorrelated) average.
 */
public final class Drift {
    /** 30 weeks = 7 months of 30 days. */
    public static final int BLOCK_DAYS = 210;
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
        double[] first = new double[reps];
        for (int r = 0; r < reps; r++) {
            first[r] = blockMean(series[r], from, blockDays);
        }
        double seFirst = standardError(first);
        double meanFirst = mean(first);
        for (int k = 1; k < blocks; k++) {
            double[] later = new double[reps];
            for (int r = 0; r < reps; r++) {
                later[r] = blockMean(series[r], from + k * blockDays, blockDays);
            }
            double diff = mean(later) - meanFirst;
            double se = Math.sqrt(seFirst * seFirst + Math.pow(standardError(later), 2));
            double z = se == 0 ? (diff == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(diff) / se;
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

    /**
     * The bias that starting the observation at {@code from} rather than at {@code truncation}
     * leaves in the observed mean, over the replication noise of that mean: |mean over
     * replications of (mean from {@code from} - mean from {@code truncation})| / (standard error
     * across replications of the mean from {@code from}). Below 1, the truncation point's gain is
     * smaller than the noise: the burn-in is long enough for this outcome.
     */
    public static double biasRatio(double[][] series, int from, int truncation) {
        int reps = series.length;
        if (reps < 2 || truncation <= from) {
            return 0;
        }
        int days = series[0].length;
        double bias = 0;
        double[] means = new double[reps];
        for (int r = 0; r < reps; r++) {
            means[r] = blockMean(series[r], from, days - from);
            bias += means[r] - blockMean(series[r], truncation, days - truncation);
        }
        bias /= reps;
        double m = 0;
        for (double x : means) {
            m += x;
        }
        m /= reps;
        double ss = 0;
        for (double x : means) {
            ss += (x - m) * (x - m);
        }
        double se = Math.sqrt(ss / (reps - 1) / reps);
        return se == 0 ? (bias == 0 ? 0 : Double.POSITIVE_INFINITY) : Math.abs(bias) / se;
    }

    private static double mean(double[] x) {
        double t = 0;
        for (double v : x) {
            t += v;
        }
        return t / x.length;
    }

    private static double standardError(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1) / x.length);
    }

    private static double blockMean(double[] x, int from, int n) {
        double t = 0;
        for (int i = from; i < from + n; i++) {
            t += x[i];
        }
        return t / n;
    }
}
