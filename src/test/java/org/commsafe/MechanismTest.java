package org.commsafe;

import static org.commsafe.TestCities.mean;
import static org.commsafe.TestCities.run;
import static org.commsafe.TestCities.small;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Each mechanism of DESIGN section 1 moves its outcome in the direction its rule implies, on
 * small cities with common random numbers. Effects are made large so the tests are stable.
 */
class MechanismTest {
    static final int REPS = 4;
    static final int BURN_IN = 30;
    static final int DAYS = 120;

    private static List<RunResult> sim(Map<String, Object> changes) {
        return run(small(changes), REPS, BURN_IN, DAYS);
    }

    @Test
    void moreHouseholdsPerOfficerMeansLongerSightingGaps() {
        double standard = mean(sim(Map.of("households_per_officer", 500)), SummaryMetric.SHARE_UNSEEN_10D);
        double strained = mean(sim(Map.of("households_per_officer", 3000)), SummaryMetric.SHARE_UNSEEN_10D);
        assertTrue(standard + 0.2 < strained, "unseen share: 1:500 " + standard + " vs 1:3000 " + strained);
    }

    @Test
    void moreCommunityHoursMeanShorterSightingGaps() {
        double lowOrientation = mean(sim(Map.of("prevention_orientation", 0.1)), SummaryMetric.MEDIAN_DAYS_SINCE_SIGHTING);
        double highOrientation = mean(sim(Map.of("prevention_orientation", 1.0)), SummaryMetric.MEDIAN_DAYS_SINCE_SIGHTING);
        assertTrue(highOrientation < lowOrientation, "median days: " + highOrientation + " vs " + lowOrientation);
    }

    @Test
    void higherReportingCostLowersReporting() {
        double online = mean(sim(Map.of("statement_hours", 0.5, "statement_visits", 1)), SummaryMetric.REPORTING_RATE);
        double costly = mean(sim(Map.of("statement_hours", 6.0, "statement_visits", 3)), SummaryMetric.REPORTING_RATE);
        assertTrue(online > costly + 0.15, "reporting: cheap " + online + " vs costly " + costly);
    }

    @Test
    void moreRegistersPerCaseLeaveFewerCommunityHours() {
        double one = mean(sim(Map.of("registers_per_case", 1)), SummaryMetric.OFFICER_HOURS_COMMUNITY);
        double many = mean(sim(Map.of("registers_per_case", 12, "hours_per_register", 1.0)), SummaryMetric.OFFICER_HOURS_COMMUNITY);
        assertTrue(many < one * 0.8, "community hours/day: 1 register " + one + " vs 12 registers " + many);
        double paperOne = mean(sim(Map.of("registers_per_case", 1)), SummaryMetric.OFFICER_HOURS_PAPERWORK);
        double paperMany = mean(sim(Map.of("registers_per_case", 12, "hours_per_register", 1.0)), SummaryMetric.OFFICER_HOURS_PAPERWORK);
        assertTrue(paperMany > 3 * paperOne, "paperwork " + paperOne + " vs " + paperMany);
    }

    @Test
    void unlockedDoorsMatterOnlyWhenAwarenessIsLow() {
        Map<String, Object> aware = Map.of("awareness_mean", 1.0, "awareness_sd", 0.0);
        Map<String, Object> careless = Map.of("awareness_mean", 0.0, "awareness_sd", 0.0,
            "victim_awareness_gain", 0.0, "neighbour_awareness_gain", 0.0, "publicity_awareness_gain", 0.0);
        double awareShut = burglaries(aware, 0.0);
        double awareOpen = burglaries(aware, 0.8);
        double carelessShut = burglaries(careless, 0.0);
        double carelessOpen = burglaries(careless, 0.8);
        assertEquals(awareShut, awareOpen, 1e-9, "with full awareness the unlocked-door chance is irrelevant");
        assertTrue(carelessOpen > 1.5 * carelessShut, "low awareness: " + carelessShut + " -> " + carelessOpen);
    }

    private static double burglaries(Map<String, Object> base, double unlocked) {
        Map<String, Object> m = new java.util.HashMap<>(base);
        m.put("unlocked_door_probability", unlocked);
        double t = 0;
        for (RunResult r : sim(m)) {
            t += r.citySum(org.commsafe.metrics.Metric.BURGLARIES);
        }
        return t;
    }

