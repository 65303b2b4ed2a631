package org.commsafe.analysis;

import ec.util.MersenneTwisterFast;

/**
 * Morris elementary-effects screening (Morris 1991; Campolongo et al. 2007's mu*). Factors are
 * scaled to [0, 1] on a grid of {@code levels} levels with jump delta = levels / (2 (levels - 1)).
 * Each trajectory starts at a random grid point from which every factor can rise by delta, and
 * raises the factors one at a time in random order, so it costs k + 1 model evaluations.
 */
public final class Morris {
    private Morris() {
    }

    /** The design: trajectories x (k + 1) points, each a vector of k factors in [0, 1]. */
    public static double[][][] design(int k, int trajectories, int levels, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double delta = levels / (2.0 * (levels - 1));
        int baseLevels = levels / 2; // base values 0, 1/(p-1), ... that leave room for +delta
        double[][][] out = new double[trajectories][k + 1][];
        for (int t = 0; t < trajectories; t++) {
            double[] x = new double[k];
            for (int i = 0; i < k; i++) {
                x[i] = rng.nextInt(baseLevels) / (double) (levels - 1);
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            out[t][0] = x.clone();
            for (int s = 0; s < k; s++) {
                x[order[s]] += delta;
                out[t][s + 1] = x.clone();
            }
        }
        return out;
    }

    /** mu* (mean absolute effect), mu (mean effect) and sigma (sd) of one output per factor. */
    public record Indices(double[] muStar, double[] mu, double[] sigma) {
    }

    /** Elementary effects from outputs y[t][s] at the design's points. */
    public static Indices indices(double[][][] design, double[][] y) {
        int k = design[0][0].length;
        int r = design.length;
        double[][] ee = new double[k][r];
        for (int t = 0; t < r; t++) {
            for (int s = 0; s < k; s++) {
                double[] a = design[t][s];
                double[] b = design[t][s + 1];
                int factor = -1;
                for (int i = 0; i < k; i++) {
                    if (a[i] != b[i]) {
                        factor = i;
                    }
                }
                ee[factor][t] = (y[t][s + 1] - y[t][s]) / (b[factor] - a[factor]);
            }
        }
        double[] muStar = new double[k];
        double[] mu = new double[k];
        double[] sigma = new double[k];
        for (int i = 0; i < k; i++) {
            double sa = 0;
            double s = 0;
            for (double e : ee[i]) {
                sa += Math.abs(e);
                s += e;
            }
            muStar[i] = sa / r;
            mu[i] = s / r;
            double ss = 0;
            for (double e : ee[i]) {
                ss += (e - mu[i]) * (e - mu[i]);
            }
            sigma[i] = r > 1 ? Math.sqrt(ss / (r - 1)) : Double.NaN;
        }
        return new Indices(muStar, mu, sigma);
    }
}
