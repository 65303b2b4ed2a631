package org.commsafe.analysis;

/**
 * The MSER warm-up rule (White 1997; MSER-5: White, Cobb and Spratt 2000): split the output
 * series into non-overlapping batches of {@code b} observations (the incomplete last batch is
 * dropped), and choose the number of batches {@code d} to delete that minimises
 *
 * <pre>
 *   MSER(d) = sum_{i > d} (z_i - zbar_d)^2 / (n - d)^2
 * </pre>
 *
 * over the n batch means z, zbar_d being the mean of the batches kept. The statistic is computed
 * for d = 0 .. n - {@link #MIN_KEPT}: with only a few batches left it can be spuriously small
 * (with one it is 0), so the last batches are never candidates. The standard reading rule
 * applies to the minimum: in the second half of the batches (more than n / 2 deleted) it says
 * the series has not settled within the run, and no truncation point is reported.
 * A pure function of its input.
 */
public final class Mser {
    /** Batch size of MSER-5. */
    public static final int BATCH = 5;
    /** Batches that always remain after truncation. */
    public static final int MIN_KEPT = 5;
    /** Fewest batches the rule is applied to. */
    public static final int MIN_BATCHES = 2 * MIN_KEPT;

    private Mser() {
    }

    /**
     * @param batchSize  observations per batch
     * @param batches    complete batches (n)
     * @param minimum    batches d* at which MSER is least (over d = 0 .. n - MIN_KEPT; the
     *                   earliest when tied)
     * @param found      the minimum lies in the first half (d* &lt;= n / 2)
     * @param statistic  MSER(d) for d = 0 .. n - MIN_KEPT
     */
    public record Result(int batchSize, int batches, int minimum, boolean found, double[] statistic) {
        /** Observations to delete (d* x batch size), or -1 when no steady state was found. */
        public int truncation() {
            return found ? minimum * batchSize : -1;
        }
    }

    /** MSER-5. */
    public static Result mser5(double[] series) {
        return mser(series, BATCH);
    }

    /**
     * MSER with batches of {@code batchSize}.
     *
     * @throws IllegalArgumentException if the series holds a NaN or infinity, or fewer than
     *     {@link #MIN_BATCHES} complete batches
     */
    public static Result mser(double[] series, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        int n = series.length / batchSize;
        if (n < MIN_BATCHES) {
            throw new IllegalArgumentException("MSER needs at least " + MIN_BATCHES * batchSize
                + " observations (" + MIN_BATCHES + " batches of " + batchSize + "), got " + series.length);
        }
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double t = 0;
            for (int j = 0; j < batchSize; j++) {
                double x = series[i * batchSize + j];
                if (!Double.isFinite(x)) {
                    throw new IllegalArgumentException("observation " + (i * batchSize + j) + " is " + x);
                }
                t += x;
            }
            z[i] = t / batchSize;
        }
        // Welford from the end: kept batches d .. n-1, their mean and sum of squared deviations.
        int last = n - MIN_KEPT;
        double[] stat = new double[last + 1];
        double mean = 0;
        double ss = 0;
        int k = 0;
        for (int d = n - 1; d >= 0; d--) {
            k++;
            double delta = z[d] - mean;
            mean += delta / k;
            ss += delta * (z[d] - mean);
            if (d <= last) {
                stat[d] = Math.max(0, ss) / ((double) k * k);
            }
        }
        int best = 0;
        for (int d = 1; d <= last; d++) {
            if (stat[d] < stat[best]) {
                best = d;
            }
        }
        return new Result(batchSize, n, best, best <= n / 2, stat);
    }
}
