package org.commsafe.experiment;

import org.commsafe.metrics.Metric;

/**
 * The observed days of one replication: {@code daily[day][row][metric]} where rows are the
 * communities then the city, and metrics follow {@link Metric#all()}.
 */
public record RunResult(int replication, long seed, int communities, long households, String[] communityNames,
                        double[][][] daily) {
    public int days() {
        return daily.length;
    }

    /** City-wide series of one metric over the observed days. */
    public double[] citySeries(Metric m) {
        double[] s = new double[daily.length];
        for (int d = 0; d < s.length; d++) {
            s[d] = daily[d][communities][m.ordinal()];
        }
        return s;
    }

    public double citySum(Metric m) {
        double t = 0;
        for (double[][] day : daily) {
            t += day[communities][m.ordinal()];
        }
        return t;
    }
}
