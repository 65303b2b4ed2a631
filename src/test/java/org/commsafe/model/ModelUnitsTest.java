package org.commsafe.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.agents.Offender;
import org.commsafe.experiment.Seeds;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** The model's building blocks: pairing of cities across levers, the clock, the city, households, parameters. */
class ModelUnitsTest {
    static CommSafeModel built(Parameters p, long seed) {
        CommSafeModel m = new CommSafeModel(seed, p, 10, 10);
        m.start();
        return m;
    }

    static void assertSameCity(CommSafeModel a, CommSafeModel b) {
        Households x = a.households;
        Households y = b.households;
        assertArrayEquals(x.flags, y.flags, "household flags (incl. technical defence at its equilibrium)");
        assertArrayEquals(x.awarenessBase, y.awarenessBase);
        assertArrayEquals(x.trustBase, y.trustBase);
        assertArrayEquals(x.belonging, y.belonging);
        assertArrayEquals(x.willingnessToPay, y.willingnessToPay);
        assertArrayEquals(x.lastSeenDay, y.lastSeenDay);
        assertEquals(a.offenders.length, b.offenders.length);
        for (int k = 0; k < a.offenders.length; k++) {
            Offender o = a.offenders[k];
            Offender q = b.offenders[k];
            assertEquals(o.home, q.home, "offender " + k);
            assertEquals(o.floating, q.floating);
            assertEquals(o.registered, q.registered);
            assertEquals(o.baseMotivation, q.baseMotivation, 0.0);
            assertEquals(o.motivation, q.motivation, 0.0);
        }
        assertArrayEquals(a.cameraBuildings(), b.cameraBuildings(), "camera sites");
    }

    /** The city streams are lever-free: the officer ratio changes the officers, not the city or the offenders. */
    @Test
    void sameSeedSameCityWhateverTheOfficerRatio() {
        long seed = Seeds.replicationSeed(7, 3);
        CommSafeModel a = built(TestCities.small(Map.of("households_per_officer", 1000)), seed);
        CommSafeModel b = built(TestCities.small(Map.of("households_per_officer", 3000)), seed);
        assertEquals(6, a.officers.length);
        assertEquals(2, b.officers.length);
        assertSameCity(a, b);
        // not vacuous: the arrays hold a varied city, and another replication has another city
        int tech = 0;
        for (byte f : a.households.flags) {
            tech += (f & Households.TECH) != 0 ? 1 : 0;
        }
        assertTrue(tech > 0, "some homes start with technical defence");
        CommSafeModel other = built(TestCities.small(Map.of("households_per_officer", 1000)), Seeds.replicationSeed(7, 4));
        assertFalse(Arrays.equals(a.households.flags, other.households.flags));
        assertNotEquals(java.util.Arrays.stream(a.offenders).mapToDouble(o -> o.baseMotivation + o.entryDay).sum(),
            java.util.Arrays.stream(other.offenders).mapToDouble(o -> o.baseMotivation + o.entryDay).sum());
        // all 64 bits of the seed count, though MASON's own generator keeps 32
        CommSafeModel high = built(TestCities.small(Map.of("households_per_officer", 1000)), seed + (1L << 32));
        assertFalse(Arrays.equals(a.households.awarenessBase, high.households.awarenessBase), "seed S + 2^32 is another city");
    }

    @Test
    void leversOfOtherProcessesLeaveTheCityAlone() {
        long seed = Seeds.replicationSeed(7, 5);
        CommSafeModel a = built(TestCities.small(Map.of()), seed);
        CommSafeModel b = built(TestCities.small(Map.of("quota_pressure", 1.0, "officer_deterrence", 0.1,
            "clearance_probability", 0.9, "watch_government_budget", 9000.0, "incarceration_days", 3)), seed);
        assertSameCity(a, b);
        // a run does not disturb the city draws of the next start
        a.runAll();
        CommSafeModel again = built(TestCities.small(Map.of()), seed);
        assertArrayEquals(again.households.awarenessBase, a.households.awarenessBase);
    }

