package org.commsafe.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Metric;
import org.commsafe.model.process.Adoption;
import org.commsafe.model.process.CameraPlacement;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** The scheduler calls each process when the ODD says: monthly processes on every 30th day, releases each morning, cases to the beat's officer. */
class SchedulerTest {
    /** Per model day (burn-in included): the day's city row and a few model states read at observation. */
    record Day(double[] city, double perceivedClearance, int registered, double watchBalance) {
    }

    static List<Day> run(CommSafeModel m) {
        List<Day> days = new ArrayList<>();
        m.observeDuringBurnIn = true;
        m.observer = (day, rows) -> {
            int registered = 0;
            for (Offender o : m.offenders) {
                // lives present all run (exit days are drawn at entry): only the monthly redraw changes them
                registered += o.present && o.entryDay == 0 && o.exitDay > m.days && o.registered ? 1 : 0;
            }
            days.add(new Day(rows[rows.length - 1].clone(), m.perceivedClearance(0), registered, m.watchGroups[0].balance));
        };
        m.start();
        m.runAll();
        return days;
    }

    @Test
    void monthlyProcessesRunAtTheEndOfEvery30thDay() {
        Map<String, Object> m = new HashMap<>();
        m.put("floating_newcomer_offender_rate", 60.0);
        m.put("tech_adoption_rate", 0.3);
        m.put("tech_abandonment_rate", 0.3);
        m.put("awareness_campaign", 0.3);
        m.put("offender_entry_rate", 0.0);
        m.put("registration_miss_rate", 0.5);
        m.put("watch_government_budget", 700.0);
        m.put("clearance_probability", 0.9);
        m.put("statement_hours", 0.0);
        m.put("investigation_hours", 0.0);
        m.put("hours_per_register", 0.0);
        CommSafeModel model = new CommSafeModel(21, TestCities.small(m), 0, 95);
        List<Day> days = run(model);
        assertEquals(95, days.size());
        int tech = Metric.TECH_ADOPTION_SHARE.ordinal();
        int awareness = Metric.AWARENESS_MEAN.ordinal();
        for (int d = 1; d < days.size(); d++) {
            Day today = days.get(d);
            Day before = days.get(d - 1);
            boolean monthEnd = d % 30 == 29;
            String w = "day " + d;
            assertEquals(monthEnd, today.city[tech] != before.city[tech], "technical defence changes at month ends only: " + w);
            if (monthEnd) {
                assertTrue(today.city[awareness] > before.city[awareness] + 0.1, "the campaign lifts awareness: " + w);
                assertNotEquals(before.watchBalance, today.watchBalance, "the watch group's month: " + w);
                assertNotEquals(before.perceivedClearance, today.perceivedClearance, "expected clearance follows last month: " + w);
            } else {
                assertTrue(today.city[awareness] < before.city[awareness] + 0.05, "no campaign mid-month: " + w);
                assertEquals(before.watchBalance, today.watchBalance, 0.0, w);
                assertEquals(before.perceivedClearance, today.perceivedClearance, 0.0, w);
                assertEquals(before.registered, today.registered, w);
            }
        }
        boolean redrawn = false;
        for (int d = 29; d < days.size(); d += 30) {
            redrawn |= days.get(d).registered != days.get(d - 1).registered;
        }
        assertTrue(redrawn, "registration is redrawn monthly");
    }

    /**
     * Releases happen each morning: a released offender's motivation is its base times the factor
     * its sentence's rehabilitation draw decided (drawn with the crime); an offender never
     * sentenced keeps the motivation it was built with (the stationary mixture).
     */
    @Test
    void releasedOffendersComeOutWithTheirReleaseMotivation() {
        Parameters p = TestCities.small(Map.of("offender_entry_rate", 0.9, "clearance_probability", 1.0, "offender_stop_probability", 0.0,
            "incarceration_days", 3, "motivation_cap", 100.0, "rehabilitation_cooperation", 0.5, "reoffend_multiplier", 1.7,
            "rehabilitation_motivation_factor", 0.3));
        CommSafeModel model = new CommSafeModel(22, p, 0, 120);
        List<Day> days = run(model);
        int released = 0;
        int rehabilitated = 0;
        for (Offender o : model.offenders) {
            if (o.incarceratedUntil != Integer.MIN_VALUE && o.incarceratedUntil <= 119) {
                released++;
                double m = o.motivation / o.baseMotivation;
                boolean accepted = o.rehabilitationDraw < 0.5;
                assertEquals(accepted ? 0.3 : 1.7, m, 1e-9, "offender " + o.id + " (draw " + o.rehabilitationDraw + ") came out with " + m);
                rehabilitated += accepted ? 1 : 0;
            } else if (o.present && o.incarceratedUntil == Integer.MIN_VALUE) {
                // never sentenced: a new entrant offends at its base rate; one in the city from the start keeps its
                // release state of the stationary mixture
                double m = o.motivation / o.baseMotivation;
                if (o.entryDay > 0) {
                    assertEquals(1.0, m, 1e-9, "a new entrant, never incarcerated");
                } else {
                    assertTrue(Math.abs(m - 0.3) < 1e-9 || Math.abs(m - 1.7) < 1e-9, "never incarcerated, never changed: " + m);
                }
            }
        }
        assertTrue(released > 5, "released " + released);
        assertTrue(rehabilitated > 0 && rehabilitated < released, "both outcomes of the draw: " + rehabilitated + " of " + released);
        assertTrue(days.get(119).city[Metric.OFFENDERS_ACTIVE.ordinal()] > 0);
    }

