package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.Offender;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Outcome-level mechanisms: a lever moves the outcome its rule implies, compared on common
 * random numbers (the same replication seeds) on small cities with enough offenders that the
 * effects are far from noise.
 */
class OutcomeMechanismTest {
    static final int REPS = 2;
    static final int BURN_IN = 20;
    static final int DAYS = 100;

    /** The small city with 120 offenders: about ten crimes a day. */
    static Parameters city(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>();
        m.put("offender_entry_rate", 1.2);
        m.put("offender_stop_probability", 0.0); // only sentences incapacitate (enforcement arrests: OffenderPopulationTest)
        m.putAll(changes);
        return TestCities.small(m);
    }

    static List<RunResult> sim(Map<String, Object> changes) {
        return TestCities.run(city(changes), REPS, BURN_IN, DAYS);
    }

    static double sum(List<RunResult> rs, Metric m) {
        double t = 0;
        for (RunResult r : rs) {
            t += r.citySum(m);
        }
        return t;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }

    @Test
    void officerDeterrenceLowersCrimeWithIncapacitationFixed() {
        // officers present for part of an hour deter for that part: many officers on patrol, so the effect is far from noise
        Map<String, Object> base = Map.of("incarceration_days", 0, "households_per_officer", 150,
            "prevention_orientation", 1.0, "quota_pressure", 0.0, "patrol_share", 1.0, "publicity_share", 0.0);
        List<RunResult> none = sim(with(base, "officer_deterrence", 0.0));
        List<RunResult> strong = sim(with(base, "officer_deterrence", 1.0));
        assertEquals(0, sum(none, Metric.DETERRED_BY_OFFICER), "no officer deters at deterrence 0");
        double deterred = sum(strong, Metric.DETERRED_BY_OFFICER);
        double committedNone = sum(none, Metric.CRIMES_COMMITTED);
        double committedStrong = sum(strong, Metric.CRIMES_COMMITTED);
        assertTrue(deterred > 0.05 * sum(strong, Metric.SPATIAL_ATTEMPTS), "deterred by officers: " + deterred);
        assertTrue(committedStrong < 0.95 * committedNone, "committed " + committedNone + " -> " + committedStrong);
    }

    @Test
    void technicalDefenceStopsBurglaries() {
        Map<String, Object> base = Map.of("tech_defence_subsidy", 5.0, "tech_adoption_rate", 0.5);
        List<RunResult> useless = sim(with(base, "tech_defence_effect", 0.0));
        List<RunResult> strong = sim(with(base, "tech_defence_effect", 0.9));
        for (RunResult r : strong) {
            assertTrue(SummaryMetric.TECH_ADOPTION_SHARE.compute(r) > 0.8, "most homes have technical defence");
        }
        double b0 = sum(useless, Metric.BURGLARIES);
        double b9 = sum(strong, Metric.BURGLARIES);
        assertTrue(b9 < 0.8 * b0, "burglaries: effect 0 " + b0 + ", effect 0.9 " + b9);
    }

    @Test
    void camerasDeterOnlyWithDeterrence() {
        Map<String, Object> base = Map.of("public_cameras", 150);
        List<RunResult> blind = sim(with(base, "camera_deterrence", 0.0));
        List<RunResult> watching = sim(with(base, "camera_deterrence", 0.9));
        List<RunResult> none = sim(Map.of("camera_layout", "NONE", "camera_deterrence", 0.9, "public_cameras", 150));
        assertEquals(0, sum(blind, Metric.DETERRED_BY_CAMERA));
        assertEquals(0, sum(none, Metric.DETERRED_BY_CAMERA), "no cameras, no camera deterrence");
        double spatialBlind = sum(blind, Metric.BURGLARIES) + sum(blind, Metric.VEHICLE_THEFTS);
        double spatialWatching = sum(watching, Metric.BURGLARIES) + sum(watching, Metric.VEHICLE_THEFTS);
        assertTrue(sum(watching, Metric.DETERRED_BY_CAMERA) > 0.5 * sum(watching, Metric.SPATIAL_ATTEMPTS),
            "most spatial attempts meet a deterring camera");
        assertTrue(spatialWatching < 0.5 * spatialBlind, "spatial crime " + spatialBlind + " -> " + spatialWatching);
        // fraud is remote: cameras do not touch it (same draws, same frauds while offenders behave alike)
        assertTrue(sum(watching, Metric.FRAUDS) > 0.7 * sum(blind, Metric.FRAUDS), "frauds are not deterred by cameras");
    }

    @Test
    void attributableShareIsBelowTheCountShareOnlyWhenCarefulHomesAlsoFall() {
        List<RunResult> hard = sim(Map.of("forced_entry_success", 0.9, "secured_vehicle_theft_success", 0.6));
        for (RunResult r : hard) {
            double related = SummaryMetric.AWARENESS_RELATED_SHARE.compute(r);
            double attributable = SummaryMetric.AWARENESS_ATTRIBUTABLE_SHARE.compute(r);
            assertTrue(attributable < 0.85 * related, "attributable share " + attributable + " vs related share " + related);
        }
        List<RunResult> onlyCareless = sim(Map.of("forced_entry_success", 0.0, "secured_vehicle_theft_success", 0.0));
        for (RunResult r : onlyCareless) {
            assertTrue(r.citySum(Metric.AWARENESS_RELATED) > 0);
            assertEquals(r.citySum(Metric.CRIMES_COMMITTED), r.citySum(Metric.AWARENESS_RELATED),
                "with no forced or secured success every crime went through a lapse");
            assertEquals(SummaryMetric.AWARENESS_RELATED_SHARE.compute(r), SummaryMetric.AWARENESS_ATTRIBUTABLE_SHARE.compute(r), 1e-12);
        }
    }

