package org.commsafe.analysis;

import org.apache.commons.math3.distribution.TDistribution;

/** Mean and 95% confidence interval across replications (Student t; NaN values are skipped). */
public record Stats(int n, double mean, double sd, double low, double high) {

    public static Stats of(double[] xs) {
        int n = 0;
        double sum = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                n++;
                sum += x;
            }
        }
        if (n == 0) {
            return new Stats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double mean = sum / n;
        if (n == 1) {
            return new Stats(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double ss = 0;
        for (double x : xs) {
            if (!Double.isNaN(x)) {
                ss += (x - mean) * (x - mean);
            }
        }
        double sd = Math.sqrt(ss / (n - 1));
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * sd / Math.sqrt(n);
        return new Stats(n, mean, sd, mean - half, mean + half);
    }
}
