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
import org.commsafe.metrics.Metric;
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
                registered += o.registered ? 1 : 0;
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
        m.put("offenders_per_1000_households", 15);
        m.put("tech_adoption_rate", 0.3);
        m.put("tech_abandonment_rate", 0.3);
        m.put("awareness_campaign", 0.3);
        m.put("floating_offender_share", 1.0);
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
        Parameters p = TestCities.small(Map.of("offenders_per_1000_households", 15, "clearance_probability", 1.0,
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
            } else if (o.incarceratedUntil == Integer.MIN_VALUE) {
                Offender asBuilt = new Offender(o.id, model.city, p, new Stream(22, "city.offenders").at(o.id, 0));
                assertEquals(asBuilt.motivation, o.motivation, 0.0, "never incarcerated, never changed");
            }
        }
        assertTrue(released > 5, "released " + released);
        assertTrue(rehabilitated > 0 && rehabilitated < released, "both outcomes of the draw: " + rehabilitated + " of " + released);
        assertTrue(days.get(119).city[Metric.OFFENDERS_ACTIVE.ordinal()] > 0);
    }

    /** Each reported crime's case joins the queue of the officer whose beat holds the building. */
    @Test
    void casesGoToTheOfficerOfTheBuilding() {
        Parameters p = TestCities.small(Map.of("offenders_per_1000_households", 15, "statement_hours", 24.0, "statement_visits", 10,
            "incidents_per_1000_households_per_day", 0.0, "reporting_intercept", 5.0, "reporting_cost_weight", 0.0));
        CommSafeModel model = new CommSafeModel(23, p, 0, 40);
        double[][] last = new double[1][];
        model.observer = (day, rows) -> last[0] = new double[] {rows[0][Metric.CASE_BACKLOG.ordinal()],
            rows[1][Metric.CASE_BACKLOG.ordinal()], rows[2][Metric.CASE_BACKLOG.ordinal()], rows[3][Metric.CASE_BACKLOG.ordinal()]};
        model.start();
        model.runAll();
        for (int c = 0; c < 4; c++) {
            assertTrue(last[0][c] > 3, "community " + c + " has its own backlog: " + last[0][c]);
            assertEquals(model.officers[c].queue.size(), last[0][c], 0.0, "one officer per community here");
        }
    }

    /** The watch group's first month is set up at build: a funded group patrols from the first evening. */
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
            assertTrue(m.watchGroups[c].active(m.params), "group " + c + " is funded and active from the start");
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