    @Test
    void awarenessPreventsMoreWhenHigher() {
        List<RunResult> low = sim(Map.of("awareness_mean", 0.1, "awareness_sd", 0.05));
        List<RunResult> high = sim(Map.of("awareness_mean", 0.9, "awareness_sd", 0.05));
        double pLow = sum(low, Metric.PREVENTED_BY_AWARENESS);
        double pHigh = sum(high, Metric.PREVENTED_BY_AWARENESS);
        assertTrue(pHigh > 2 * pLow && pLow > 0, "prevented by awareness: " + pLow + " -> " + pHigh);
        assertTrue(sum(high, Metric.AWARENESS_RELATED) < 0.5 * sum(low, Metric.AWARENESS_RELATED), "fewer lapses");
    }

    @Test
    void clearingCasesIncapacitates() {
        List<RunResult> never = sim(Map.of("clearance_probability", 0.0));
        List<RunResult> often = sim(Map.of("clearance_probability", 0.9));
        for (RunResult r : never) {
            assertEquals(0, SummaryMetric.OFFENDER_DAYS_INCAPACITATED.compute(r));
            assertEquals(0, r.citySum(Metric.CLEARED));
        }
        for (RunResult r : often) {
            assertTrue(r.citySum(Metric.CLEARED) > 0);
            assertTrue(SummaryMetric.OFFENDER_DAYS_INCAPACITATED.compute(r) > 0);
        }
    }

    /**
     * Offender-days incapacitated count the days an offender could not offend. The offender stock
     * is counted each morning after the releases, so an offender cleared on day d (at large that
     * day) is counted inside on days d + 1 .. d + incarceration_days: a sentence of N days adds
     * exactly N offender-days, and a zero-day sentence adds none.
     */
    @Test
    void zeroDaySentencesIncapacitateNobody() {
        for (RunResult r : sim(Map.of("clearance_probability", 0.9, "incarceration_days", 0))) {
            assertTrue(r.citySum(Metric.CLEARED) > 0);
            assertEquals(0, SummaryMetric.OFFENDER_DAYS_INCAPACITATED.compute(r), "no day at large was lost");
        }
    }

    /**
     * The offender stock is counted each morning after the releases: every sentence passed on day d
     * with N = incarceration_days is counted inside on days d + 1 .. d + N and on no other day, so
     * the run's offender-days incarcerated are the sum of the sentences' days inside the run.
     */
    @Test
    void aSentenceOfNDaysAddsNOffenderDays() {
        int n = 5;
        int days = 120;
        CommSafeModel model = new CommSafeModel(Seeds.replicationSeed(9, 0),
            city(Map.of("clearance_probability", 0.9, "incarceration_days", n)), 0, days);
        int[] lastDay = new int[1];
        long[] expected = new long[1];
        double[] counted = new double[1];
        int[] sentences = new int[1];
        model.observer = (day, rows) -> {
            int d = day - 1; // model day (no burn-in)
            counted[0] += rows[rows.length - 1][Metric.OFFENDERS_INCARCERATED.ordinal()];
            for (Offender o : model.offenders) {
                if (o.incarceratedUntil == d + 1 + n) { // sentenced tonight
                    sentences[0]++;
                    // inside on days d + 1 .. d + n within the run, while its life lasts (it leaves on the morning of its exit day)
                    expected[0] += Math.max(0, Math.min(Math.min(d + n, days - 1), o.exitDay - 1) - d);
                }
            }
            lastDay[0] = d;
        };
        model.start();
        int atStart = 0;
        for (Offender o : model.offenders) {
            if (o.present && o.incarceratedUntil > 0) { // inside on a sentence at the start: days 0 .. until - 1
                atStart++;
                expected[0] += Math.min(Math.min(o.incarceratedUntil, o.exitDay), days);
            }
        }
        model.runAll();
        assertEquals(days - 1, lastDay[0]);
        assertTrue(atStart > 0, "some offenders start inside (the stationary share)");
        assertTrue(sentences[0] > 20, "sentences " + sentences[0]);
        assertEquals(expected[0], counted[0], 0.0, sentences[0] + " sentences of " + n + " days");
    }

    /**
     * Every clearance is counted once. With every finished case certain to clear (full skill,
     * camera evidence everywhere, no fraud, no unregistered offenders, no incidents), the day's
     * cleared column must equal the cases finished that day, which the backlog tells: yesterday's
     * backlog + today's reports - today's backlog. A clearance counted twice, or a case finished
     * twice, breaks the equality.
     */
    @Test
    void everyClearanceIsCountedOnce() {
        Map<String, Object> m = new HashMap<>();
        m.put("burglary_share", 0.5);
        m.put("fraud_attempts_phone", 0.0);
        m.put("fraud_attempts_online", 0.0);
        m.put("public_cameras", 1000);
        m.put("camera_deterrence", 0.0);
        m.put("camera_evidence_bonus", 5.0);
        m.put("clearance_probability", 1.0);
        m.put("officer_skill", 1.0);
        m.put("registration_miss_rate", 0.0);
        m.put("evidence_half_life_days", 3650.0);
        m.put("incidents_per_1000_households_per_day", 0.0);
        ObservedRun r = ObservedRun.run(city(m), Seeds.replicationSeed(5, 0), 0, 90);
        double before = 0;
        double cleared = 0;
        for (int d = 0; d < r.modelDays(); d++) {
            double backlog = r.city(d, Metric.CASE_BACKLOG);
            double finished = before + r.city(d, Metric.REPORTED) - backlog;
            assertEquals(finished, r.city(d, Metric.CLEARED), 1e-6, "day " + d);
            cleared += r.city(d, Metric.CLEARED);
            before = backlog;
        }
        assertTrue(cleared > 20, "cleared " + cleared);
    }
}
