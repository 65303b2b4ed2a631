package org.commsafe.analysis;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Adjusted p-values for a family of tests. NaN entries (no test) are left NaN and not counted in
 * the family size.
 *
 * <ul>
 * <li>{@link Method#HOLM}: Holm's step-down method (1979), which controls the family-wise error
 * rate; with p sorted ascending, p_adj(i) = max over j <= i of min(1, (m - j + 1) p(j)).</li>
 * <li>{@link Method#BH}: Benjamini and Hochberg's step-up method (1995), which controls the
 * false discovery rate; p_adj(i) = min over j >= i of min(1, m p(j) / j).</li>
 * </ul>
 * These are the values R's {@code p.adjust(p, "holm")} and {@code p.adjust(p, "BH")} give.
 */
public final class Multiplicity {
    public enum Method {
        HOLM("Holm"), BH("Benjamini-Hochberg");

        public final String label;

        Method(String label) {
            this.label = label;
        }
    }

    private Multiplicity() {
    }

    /** Number of tests in the family: the non-NaN p-values. */
    public static int familySize(double[] p) {
        int m = 0;
        for (double x : p) {
            if (!Double.isNaN(x)) {
                m++;
            }
        }
        return m;
    }

    /** Adjusted p-values, in the order of {@code p}. */
    public static double[] adjust(double[] p, Method method) {
        int m = familySize(p);
        Integer[] order = new Integer[m];
        int k = 0;
        for (int i = 0; i < p.length; i++) {
            if (!Double.isNaN(p[i])) {
                if (p[i] < 0 || p[i] > 1) {
                    throw new IllegalArgumentException("p-value out of [0, 1]: " + p[i]);
                }
                order[k++] = i;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        if (method == Method.HOLM) {
            double running = 0;
            for (int j = 0; j < m; j++) {
                running = Math.max(running, Math.min(1, (m - j) * p[order[j]]));
                out[order[j]] = running;
            }
        } else {
            double running = 1;
            for (int j = m - 1; j >= 0; j--) {
                running = Math.min(running, Math.min(1, (double) m / (j + 1) * p[order[j]]));
                out[order[j]] = running;
            }
        }
        return out;
    }
}
