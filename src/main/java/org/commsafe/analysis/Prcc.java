package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.QRDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;

/**
 * Partial rank correlation coefficients (Marino et al. 2008, J. Theor. Biol. 254: 178-196): for
 * each factor, the correlation of the residuals of the factor's ranks and of the outcome's ranks,
 * each regressed (least squares, with intercept) on the ranks of the other factors. It measures a
 * monotone, not necessarily linear, effect of the factor with the others held fixed, in [-1, 1].
 * The p-value is that of t = r sqrt(df / (1 - r^2)) with df = n - 2 - (k - 1); the 95% interval is
 * Fisher's z interval with standard error 1 / sqrt(n - 3 - (k - 1)).
 */
public final class Prcc {
    private Prcc() {
    }

    public record Result(String factor, double prcc, double pValue, double low, double high, int n) {
    }

    /** {@code x[i][f]}: factor f of design point i; {@code y[i]}: the outcome there (NaN rows are dropped). */
    public static List<Result> of(List<String> factors, double[][] x, double[] y) {
        int k = factors.size();
        List<Integer> keep = new ArrayList<>();
        for (int i = 0; i < y.length; i++) {
            if (!Double.isNaN(y[i])) {
                keep.add(i);
            }
        }
        int n = keep.size();
        List<Result> out = new ArrayList<>();
        int df = n - 2 - (k - 1);
        if (df < 1) {
            for (String f : factors) {
                out.add(new Result(f, Double.NaN, Double.NaN, Double.NaN, Double.NaN, n));
            }
            return out;
        }
        double[][] rx = new double[k][];
        for (int f = 0; f < k; f++) {
            double[] col = new double[n];
            for (int i = 0; i < n; i++) {
                col[i] = x[keep.get(i)][f];
            }
            rx[f] = ranks(col);
        }
        double[] yy = new double[n];
        for (int i = 0; i < n; i++) {
            yy[i] = y[keep.get(i)];
        }
        double[] ry = ranks(yy);
        for (int f = 0; f < k; f++) {
            RealMatrix others = new Array2DRowRealMatrix(n, k);
            for (int i = 0; i < n; i++) {
                others.setEntry(i, 0, 1);
                int c = 1;
                for (int g = 0; g < k; g++) {
                    if (g != f) {
                        others.setEntry(i, c++, rx[g][i]);
                    }
                }
            }
            double[] ex = residuals(others, rx[f]);
            double[] ey = residuals(others, ry);
            double r = correlation(ex, ey);
            double p = Double.NaN;
            double lo = Double.NaN;
            double hi = Double.NaN;
            if (!Double.isNaN(r)) {
                double rr = Math.max(-0.999999999, Math.min(0.999999999, r));
                double t = rr * Math.sqrt(df / (1 - rr * rr));
                p = 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t));
                int m = n - 3 - (k - 1);
                if (m > 0) {
                    double z = 0.5 * Math.log((1 + rr) / (1 - rr));
                    double half = new NormalDistribution().inverseCumulativeProbability(0.975) / Math.sqrt(m);
                    lo = Math.tanh(z - half);
                    hi = Math.tanh(z + half);
                }
            }
            out.add(new Result(factors.get(f), r, p, lo, hi, n));
        }
        return out;
    }

    private static double[] residuals(RealMatrix a, double[] b) {
        RealVector v = new ArrayRealVector(b, false);
        RealVector beta = new QRDecomposition(a, 1e-12).getSolver().solve(v);
        return v.subtract(a.operate(beta)).toArray();
    }

    static double correlation(double[] a, double[] b) {
        double ma = Arrays.stream(a).average().orElse(Double.NaN);
        double mb = Arrays.stream(b).average().orElse(Double.NaN);
        double sab = 0;
        double saa = 0;
        double sbb = 0;
        for (int i = 0; i < a.length; i++) {
            sab += (a[i] - ma) * (b[i] - mb);
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
        }
        return saa <= 1e-18 || sbb <= 1e-18 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    }

    /** Ranks 1..n, ties given their mean rank. */
    public static double[] ranks(double[] v) {
        int n = v.length;
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        Arrays.sort(idx, (a, b) -> Double.compare(v[a], v[b]));
        double[] r = new double[n];
        for (int i = 0; i < n; ) {
            int j = i;
            while (j + 1 < n && v[idx[j + 1]] == v[idx[i]]) {
                j++;
            }
            double mean = (i + j) / 2.0 + 1;
            for (int t = i; t <= j; t++) {
                r[idx[t]] = mean;
            }
            i = j + 1;
        }
        return r;
    }
}