    @Test
    void settleDaysFallInsideTheBurnIn() {
        Parameters p = TestCities.small(Map.of());
        assertEquals(89, new CommSafeModel(1, p, 600, 10).trustSettleDay(), "the default burn-in: day 89");
        assertEquals(89, new CommSafeModel(1, p, 90, 10).trustSettleDay());
        assertEquals(88, new CommSafeModel(1, p, 89, 10).trustSettleDay(), "a shorter burn-in: its last day");
        assertEquals(-1, new CommSafeModel(1, p, 0, 10).trustSettleDay(), "no burn-in: never");
        assertEquals(359, new CommSafeModel(1, p, 600, 10).adoptionSettleDay(), "the default burn-in: day 359, a month end");
        assertEquals(29, Adoption.SETTLE_DAY % 30, "the settle replaces a monthly step");
        assertEquals(359, new CommSafeModel(1, p, 360, 10).adoptionSettleDay());
        assertEquals(358, new CommSafeModel(1, p, 359, 10).adoptionSettleDay(), "a shorter burn-in: its last day");
        assertEquals(99, new CommSafeModel(1, p, 100, 10).adoptionSettleDay());
        assertEquals(-1, new CommSafeModel(1, p, 0, 10).adoptionSettleDay(), "no burn-in: never");
    }

    /** Attitudes frozen at baseline and fast adoption flows: the settled stock is the build's stock again. */
    static Parameters frozenAttitudes() {
        Map<String, Object> m = new HashMap<>();
        m.put("households_per_community", 600);
        m.put("households_per_officer", 600);
        m.put("tech_adoption_rate", 0.3);
        m.put("tech_abandonment_rate", 0.3);
        m.put("victim_awareness_gain", 0.0);
        m.put("neighbour_awareness_gain", 0.0);
        m.put("publicity_awareness_gain", 0.0);
        // no rentals or floating households (no new tenants with their own attitudes) and no monthly drift of
        // belonging and willingness to pay: attitudes stay as built
        m.put("rental_share", 0.0);
        m.put("floating_share", 0.0);
        m.put("attitude_adjustment_rate", 0.0);
        return TestCities.small(m);
    }

    /**
     * Technical defence is set at the equilibrium of current awareness on the adoption settle day,
     * with the build's uniforms: with awareness still at baseline the stock returns exactly to the
     * build's, and on day 359 (a month end) this replaces that month's flows.
     */
    @Test
    void adoptionSettlesOnItsDay() {
        int tech = Metric.TECH_ADOPTION_SHARE.ordinal();
        List<Day> full = run(new CommSafeModel(26, frozenAttitudes(), 360, 40));
        double built = full.get(0).city[tech];
        int moved = 0;
        for (int d = 1; d < full.size(); d++) {
            if (d % 30 != 29) {
                assertEquals(full.get(d - 1).city[tech], full.get(d).city[tech], 0.0, "no flows mid-month: day " + d);
            } else {
                moved += full.get(d).city[tech] != full.get(d - 1).city[tech] ? 1 : 0;
            }
        }
        assertTrue(moved >= 10, "the flows move the stock at most month ends: " + moved);
        assertEquals(built, full.get(359).city[tech], 0.0, "day 359: the build's stock again, not a month of flows");
        assertTrue(full.get(358).city[tech] != built && full.get(389).city[tech] != built, "the flows moved it before and after");
        // a shorter burn-in: the stock settles on its last day, mid-month
        List<Day> shortBurnIn = run(new CommSafeModel(26, frozenAttitudes(), 100, 20));
        for (int d = 0; d < 99; d++) {
            assertEquals(full.get(d).city[tech], shortBurnIn.get(d).city[tech], 0.0, "the same run before the settle: day " + d);
        }
        assertEquals(built, shortBurnIn.get(99).city[tech], 0.0, "settled on day 99");
        assertTrue(shortBurnIn.get(98).city[tech] != built);
        assertEquals(built, shortBurnIn.get(100).city[tech], 0.0, "settled once: no flows until the month ends");
    }

