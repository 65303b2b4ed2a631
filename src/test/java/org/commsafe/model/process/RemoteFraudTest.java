package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.Counters;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

/** Remote fraud: its rate, its dependence on awareness, and its clearance that locks no one up. */
class RemoteFraudTest {
    /** Runs the rig's remote fraud for n days. */
    static void days(OffendingTest.Rig r, int n) {
        for (int d = 0; d < n; d++) {
            r.at(d, 23);
            r.fraud.day();
        }
    }

    @Test
    void attemptsHappenAtTheConfiguredRatePerChannel() {
        // 480 households, 2 + 1 attempts per household-year: 1,440 a year, sd 38
        OffendingTest.Rig both = new OffendingTest.Rig(Map.of("fraud_attempts_phone", 2.0, "fraud_attempts_online", 1.0));
        days(both, 365);
        assertEquals(1440, both.count(Counters.FRAUD_ATTEMPTS), 4 * 38);
        assertEquals(both.count(Counters.FRAUD_ATTEMPTS), both.count(Counters.ATTEMPTED), "fraud attempts are attempts");
        assertEquals(0, both.count(Counters.SPATIAL_ATTEMPTS), "no guardian, no place");
        for (int c = 0; c < 4; c++) {
            assertEquals(360, both.counters.byCommunity[c][Counters.FRAUD_ATTEMPTS], 4 * 19, "community " + c);
        }
        OffendingTest.Rig online = new OffendingTest.Rig(Map.of("fraud_attempts_phone", 0.0, "fraud_attempts_online", 1.0));
        days(online, 365);
        assertEquals(480, online.count(Counters.FRAUD_ATTEMPTS), 4 * 22);
        OffendingTest.Rig none = new OffendingTest.Rig(Map.of("fraud_attempts_phone", 0.0, "fraud_attempts_online", 0.0));
        days(none, 365);
        assertEquals(0, none.count(Counters.ATTEMPTED));
        // the online channel's attempts do not move when the phone rate changes (own positions)
        OffendingTest.Rig phoneToo = new OffendingTest.Rig(Map.of("fraud_attempts_phone", 5.0, "fraud_attempts_online", 1.0,
            "fraud_success_probability", 0.0));
        days(phoneToo, 365);
        double onlineOnly = 0;
        for (int c = 0; c < 4; c++) {
            onlineOnly += online.counters.byCommunity[c][Counters.FRAUD_ATTEMPTS];
        }
        assertTrue(phoneToo.count(Counters.FRAUD_ATTEMPTS) > 4 * onlineOnly, "the phone channel adds its own attempts");
    }

    @Test
    void successFallsWithAwarenessOnTheSameAttempts() {
        double[] committed = new double[3];
        double[] awareness = {0.0, 0.5, 1.0};
        short[][] victims = new short[3][];
        for (int k = 0; k < 3; k++) {
            OffendingTest.Rig r = new OffendingTest.Rig(Map.of("fraud_attempts_phone", 3.0, "fraud_attempts_online", 0.0,
                "fraud_success_probability", 1.0, "awareness_mean", awareness[k], "awareness_sd", 0.0, "reporting_intercept", -20.0));
            days(r, 365);
            committed[k] = r.count(Counters.FRAUDS);
            victims[k] = r.h.victimisations.clone();
            double attempts = r.count(Counters.FRAUD_ATTEMPTS);
            assertEquals(1 - awareness[k], committed[k] / attempts, 0.05, "success share at awareness " + awareness[k]);
            assertEquals(attempts - committed[k], r.count(Counters.PREVENTED_AWARENESS), "every failure was a scam seen through");
            assertEquals(committed[k], r.count(Counters.AWARENESS_ATTRIBUTABLE), "a careful household is never defrauded");
            assertEquals(0, r.count(Counters.REPORTED), "intercept -20: nobody reports");
        }
        assertEquals(0, committed[2]);
        // common random numbers: a household defrauded at awareness 0.5 is defrauded at awareness 0 too
        for (int i = 0; i < victims[0].length; i++) {
            assertTrue(victims[1][i] <= victims[0][i], "household " + i);
        }
    }

    @Test
    void aClearedFraudIncarceratesNobody() {
        Map<String, Object> m = new HashMap<>(Map.of("fraud_attempts_phone", 3.0, "fraud_success_probability", 1.0,
            "awareness_mean", 0.0, "awareness_sd", 0.0, "reporting_intercept", 20.0, "fraud_local_clearance", 1.0,
            "clearance_probability", 1.0));
        OffendingTest.Rig r = new OffendingTest.Rig(m);
        int[] before = new int[r.offenders.length];
        for (Offender o : r.offenders) {
            before[o.id] = o.incarceratedUntil;
        }
        days(r, 100);
        double reported = r.count(Counters.REPORTED_FRAUD);
        assertTrue(reported > 300, "reported " + reported);
        double[] spent = new double[2];
        for (Officer o : r.officers) {
            o.queue.work(1e9, spent, r.caseWork);
        }
        assertEquals(reported, r.count(Counters.CLEARED), "every reported fraud cleared");
        for (Offender o : r.offenders) {
            assertEquals(before[o.id], o.incarceratedUntil, "offender " + o.id + " was not locked up for a remote fraud");
        }
        // the whole model: raising fraud clearance from 0 to 1 moves clearances but not incapacitation
        // (trust and expected clearance held out of the reporting decision, so spatial crime sees the same numbers)
        Map<String, Object> c = new HashMap<>(Map.of("fraud_attempts_phone", 0.2, "cleared_trust_gain", 0.0,
            "uncleared_trust_loss", 0.0, "reporting_clearance_weight", 0.0, "fraud_local_clearance", 0.0));
        List<RunResult> low = TestCities.run(TestCities.small(c), 2, 30, 200);
        c.put("fraud_local_clearance", 1.0);
        List<RunResult> high = TestCities.run(TestCities.small(c), 2, 30, 200);
        assertTrue(TestCities.mean(low, SummaryMetric.OFFENDER_DAYS_INCAPACITATED) > 0);
        assertEquals(TestCities.mean(low, SummaryMetric.OFFENDER_DAYS_INCAPACITATED),
            TestCities.mean(high, SummaryMetric.OFFENDER_DAYS_INCAPACITATED), 0.0);
        assertEquals(TestCities.mean(low, SummaryMetric.CRIMES_COMMITTED), TestCities.mean(high, SummaryMetric.CRIMES_COMMITTED), 0.0);
        assertTrue(TestCities.mean(high, SummaryMetric.CLEARANCE_RATE_COHORT) > TestCities.mean(low, SummaryMetric.CLEARANCE_RATE_COHORT));
        assertTrue(TestCities.mean(low, SummaryMetric.FRAUD_PER_1000) > 0);
    }
}
