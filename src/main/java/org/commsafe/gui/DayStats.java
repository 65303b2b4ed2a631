package org.commsafe.gui;

import org.commsafe.metrics.Metric;

/**
 * What the GUI shows of the last days: the latest metric rows and a 30-day ring of them per
 * community and city, filled by the model's day observer (model thread) and read by the
 * inspectors and charts.
 */
public final class DayStats {
    public static final int WINDOW = 30;
    private int rows;
    private double[][][] ring;
    private int filled;
    private int latest = -1;
    public volatile int day;

    public DayStats(int communities) {
        reset(communities);
    }

    /** Empties the window for a city of this many communities. */
    public synchronized void reset(int communities) {
        rows = communities + 1;
        ring = new double[WINDOW][rows][Metric.all().length];
        filled = 0;
        latest = -1;
        day = 0;
    }

    public synchronized void record(int day, double[][] metrics) {
        latest = (latest + 1) % WINDOW;
        for (int r = 0; r < rows; r++) {
            System.arraycopy(metrics[r], 0, ring[latest][r], 0, metrics[r].length);
        }
        filled = Math.min(WINDOW, filled + 1);
        this.day = day;
    }

    /** Today's value of a metric for a row (community index, or the city = communities). */
    public synchronized double today(int row, Metric m) {
        return latest < 0 ? Double.NaN : ring[latest][row][m.ordinal()];
    }

    /** Sum of a metric over the last 30 days for a row. */
    public synchronized double sum30(int row, Metric m) {
        double s = 0;
        for (int k = 0; k < filled; k++) {
            s += ring[k][row][m.ordinal()];
        }
        return s;
    }

    public double ratio30(int row, Metric num, Metric den) {
        double d = sum30(row, den);
        return d == 0 ? Double.NaN : sum30(row, num) / d;
    }

    public synchronized int cityRow() {
        return rows - 1;
    }
}
