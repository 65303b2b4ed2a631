package org.commsafe.experiment;

import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;

/** Runs one replication of a parameter set, headless, and keeps its observed days. */
public final class Replication {
    private Replication() {
    }

    public static RunResult run(Parameters p, int replication, long seed, int burnInDays, int days) {
        CommSafeModel m = new CommSafeModel(seed, p, burnInDays, days);
        double[][][] daily = new double[days][][];
        m.observer = (day, rows) -> {
            double[][] copy = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                copy[r] = rows[r].clone();
            }
            daily[day - 1] = copy;
        };
        m.start();
        m.runAll();
        m.finish();
        String[] names = new String[m.city.communities];
        for (int c = 0; c < names.length; c++) {
            names[c] = m.city.communityName(c);
        }
        return new RunResult(replication, seed, m.city.communities, m.city.households, names, daily);
    }
}