    @Test
    void modelRunsTheConfiguredPeriodAndReportsObservedDays() {
        CommSafeModel m = new CommSafeModel(3, TestCities.small(Map.of("offender_entry_rate", 0.6)), 5, 7);
        assertEquals(12 * 24, m.totalSteps());
        int[] seen = new int[20];
        int[] count = {0};
        m.observer = (day, rows) -> {
            seen[count[0]++] = day;
            assertEquals(m.city.communities + 1, rows.length);
        };
        m.start();
        assertEquals(0, m.day());
        assertEquals(0, m.hour());
        m.runAll();
        assertEquals(7, count[0], "observed days only");
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 6, 7}, Arrays.copyOf(seen, 7));
        assertEquals(12, m.day());
        assertEquals(0, m.hour());
        // the GUI's accessors see the model's state
        assertEquals(m.city.buildings, m.crimesInBuilding().length);
        assertEquals(m.city.buildings, m.cameraCovers().length);
        int crimes = 0;
        for (int c : m.crimesInBuilding()) {
            crimes += c;
        }
        assertTrue(crimes > 0);
        double pc = m.perceivedClearance(0);
        assertTrue(pc >= 0 && pc <= 1);
        assertTrue(m.watchStopCount() >= 0 && m.watchStops() != null);
    }

    @Test
    void masonsScheduleDrivesTheHours() {
        CommSafeModel m = new CommSafeModel(3, TestCities.small(Map.of()), 1, 1);
        m.start();
        for (int i = 0; i < 5; i++) {
            m.schedule.step(m);
        }
        assertEquals(5, m.hour(), "each MASON step is one hour");
        assertEquals(0, m.day());
        for (int i = 0; i < 24; i++) {
            m.schedule.step(m);
        }
        assertEquals(5, m.hour());
        assertEquals(1, m.day());
    }

    @Test
    void burnInIsObservedOnlyOnRequest() {
        CommSafeModel m = new CommSafeModel(3, TestCities.small(Map.of()), 4, 3);
        m.observeDuringBurnIn = true;
        int[] days = new int[10];
        int[] n = {0};
        m.observer = (day, rows) -> days[n[0]++] = day;
        m.start();
        m.runAll();
        assertArrayEquals(new int[] {-3, -2, -1, 0, 1, 2, 3}, Arrays.copyOf(days, n[0]));
    }

    @Test
    void crimeListenerHearsEveryCommittedCrime() {
        CommSafeModel m = new CommSafeModel(3, TestCities.small(Map.of("offender_entry_rate", 0.6)), 0, 20);
        int[] heard = {0};
        m.setCrimeListener((b, type, reported, related) -> heard[0]++);
        double[] committed = {0};
        m.observer = (day, rows) -> committed[0] += rows[rows.length - 1][org.commsafe.metrics.Metric.CRIMES_COMMITTED.ordinal()];
        m.start();
        m.runAll();
        assertTrue(heard[0] > 0);
        assertEquals(committed[0], heard[0], 0.0);
        // a listener set after the start is used too
        CommSafeModel late = new CommSafeModel(3, TestCities.small(Map.of("offender_entry_rate", 0.6)), 0, 20);
        late.start();
        int[] heardLate = {0};
        late.setCrimeListener((b, type, reported, related) -> heardLate[0]++);
        late.runAll();
        assertEquals(heard[0], heardLate[0]);
    }

    @Test
    void hotspotCamerasMoveToTheBurnInsRecordedCrime() {
        Parameters p = TestCities.small(Map.of("camera_layout", "HOTSPOT", "public_cameras", 5, "offender_entry_rate", 0.6));
        CommSafeModel m = new CommSafeModel(5, p, 180, 1);
        m.observeDuringBurnIn = true;
        int[][] atEndOfBurnIn = new int[2][];
        m.observer = (day, rows) -> {
            if (day == 0) {
                atEndOfBurnIn[0] = m.recordedInBuilding().clone();
                atEndOfBurnIn[1] = m.cameraBuildings().clone();
            }
        };
        m.start();
        int[] before = m.cameraBuildings().clone();
        m.runAll();
        int[] crimes = atEndOfBurnIn[0];
        int[] after = atEndOfBurnIn[1];
        assertArrayEquals(after, m.cameraBuildings(), "cameras stay after the burn-in");
        assertEquals(5, after.length);
        int[] sorted = crimes.clone();
        Arrays.sort(sorted);
        int fifth = sorted[sorted.length - 5];
        assertTrue(fifth > 0);
        for (int b : after) {
            assertTrue(crimes[b] >= fifth, "camera at building " + b + " with " + crimes[b] + " recorded crimes (top five from " + fifth + ")");
        }
        // recorded crime is what was reported: never more than what happened there
        for (int b = 0; b < crimes.length; b++) {
            assertTrue(crimes[b] <= m.crimesInBuilding()[b]);
        }
        assertFalse(Arrays.equals(before, after), "the burn-in's random sites were replaced");
        int covered = 0;
        for (boolean c : m.cameraCovers()) {
            covered += c ? 1 : 0;
        }
        assertTrue(covered >= 5 && covered <= 45, "each camera covers its building and neighbours: " + covered);
    }

    @Test
    void seedSetLaterIsUsedAtTheNextStart() {
        Parameters p = TestCities.small(Map.of());
        CommSafeModel a = new CommSafeModel(1, p, 1, 1);
        a.setSeed(Seeds.replicationSeed(7, 3));
        a.start();
        CommSafeModel b = built(p, Seeds.replicationSeed(7, 3));
        assertArrayEquals(a.households.awarenessBase, b.households.awarenessBase);
    }

    // ------------------------------------------------------------------ clock

    @Test
    void clockSplitsHoursIntoDaysWeekdaysAndMonths() {
        Clock c = new Clock();
        c.set(0);
        assertEquals(0, c.day);
        assertEquals(0, c.hour);
        assertTrue(c.weekday);
        c.set(24 * 5 + 7);
        assertEquals(5, c.day);
        assertEquals(7, c.hour);
        assertFalse(c.weekday, "day 5 is a Saturday");
        assertEquals(5 * 24 + 7, c.step);
        c.set(24 * 6 + 23);
        assertFalse(c.weekday);
        assertEquals(23, c.hour);
        c.set(24 * 7);
        assertTrue(c.weekday);
        c.set(24 * 4 + 23);
        assertTrue(c.weekday, "day 4 is a weekday");
        assertEquals(0, c.month());
        c.set(24 * 29 + 23);
        assertEquals(0, c.month());
        c.set(24 * 30);
        assertEquals(1, c.month());
        c.set(24L * 365);
        assertEquals(12, c.month());
    }

    // ------------------------------------------------------------------ city

    static Parameters city(int w, int h, int perCommunity, int perBuilding) {
        return ParameterSpace.with(ParameterSpace.defaults(), Map.of("grid_width", w, "grid_height", h,
            "households_per_community", perCommunity, "households_per_building", perBuilding));
    }

    @Test
    void cityGeometry() {
        City c = new City(ParameterSpace.with(city(3, 3, 480, 30), Map.of("geometry", "BOUNDED"))); // 16 buildings per community, 4 x 4 blocks
        assertEquals(9, c.communities);
        assertEquals(16, c.buildings(0));
        assertEquals(4, c.blockSide);
        assertEquals(12, c.cellsWide);
        assertEquals(12, c.cellsHigh);
        assertEquals(144, c.buildings);
        assertEquals(480, c.households(0));
        int interior = 0;
        for (int b = 0; b < 16; b++) {
            interior += c.onPerimeter(b) ? 0 : 1;
        }
        assertEquals(4, interior, "a 4 x 4 block has a 2 x 2 interior");
        assertFalse(c.onPerimeter(5));
        assertTrue(c.onPerimeter(4) && c.onPerimeter(7) && c.onPerimeter(13) && c.onPerimeter(1));
        // community 4 is the centre of 3 x 3: it knows all 9; the corner knows 4
        assertEquals(9, c.commNbStart[5] - c.commNbStart[4]);
        assertArrayEquals(new int[] {0, 1, 3, 4}, Arrays.copyOfRange(c.commNb, c.commNbStart[0], c.commNbStart[1]));
        assertEquals(2, c.communityDistance(0, 8));
        assertEquals(1, c.communityDistance(3, 1));
        assertEquals(0, c.communityDistance(7, 7));
        // cells
        for (int b = 0; b < c.buildings; b++) {
            assertEquals(b, c.buildingAt(c.buildingX[b], c.buildingY[b]));
            assertEquals(b / 16, c.buildingCommunity[b]);
            assertEquals(b / 16 * 16, c.firstBuilding(c.buildingCommunity[b]));
            int n = c.nbStart[b + 1] - c.nbStart[b];
            int x = c.buildingX[b];
            int y = c.buildingY[b];
            int expected = (Math.min(x + 1, 11) - Math.max(x - 1, 0) + 1) * (Math.min(y + 1, 11) - Math.max(y - 1, 0) + 1);
            assertEquals(expected, n, "Moore neighbourhood of building " + b);
        }
        assertEquals(-1, c.buildingAt(-1, 0));
        assertEquals(-1, c.buildingAt(0, -1));
        assertEquals(-1, c.buildingAt(12, 0));
        assertEquals(-1, c.buildingAt(0, 12));
        assertEquals(0, c.buildingAt(0, 0));
        assertEquals(16, c.buildingAt(4, 0), "community 1 is to the right of community 0");
        assertEquals(48, c.buildingAt(0, 4), "community 3 is below community 0");
        assertEquals("c03", c.communityName(3));
        assertEquals("c12", c.communityName(12));
        assertEquals("c10", c.communityName(10));
        assertEquals("c09", c.communityName(9));
        assertEquals(c.households, c.hhStart[c.buildings]);
        for (int b = 0; b < c.buildings; b++) {
            assertEquals(30, c.hhStart[b + 1] - c.hhStart[b]);
        }
    }

    @Test
    void unevenCityLeavesEmptyCellsAndSpreadsHouseholds() {
        City c = new City(city(2, 1, 100, 30)); // 4 buildings of 25 households, 2 x 2 blocks
        assertEquals(4, c.buildings(0));
        for (int b = 0; b < c.buildings; b++) {
            assertEquals(25, c.hhStart[b + 1] - c.hhStart[b]);
        }
        City odd = new City(city(1, 1, 210, 30)); // 7 buildings in a 3 x 3 block: two empty cells
        assertEquals(3, odd.blockSide);
        int empty = 0;
        for (int cell : odd.cellBuilding) {
            empty += cell < 0 ? 1 : 0;
        }
        assertEquals(2, empty);
        assertEquals(-1, odd.buildingAt(1, 2));
        for (int b = 0; b < 7; b++) {
            assertTrue(odd.onPerimeter(b), "with the last row short, every building of 7 is on the edge: " + b);
        }
        assertEquals(1, odd.commNb.length);
    }

    // ------------------------------------------------------------------ households

    @Test
    void householdsAreDrawnFromTheirStreamInAFixedOrder() {
        Parameters p = ParameterSpace.with(city(1, 1, 300, 30), Map.of("daytime_worker_share", 0.6, "floating_share", 0.25,
            "rental_share", 0.3, "physical_defence_share", 0.6, "awareness_mean", 0.35, "awareness_sd", 0.15,
            "trust_mean", 0.45, "belonging_mean", 0.3, "willingness_to_pay_mean", 0.2));
        Households h = new Households(300, p, 50, 30, new Stream(4, "city.households"));
        int workers = 0;
        for (int i = 0; i < 300; i++) {
            Stream r = new Stream(4, "city.households").at(i, 0);
            byte f = 0;
            f |= r.nextDouble() < 0.6 ? Households.WORKER : 0;
            f |= r.nextDouble() < 0.25 ? Households.FLOATING : 0;
            f |= r.nextDouble() < 0.3 ? Households.RENTAL : 0;
            f |= r.nextDouble() < 0.6 ? Households.PHYSICAL : 0;
            assertEquals(f, h.flags[i], "household " + i);
            double belong = 0.3 * ((f & (Households.RENTAL | Households.FLOATING)) != 0 ? 0.6 : 1.2);
            assertEquals((float) Households.clamp01(0.35 + 0.15 * r.nextGaussian()), h.awarenessBase[i]);
            assertEquals((float) Households.clamp01(0.45 + 0.15 * r.nextGaussian()), h.trustBase[i]);
            assertEquals((float) Households.clamp01(belong + 0.1 * r.nextGaussian()), h.belonging[i]);
            assertEquals((float) Households.clamp01(0.2 + 0.1 * r.nextGaussian()), h.willingnessToPay[i]);
            assertEquals(-1 - r.nextInt(30), h.lastSeenDay[i]);
            assertTrue(h.lastSeenDay[i] >= -30 && h.lastSeenDay[i] <= -1);
            assertEquals(0, h.victimisations[i]);
            assertTrue(h.lastVictimDay[i] < -1_000_000);
            assertEquals(h.awarenessBase[i], h.awareness(i, 0), 0.0, "no excess yet");
            workers += h.has(i, Households.WORKER) ? 1 : 0;
        }
        assertTrue(workers > 140 && workers < 220, "workers " + workers);
    }

    @Test
    void routineAbsencesEmptyHomesAtTheirHoursWithTheirFrequencies() {
        Parameters p = ParameterSpace.with(city(1, 1, 30, 30), Map.of("daytime_worker_share", 0.0,
            "evening_out_probability", 0.2, "weekend_out_probability", 0.3, "night_away_probability", 0.05));
        int n = 2000;
        Households h = new Households(n, p, 10, 30, new Stream(4, "city.households"));
        int days = 70;
        int eveningOut = 0;
        int weekendOut = 0;
        int nightAway = 0;
        int weekendDays = 0;
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < days; d++) {
                boolean away = !h.atHome(i, d, 3); // 03:00: only a day away empties the home
                nightAway += away ? 1 : 0;
                if (!away) {
                    eveningOut += h.atHome(i, d, 19) ? 0 : 1;
                    assertEquals(h.atHome(i, d, 19), h.atHome(i, d, 21), "one evening, one draw");
                    assertTrue(h.atHome(i, d, 22), "back by 22:00");
                    if (d % 7 >= 5) {
                        weekendDays++;
                        weekendOut += h.atHome(i, d, 12) ? 0 : 1;
                        assertEquals(h.atHome(i, d, 9), h.atHome(i, d, 17));
                    } else {
                        assertTrue(h.atHome(i, d, 12), "no worker: in on a weekday");
                    }
                } else {
                    assertFalse(h.atHome(i, d, 12), "away the whole day");
                }
            }
        }
        int total = n * days;
        assertEquals(0.05, nightAway / (double) total, 0.005);
        assertEquals(0.2, eveningOut / (double) (total - nightAway), 0.01);
        assertEquals(0.3, weekendOut / (double) weekendDays, 0.015);
        Households again = new Households(n, p, 10, 30, new Stream(4, "city.households"));
        for (int i = 0; i < 50; i++) {
            assertEquals(h.atHome(i, 12, 19), again.atHome(i, 12, 19), "a pure function of the city, household and day");
        }
    }

    @Test
    void householdsAtHomeAndAttitudes() {
        Parameters p = ParameterSpace.with(city(1, 1, 30, 30), Map.of("daytime_worker_share", 1.0, "attitude_decay", 0.2,
            "awareness_mean", 0.5, "awareness_sd", 0.0, "trust_mean", 0.5,
            "evening_out_probability", 0.0, "weekend_out_probability", 0.0, "night_away_probability", 0.0));
        Households h = new Households(30, p, 10, 30, new Stream(4, "city.households"));
        assertTrue(h.has(0, Households.WORKER));
        assertFalse(h.atHome(0, 0, 8));
        assertFalse(h.atHome(0, 4, 17));
        assertTrue(h.atHome(0, 0, 18));
        assertTrue(h.atHome(0, 0, 7));
        assertTrue(h.atHome(0, 5, 12), "at the weekend (days 5 and 6 of the week) they are in");
        assertFalse(h.atHome(0, 7, 12), "day 7 is a weekday again");
        h.flags[1] = 0;
        assertTrue(h.atHome(1, 1, 12), "a non-worker is in");
        assertEquals(1, h.decayFactor(0), 0.0);
        assertEquals(0.8, h.decayFactor(1), 1e-12);
        assertEquals(Math.pow(0.8, 11), h.decayFactor(11), 1e-12, "the table runs to maxDays + 1");
        assertEquals(h.decayFactor(11), h.decayFactor(500), 0.0, "beyond the table the last factor holds");
        double[] delta = new double[2];
        double t0 = h.trustBase[0];
        h.adjust(0, 2, 0.5, 0.3, delta);
        double t2 = Math.min(1, t0 + 0.3);
        assertEquals(0.75, h.awareness(0, 2), 1e-6);
        assertEquals(0.25, delta[0], 1e-6);
        assertEquals(t2 - t0, delta[1], 1e-6);
        assertEquals(t2, h.trust(0, 2), 1e-6);
        assertEquals(0.5 + 0.25 * 0.64, h.awareness(0, 4), 1e-6);
        assertEquals(t0 + (t2 - t0) * 0.64, h.trust(0, 4), 1e-6);
        h.adjust(0, 4, 0.0, 2.0, delta);
        assertEquals(1.0, h.trust(0, 4), 1e-6, "trust is clamped at 1");
        assertEquals(0, delta[0], 1e-6, "awareness unchanged: its delta is 0");
        assertEquals(1.0 - (t0 + (t2 - t0) * 0.64), delta[1], 1e-6);
        assertEquals(0.5 + 0.25 * 0.64, h.awareness(0, 4), 1e-6);
        h.adjust(0, 4, 0.0, -3, delta);
        assertEquals(0.0, h.trust(0, 4), 1e-6, "and at 0");
        assertEquals(4, h.attitudeDay[0]);
        assertEquals(0, Households.clamp01(-0.1), 0.0);
        assertEquals(1, Households.clamp01(1.1), 0.0);
        assertEquals(0.3, Households.clamp01(0.3), 0.0);
    }

    // ------------------------------------------------------------------ parameters

    @Test
    void parameterNamesParsingAndRanges() {
        assertEquals("households_per_officer", ParameterSpace.snake("householdsPerOfficer"));
        assertEquals("incidents_per_1000_households_per_day", ParameterSpace.snake("incidentsPer1000HouseholdsPerDay"));
        assertEquals("x", ParameterSpace.snake("x"));
        assertEquals("1st_place", ParameterSpace.snake("1stPlace"));
        ParameterSpace.Spec hpo = ParameterSpace.spec("households_per_officer");
        assertEquals(1000, ParameterSpace.parse(hpo, " 1_000 "));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(hpo, "2.5"));
        IllegalArgumentException whole = assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(hpo, "1000.5"));
        assertTrue(whole.getMessage().contains("whole number"), whole.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(hpo, "lots"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(hpo, "50"));
        assertTrue(e.getMessage().contains("[100, 20000]"), e.getMessage());
        assertEquals("[100, 20000]", hpo.range());
        ParameterSpace.Spec share = ParameterSpace.spec("quota_pressure");
        assertEquals(0.25, ParameterSpace.parse(share, "0.25"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(share, "1.01"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(share, "-0.01"));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(share, "NaN"));
        assertEquals(1.0, ParameterSpace.parse(share, "1"));
        assertEquals(0.0, ParameterSpace.parse(share, "0"));
        assertEquals("[0, 1]", share.range());
        assertTrue(share.isNumber() && !share.isInteger() && !share.isEnum());
        assertTrue(hpo.isNumber() && hpo.isInteger());
        ParameterSpace.Spec layout = ParameterSpace.spec("camera_layout");
        assertEquals(CameraLayout.HOTSPOT, ParameterSpace.parse(layout, "hotspot"));
        assertTrue(layout.isEnum() && !layout.isNumber());
        assertEquals("one of NONE, RANDOM, UNIFORM, HOTSPOT, ENTRANCES", layout.range());
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> ParameterSpace.parse(layout, "circle"));
        assertTrue(bad.getMessage().contains("one of NONE"), bad.getMessage());
        assertEquals("[-20, 20]", ParameterSpace.spec("reporting_intercept").range());
        assertEquals("[0.1, 100]", ParameterSpace.spec("motivation_cap").range());
        assertNull(ParameterSpace.spec("no_such_parameter"));
        assertEquals(ParameterSpace.specs().size(), ParameterSpace.fields().length);
    }

    @Test
    void withReplacesValuesAndChecksThem() {
        Parameters d = ParameterSpace.defaults();
        assertEquals(d, Parameters.defaults());
        Parameters p = ParameterSpace.with(d, Map.of("households_per_officer", 1000.0, "quota_pressure", 1, "camera_layout", "UNIFORM",
            "officer_skill", "0.9"));
        assertEquals(1000, p.householdsPerOfficer());
        assertEquals(1.0, p.quotaPressure());
        assertEquals(CameraLayout.UNIFORM, p.cameraLayout());
        assertEquals(0.9, p.officerSkill());
        assertEquals(d.gridWidth(), p.gridWidth(), "the rest kept");
        assertEquals(CameraLayout.NONE, ParameterSpace.with(d, "camera_layout", CameraLayout.NONE).cameraLayout());
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.with(d, "households_per_officer", 1000.5));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.with(d, "households_per_officer", 50));
        assertThrows(IllegalArgumentException.class, () -> ParameterSpace.with(d, "quota_pressure", 2.0));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ParameterSpace.with(d, "nonsense", 1));
        assertTrue(e.getMessage().contains("nonsense"));
        Map<String, Object> m = ParameterSpace.toMap(p);
        assertEquals(ParameterSpace.specs().size(), m.size());
        assertEquals(1000, m.get("households_per_officer"));
        assertEquals(List.copyOf(m.keySet()).get(0), "grid_width", "declaration order");
        assertEquals(16, d.communities());
        assertEquals(48000, d.households());
    }

    @Test
    void crossParameterChecks() {
        Parameters d = ParameterSpace.defaults();
        assertTrue(ParameterSpace.validate(d).isEmpty());
        assertEquals(1, ParameterSpace.validate(ParameterSpace.with(d, Map.of("patrol_share", 0.9, "publicity_share", 0.2))).size());
        assertTrue(ParameterSpace.validate(ParameterSpace.with(d, Map.of("patrol_share", 0.8, "publicity_share", 0.2))).isEmpty());
        assertEquals(1, ParameterSpace.validate(ParameterSpace.with(d, Map.of("officer_shift_start", 16, "officer_hours_per_day", 9.0))).size());
        assertTrue(ParameterSpace.validate(ParameterSpace.with(d, Map.of("officer_shift_start", 15, "officer_hours_per_day", 9.0))).isEmpty());
        assertEquals(1, ParameterSpace.validate(ParameterSpace.with(d, Map.of("households_per_building", 100, "households_per_community", 90))).size());
        assertTrue(ParameterSpace.validate(ParameterSpace.with(d, Map.of("households_per_building", 90, "households_per_community", 90))).isEmpty());
    }
}
