package org.commsafe;

import java.util.ArrayList;
import java.util.List;
import org.commsafe.metrics.Metric;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;

/**
 * One headless run whose every day is kept, burn-in included, with the model kept for
 * inspection after the run. {@code rows(d)} is model day d (0-based, burn-in first);
 * its rows are the communities, then the city.
 */
final class ObservedRun {
    final CommSafeModel model;
    final int burnIn;
    final int days;
    private final List<double[][]> daily = new ArrayList<>();

    private ObservedRun(Parameters p, long seed, int burnIn, int days) {
        this.burnIn = burnIn;
        this.days = days;
        model = new CommSafeModel(seed, p, burnIn, days);
        model.observeDuringBurnIn = true;
        model.observer = (day, rows) -> {
            if (day != daily.size() - burnIn + 1) {
                throw new AssertionError("observed day " + day + " out of order");
            }
            double[][] copy = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                copy[r] = rows[r].clone();
            }
            daily.add(copy);
        };
    }

    /** Builds and runs the whole period. */
    static ObservedRun run(Parameters p, long seed, int burnIn, int days) {
        ObservedRun r = new ObservedRun(p, seed, burnIn, days);
        r.model.start();
        r.model.runAll();
        if (r.daily.size() != burnIn + days) {
            throw new AssertionError("observed " + r.daily.size() + " days of " + (burnIn + days));
        }
        return r;
    }

    int communities() {
        return model.city.communities;
    }

    /** Number of model days run (burn-in and observed). */
    int modelDays() {
        return daily.size();
    }

    double[][] rows(int modelDay) {
        return daily.get(modelDay);
    }

    double get(int modelDay, int row, Metric m) {
        return daily.get(modelDay)[row][m.ordinal()];
    }

    /** City value of a metric on a model day. */
    double city(int modelDay, Metric m) {
        return get(modelDay, communities(), m);
    }

    /** Sum of a metric over the observed days (after burn-in), for one row. */
    double observedSum(int row, Metric m) {
        double t = 0;
        for (int d = burnIn; d < daily.size(); d++) {
            t += get(d, row, m);
        }
        return t;
    }

    /** Sum of a city metric over every day, burn-in included. */
    double totalCity(Metric m) {
        double t = 0;
        for (int d = 0; d < daily.size(); d++) {
            t += city(d, m);
        }
        return t;
    }
}