    static double[] trustByDay(int burnIn, int days) {
        // strong gains, so the settle step is far above day-to-day noise
        // no rentals or floating households: new tenants would arrive at baseline trust, which the settle does not know
        Parameters p = TestCities.small(Map.of("cleared_trust_gain", 0.0, "uncleared_trust_loss", 0.0, "sighting_trust_gain", 0.05,
            "contact_trust_gain", 0.1, "attitude_decay", 0.002, "rental_share", 0.0, "floating_share", 0.0));
        double[] trust = new double[burnIn + days];
        CommSafeModel m = new CommSafeModel(27, p, burnIn, days);
        m.observeDuringBurnIn = true;
        m.observer = (day, rows) -> trust[day + burnIn - 1] = rows[rows.length - 1][Metric.TRUST_MEAN.ordinal()];
        m.start();
        m.runAll();
        return trust;
    }

    /**
     * Trust is set at the equilibrium of each household's measured contact rate at the end of the
     * trust settle day (day 89, or the burn-in's last day), and then holds there: without the
     * settle it climbs for hundreds of days.
     */
    @Test
    void trustSettlesOnItsDayAndThenHolds() {
        double[] settle89 = trustByDay(90, 60);
        double[] settle59 = trustByDay(60, 90);
        for (int d = 0; d < 59; d++) {
            assertEquals(settle89[d], settle59[d], 0.0, "the same run before either settle: day " + d);
        }
        assertTrue(settle59[59] - settle59[58] > 0.05, "a 60-day burn-in settles on day 59: " + settle59[58] + " -> " + settle59[59]);
        assertTrue(Math.abs(settle89[59] - settle89[58]) < 0.02, "not yet on day 59 with a 90-day burn-in");
        assertTrue(settle89[89] - settle89[88] > 0.05, "day 89: " + settle89[88] + " -> " + settle89[89]);
        assertTrue(Math.abs(settle59[89] - settle59[88]) < 0.02, "settled once");
        assertTrue(settle89[88] - settle89[30] > 0.03, "before the settle, trust still climbs");
        assertEquals(settle89[89], settle89[149], 0.02, "after the settle it holds at the equilibrium");
        // one seed: 0.837 vs 0.880 after the boost and sleep changes (the run's path, and officers' case hours, moved)
        assertEquals(settle59[59], settle59[149], 0.05, "a shorter window measures the rate less well, but near it");
    }

    /** Runs 120 days, with the levers changed at the start of day 60; returns the city row of every day. */
    static double[][] liveChange(CommSafeModel m, Map<String, Object> changes) {
        double[][] rows = new double[m.burnInDays + m.days][];
        m.observer = (day, r) -> rows[day - 1] = r[r.length - 1].clone();
        m.start();
        while (m.clock.step < 60 * 24) {
            m.hourStep();
        }
        m.setParameters(ParameterSpace.with(m.params, changes));
        while (m.clock.step < m.totalSteps()) {
            m.hourStep();
        }
        return rows;
    }

    static double sum(double[][] rows, Metric metric, int from, int to) {
        double t = 0;
        for (int d = from; d < to; d++) {
            t += rows[d][metric.ordinal()];
        }
        return t;
    }

