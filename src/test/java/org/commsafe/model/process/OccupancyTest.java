package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.analysis.Patterns;
import org.commsafe.analysis.Patterns.Statistic;
import org.commsafe.experiment.CrimeEvents;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Outcome-level checks of occupancy as guardianship (Cohen & Felson 1979): routine absences
 * empty homes at their hours, and a burglar who finds occupants moves to another door
 * (Wright & Decker 1994), so fewer attempts end at an occupied door. (Whether the share of
 * burglaries with someone home falls too depends on returning burglars, who do not search:
 * `commsafe patterns` measures it on the baseline.)
 */
class OccupancyTest {
    private static double[] patterns(Map<String, Object> changes) {
        Map<String, Object> o = new HashMap<>(Map.of("grid_width", 3, "grid_height", 3,
            "households_per_community", 1200, "households_per_officer", 3600));
        o.putAll(changes);
        Parameters p = TestCities.small(o);
        double[] sum = new double[Statistic.values().length];
        for (long seed = 1; seed <= 3; seed++) {
            double[] v = Patterns.compute(CrimeEvents.record(p, seed, 60, 300));
            for (int k = 0; k < v.length; k++) {
                sum[k] += v[k];
            }
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= 3;
        }
        return sum;
    }

    private static double someoneHome(double[] v) {
        return v[Statistic.BURGLARIES_WITH_SOMEONE_HOME.ordinal()];
    }

    @Test
    void theDoorSearchTurnsOccupiedDoorsIntoBurglariesNextDoor() {
        Map<String, Object> noSearch = Map.of("burglar_door_tries", 0);
        Map<String, Object> search = Map.of("burglar_door_tries", 3);
        var without = TestCities.run(TestCities.small(noSearch), 3, 60, 200);
        var with = TestCities.run(TestCities.small(search), 3, 60, 200);
        double stoppedWithout = TestCities.mean(without, SummaryMetric.DETERRED_BY_OCCUPANT);
        double stoppedWith = TestCities.mean(with, SummaryMetric.DETERRED_BY_OCCUPANT);
        assertTrue(stoppedWith < 0.8 * stoppedWithout, "attempts stopped by occupants: " + stoppedWith + " vs " + stoppedWithout);
        double burglaryWithout = TestCities.mean(without, SummaryMetric.BURGLARY_PER_1000);
        double burglaryWith = TestCities.mean(with, SummaryMetric.BURGLARY_PER_1000);
        assertTrue(burglaryWith > 1.1 * burglaryWithout, "burglaries: " + burglaryWith + " vs " + burglaryWithout);
    }

    @Test
    void eveningAbsencesEmptyHomesInTheEvening() {
        double none = someoneHome(patterns(Map.of("evening_out_probability", 0.0, "burglar_door_tries", 0)));
        double half = someoneHome(patterns(Map.of("evening_out_probability", 0.5, "burglar_door_tries", 0)));
        assertTrue(half < none - 0.04, "someone home: " + half + " with half the homes out in the evening vs " + none);
    }
}
