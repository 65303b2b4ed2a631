package org.commsafe.analysis;

import java.util.SplittableRandom;

/**
 * First-order and total Sobol indices from Saltelli's scheme: outputs at A (n rows), B (n rows)
 * and AB_i (A with column i from B) for each factor. Estimators of Saltelli et al. (2010):
 * S1_i = mean(f(B) (f(AB_i) - f(A))) / V, ST_i = mean((f(A) - f(AB_i))^2) / (2 V), with V the
 * variance of f over A and B together. f(B) in S1 is centred on the mean of f over A and B: the
 * expectation is unchanged (E[f(AB_i) - f(A)] = 0), but without it the estimator's variance grows
 * with the square of the outcome's mean (an outcome of 24 +- 1 gave S1 intervals of +-5 at N = 64),
 * as SALib also centres the output before estimating.
 *
 * <p>Confidence intervals ({@link #bootstrap}) resample the n Saltelli rows with replacement
 * (row j carries A_j, B_j and every AB_i,j together, as Archer et al. 1997 and SALib do) and
 * take the 2.5% and 97.5% percentiles of the re-estimated indices.
 */
public final class SobolIndices {
    /** Bootstrap resamples of {@link #bootstrap}. */
    public static final int RESAMPLES = 1000;

    private SobolIndices() {
    }

    public record Indices(double[] firstOrder, double[] total) {
    }

    /**
     * Indices with 95% bootstrap intervals, and the interval of S1 - ST per factor (S1 cannot
     * exceed ST; an interval of S1 - ST wholly above 0 says the estimates are not to be trusted).
     */
    public record Intervals(Indices point, double[] s1Low, double[] s1High, double[] stLow, double[] stHigh,
                            double[] diffLow, double[] diffHigh) {
    }

    /** {@code y} in the design's point order: A rows, B rows, then AB_0 rows, AB_1 rows, ... */
    public static Indices of(double[] y, int n, int k) {
        int[] rows = new int[n];
        for (int j = 0; j < n; j++) {
            rows[j] = j;
        }
        return of(y, n, k, rows);
    }

    /** The estimators over the Saltelli rows {@code rows} (a bootstrap resample, or 0..n-1). */
    static Indices of(double[] y, int n, int k, int[] rows) {
        int m = rows.length;
        double mean = 0;
        for (int j : rows) {
            mean += y[j] + y[n + j];
        }
        mean /= 2 * m;
        double var = 0;
        for (int j : rows) {
            var += (y[j] - mean) * (y[j] - mean) + (y[n + j] - mean) * (y[n + j] - mean);
        }
        var /= 2 * m - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 0;
            double b = 0;
            for (int j : rows) {
                double fa = y[j];
                double fb = y[n + j];
                double fab = y[(2 + i) * n + j];
                a += (fb - mean) * (fab - fa); // centred: same expectation, far smaller variance (SALib centres too)
                b += (fa - fab) * (fa - fab);
            }
            s1[i] = var == 0 ? 0 : a / m / var;
            st[i] = var == 0 ? 0 : b / (2.0 * m) / var;
        }
        return new Indices(s1, st);
    }

    /** Point estimates and 95% percentile intervals from {@code resamples} bootstrap resamples of the rows. */
    public static Intervals bootstrap(double[] y, int n, int k, int resamples, long seed) {
        Indices point = of(y, n, k);
        double[][] s1 = new double[k][resamples];
        double[][] st = new double[k][resamples];
        double[][] diff = new double[k][resamples];
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] rows = new int[n];
        for (int b = 0; b < resamples; b++) {
            for (int j = 0; j < n; j++) {
                rows[j] = rnd.nextInt(n);
            }
            Indices idx = of(y, n, k, rows);
            for (int i = 0; i < k; i++) {
                s1[i][b] = idx.firstOrder()[i];
                st[i][b] = idx.total()[i];
                diff[i][b] = idx.firstOrder()[i] - idx.total()[i];
            }
        }
        double[][] q = new double[6][k];
        for (int i = 0; i < k; i++) {
            q[0][i] = percentile(s1[i], 0.025);
            q[1][i] = percentile(s1[i], 0.975);
            q[2][i] = percentile(st[i], 0.025);
            q[3][i] = percentile(st[i], 0.975);
            q[4][i] = percentile(diff[i], 0.025);
            q[5][i] = percentile(diff[i], 0.975);
        }
        return new Intervals(point, q[0], q[1], q[2], q[3], q[4], q[5]);
    }

    static double percentile(double[] v, double p) {
        double[] s = v.clone();
        java.util.Arrays.sort(s);
        double pos = p * (s.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(s.length - 1, lo + 1);
        return s[lo] + (s[hi] - s[lo]) * (pos - lo);
    }
}