    /** The GUI's live levers: setParameters reaches every process of the running model from the next hour. */
    @Test
    void liveLeversReachEveryProcess() {
        Map<String, Object> start = new HashMap<>();
        start.put("offender_entry_rate", 1.2);
        start.put("offender_stop_probability", 0.0);
        start.put("incarceration_days", 20);
        start.put("clearance_probability", 0.9);
        start.put("watch_government_budget", 5000.0);
        start.put("tech_adoption_rate", 0.1);
        start.put("fraud_attempts_phone", 0.1);
        start.put("sighting_trust_gain", 0.3); // visible trust gains before the change
        start.put("contact_trust_gain", 0.2);
        Map<String, Object> change = new HashMap<>();
        change.put("attempts_per_offender_per_day", 0.0);  // offending: no local attempts
        change.put("fraud_attempts_phone", 0.0);           // remote fraud: none
        change.put("fraud_attempts_online", 0.0);
        change.put("fraud_local_clearance", 0.0);          // case work: nothing cleared
        change.put("reporting_intercept", -20.0);          // reporting: nobody reports
        change.put("clearance_probability", 0.0);          // case work: nothing cleared
        change.put("sighting_probability", 0.0);           // officers: nobody sees them pass,
        change.put("conversations_per_patrol_hour", 0.0);  // nobody talks with them
        change.put("households_per_publicity_hour", 0.0);  // and no publicity reaches anyone
        change.put("watch_willing_share", 0.0);            // watch groups: nobody on the rota from the next month
        change.put("tasks_pushed_down", 0);                // cadres: no new forms
        change.put("forms_per_safety_record", 0.0);        // nor ledger forms for safety work
        change.put("tech_abandonment_rate", 1.0);          // adoption: every device goes at the month's end
        change.put("tech_adoption_rate", 0.0);             // and none comes
        change.put("awareness_campaign", 1.0);             // attitudes: a campaign reaching everyone
        change.put("motivation_cap", 0.1);                 // population: released offenders come out capped
        CommSafeModel m = new CommSafeModel(28, TestCities.small(start), 0, 120);
        double[][] rows = liveChange(m, change);
        assertTrue(sum(rows, Metric.SPATIAL_ATTEMPTS, 0, 60) > 0 && sum(rows, Metric.SPATIAL_ATTEMPTS, 60, 120) == 0, "offending");
        assertTrue(sum(rows, Metric.FRAUD_ATTEMPTS, 0, 60) > 0 && sum(rows, Metric.FRAUD_ATTEMPTS, 60, 120) == 0, "remote fraud");
        assertTrue(sum(rows, Metric.REPORTED, 0, 60) > 0 && sum(rows, Metric.REPORTED, 60, 120) == 0, "reporting");
        assertTrue(sum(rows, Metric.CLEARED, 0, 60) > 0 && sum(rows, Metric.CLEARED, 60, 120) == 0, "case work");
        assertTrue(rows[59][Metric.SHARE_UNSEEN_10D.ordinal()] < 0.9, "officers were seen before");
        assertEquals(1.0, rows[70][Metric.SHARE_UNSEEN_10D.ordinal()], 0.0, "officer work: nobody has seen an officer since day 60");
        assertTrue(sum(rows, Metric.WATCH_PATROL_HOURS, 60, 90) > 0 && sum(rows, Metric.WATCH_PATROL_HOURS, 90, 120) == 0,
            "watch work: on paper from the month's end on day 89");
        assertTrue(sum(rows, Metric.CADRE_HOURS_FORMS, 0, 60) > 0 && sum(rows, Metric.CADRE_HOURS_FORMS, 70, 120) == 0, "cadre work");
        assertTrue(rows[88][Metric.TECH_ADOPTION_SHARE.ordinal()] > 0, "adoption: devices until the month's end");
        assertEquals(0.0, rows[89][Metric.TECH_ADOPTION_SHARE.ordinal()], 0.0, "adoption: none left on day 89");
        assertTrue(rows[88][Metric.AWARENESS_MEAN.ordinal()] < 0.9, "attitudes: no campaign yet");
        assertEquals(1.0, rows[89][Metric.AWARENESS_MEAN.ordinal()], 1e-3, "attitudes: the campaign on day 89");
        int released = 0;
        for (Offender o : m.offenders) {
            if (o.present && o.incarceratedUntil > 60 && o.incarceratedUntil <= 119) {
                released++;
                assertEquals(Math.min(0.1, o.baseMotivation * (o.rehabilitationDraw < 0.4 ? 0.5 : 1.5)), o.motivation, 1e-12,
                    "population: offender " + o.id + " released on day " + o.incarceratedUntil);
            }
        }
        assertTrue(released > 0, "some offenders were released after the change");
        // guardians and contact: every deterrence, and every trust gain, to 0
        Map<String, Object> quiet = new HashMap<>();
        quiet.put("officer_deterrence", 0.0);
        quiet.put("watch_deterrence", 0.0);
        quiet.put("camera_deterrence", 0.0);
        quiet.put("occupant_deterrence", 0.0);
        quiet.put("occupant_deterrence_asleep", 0.0);
        quiet.put("contact_trust_gain", 0.0);
        quiet.put("sighting_trust_gain", 0.0);
        quiet.put("cleared_trust_gain", 0.0);
        CommSafeModel g = new CommSafeModel(28, TestCities.small(start), 0, 120);
        double[][] guarded = liveChange(g, quiet);
        assertTrue(sum(guarded, Metric.DETERRED, 0, 60) > 0 && sum(guarded, Metric.DETERRED, 60, 120) == 0, "guardianship");
        assertTrue(guarded[59][Metric.TRUST_MEAN.ordinal()] > guarded[0][Metric.TRUST_MEAN.ordinal()] + 0.05, "contact raised trust: " + guarded[0][Metric.TRUST_MEAN.ordinal()] + " -> " + guarded[59][Metric.TRUST_MEAN.ordinal()]);
        for (int d = 61; d < 120; d++) {
            assertTrue(guarded[d][Metric.TRUST_MEAN.ordinal()] <= guarded[d - 1][Metric.TRUST_MEAN.ordinal()] + 1e-9,
                "contact: no trust gained after the change, day " + d);
        }
    }