    @Test
    void patrolsDeter() {
        double none = mean(sim(Map.of("officer_deterrence", 0.0, "watch_deterrence", 0.0)), SummaryMetric.DETERRED_SHARE);
        double strong = mean(sim(Map.of("officer_deterrence", 1.0, "watch_deterrence", 1.0,
            "households_per_officer", 500)), SummaryMetric.DETERRED_SHARE);
        assertTrue(strong > none + 0.01, "deterred share " + none + " -> " + strong);
    }

    @Test
    void cadreFormsShareFollowsFormWorkload() {
        double base = mean(sim(Map.of()), SummaryMetric.CADRE_FORMS_SHARE);
        double halved = mean(sim(Map.of("hours_per_form", 1.45)), SummaryMetric.CADRE_FORMS_SHARE);
        double ledgerOnly = mean(sim(Map.of("tasks_pushed_down", 0)), SummaryMetric.CADRE_FORMS_SHARE);
        double none = mean(sim(Map.of("tasks_pushed_down", 0, "forms_per_safety_record", 0.0)), SummaryMetric.CADRE_FORMS_SHARE);
        assertTrue(halved < base - 0.2, "forms share " + base + " -> " + halved);
        assertTrue(ledgerOnly > 0 && ledgerOnly < 0.1, "with no tasks only the ledger forms of safety work remain: " + ledgerOnly);
        assertEquals(0.0, none, 1e-12);
    }

    @Test
    void fundedWatchGroupsPatrol() {
        List<RunResult> base = sim(Map.of());
        List<RunResult> funded = sim(Map.of("watch_government_budget", 5000.0));
        // funds pay the rota, paid members stay and the offer attracts more: more members patrol longer
        double paid = mean(base, SummaryMetric.WATCH_PAID_MEMBERS);
        double paidFunded = mean(funded, SummaryMetric.WATCH_PAID_MEMBERS);
        assertTrue(paidFunded > 2 * paid, "paid members: baseline " + paid + ", funded " + paidFunded);
        double hours = mean(base, SummaryMetric.WATCH_PATROL_HOURS);
        double hoursFunded = mean(funded, SummaryMetric.WATCH_PATROL_HOURS);
        assertTrue(hoursFunded > 1.2 * hours, "patrol hours: baseline " + hours + ", funded " + hoursFunded);
    }

    @Test
    void subsidyRaisesTechnicalDefence() {
        double none = mean(sim(Map.of()), SummaryMetric.TECH_ADOPTION_SHARE);
        double subsidised = mean(sim(Map.of("tech_defence_subsidy", 1.0)), SummaryMetric.TECH_ADOPTION_SHARE);
        assertTrue(subsidised > none + 0.02, "tech adoption " + none + " -> " + subsidised);
    }

    @Test
    void moraleShocksLeaveIdleHours() {
        Parameters calm = small(Map.of("assault_complaint_rate", 0.0));
        Parameters hostile = small(Map.of("assault_complaint_rate", 30.0, "assault_punished_share", 0.0));
        double idleCalm = 0;
        double idleHostile = 0;
        for (RunResult r : run(calm, REPS, BURN_IN, DAYS)) {
            idleCalm += r.citySum(org.commsafe.metrics.Metric.OFFICER_HOURS_IDLE);
        }
        for (RunResult r : run(hostile, REPS, BURN_IN, DAYS)) {
            idleHostile += r.citySum(org.commsafe.metrics.Metric.OFFICER_HOURS_IDLE);
        }
        assertTrue(idleHostile > 1.3 * idleCalm, "idle hours " + idleCalm + " -> " + idleHostile);
    }

    @Test
    void unregisteredOffendersAreClearedLess() {
        // a cohort of 300 days (the default 120 observed days leave a cohort of 30)
        double registered = mean(run(small(Map.of("registration_miss_rate", 0.0, "offender_entry_rate", 0.0,
            "floating_newcomer_offender_rate", 8.0)), REPS, BURN_IN, 390),
            SummaryMetric.CLEARANCE_RATE_COHORT);
        double missed = mean(run(small(Map.of("registration_miss_rate", 1.0, "offender_entry_rate", 0.0, "floating_newcomer_offender_rate", 8.0,
            "registrations_per_safety_hour", 0.0)), REPS, BURN_IN, 390), SummaryMetric.CLEARANCE_RATE_COHORT);
        assertTrue(missed < registered * 0.75, "clearance " + registered + " -> " + missed);
    }
}
