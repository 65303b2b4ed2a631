package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.CrimeType;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.model.process.Offending;
import org.junit.jupiter.api.Test;

/**
 * Household technical defence (issue 12): effects by crime type (armed alarms against forced
 * entries and walk-ins, vehicle security against vehicle theft, door-camera evidence in
 * clearance), adoption that saturates, and police-organised installation decided by trust. Each
 * comparison is on common random numbers in the small city of {@link OutcomeMechanismTest}.
 */
class TechDefenceTest {
    /** Nearly every home equipped: adoption certain at equilibrium (rate 0.5, utility high). */
    static final Map<String, Object> EQUIPPED = Map.of("tech_defence_subsidy", 5.0, "tech_adoption_rate", 0.5);

    static Map<String, Object> with(Map<String, Object> base, Object... kv) {
        Map<String, Object> m = new HashMap<>(base);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static List<RunResult> sim(Map<String, Object> changes) {
        return OutcomeMechanismTest.sim(changes);
    }

    static double sum(List<RunResult> rs, Metric m) {
        return OutcomeMechanismTest.sum(rs, m);
    }

    @Test
    void withItsEffectsAtZeroTechnicalDefenceMovesNoCrime() {
        Map<String, Object> off = Map.of("tech_defence_effect", 0.0, "tech_vehicle_effect", 0.0, "tech_camera_evidence_bonus", 0.0);
        List<RunResult> equipped = sim(with(EQUIPPED, "tech_defence_effect", 0.0, "tech_vehicle_effect", 0.0,
            "tech_camera_evidence_bonus", 0.0));
        List<RunResult> bare = sim(with(off, "tech_adoption_rate", 0.0));
        assertTrue(TestCities.mean(equipped, SummaryMetric.TECH_ADOPTION_SHARE) > 0.8, "most homes equipped");
        assertEquals(0, TestCities.mean(bare, SummaryMetric.TECH_ADOPTION_SHARE), "no home equipped");
        assertTrue(sum(equipped, Metric.HOME_CAMERA_CASES) > 0, "equipped homes' burglaries carry home-camera evidence");
        assertEquals(0, sum(equipped, Metric.PREVENTED_BY_TECH), "nothing prevented by effects of 0");
        assertEquals(0, sum(equipped, Metric.CLEARED_BY_HOME_CAMERA), "no clearance owed to a bonus of 0");
        for (Metric m : new Metric[] {Metric.CRIMES_ATTEMPTED, Metric.CRIMES_COMMITTED, Metric.BURGLARIES, Metric.VEHICLE_THEFTS,
                Metric.REPORTED, Metric.CLEARED, Metric.COHORT_CLEARED, Metric.DETERRED}) {
            assertEquals(sum(bare, m), sum(equipped, m), m.column() + ": technical defence with no effect changes nothing");
        }
    }

    @Test
    void armedAlarmsStopWalkInsNotOnlyForcedEntries() {
        // every burglary a walk-in: no forced entry succeeds, doors are often left unlocked
        Map<String, Object> walkIns = with(EQUIPPED, "forced_entry_success", 0.0, "unlocked_door_probability", 0.8,
            "tech_alarm_armed_share", 1.0, "tech_vehicle_effect", 0.0);
        List<RunResult> none = sim(with(walkIns, "tech_defence_effect", 0.0));
        List<RunResult> armed = sim(with(walkIns, "tech_defence_effect", 0.8));
        List<RunResult> neverArmed = sim(with(walkIns, "tech_defence_effect", 0.8, "tech_alarm_armed_share", 0.0));
        double b0 = sum(none, Metric.BURGLARIES);
        double b8 = sum(armed, Metric.BURGLARIES);
        assertTrue(b0 > 50, "enough walk-ins to compare: " + b0);
        assertTrue(b8 < 0.4 * b0, "walk-in burglaries against armed alarms: " + b0 + " -> " + b8);
        assertTrue(sum(armed, Metric.PREVENTED_BY_TECH_WALK_IN) > 0.3 * b0, "prevented walk-ins counted");
        assertEquals(0, sum(armed, Metric.PREVENTED_BY_TECH_FORCED), "no forced entry could succeed anyway");
        assertEquals(b0, sum(neverArmed, Metric.BURGLARIES), "an alarm never armed stops nothing");
        assertEquals(0, sum(neverArmed, Metric.PREVENTED_BY_TECH));
    }

    @Test
    void vehicleSecurityCutsVehicleTheftAtEquippedHomes() {
        Map<String, Object> base = with(EQUIPPED, "tech_defence_effect", 0.0);
        List<RunResult> none = sim(with(base, "tech_vehicle_effect", 0.0));
        List<RunResult> secured = sim(with(base, "tech_vehicle_effect", 0.8));
        double v0 = sum(none, Metric.VEHICLE_THEFTS);
        double v8 = sum(secured, Metric.VEHICLE_THEFTS);
        assertTrue(v0 > 50, "enough vehicle thefts: " + v0);
        assertTrue(v8 < 0.4 * v0, "vehicle thefts: " + v0 + " -> " + v8);
        assertTrue(sum(secured, Metric.PREVENTED_BY_TECH_VEHICLE) > 0.3 * v0);
        assertEquals(0, sum(secured, Metric.PREVENTED_BY_TECH_FORCED) + sum(secured, Metric.PREVENTED_BY_TECH_WALK_IN),
            "the vehicle effect does not touch burglary");
        // without adopters the same effect size does nothing
        List<RunResult> bare = sim(with(base, "tech_vehicle_effect", 0.8, "tech_adoption_rate", 0.0));
        List<RunResult> bareNone = sim(with(base, "tech_vehicle_effect", 0.0, "tech_adoption_rate", 0.0));
        assertEquals(sum(bareNone, Metric.VEHICLE_THEFTS), sum(bare, Metric.VEHICLE_THEFTS));
    }

    @Test
    void homeCameraEvidenceRaisesClearanceOfBurglariesAtEquippedHomes() {
        // every spatial crime a burglary, none prevented by the alarm: the same crimes, only their evidence differs
        Map<String, Object> base = with(EQUIPPED, "burglary_share", 1.0, "tech_defence_effect", 0.0, "clearance_probability", 0.2,
            "fraud_attempts_phone", 0.0, "fraud_attempts_online", 0.0);
        List<RunResult> blind = sim(with(base, "tech_camera_evidence_bonus", 0.0));
        List<RunResult> filmed = sim(with(base, "tech_camera_evidence_bonus", 2.0));
        double c0 = TestCities.mean(blind, SummaryMetric.CLEARANCE_RATE_COHORT);
        double c2 = TestCities.mean(filmed, SummaryMetric.CLEARANCE_RATE_COHORT);
        assertTrue(sum(filmed, Metric.HOME_CAMERA_CASES) > 20, "cases with home-camera evidence");
        assertTrue(sum(filmed, Metric.CLEARED_BY_HOME_CAMERA) > 0.2 * sum(filmed, Metric.CLEARED), "clearances owed to the camera");
        assertEquals(0, sum(blind, Metric.CLEARED_BY_HOME_CAMERA));
        assertTrue(c2 > 1.5 * c0, "cohort clearance of burglaries at equipped homes: " + c0 + " -> " + c2);
    }

    /** Walk-in burglaries counted per home: at the start of the observed window, equipped homes fall the most. */
    @Test
    void walkInsAtEquippedHomesFallWhileOthersDoNot() {
        Map<String, Object> half = Map.of("tech_adoption_rate", 0.02, "tech_defence_subsidy", 5.0, "tech_abandonment_rate", 0.04,
            "forced_entry_success", 0.0, "unlocked_door_probability", 0.8, "tech_alarm_armed_share", 1.0, "tech_vehicle_effect", 0.0);
        int[] off = walkIns(OutcomeMechanismTest.city(with(half, "tech_defence_effect", 0.0)));
        int[] on = walkIns(OutcomeMechanismTest.city(with(half, "tech_defence_effect", 0.9)));
        assertTrue(off[0] > 20 && off[1] > 20, "walk-ins at equipped and bare homes: " + off[0] + ", " + off[1]);
        assertTrue(on[0] < 0.3 * off[0], "at equipped homes: " + off[0] + " -> " + on[0]);
        assertTrue(on[1] > 0.7 * off[1], "at bare homes (no displacement rule): " + off[1] + " -> " + on[1]);
    }

    /** Committed walk-in burglaries (awareness-related) at homes with and without technical defence at the time. */
    static int[] walkIns(Parameters p) {
        int[] n = new int[2];
        CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(7, 0), p, OutcomeMechanismTest.BURN_IN, OutcomeMechanismTest.DAYS);
        m.setCrimeListener(new Offending.CrimeListener() {
            @Override
            public void crime(int building, CrimeType type, boolean reported, boolean awarenessRelated) {
            }

            @Override
            public void event(int day, int hour, int building, int household, CrimeType type, boolean reported,
                              boolean awarenessRelated, int offender, int offenderHome) {
                if (type == CrimeType.BURGLARY && awarenessRelated) {
                    n[m.households.has(household, Households.TECH) ? 0 : 1]++;
                }
            }
        });
        m.start();
        m.runAll();
        return n;
    }

