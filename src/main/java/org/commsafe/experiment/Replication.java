package org.commsafe.experiment;

import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;

/** Runs one replication of a parameter set, headless, and keeps its observed days. */
public final class Replication {
    private Replication() {
    }

    public static RunResult run(Parameters p, int replication, long seed, int burnInDays, int days) {
        return run(p, replication, seed, burnInDays, days, false);
    }

    /**
     * One replication; with {@code fromDayZero} the burn-in is observed too (the warm-up
     * analysis), so the result holds burn-in + days days, day 0 first, of the run exactly as
     * configured.
     */
    public static RunResult run(Parameters p, int replication, long seed, int burnInDays, int days, boolean fromDayZero) {
        CommSafeModel m = new CommSafeModel(seed, p, burnInDays, days);
        int offset = fromDayZero ? burnInDays : 0;
        double[][][] daily = new double[days + offset][][];
        m.observeDuringBurnIn = fromDayZero;
        m.observer = (day, rows) -> {
            double[][] copy = new double[rows.length][];
            for (int r = 0; r < rows.length; r++) {
                copy[r] = rows[r].clone();
            }
            daily[day - 1 + offset] = copy;
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
