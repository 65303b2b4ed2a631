package org.commsafe.random;

/**
 * Geometric skips for "each of these households is a candidate with probability q": the number
 * of failures before the next success, {@code floor(log(1 - u) / log(1 - q))} for one uniform u.
 *
 * <p>The logarithm is the cost of a sighting pass at a high q (most skips are 0 or 1), so the
 * skip is first looked up in a table of the exact thresholds: skip <= k exactly when
 * {@code u < 1 - (1 - q)^(k + 1)}. A uniform within {@link #MARGIN} of a threshold, or beyond
 * the table, falls back to the logarithm, so the result is the logarithm's to the last bit
 * (the margin is many orders of magnitude wider than the formula's rounding error) and runs are
 * byte-identical with or without the table. One uniform per skip, as before.
 *
 * <p>Mutable cache: {@link #use(double)} rebuilds the table only when q changes (a live lever),
 * so the hourly step allocates nothing.
 */
public final class GeometricSkip {
    /** Uniforms this close to a threshold take the exact path. */
    static final double MARGIN = 1e-9;
    private static final int MAX_TABLE = 32;

    private final double[] threshold = new double[MAX_TABLE];
    private int size;
    private double q = Double.NaN;
    private double logMiss;

    /** Sets the candidate probability (0 < q < 1); cheap when unchanged. */
    public GeometricSkip use(double q) {
        if (q != this.q) {
            if (!(q > 0 && q < 1)) {
                throw new IllegalArgumentException("candidate probability must be in (0, 1): " + q);
            }
            this.q = q;
            logMiss = StrictMath.log1p(-q);
            size = 0;
            double t = 0;
            while (size < MAX_TABLE && t < 0.999) {
                t = 1 - StrictMath.pow(1 - q, size + 1);
                threshold[size++] = t;
            }
        }
        return this;
    }

    /** The next skip, from one uniform of {@code rng}. */
    public int next(Stream rng) {
        return skip(rng.nextDouble());
    }

    /** The skip for uniform u in [0, 1). */
    int skip(double u) {
        for (int k = 0; k < size; k++) {
            double t = threshold[k];
            if (u < t - MARGIN) {
                return k;
            }
            if (u < t + MARGIN) {
                break;
            }
        }
        return exact(u, logMiss);
    }

    /** The reference formula (the table only short-cuts it). */
    static int exact(double u, double logMiss) {
        double x = StrictMath.log(1 - u) / logMiss;
        return x >= Integer.MAX_VALUE / 2 ? Integer.MAX_VALUE / 2 : (int) x;
    }
}
