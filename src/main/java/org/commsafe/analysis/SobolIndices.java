package org.commsafe.analysis;

/**
 * First-order and total Sobol indices from Saltelli's scheme: outputs at A (n rows), B (n rows)
 * and AB_i (A with column i from B) for each factor. Estimators of Saltelli et al. (2010):
 * S1_i = mean(f(B) (f(AB_i) - f(A))) / V, ST_i = mean((f(A) - f(AB_i))^2) / (2 V), with V the
 * variance of f over A and B together.
 */
public final class SobolIndices {
    private SobolIndices() {
    }

    public record Indices(double[] firstOrder, double[] total) {
    }

    /** {@code y} in the design's point order: A rows, B rows, then AB_0 rows, AB_1 rows, ... */
    public static Indices of(double[] y, int n, int k) {
        double mean = 0;
        for (int j = 0; j < 2 * n; j++) {
            mean += y[j];
        }
        mean /= 2 * n;
        double var = 0;
        for (int j = 0; j < 2 * n; j++) {
            var += (y[j] - mean) * (y[j] - mean);
        }
        var /= 2 * n - 1;
        double[] s1 = new double[k];
        double[] st = new double[k];
        for (int i = 0; i < k; i++) {
            double a = 0;
            double b = 0;
            for (int j = 0; j < n; j++) {
                double fa = y[j];
                double fb = y[n + j];
                double fab = y[(2 + i) * n + j];
                a += fb * (fab - fa);
                b += (fa - fab) * (fa - fab);
            }
            s1[i] = var == 0 ? 0 : a / n / var;
            st[i] = var == 0 ? 0 : b / (2.0 * n) / var;
        }
        return new Indices(s1, st);
    }
}