    /** Each reported crime's case joins the queue of the officer whose beat holds the building. */
    @Test
    void casesGoToTheOfficerOfTheBuilding() {
        Parameters p = TestCities.small(Map.of("offender_entry_rate", 0.9, "statement_hours", 24.0, "statement_visits", 10,
            "incidents_per_1000_households_per_day", 0.0, "reporting_intercept", 5.0, "reporting_cost_weight", 0.0));
        CommSafeModel model = new CommSafeModel(23, p, 0, 40);
        double[][] last = new double[1][];
        model.observer = (day, rows) -> last[0] = new double[] {rows[0][Metric.CASE_BACKLOG.ordinal()],
            rows[1][Metric.CASE_BACKLOG.ordinal()], rows[2][Metric.CASE_BACKLOG.ordinal()], rows[3][Metric.CASE_BACKLOG.ordinal()]};
        model.start();
        model.runAll();
        for (Officer o : model.officers) {
            int c = o.homeCommunity;
            assertEquals(1, o.communities.length, "one officer per community here");
            assertTrue(last[0][c] > 3, "community " + c + " has its own backlog: " + last[0][c]);
            assertEquals(o.queue.size(), last[0][c], 0.0, "the backlog of community " + c + " is its officer's");
        }
    }

    /** The watch group's first month is set up at build: a group with a rota patrols from the first evening. */
    @Test
    void watchGroupsPatrolFromTheFirstEvening() {
        CommSafeModel m = new CommSafeModel(25, TestCities.small(Map.of("watch_government_budget", 5000.0)), 0, 2);
        m.start();
        int stops = 0;
        while (m.day() == 0) {
            m.hourStep();
            if (m.hour() == 20) { // the hour just run was 19:00, the first patrol hour
                stops += m.watchStopCount();
                for (int k = 0; k < m.watchStopCount(); k++) {
                    assertTrue(m.watchStops()[k] >= 0 && m.watchStops()[k] < m.city.buildings);
                }
            }
        }
        assertTrue(stops > 0, "patrols on day 0");
        for (int c = 0; c < m.city.communities; c++) {
            assertTrue(m.watchGroups[c].active(), "group " + c + " has its initial members' rota and is active from the start");
        }
    }

    @Test
    void camerasStartWhereTheLayoutSays() {
        for (CameraLayout layout : new CameraLayout[] {CameraLayout.UNIFORM, CameraLayout.ENTRANCES, CameraLayout.RANDOM}) {
            Parameters p = TestCities.small(Map.of("camera_layout", layout.name(), "public_cameras", 12));
            CommSafeModel model = new CommSafeModel(24, p, 5, 5);
            model.start();
            int[] expected = CameraPlacement.choose(layout, 12, model.city, new int[model.city.buildings],
                new Stream(24, "city.cameras"));
            assertArrayEquals(expected, model.cameraBuildings(), layout.name());
        }
        // hotspot cameras stand at random sites until the burn-in has shown where crime is
        CommSafeModel hot = new CommSafeModel(24, TestCities.small(Map.of("camera_layout", "HOTSPOT", "public_cameras", 12)), 5, 5);
        hot.start();
        assertArrayEquals(CameraPlacement.choose(CameraLayout.RANDOM, 12, hot.city, new int[hot.city.buildings],
            new Stream(24, "city.cameras")), hot.cameraBuildings(), "HOTSPOT before the burn-in ends");
        CommSafeModel none = new CommSafeModel(24, TestCities.small(Map.of("camera_layout", "NONE", "public_cameras", 12)), 5, 5);
        none.start();
        assertEquals(0, none.cameraBuildings().length);
    }
}
