package org.commsafe;

import static org.commsafe.TestCities.mean;
import static org.commsafe.TestCities.run;
import static org.commsafe.TestCities.small;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

/**
 * Belonging and willingness to pay move with victimisation, trust and contact with the watch
 * group, and what they feed (watch membership, technical defence) moves with them. Small cities,
 * common random numbers, a fast adjustment so the effects show within the run.
 */
class AttitudesMoveTest {
    static final int REPS = 4;
    static final int BURN_IN = 120;
    static final int DAYS = 120;

    private static List<RunResult> sim(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("attitude_adjustment_rate", 0.5);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return run(small(m), REPS, BURN_IN, DAYS);
    }

    @Test
    void victimisationLowersBelongingAndRaisesWillingnessToPay() {
        // many victims: a high attempt rate
        List<RunResult> calm = sim("attempts_per_offender_per_day", 0.6, "belonging_victim_loss", 0.0, "wtp_victim_gain", 0.0);
        List<RunResult> hurt = sim("attempts_per_offender_per_day", 0.6, "belonging_victim_loss", 0.5, "wtp_victim_gain", 0.5);
        assertTrue(mean(hurt, SummaryMetric.BELONGING_MEAN) < mean(calm, SummaryMetric.BELONGING_MEAN) - 0.001,
            "victims feel less attached: " + mean(calm, SummaryMetric.BELONGING_MEAN) + " -> " + mean(hurt, SummaryMetric.BELONGING_MEAN));
        assertTrue(mean(hurt, SummaryMetric.WILLINGNESS_TO_PAY_MEAN) > mean(calm, SummaryMetric.WILLINGNESS_TO_PAY_MEAN) + 0.001);
        assertTrue(mean(hurt, SummaryMetric.TECH_ADOPTION_SHARE) > mean(calm, SummaryMetric.TECH_ADOPTION_SHARE),
            "willingness to pay feeds technical-defence adoption");
    }

    @Test
    void trustMovesBelongingOnlyThroughItsWeight() {
        List<RunResult> low = sim("contact_trust_gain", 0.0, "sighting_trust_gain", 0.0);
        List<RunResult> high = sim("contact_trust_gain", 0.3, "sighting_trust_gain", 0.05);
        assertTrue(mean(high, SummaryMetric.TRUST_MEAN) > mean(low, SummaryMetric.TRUST_MEAN) + 0.02);
        assertTrue(mean(high, SummaryMetric.BELONGING_MEAN) > mean(low, SummaryMetric.BELONGING_MEAN) + 0.005,
            "trust in the police raises belonging");
        assertTrue(mean(high, SummaryMetric.WATCH_MEMBERS) > mean(low, SummaryMetric.WATCH_MEMBERS), "and watch membership");
        // with every target weight 0 belonging and willingness to pay stay each occupant's own
        Object[] off = {"belonging_trust_weight", 0.0, "belonging_victim_loss", 0.0, "belonging_participation_gain", 0.0,
            "wtp_victim_gain", 0.0, "wtp_trust_weight", 0.0};
        double b0 = mean(sim(concat(off, "contact_trust_gain", 0.0, "sighting_trust_gain", 0.0)), SummaryMetric.BELONGING_MEAN);
        double b1 = mean(sim(concat(off, "contact_trust_gain", 0.3, "sighting_trust_gain", 0.05)), SummaryMetric.BELONGING_MEAN);
        assertEquals(b0, b1, 1e-9);
    }

    @Test
    void contactWithAWorkingWatchGroupRaisesBelonging() {
        List<RunResult> none = sim("belonging_participation_gain", 0.3);
        List<RunResult> funded = sim("belonging_participation_gain", 0.3, "watch_government_budget", 5000.0);
        assertTrue(mean(funded, SummaryMetric.WATCH_SEEN_SHARE) > mean(none, SummaryMetric.WATCH_SEEN_SHARE));
        assertTrue(mean(funded, SummaryMetric.BELONGING_MEAN) > mean(none, SummaryMetric.BELONGING_MEAN),
            "residents who see their group at work feel more attached");
    }

    static Object[] concat(Object[] a, Object... b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
