package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/** Offenders learn when to offend: attempts move away from hours where guardians stopped them. */
class TimeRiskTest {
    @Test
    void learningLowersThatHourAndKeepsTheWeeklyMeanAtOne() {
        Parameters p = ParameterSpace.with(ParameterSpace.defaults(), Map.of("time_risk_learning", 0.5,
            "time_risk_aversion", 4.0, "risk_decay", 0.1));
        TimeRisk t = new TimeRisk(p);
        assertEquals(1, t.multiplier(5), 1e-12, "flat before anything is learnt");
        t.learn(TimeRisk.hourOfWeek(1, 3));
        t.learn(TimeRisk.hourOfWeek(8, 3)); // a week later: the same hour of the week
        assertEquals(0.75, t.risk[27], 1e-12);
        assertEquals(1 / (1 + 4 * 0.75) * 168 / (167 + 1 / (1 + 4 * 0.75)), t.multiplier(27), 1e-12);
        double mean = 0;
        for (int h = 0; h < TimeRisk.HOURS_PER_WEEK; h++) {
            mean += t.multiplier(h) / TimeRisk.HOURS_PER_WEEK;
        }
        assertEquals(1, mean, 1e-12, "attempts move between hours; the total is unchanged");
        assertTrue(t.multiplier(0) > 1, "other hours gain what the risky hour loses");
        t.decayDay();
        assertEquals(0.675, t.risk[27], 1e-12);
    }

    private static java.util.List<org.commsafe.experiment.RunResult> run(double aversion) {
        // homes are empty only on weekdays 08-18 (daytime workers), and occupants always stop a burglary
        Map<String, Object> o = new HashMap<>(Map.of("daytime_worker_share", 0.9, "occupant_deterrence", 1.0,
            "occupant_deterrence_asleep", 1.0, "evening_out_probability", 0.0, "weekend_out_probability", 0.0,
            "night_away_probability", 0.0, "burglar_door_tries", 0, "time_risk_learning", 0.5, "time_risk_aversion", aversion));
        o.put("risk_decay", 0.005);
        return TestCities.run(TestCities.small(o), 3, 60, 200);
    }

    @Test
    void offendersMoveTheirAttemptsToTheHoursWhenHomesAreEmpty() {
        var flat = run(0);
        var learnt = run(10);
        double stoppedFlat = TestCities.mean(flat, SummaryMetric.DETERRED_BY_OCCUPANT);
        double stoppedLearnt = TestCities.mean(learnt, SummaryMetric.DETERRED_BY_OCCUPANT);
        assertTrue(stoppedLearnt < 0.93 * stoppedFlat, "attempts stopped by occupants: " + stoppedLearnt + " vs " + stoppedFlat);
        double burglaryFlat = TestCities.mean(flat, SummaryMetric.BURGLARY_PER_1000);
        double burglaryLearnt = TestCities.mean(learnt, SummaryMetric.BURGLARY_PER_1000);
        assertTrue(burglaryLearnt > 1.03 * burglaryFlat, "burglaries: " + burglaryLearnt + " vs " + burglaryFlat);
    }
}