    @Test
    void adoptionSaturatesAndStaysAtItsEquilibrium() {
        Parameters p = OutcomeMechanismTest.city(Map.of("tech_defence_subsidy", 1.0));
        RunResult r = TestCities.run(p, 1, OutcomeMechanismTest.BURN_IN, 3 * 365).get(0);
        double[] s = r.citySeries(Metric.TECH_ADOPTION_SHARE);
        double first = mean(s, 0, 90);
        double last = mean(s, s.length - 90, s.length);
        // the ceiling: every household at the largest adoption probability 2 x rate, against loss d
        double a = 2 * p.techAdoptionRate();
        double ceiling = a / (a + p.techAbandonmentRate());
        assertTrue(first > 0.05 && last < ceiling, "share " + first + " -> " + last + " below the ceiling " + ceiling);
        assertEquals(first, last, 0.01, "no climb over three years: the stock starts at its equilibrium and stays");
    }

    static double mean(double[] x, int from, int to) {
        double t = 0;
        for (int i = from; i < to; i++) {
            t += x[i];
        }
        return t / (to - from);
    }

    @Test
    void policeOrganisedInstallationNeedsTrust() {
        double lowOwn = share(Map.of("trust_mean", 0.1));
        double lowOrganised = share(Map.of("trust_mean", 0.1, "tech_police_organised", 1.0));
        double highOwn = share(Map.of("trust_mean", 0.9));
        double highOrganised = share(Map.of("trust_mean", 0.9, "tech_police_organised", 1.0));
        assertTrue(lowOrganised < 0.8 * lowOwn, "low trust: residents suspect a levy: " + lowOwn + " -> " + lowOrganised);
        assertTrue(highOrganised > 1.5 * highOwn, "high trust: the offer is taken: " + highOwn + " -> " + highOrganised);
        assertTrue(highOrganised > 2 * lowOrganised, "organised installation, high vs low trust: " + highOrganised + " vs " + lowOrganised);
        // determinism: the same seed gives the same stock
        assertEquals(lowOrganised, share(Map.of("trust_mean", 0.1, "tech_police_organised", 1.0)));
    }

    static double share(Map<String, Object> changes) {
        return TestCities.mean(sim(changes), SummaryMetric.TECH_ADOPTION_SHARE);
    }
}
