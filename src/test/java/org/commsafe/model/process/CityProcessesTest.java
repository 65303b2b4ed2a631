package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.agents.WatchGroup;
import org.commsafe.metrics.Counters;
import org.commsafe.model.CameraLayout;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** Guardianship, cameras, adoption, population, watch patrols, cadres and officers' hours in the city. */
class CityProcessesTest {
    static Parameters params(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        m.put("grid_width", 2);
        m.put("grid_height", 2);
        m.put("households_per_community", 270);
        m.put("households_per_building", 30); // 9 buildings, a 3 x 3 block per community
        m.put("geometry", "BOUNDED"); // these tests read edges (the torus has its own, GeometryTest)
        m.put("evening_out_probability", 0.0); // homes empty only by the daytime-worker rule (OccupancyTest has the rest)
        m.put("weekend_out_probability", 0.0);
        m.put("night_away_probability", 0.0);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return ParameterSpace.with(ParameterSpace.defaults(), m);
    }

    static Clock clock(int day, int hour) {
        Clock c = new Clock();
        c.day = day;
        c.hour = hour;
        c.step = 24L * day + hour;
        c.weekday = day % 7 < 5;
        return c;
    }

    // ------------------------------------------------------------------ guardianship and cameras

    @Test
    void presenceCoversTheBuildingAndItsNeighboursForThisHourOnly() {
        Parameters p = params("officer_deterrence", 1.0, "watch_deterrence", 1.0, "camera_deterrence", 1.0, "occupant_deterrence", 1.0);
        City city = new City(p);
        Clock clock = clock(0, 10);
        Guardianship g = new Guardianship(city, p, clock);
        assertEquals(Guardianship.NONE, g.stoppedBy(4, false, 0, 0, 0, 0), "nobody there");
        g.markOfficer(4); // the centre of community 0's 3 x 3 block
        for (int b = 0; b < 9; b++) {
            assertEquals(Guardianship.OFFICER, g.stoppedBy(b, false, 0.5, 0, 0, 0), "building " + b);
        }
        assertEquals(Guardianship.NONE, g.stoppedBy(9, false, 0, 0, 0, 0), "another community's block");
        clock.step++;
        assertEquals(Guardianship.NONE, g.stoppedBy(4, false, 0, 0, 0, 0), "an hour later the officer is gone");
        g.markWatch(0);
        assertEquals(Guardianship.WATCH, g.stoppedBy(1, false, 0, 0, 0, 0));
        assertEquals(Guardianship.NONE, g.stoppedBy(8, false, 0, 0, 0, 0), "not next to building 0");
        clock.step++;
        g.markWatch(0, 15); // a pass of a patrol walking 4 buildings an hour
        assertEquals(Guardianship.WATCH, g.stoppedBy(1, false, 1, 0.24, 1, 1), "a 15-minute pass deters a quarter of the hour");
        assertEquals(Guardianship.NONE, g.stoppedBy(1, false, 1, 0.26, 1, 1), "and not the rest of it");
        g.markWatch(0, 15);
        assertEquals(Guardianship.WATCH, g.stoppedBy(1, false, 1, 0.49, 1, 1), "two passes add up");
        clock.step++;
        assertEquals(Guardianship.NONE, g.stoppedBy(1, false, 1, 0, 1, 1), "an hour later the patrol is gone");
        g.markWatch(0);
        assertEquals(Guardianship.OCCUPANT, g.stoppedBy(8, true, 0, 0, 0, 0.99));
        assertEquals(Guardianship.NONE, g.stoppedBy(8, true, 0, 0, 0, 1.0), "the draw must fall below the deterrence");
        g.installCameras(new int[] {8});
        assertEquals(Guardianship.CAMERA, g.stoppedBy(8, true, 0, 0, 0, 0));
        assertEquals(Guardianship.WATCH, g.stoppedBy(1, true, 0, 0, 0, 0), "watch before camera and occupant");
        g.markOfficer(1);
        assertEquals(Guardianship.OFFICER, g.stoppedBy(1, true, 0, 0, 0, 0), "officer first");
        assertEquals(Guardianship.WATCH, g.stoppedBy(1, true, 1.0, 0, 0, 0), "an officer who fails to deter passes to the watch");
        assertEquals(Guardianship.NONE, g.stoppedBy(1, true, 1.0, 1.0, 1.0, 1.0));
    }

    @Test
    void cameraCoverageHasItsRadius() {
        City city = new City(params());
        Guardianship one = new Guardianship(city, params("camera_radius", 1), new Clock());
        one.installCameras(new int[] {4, 0});
        Guardianship none = new Guardianship(city, params("camera_radius", 0), new Clock());
        none.installCameras(new int[] {4});
        int covered = 0;
        for (int b = 0; b < city.buildings; b++) {
            covered += one.cameraCovers[b] ? 1 : 0;
            assertEquals(b == 4, none.cameraCovers[b], "radius 0 covers the building only: " + b);
        }
        assertEquals(9, covered, "the 3 x 3 around the centre");
        // the corner building of a 6 x 6 city: coverage stops at the edge and crosses into community 1
        one.installCameras(new int[] {2}); // (2, 0): neighbours include (3, 0), (3, 1) of community 1
        assertTrue(one.cameraCovers[9] && one.cameraCovers[12]);
        assertFalse(one.cameraCovers[4 + 4], "re-installing clears the old coverage");
        assertArrayEquals(new int[] {2}, one.cameraBuildings);
    }

    @Test
    void cameraLayouts() {
        Parameters p = params();
        City city = new City(p);
        int[] crimes = new int[city.buildings];
        Stream s = new Stream(3, "city.cameras");
        assertEquals(0, CameraPlacement.choose(CameraLayout.NONE, 10, city, crimes, s).length);
        int[] five = CameraPlacement.choose(CameraLayout.RANDOM, 5, city, crimes, s);
        int[] ten = CameraPlacement.choose(CameraLayout.RANDOM, 10, city, crimes, s);
        assertArrayEquals(five, Arrays.copyOf(ten, 5), "more cameras add sites and never move the first ones");
        assertEquals(10, new HashSet<>(Arrays.asList(Arrays.stream(ten).boxed().toArray(Integer[]::new))).size());
        int[] all = CameraPlacement.choose(CameraLayout.RANDOM, 1000, city, crimes, s);
        assertEquals(city.buildings, all.length, "no more cameras than buildings");
        int[] sorted = all.clone();
        Arrays.sort(sorted);
        for (int b = 0; b < sorted.length; b++) {
            assertEquals(b, sorted[b]);
        }
        assertFalse(Arrays.equals(sorted, all), "a random order");
        int[] uniform = CameraPlacement.choose(CameraLayout.UNIFORM, 4, city, crimes, s);
        assertArrayEquals(new int[] {4, 13, 22, 31}, uniform, "(k x 36 + 18) / 4");
        int[] gates = CameraPlacement.choose(CameraLayout.ENTRANCES, 20, city, crimes, s);
        for (int b : gates) {
            assertTrue(city.onPerimeter(b), "entrance camera on building " + b);
        }
        assertEquals(20, Arrays.stream(gates).distinct().count());
        int[] more = CameraPlacement.choose(CameraLayout.ENTRANCES, 34, city, crimes, s);
        int[] perimeter = Arrays.copyOf(more, 32);
        Arrays.sort(perimeter);
        assertArrayEquals(java.util.stream.IntStream.range(0, city.buildings).filter(city::onPerimeter).toArray(), perimeter,
            "the 32 perimeter buildings first");
        assertEquals((32 * 7919) % 36, more[32], "then a fixed spread of other buildings");
        assertEquals((33 * 7919) % 36, more[33]);
        crimes[7] = 9;
        crimes[20] = 5;
        crimes[33] = 7;
        int[] hot = CameraPlacement.choose(CameraLayout.HOTSPOT, 4, city, crimes, s);
        assertEquals(7, hot[0]);
        assertEquals(33, hot[1]);
        assertEquals(20, hot[2]);
        assertEquals(0, crimes[hot[3]], "then a building without crime");
        assertArrayEquals(hot, CameraPlacement.choose(CameraLayout.HOTSPOT, 4, city, crimes, new Stream(3, "city.cameras")),
            "ties broken the same way for the same stream");
    }

    // ------------------------------------------------------------------ adoption

    static Households households(Parameters p, City city) {
        return new Households(city.households, p, 400, 30, new Stream(5, "city.households"));
    }

    static int techCount(Households h, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += h.has(i, Households.TECH) ? 1 : 0;
        }
        return n;
    }

    @Test
    void adoptionProbabilityIsTheDocumentedLogistic() {
        Parameters p = params("tech_defence_subsidy", 0.5, "tech_defence_cost", 1.0, "tech_neighbour_weight", 2.0,
            "tech_adoption_rate", 0.1);
        City city = new City(p);
        Households h = households(p, city);
        Adoption a = new Adoption(p, city, h, clock(0, 0), new Stream(1, "a"));
        double u = 0.5 - 1.0 + 2.0 * 0.25 + h.willingnessToPay[3] + 0.4;
        assertEquals(0.1 * 2 / (1 + Math.exp(-3 * u)), a.adoptionProbability(3, 0.25, 0.4, 0.5), 1e-12);
    }

    @Test
    void initialAdoptionIsAtEquilibriumAndCountsMatchFlags() {
        City city = new City(params());
        Parameters always = params("tech_abandonment_rate", 0.0, "tech_adoption_rate", 0.1);
        Households h = households(always, city);
        Adoption a = new Adoption(always, city, h, clock(0, 0), new Stream(1, "a"));
        a.initialise(new Stream(1, "init"), false);
        assertEquals(city.households, techCount(h, 0, city.households), "no abandonment: everyone ends up equipped");
        Parameters never = params("tech_abandonment_rate", 0.5, "tech_adoption_rate", 0.0);
        Households h0 = households(never, city);
        new Adoption(never, city, h0, clock(0, 0), new Stream(1, "a")).initialise(new Stream(1, "init"), false);
        assertEquals(0, techCount(h0, 0, city.households));
        Parameters neither = params("tech_abandonment_rate", 0.0, "tech_adoption_rate", 0.0);
        Households hn = households(neither, city);
        new Adoption(neither, city, hn, clock(0, 0), new Stream(1, "a")).initialise(new Stream(1, "init"), false);
        assertEquals(0, techCount(hn, 0, city.households), "a / (a + d) with both 0 is 0");
        // an interior equilibrium: a / (a + d) with a = rate x 2 / (1 + e^-3u) near 0.005, d = 0.0167
        Parameters mid = params();
        Households hm = households(mid, city);
        Adoption am = new Adoption(mid, city, hm, clock(0, 0), new Stream(1, "a"));
        am.initialise(new Stream(1, "init"), false);
        int total = 0;
        for (int c = 0; c < city.communities; c++) {
            int n = techCount(hm, c * 270, (c + 1) * 270);
            assertEquals(n, am.techHomes(c), "community " + c);
            total += n;
        }
        double share = (double) total / city.households;
        assertTrue(share > 0.02 && share < 0.35, "equilibrium share " + share);
        // the monthly flows keep the counts in step with the flags
        Clock clock = clock(0, 0);
        Parameters busy = params("tech_adoption_rate", 0.3, "tech_abandonment_rate", 0.2);
        Households hf = households(busy, city);
        Adoption flows = new Adoption(busy, city, hf, clock, new Stream(1, "month"));
        flows.initialise(new Stream(2, "init"), false);
        for (int month = 0; month < 6; month++) {
            clock.day = 30 * month + 29;
            flows.month();
            for (int c = 0; c < city.communities; c++) {
                assertEquals(techCount(hf, c * 270, (c + 1) * 270), flows.techHomes(c), "month " + month + ", community " + c);
            }
        }
    }

    /**
     * Saturation with replacement: from no technical defence at all, adoption climbs, then levels
     * off where adoption and loss balance (the equilibrium {@link Adoption#initialise} starts
     * from), far below every home; after that the flows are replacements, not growth.
     */
    @Test
    void adoptionFromNothingSaturatesAtTheEquilibriumNotEveryHome() {
        Parameters p = params("tech_adoption_rate", 0.01, "tech_abandonment_rate", 0.02, "tech_defence_subsidy", 1.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 0);
        Adoption a = new Adoption(p, city, h, clock, new Stream(1, "month"));
        double[] share = new double[360];
        for (int month = 0; month < share.length; month++) {
            clock.day = 30 * month + 29;
            a.month();
            share[month] = techCount(h, 0, h.n) / (double) h.n;
        }
        Households hEq = households(p, city);
        new Adoption(p, city, hEq, clock(0, 0), new Stream(1, "a")).initialise(new Stream(1, "init"), false);
        double equilibrium = techCount(hEq, 0, hEq.n) / (double) hEq.n;
        assertTrue(share[11] < 0.5 * share[359], "it climbs at first: " + share[11] + " -> " + share[359]);
        double late = 0;
        double later = 0;
        for (int m = 180; m < 270; m++) {
            late += share[m] / 90;
            later += share[m + 90] / 90;
        }
        assertEquals(late, later, 0.03, "levelled off: years 16-22 vs 23-30");
        assertEquals(equilibrium, later, 0.05, "at the equilibrium the stock starts from");
        assertTrue(later < 0.8, "saturates below every home: " + later);
    }

    /** At equilibrium a household is equipped with probability a / (a + d): here a = 2 x 0.05 (certain utility), d = 0.1. */
    @Test
    void initialShareIsTheEquilibriumOfTheFlows() {
        Parameters p = params("tech_adoption_rate", 0.05, "tech_abandonment_rate", 0.1, "tech_defence_subsidy", 5.0,
            "tech_neighbour_weight", 0.0);
        City city = new City(p);
        Households h = households(p, city);
        Adoption a = new Adoption(p, city, h, clock(0, 0), new Stream(1, "a"));
        a.initialise(new Stream(1, "init"), false);
        assertEquals(0.5, techCount(h, 0, h.n) / (double) h.n, 0.05);
        // neighbours' adoption raises the equilibrium (diffusion), found by the fixed point per building
        Parameters alone = params("tech_adoption_rate", 0.02, "tech_abandonment_rate", 0.02, "tech_neighbour_weight", 0.0);
        Parameters together = ParameterSpace.with(alone, "tech_neighbour_weight", 5.0);
        Households h0 = households(alone, city);
        new Adoption(alone, city, h0, clock(0, 0), new Stream(1, "a")).initialise(new Stream(1, "init"), false);
        Households h1 = households(together, city);
        new Adoption(together, city, h1, clock(0, 0), new Stream(1, "a")).initialise(new Stream(1, "init"), false);
        int n0 = techCount(h0, 0, h0.n);
        int n1 = techCount(h1, 0, h1.n);
        assertTrue(n0 > 0.15 * h0.n && n0 < 0.45 * h0.n, "alone " + n0);
        assertTrue(n1 > 0.5 * h1.n && n1 < 0.85 * h1.n, "with neighbours " + n1);
    }

    /** Each household without defence adopts when its uniform is below p(its building's share at the start of the month). */
    @Test
    void monthlyAdoptionFollowsTheBuildingsShare() {
        // parameters where the building's share moves the probability a lot (share near 0.4, probability far from its cap)
        Parameters p = params("tech_adoption_rate", 0.3, "tech_abandonment_rate", 0.6, "tech_neighbour_weight", 2.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 0);
        Adoption a = new Adoption(p, city, h, clock, new Stream(1, "month"));
        a.initialise(new Stream(1, "init"), false);
        for (int month = 0; month < 3; month++) {
            clock.day = 30 * month + 29;
            assertMonthFollowsTheRule(a, h, city, clock, 0.6);
        }
    }

    /** Runs the month and checks every household against the monthly rule, from the flags before the month. */
    static void assertMonthFollowsTheRule(Adoption a, Households h, City city, Clock clock, double abandonment) {
        int month = clock.month();
        byte[] before = h.flags.clone();
        a.month();
        for (int b = 0; b < city.buildings; b++) {
            int from = city.hhStart[b];
            int to = city.hhStart[b + 1];
            int equipped = 0;
            for (int i = from; i < to; i++) {
                equipped += (before[i] & Households.TECH) != 0 ? 1 : 0;
            }
            double share = (double) equipped / (to - from);
            Stream s = new Stream(1, "month").at(b, month);
            for (int i = from; i < to; i++) {
                double u = s.nextDouble();
                boolean had = (before[i] & Households.TECH) != 0;
                boolean expected = had ? u >= abandonment : u < a.adoptionProbability(i, share, h.awareness(i, clock.day), h.trust(i, clock.day));
                assertEquals(expected, h.has(i, Households.TECH), "month " + month + ", household " + i);
            }
        }
    }

    static void assertCountsMatchFlags(Adoption a, Households h, City city, String what) {
        int per = city.households(0);
        for (int c = 0; c < city.communities; c++) {
            assertEquals(techCount(h, c * per, (c + 1) * per), a.techHomes(c), what + ", community " + c);
        }
    }

    /**
     * The settle step (day 359 in the model): the stock is drawn again at the equilibrium of the
     * households' current awareness, with the same uniforms as at build, after clearing the old
     * flags. Raised awareness gives a larger, nested set of adopters; the counts (per community
     * and per building, which the monthly rule reads) stay in step with the flags.
     */
    @Test
    void settlingRedrawsTheStockAtCurrentAwareness() {
        Parameters p = params("tech_adoption_rate", 0.1, "tech_abandonment_rate", 0.3, "tech_neighbour_weight", 2.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(359, 23);
        Adoption a = new Adoption(p, city, h, clock, new Stream(1, "month"));
        a.initialise(new Stream(1, "init"), false);
        byte[] atBuild = h.flags.clone();
        int n0 = techCount(h, 0, h.n);
        assertTrue(n0 > 0.05 * h.n && n0 < 0.5 * h.n, "an interior share at build: " + n0);
        a.initialise(new Stream(1, "init"), true);
        assertArrayEquals(atBuild, h.flags, "attitudes unmoved: the current awareness is the baseline, the same stock");
        assertCountsMatchFlags(a, h, city, "settled twice");
        // awareness raised everywhere: a higher equilibrium
        Attitudes attitudes = new Attitudes(city, h, p, clock);
        for (int i = 0; i < h.n; i++) {
            attitudes.adjust(i, 0.9, 0);
        }
        a.initialise(new Stream(1, "init"), false);
        assertArrayEquals(atBuild, h.flags, "baseline awareness ignores the raised attitudes");
        a.initialise(new Stream(1, "init"), true);
        int n1 = techCount(h, 0, h.n);
        assertTrue(n1 > 1.3 * n0, "current awareness raises the stock: " + n0 + " -> " + n1);
        for (int i = 0; i < h.n; i++) {
            if ((atBuild[i] & Households.TECH) != 0) {
                assertTrue(h.has(i, Households.TECH), "the same uniforms: adopters at build stay adopters, household " + i);
            }
        }
        assertCountsMatchFlags(a, h, city, "settled at raised awareness");
        // the building counts the monthly rule reads were rebuilt too
        clock.day = 389;
        assertMonthFollowsTheRule(a, h, city, clock, 0.3);
        assertCountsMatchFlags(a, h, city, "a month after settling");
        // live levers: with no adoption any more, settling clears every device
        a.use(ParameterSpace.with(p, "tech_adoption_rate", 0.0));
        a.initialise(new Stream(1, "init"), true);
        assertEquals(0, techCount(h, 0, h.n), "old flags are cleared before the stock is drawn again");
        assertCountsMatchFlags(a, h, city, "cleared");
    }

    @Test
    void monthlyFlowsAdoptAndAbandon() {
        City city = new City(params());
        Parameters drop = params("tech_abandonment_rate", 1.0, "tech_adoption_rate", 0.0);
        Households h = households(drop, city);
        for (int i = 0; i < h.n; i++) {
            h.flags[i] |= Households.TECH;
        }
        Adoption a = new Adoption(drop, city, h, clock(29, 0), new Stream(1, "a"));
        a.month();
        assertEquals(0, techCount(h, 0, h.n), "abandonment 1: every device goes");
        Parameters take = params("tech_abandonment_rate", 0.0, "tech_adoption_rate", 1.0, "tech_defence_subsidy", 5.0);
        Households h2 = households(take, city);
        Adoption b = new Adoption(take, city, h2, clock(29, 0), new Stream(1, "a"));
        b.month();
        assertEquals(h2.n, techCount(h2, 0, h2.n), "a certain adoption equips everyone");
        for (int c = 0; c < city.communities; c++) {
            assertEquals(270, b.techHomes(c));
        }
    }

    // ------------------------------------------------------------------ population

    /**
     * Offenders whose sentence ends today are released this morning; whether they accept
     * rehabilitation is the uniform drawn with the crime that led to the sentence (no release stream).
     */
    @Test
    void releasesOnTheDaySentencesEnd() {
        Parameters p = params("rehabilitation_cooperation", 0.5, "reoffend_multiplier", 2.0, "rehabilitation_motivation_factor", 0.25,
            "motivation_cap", 100.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(10, 0);
        Offender[] offenders = new Offender[3];
        for (int k = 0; k < offenders.length; k++) {
            offenders[k] = new Offender(k, city, p, new Stream(1, "o").at(k, 0));
        }
        CadreTeam[] teams = new CadreTeam[city.communities];
        for (int c = 0; c < teams.length; c++) {
            teams[c] = new CadreTeam(c);
        }
        Population pop = new Population(p, clock, h, city, offenders, teams, new Stream(1, "registration"));
        offenders[0].incarceratedUntil = 10;
        offenders[0].rehabilitationDraw = 0.7; // >= 0.5: refuses rehabilitation
        offenders[1].incarceratedUntil = 11;
        offenders[1].rehabilitationDraw = 0.3; // < 0.5: accepts
        offenders[2].incarceratedUntil = 10;
        offenders[2].rehabilitationDraw = 0.49;
        double m1 = offenders[1].motivation;
        pop.beginDay();
        assertEquals(2 * offenders[0].baseMotivation, offenders[0].motivation, 1e-12, "released today, reoffending");
        assertEquals(0.25 * offenders[2].baseMotivation, offenders[2].motivation, 1e-12, "released today, rehabilitated");
        assertEquals(m1, offenders[1].motivation, 0.0, "still inside");
        clock.day = 11;
        offenders[0].motivation = -1; // released yesterday: not released again
        pop.beginDay();
        assertEquals(0.25 * offenders[1].baseMotivation, offenders[1].motivation, 1e-12, "its own draw: rehabilitated");
        assertEquals(-1, offenders[0].motivation, 0.0);
        // live levers: the population releases with the parameters it was last given
        pop.use(ParameterSpace.with(p, "reoffend_multiplier", 3.0));
        clock.day = 12;
        offenders[0].incarceratedUntil = 12;
        pop.beginDay();
        assertEquals(3 * offenders[0].baseMotivation, offenders[0].motivation, 1e-12, "the new multiplier");
    }

    @Test
    void offendersForgetDaily() {
        Parameters p = params("risk_decay", 0.5);
        City city = new City(p);
        Offender[] offenders = {new Offender(0, city, p, new Stream(1, "o").at(0, 0))};
        Offender twin = new Offender(0, city, p, new Stream(1, "o").at(0, 0));
        offenders[0].learnRisk(offenders[0].home, 0.9);
        twin.learnRisk(twin.home, 0.9);
        Population pop = new Population(p, clock(3, 0), households(p, city), city, offenders, new CadreTeam[0],
            new Stream(1, "registration"));
        pop.beginDay();
        assertTrue(ProcessUnitsTest.riskier(twin, offenders[0], offenders[0].home), "the remembered risk faded");
    }

    @Test
    void floatingOffendersOfACommunityWithoutMobileHouseholdsAreRegisteredByItsCadres() {
        Parameters p = params("floating_share", 0.0, "rental_share", 0.0, "offender_entry_rate", 0.0, "registration_miss_rate", 1.0);
        City city = new City(p);
        Offender[] offenders = new Offender[10];
        for (int k = 0; k < offenders.length; k++) {
            offenders[k] = new Offender(k, true, city, p, new Stream(1, "o").at(k, 0));
            assertFalse(offenders[k].registered, "drawn unregistered");
        }
        CadreTeam[] teams = new CadreTeam[city.communities];
        for (int c = 0; c < teams.length; c++) {
            teams[c] = new CadreTeam(c);
            teams[c].registrationCapacityThisMonth = 1; // cadres with registration hours and nobody else to register
        }
        new Population(p, clock(29, 0), households(p, city), city, offenders, teams,
            new Stream(1, "registration")).month();
        for (Offender o : offenders) {
            assertTrue(o.registered, "no unregistered households to hide among");
        }
    }

    static int unregistered(Households h) {
        int n = 0;
        for (int i = 0; i < h.n; i++) {
            n += h.has(i, Households.REGISTERED) ? 0 : 1;
        }
        return n;
    }

    @Test
    void registrationIsAPersistentStateOfHouseholdsAndOffenders() {
        // every household floating, every newcomer missed, no cadre registration: all start unregistered
        Parameters missAll = params("floating_share", 1.0, "registration_miss_rate", 1.0, "offender_entry_rate", 0.0,
            "floating_turnover", 0.0, "tenant_turnover", 0.0, "registrations_per_safety_hour", 0.0);
        City city = new City(missAll);
        Households h = households(missAll, city);
        Offender[] offenders = new Offender[20];
        for (int k = 0; k < offenders.length; k++) {
            offenders[k] = new Offender(k, true, city, missAll, new Stream(1, "o").at(k, 0));
        }
        CadreTeam[] teams = new CadreTeam[city.communities];
        for (int c = 0; c < teams.length; c++) {
            teams[c] = new CadreTeam(c);
        }
        Clock clock = clock(29, 0);
        Population pop = new Population(missAll, clock, h, city, offenders, teams, new Stream(1, "registration"));
        assertEquals(h.n, unregistered(h));
        assertEquals(270, teams[0].unregisteredHouseholds, 0.0, "the cadres know their unregistered stock");
        teams[0].registrationsThisMonth = 270; // community 0's cadres register everyone
        pop.month();
        assertEquals(0, teams[0].registrationsThisMonth, 0.0, "used up");
        assertEquals(0, pop.unregistered(0));
        assertEquals(270, pop.unregistered(1));
        for (Offender o : offenders) {
            assertEquals(o.home == 0, o.registered, "offender of community " + o.home);
        }
        // no turnover, no registration: the state stays (it is not redrawn)
        clock.day = 59;
        pop.month();
        assertEquals(0, pop.unregistered(0));
        for (Offender o : offenders) {
            assertEquals(o.home == 0, o.registered, "registration persists");
        }
        // every dwelling changes tenant: newcomers arrive unregistered, offenders keep their registration
        pop.use(ParameterSpace.with(missAll, "floating_turnover", 1.0));
        clock.day = 89;
        pop.month();
        assertEquals(h.n, unregistered(h), "turnover 1 replaced every registered household");
        for (Offender o : offenders) {
            assertEquals(o.home == 0, o.registered);
        }
        // landlords registering their tenants: every newcomer who rents is registered; floating
        // newcomers who own or lodge free are not the landlord's to register
        pop.use(ParameterSpace.with(missAll, Map.of("floating_turnover", 1.0, "landlord_registration", 1.0)));
        clock.day = 119;
        pop.month();
        int owners = 0;
        for (int i = 0; i < h.n; i++) {
            owners += h.has(i, Households.RENTAL) ? 0 : 1;
            if (h.has(i, Households.RENTAL)) {
                assertTrue(h.has(i, Households.REGISTERED), "a tenant is registered by the landlord");
            }
        }
        assertTrue(owners > 0 && owners < h.n);
        assertEquals(owners, unregistered(h));
        // half the stock registered by the cadres: about half the unregistered floating offenders are
        Parameters half = ParameterSpace.with(missAll, "registration_miss_rate", 1.0);
        Offender[] many = new Offender[400];
        for (int k = 0; k < many.length; k++) {
            many[k] = new Offender(k, true, city, half, new Stream(2, "o").at(k, 0));
        }
        CadreTeam[] t2 = new CadreTeam[city.communities];
        for (int c = 0; c < t2.length; c++) {
            t2[c] = new CadreTeam(c);
            t2[c].registrationsThisMonth = 135;
        }
        Population p2 = new Population(half, clock, households(half, city), city, many, t2, new Stream(1, "registration"));
        p2.month();
        int registered = 0;
        for (Offender o : many) {
            registered += o.registered ? 1 : 0;
        }
        assertEquals(200, registered, 35, "half registered");
    }

    @Test
    void newTenantsArriveLessAwareAndTheShortfallFades() {
        Parameters p = params("rental_share", 1.0, "floating_share", 0.0, "tenant_turnover", 1.0, "newcomer_awareness_factor", 0.5,
            "attitude_decay", 0.1);
        City city = new City(p);
        Households h = households(p, city);
        CadreTeam[] teams = new CadreTeam[city.communities];
        for (int c = 0; c < teams.length; c++) {
            teams[c] = new CadreTeam(c);
        }
        Clock clock = clock(29, 0);
        Population pop = new Population(p, clock, h, city, new Offender[0], teams, new Stream(1, "registration"));
        pop.month();
        for (int i = 0; i < 50; i++) {
            assertEquals(0.5 * h.awarenessBase[i], h.awareness(i, 29), 1e-6, "a new tenant knows half what the dwelling's baseline says");
            assertEquals(h.trustBase[i], h.trust(i, 29), 1e-6);
        }
        assertTrue(h.awareness(0, 60) > h.awareness(0, 29) && h.awareness(0, 60) < h.awarenessBase[0], "the shortfall fades");
    }

    // ------------------------------------------------------------------ watch patrols and cadres

    static WatchWork watchWork(Parameters p, City city, Households h, Clock clock, Counters cnt, Guardianship g) {
        return new WatchWork(p, city, h, clock, cnt, g, new Attitudes(city, h, p, clock), new Stream(1, "watch"),
            new Stream(1, "publicity"), new Stream(1, "leave"), new Stream(1, "join"), new Stream(1, "pay"));
    }

    @Test
    void aPatrolsPassesShareTheHourOut() {
        for (int n = 1; n <= 100; n++) {
            int sum = 0;
            for (int s = 0; s < n; s++) {
                sum += Guardianship.passMinutes(s, n);
            }
            assertEquals(60, sum, n + " passes an hour");
        }
        assertEquals(15, Guardianship.passMinutes(3, 4));
        assertEquals(9, Guardianship.passMinutes(0, 7), "7 passes: 9, 9, 9, 9, 8, 8, 8 minutes");
        assertEquals(8, Guardianship.passMinutes(6, 7));
    }

    /** A member walking 4 buildings an hour watches each pass's neighbourhood for 15 minutes, not the hour. */
    @Test
    void aWatchPassDetersOnlyForItsMinutes() {
        Parameters p = params("watch_buildings_per_hour", 4.0, "watch_deterrence", 1.0, "watch_publicity_per_hour", 0.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 19);
        Counters cnt = new Counters(city.communities + 1);
        Guardianship g = new Guardianship(city, p, clock);
        WatchWork w = watchWork(p, city, h, clock, cnt, g);
        w.groups[1].dailyHoursBy[WatchGroup.EVENING] = 3; // one member for the 3-hour evening shift
        w.hour();
        assertEquals(4, w.stopCount());
        int watched = 0;
        int once = -1; // a building near one pass only
        for (int b = 0; b < city.buildings; b++) {
            double share = g.watchShare(b);
            if (share > 0) {
                watched++;
                assertTrue(share <= 1);
                assertEquals(0, share * 4 - Math.rint(share * 4), 1e-12, "whole passes of 15 minutes: " + share);
                once = once < 0 && share == 0.25 ? b : once;
            }
        }
        assertTrue(watched >= 9, "a pass watches a building and its neighbours");
        assertTrue(once >= 0, "a building near one pass only is watched for a quarter of the hour");
        assertEquals(Guardianship.WATCH, g.stoppedBy(once, false, 1, 0.24, 1, 1));
        assertEquals(Guardianship.NONE, g.stoppedBy(once, false, 1, 0.26, 1, 1), "deterrence x a quarter of the hour");
    }

    @Test
    void watchPatrolsWalkByDayAndInTheEvening() {
        Parameters p = params("watch_buildings_per_hour", 2.0, "watch_deterrence", 1.0, "watch_publicity_per_hour", 0.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 18);
        Counters cnt = new Counters(city.communities + 1);
        Guardianship g = new Guardianship(city, p, clock);
        WatchWork w = watchWork(p, city, h, clock, cnt, g);
        assertEquals(4, w.groups.length);
        w.groups[1].dailyHoursBy[WatchGroup.EVENING] = 6; // two 3-hour units an evening
        assertFalse(w.patrolling(7) || w.patrolling(18) || w.patrolling(22));
        assertTrue(w.patrolling(8) && w.patrolling(17) && w.patrolling(19) && w.patrolling(21));
        w.hour();
        assertEquals(0, w.stopCount());
        assertEquals(0, cnt.byCommunity[1][Counters.WATCH_PATROL_HOURS], 0.0);
        for (int hour = 19; hour < 23; hour++) {
            clock.hour = hour;
            clock.step = hour;
            w.hour();
            if (hour < 22) {
                assertEquals(4, w.stopCount(), "2 units x 2 buildings at " + hour);
                for (int k = 0; k < w.stopCount(); k++) {
                    int b = w.stops()[k];
                    assertEquals(1, city.buildingCommunity[b], "community 1's patrol stays home");
                    assertEquals(Guardianship.WATCH, g.stoppedBy(b, false, 1, 0, 1, 1));
                }
            } else {
                assertEquals(0, w.stopCount());
            }
        }
        assertEquals(2, cnt.byCommunity[1][Counters.WATCH_PATROLLING], 0.0, "members counted once an evening");
        assertEquals(6, cnt.byCommunity[1][Counters.WATCH_PATROL_HOURS], 0.0, "2 units x 3 hours");
        assertEquals(0, cnt.byCommunity[1][Counters.WATCH_DAY_PATROL_HOURS], 0.0, "working members walk the evening");
        assertEquals(0, cnt.byCommunity[0][Counters.WATCH_PATROL_HOURS], 0.0, "community 0 has no patrol");
        // members at home in the day walk two-hour shifts 08-18: 20 hours a day = 2 members on each of 5 shifts
        cnt.reset();
        w.groups[1].dailyHoursBy[WatchGroup.EVENING] = 0;
        w.groups[2].dailyHoursBy[WatchGroup.DAY] = 20;
        for (int hour = 0; hour < 24; hour++) {
            clock.hour = hour;
            clock.step = 24 + hour;
            w.hour();
            assertEquals(hour >= 8 && hour < 18 ? 4 : 0, w.stopCount(), "2 members x 2 buildings by day, at " + hour);
        }
        assertEquals(10, cnt.byCommunity[2][Counters.WATCH_PATROLLING], 0.0, "2 members x 5 shifts");
        assertEquals(20, cnt.byCommunity[2][Counters.WATCH_PATROL_HOURS], 0.0);
        assertEquals(20, cnt.byCommunity[2][Counters.WATCH_DAY_PATROL_HOURS], 0.0);
        // many patrols: the stop list grows
        w.groups[2].dailyHoursBy[WatchGroup.DAY] = 0;
        w.groups[3].dailyHoursBy[WatchGroup.EVENING] = 300;
        clock.hour = 19;
        w.hour();
        assertEquals(200, w.stopCount());
    }

    /** Patrolling members talk to residents at home: awareness rises, the talk is counted, and the household saw the group. */
    @Test
    void watchPublicityReachesResidentsAtHome() {
        Parameters p = params("watch_publicity_per_hour", 5.0, "publicity_awareness_gain", 0.5);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 10); // a weekday: workers are out 08-18
        Counters cnt = new Counters(city.communities + 1);
        Attitudes a = new Attitudes(city, h, p, clock);
        WatchWork w = new WatchWork(p, city, h, clock, cnt, new Guardianship(city, p, clock), a, new Stream(1, "watch"),
            new Stream(1, "publicity"), new Stream(1, "leave"), new Stream(1, "join"), new Stream(1, "pay"));
        w.groups[0].dailyHoursBy[WatchGroup.DAY] = 40; // 4 members on each shift
        double before = a.awarenessSum(0);
        double other = a.awarenessSum(1);
        assertEquals(0, w.seenRecently(0));
        for (int hour = 8; hour < 18; hour++) {
            clock.hour = hour;
            clock.step = hour;
            w.hour();
        }
        double talks = cnt.byCommunity[0][Counters.WATCH_PUBLICITY];
        assertTrue(talks > 40 && talks < 200, "about 200 tries x the share at home (0.4): " + talks);
        assertTrue(a.awarenessSum(0) > before + 0.1 * talks, "awareness rises with each talk");
        assertEquals(other, a.awarenessSum(1), 0.0, "community 1 has no patrol");
        assertEquals(0, cnt.byCommunity[1][Counters.WATCH_PUBLICITY], 0.0);
        assertEquals(270, w.seenRecently(0), "every building of a 9-building community was passed");
        assertEquals(0, w.seenRecently(1));
    }

    /**
     * The evening's patrolling members are drawn once, at 19:00, from the patrol stream at
     * (community, step), and the same members walk at 20:00 and 21:00: member-hours are exactly three
     * times the members counted that evening, even when the daily hours are not whole units.
     */
    @Test
    void theEveningsMembersAreDrawnAtSevenAndWalkAllEvening() {
        Parameters p = params("watch_buildings_per_hour", 1.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 19);
        Counters cnt = new Counters(city.communities + 1);
        WatchWork w = watchWork(p, city, h, clock, cnt, new Guardianship(city, p, clock));
        w.groups[3].dailyHoursBy[WatchGroup.EVENING] = 4; // 4/3 units: one or two members an evening
        int evenings = 60;
        int total = 0;
        int one = 0;
        for (int day = 0; day < evenings; day++) {
            cnt.reset();
            int members = -1;
            for (int hour = 19; hour < 22; hour++) {
                clock.day = day;
                clock.hour = hour;
                clock.step = 24L * day + hour;
                w.hour();
                if (hour == 19) {
                    members = new Stream(1, "watch").at(3, clock.step).round(4 / 3.0);
                    assertEquals(members, cnt.byCommunity[3][Counters.WATCH_PATROLLING], 0.0, "day " + day + ": drawn at 19:00");
                }
                assertEquals(members, w.stopCount(), "day " + day + ", " + hour + ":00: the same members, one building each");
            }
            assertEquals(members, cnt.byCommunity[3][Counters.WATCH_PATROLLING], 0.0, "members counted once: day " + day);
            assertEquals(3 * members, cnt.byCommunity[3][Counters.WATCH_PATROL_HOURS], 0.0, "three hours each: day " + day);
            total += members;
            one += members == 1 ? 1 : 0;
        }
        assertTrue(one > 0 && one < evenings, "both one and two members walk on some evenings: " + one);
        assertEquals(4 / 3.0, total / (double) evenings, 0.25, "the mean number of members");
    }

    @Test
    void watchMonthFundsGroupsFromTheirHouseholds() {
        Parameters p = params("watch_government_budget", 3000.0, "watch_stipend", 100.0, "watch_willing_share", 1.0,
            "watch_churn", 0.0, "watch_join_rate", 0.0, "watch_initial_members", 10, "watch_active_threshold", 5,
            "watch_crime_concern", 2.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 0);
        WatchWork w = watchWork(p, city, h, clock, new Counters(5), new Guardianship(city, p, clock));
        w.month();
        double propensity = 0;
        double building0 = 0;
        for (int i = 0; i < 270; i++) {
            double x = h.willingnessToPay[i] * h.belonging[i] * h.trust(i, 0);
            propensity += x;
            building0 += i < 30 ? x : 0;
        }
        WatchGroup g = w.groups[0];
        assertEquals(propensity * (1 - p.taxpayerAttitude()) * p.watchContribution(), g.incomeContributions, 1e-3,
            "willingness to pay x belonging x trust; nobody saw the group, no crime near");
        assertEquals(10, g.activeMembers);
        assertTrue(g.active());
        assertEquals(10 * p.watchHoursPerMember() / 30, g.dailyPatrolHours, 1e-9);
        // a burglary in building 0: its households pay (1 + concern) times as much next month
        h.lastVictimDay[3] = 0;
        clock.day = 29;
        w.month();
        assertEquals((propensity + 2.0 * building0) * (1 - p.taxpayerAttitude()) * p.watchContribution(), g.incomeContributions,
            1e-3);
        // members join with the community's belonging x trust, residents at home in the day with their weight
        Parameters joining = params("watch_join_rate", 0.5, "watch_churn", 0.0, "watch_initial_members", 0,
            "watch_mobilisation_effect", 0.0, "watch_stipend_attraction", 0.0, "watch_day_member_weight", 2.0);
        clock.day = 0;
        WatchWork j = watchWork(joining, city, h, clock, new Counters(5), new Guardianship(city, joining, clock));
        double[] bt = new double[2];
        for (int i = 0; i < 270; i++) {
            bt[h.has(i, Households.WORKER) ? WatchGroup.EVENING : WatchGroup.DAY] += h.belonging[i] * h.trust(i, 0);
        }
        int day = new Stream(1, "join").at(0, 0).poisson(0.5 * 2.0 * bt[WatchGroup.DAY]);
        int evening = new Stream(1, "join").at(1, 0).poisson(0.5 * bt[WatchGroup.EVENING]);
        j.month();
        assertEquals(day, j.groups[0].membersBy[WatchGroup.DAY], "day joiners from belonging x trust of those at home");
        assertEquals(evening, j.groups[0].membersBy[WatchGroup.EVENING]);
        assertTrue(day + evening > 0);
    }

    /** Settling runs each group's own cycle over virtual months: an initial roll of 50 falls to the stationary joiners / churn. */
    @Test
    void watchSettleBringsMembersToTheirStationaryLevel() {
        Parameters p = params("watch_initial_members", 50, "watch_join_rate", 0.01, "watch_churn", 0.1, "watch_unused_leave", 0.0,
            "watch_willing_share", 1.0, "watch_active_threshold", 1, "watch_government_budget", 1e5, "watch_stipend_attraction", 0.0,
            "watch_mobilisation_effect", 0.0, "watch_day_member_weight", 2.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(89, 23);
        WatchWork w = watchWork(p, city, h, clock, new Counters(5), new Guardianship(city, p, clock));
        double stationary = 0;
        for (int i = 0; i < h.n; i++) {
            stationary += 0.01 * h.belonging[i] * h.trust(i, 89) * (h.has(i, Households.WORKER) ? 1 : 2.0) / 0.1;
        }
        stationary /= city.communities; // (the non-member share is close to 1)
        w.groups[2].mobilisationHours = 7;
        w.settle();
        double members = 0;
        for (WatchGroup g : w.groups) {
            members += g.members / (double) city.communities;
            assertTrue(g.balance > 0 && g.active() == (g.activeMembers >= 1));
        }
        assertTrue(Math.abs(members - stationary) < 0.5 * stationary, "settled " + members + " vs stationary " + stationary);
        assertEquals(7, w.groups[2].mobilisationHours, 0.0, "the month's own mobilisation hours are kept");
        // the same state settles to the same stock (its own positioned draws)
        WatchWork again = watchWork(p, city, h, clock, new Counters(5), new Guardianship(city, p, clock));
        again.settle();
        for (int c = 0; c < city.communities; c++) {
            assertEquals(w.groups[c].members, again.groups[c].members);
            assertEquals(w.groups[c].balance, again.groups[c].balance, 0.0);
        }
    }

    @Test
    void cadresMediateIncidentsAndSupportTheWatch() {
        Parameters p = params("tasks_pushed_down", 0, "incidents_per_1000_households_per_day", 10.0, "mediations_per_safety_hour", 0.1);
        City city = new City(p);
        Clock clock = clock(0, 0);
        WatchGroup[] groups = new WatchGroup[4];
        for (int c = 0; c < 4; c++) {
            groups[c] = new WatchGroup(c, p);
        }
        CadreWork cw = new CadreWork(p, city, clock, groups, new Stream(1, "cadre"));
        cw.day();
        CadreTeam t = cw.teams[0];
        assertTrue(t.safetyToday > 0);
        assertEquals(2.7 - t.mediationsToday, cw.incidentsLeft[0], 1e-9, "10 per 1000 of 270 households, less mediation");
        assertEquals(t.watchSupportHours(), groups[0].mobilisationHours, 1e-12);
        Parameters many = ParameterSpace.with(p, "mediations_per_safety_hour", 10.0);
        CadreWork lots = new CadreWork(many, city, clock, groups, new Stream(1, "cadre"));
        lots.day();
        assertEquals(0, lots.incidentsLeft[0], 0.0, "mediation settles them all, never fewer than none");
        clock.day = 5;
        clock.weekday = false;
        cw.day();
        assertEquals(0, cw.teams[0].safetyToday, 0.0);
        assertEquals(2.7, cw.incidentsLeft[0], 1e-9, "no mediation at the weekend");
    }

    // ------------------------------------------------------------------ officers in the city

    static final class Beat {
        final Parameters p;
        final City city;
        final Households h;
        final Clock clock;
        final Counters cnt;
        final Officer[] officers;
        final Guardianship g;
        final Attitudes attitudes;
        final Contact contact;
        final OfficerWork work;

        Beat(Parameters p, int day) {
            this.p = p;
            city = new City(p);
            h = households(p, city);
            clock = clock(day, 0);
            cnt = new Counters(city.communities + 1);
            officers = new Officer[2];
            officers[0] = new Officer(0, 0, 18, city, p, new Stream(1, "officer").at(0, 0));
            officers[1] = new Officer(1, 18, 36, city, p, new Stream(1, "officer").at(1, 0));
            g = new Guardianship(city, p, clock);
            attitudes = new Attitudes(city, h, p, clock);
            contact = new Contact(city, h, p, clock, attitudes, 400, 30, Contact.TRUST_SETTLE_DAY);
            work = new OfficerWork(p, city, h, clock, cnt, officers, g, contact, new Stream(1, "plan"), new Stream(1, "morale"),
                new Stream(1, "incidents"), new Stream(1, "patrol"));
        }

        void dayOfHours() {
            work.beginDay(new double[] {0, 0, 0, 0});
            for (int hour = 0; hour < 24; hour++) {
                clock.hour = hour;
                clock.step = 24L * clock.day + hour;
                work.hour();
            }
        }
    }

    @Test
    void incidentsFollowTheShareOfTheCommunityInTheBeat() {
        Parameters p = params("incident_hours", 1.0, "registers_per_case", 1, "hours_per_register", 0.0);
        City city = new City(p);
        Households h = households(p, city);
        Clock clock = clock(0, 0);
        Counters cnt = new Counters(5);
        // officer 0 holds 3 of community 0's 9 buildings
        Officer[] officers = {new Officer(0, 0, 3, city, p, new Stream(1, "officer").at(0, 0)),
            new Officer(1, 3, 36, city, p, new Stream(1, "officer").at(1, 0))};
        Guardianship g = new Guardianship(city, p, clock);
        Attitudes at = new Attitudes(city, h, p, clock);
        OfficerWork work = new OfficerWork(p, city, h, clock, cnt, officers, g,
            new Contact(city, h, p, clock, at, 400, 30, Contact.TRUST_SETTLE_DAY),
            new Stream(1, "plan"), new Stream(1, "morale"), new Stream(1, "incidents"), new Stream(1, "patrol"));
        int first = 0;
        int days = 40;
        for (int d = 0; d < days; d++) {
            clock.day = d;
            int before = officers[0].queue.size();
            work.beginDay(new double[] {9, 0, 0, 0});
            first += officers[0].queue.size() - before;
        }
        assertEquals(3 * days, first, 30, "a third of 9 incidents a day");
        assertEquals(9 * days, cnt.byCommunity[0][Counters.INCIDENTS], 60);
        // drawn on the incidents stream at (officer x communities + community, day): one community's
        // mediation does not move another's draws
        double[] left = {9, 4, 2, 6};
        for (int d = days; d < days + 10; d++) {
            clock.day = d;
            int before0 = officers[0].queue.size();
            int before1 = officers[1].queue.size();
            work.beginDay(left);
            assertEquals(new Stream(1, "incidents").at(0, d).poisson(9 * 3 / 9.0), officers[0].queue.size() - before0,
                "officer 0, day " + d);
            int expected1 = 0;
            for (int c = 0; c < 4; c++) {
                double coverage = (c == 0 ? 6 : 9) / 9.0; // officer 1 holds 6 of community 0's buildings and all the others
                expected1 += new Stream(1, "incidents").at(4 + c, d).poisson(left[c] * coverage);
            }
            assertEquals(expected1, officers[1].queue.size() - before1, "officer 1, day " + d);
        }
    }

    @Test
    void incidentsReachTheBeatsOfficer() {
        Parameters p = params("incident_hours", 1.5, "registers_per_case", 2, "hours_per_register", 0.5);
        Beat beat = new Beat(p, 0);
        beat.work.beginDay(new double[] {40, 0, 0, 0});
        // officer 0 covers communities 0 and 1 (buildings 0..17): community 0's 40 expected incidents are all its
        double arrived = beat.cnt.byCommunity[0][Counters.INCIDENTS];
        assertEquals(40, arrived, 20);
        assertEquals(arrived, beat.officers[0].queue.size(), 0.0);
        assertEquals(0, beat.officers[1].queue.size());
        assertEquals(arrived * 2.5, beat.officers[0].queue.totalHours(), 1e-9, "handling plus two registers each");
    }

    @Test
    void patrolsSeeOnlyTheirOwnBeatsHouseholdsAndMarkPresence() {
        Parameters p = params("sighting_probability", 1.0, "daytime_worker_share", 0.0, "patrol_share", 1.0, "publicity_share", 0.0,
            "prevention_orientation", 1.0, "morale_base", 1.0, "quota_pressure", 0.0, "roster_hours_per_day", 0.0,
            "assault_complaint_rate", 0.0, "buildings_per_patrol_hour", 3.0);
        // day 5: officer 0 works, officer 1 (its beat: communities 2 and 3, below) has the day off
        Beat beat = new Beat(p, 5);
        beat.dayOfHours();
        assertTrue(beat.officers[0].worksOn(5, p) && !beat.officers[1].worksOn(5, p));
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < beat.h.n; i++) {
            if (beat.h.lastSeenDay[i] == 5) {
                seen.add(i);
            }
        }
        int patrolHours = 0;
        for (int hour = 0; hour < 24; hour++) {
            patrolHours += beat.officers[0].activity(hour) == Officer.PATROL ? 1 : 0;
        }
        assertTrue(patrolHours >= 5, "most of the shift is patrol: " + patrolHours);
        assertTrue(seen.size() > 100, "seen " + seen.size());
        for (int i : seen) {
            assertTrue(i < beat.city.hhStart[18], "household " + i + " of officer 1's beat saw officer 0");
        }
        boolean nextToBeat1 = false;
        for (int b = 0; b < 18; b++) {
            nextToBeat1 |= beat.g.officerPresentAt[b] >= 0 && beat.city.buildingY[b] == 2;
        }
        assertTrue(nextToBeat1, "the patrol passed buildings next to the other beat");
        for (int b = 0; b < beat.city.buildings; b++) {
            if (beat.g.officerPresentAt[b] >= 0) {
                assertTrue(b < 18 || beat.city.buildingY[b] == 3, "presence marks the visited building and its neighbours: " + b);
            }
        }
        double trustGain = 0;
        for (int i : seen) {
            trustGain += beat.h.trust(i, 5) - beat.h.trustBase[i];
        }
        assertTrue(trustGain > 0, "seen households gain trust");
        // sighting needs the probability: at 0 nobody sees the officer
        Beat blind = new Beat(ParameterSpace.with(p, Map.of("sighting_probability", 0.0, "conversations_per_patrol_hour", 0.0)), 0);
        blind.dayOfHours();
        for (int i = 0; i < blind.h.n; i++) {
            assertTrue(blind.h.lastSeenDay[i] < 0);
        }
        // out at work: nobody home to see the patrol on a weekday
        Beat away = new Beat(ParameterSpace.with(p, Map.of("daytime_worker_share", 1.0, "officer_shift_start", 8)), 0);
        away.dayOfHours();
        int awaySeen = 0;
        for (int i = 0; i < away.h.n; i++) {
            awaySeen += away.h.lastSeenDay[i] == 0 ? 1 : 0;
        }
        assertEquals(0, awaySeen, "a 08-18 patrol meets no daytime worker");
    }

    /**
     * One patrol stop an hour: every at-home household of the stop building sees the officer
     * (probability 1), those of the beat's buildings next door with the neighbour factor (0.5
     * here), and presence covers exactly the stop and its neighbours.
     */
    @Test
    void aPatrolHourIsItsStopsAndTheirNeighbours() {
        Parameters p = params("sighting_probability", 1.0, "sighting_neighbour_factor", 0.5, "daytime_worker_share", 0.0,
            "patrol_share", 1.0, "publicity_share", 0.0,
            "prevention_orientation", 1.0, "morale_base", 1.0, "quota_pressure", 0.0, "roster_hours_per_day", 0.0,
            "assault_complaint_rate", 0.0, "buildings_per_patrol_hour", 1.0);
        Beat beat = new Beat(p, 5); // officer 1 has the day off: only officer 0 marks presence
        beat.work.beginDay(new double[4]);
        Officer o = beat.officers[0];
        int nextDoorSeen = 0;
        int nextDoor = 0;
        int patrols = 0;
        int day = 100;
        for (int hour = 0; hour < 24; hour++) {
            if (o.activity(hour) != Officer.PATROL) {
                continue;
            }
            patrols++;
            day++; // a fresh day for every hour, so each hour's sightings are its own
            beat.clock.day = day;
            beat.clock.hour = hour;
            beat.clock.step = 24L * day + hour;
            beat.work.hour();
            int stop = o.position;
            assertTrue(stop >= 0 && stop < 18, "a stop on the beat");
            for (int b = 0; b < beat.city.buildings; b++) {
                boolean neighbour = Math.abs(beat.city.buildingX[b] - beat.city.buildingX[stop]) <= 1
                    && Math.abs(beat.city.buildingY[b] - beat.city.buildingY[stop]) <= 1;
                assertEquals(neighbour, beat.g.officerPresentAt[b] == beat.clock.step, "presence at building " + b + " (stop " + stop + ")");
                for (int i = beat.city.hhStart[b]; i < beat.city.hhStart[b + 1]; i++) {
                    boolean seen = beat.h.lastSeenDay[i] == day;
                    if (b == stop) {
                        assertTrue(seen, "everyone at home in the stop building");
                    } else if (!neighbour || b >= 18) {
                        assertFalse(seen, "household " + i + " of building " + b + " is not next door on this beat");
                    } else {
                        nextDoor++;
                        nextDoorSeen += seen ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(patrols >= 5, "patrol hours " + patrols);
        assertEquals(0.5, nextDoorSeen / (double) nextDoor, 0.06, nextDoorSeen + " of " + nextDoor + " next door");
    }

    @Test
    void publicityReachesItsNumberOfHouseholds() {
        Parameters p = params("daytime_worker_share", 0.0, "patrol_share", 0.0, "publicity_share", 1.0, "prevention_orientation", 1.0,
            "morale_base", 1.0, "quota_pressure", 0.0, "roster_hours_per_day", 0.0, "assault_complaint_rate", 0.0,
            "households_per_publicity_hour", 10.0, "publicity_awareness_gain", 0.5);
        Beat beat = new Beat(p, 0);
        beat.work.beginDay(new double[4]);
        Officer o = beat.officers[0];
        int hour = 0;
        while (o.activity(hour) != Officer.PUBLICITY) {
            hour++;
        }
        beat.clock.hour = hour;
        beat.clock.step = hour;
        beat.work.hour();
        Stream ref = new Stream(1, "patrol").at(0, hour);
        assertEquals(10, ref.round(10.0));
        Set<Integer> reached = new HashSet<>();
        for (int k = 0; k < 10; k++) {
            int b = ref.nextInt(18); // a building of the beat, then a household of it (all at home here)
            reached.add(beat.city.hhStart[b] + ref.nextInt(beat.city.hhStart[b + 1] - beat.city.hhStart[b]));
        }
        for (int i = 0; i < 540; i++) {
            boolean raised = beat.h.awareness(i, 0) > beat.h.awarenessBase[i] + 1e-6;
            assertEquals(reached.contains(i), raised, "household " + i);
        }
        assertEquals(-1, o.position, "publicity is not a stop");
    }

    @Test
    void publicityAndEnforcementHours() {
        Parameters p = params("daytime_worker_share", 0.0, "patrol_share", 0.0, "publicity_share", 1.0, "prevention_orientation", 1.0,
            "morale_base", 1.0, "quota_pressure", 0.0, "roster_hours_per_day", 0.0, "assault_complaint_rate", 0.0,
            "households_per_publicity_hour", 10.0, "publicity_awareness_gain", 0.5);
        Beat beat = new Beat(p, 0);
        beat.dayOfHours();
        int raised = 0;
        for (int i = 0; i < beat.h.n; i++) {
            boolean reached = beat.h.awareness(i, 0) > beat.h.awarenessBase[i] + 1e-6;
            if (reached) {
                raised++;
            }
            assertEquals(reached, beat.h.lastSeenDay[i] == 0, "publicity is a contact: the household reached sees its officer");
        }
        int publicityHours = 0;
        for (Officer o : beat.officers) {
            for (int hour = 0; hour < 24; hour++) {
                publicityHours += o.activity(hour) == Officer.PUBLICITY ? 1 : 0;
            }
        }
        assertTrue(publicityHours > 0);
        assertTrue(raised > 0 && raised <= publicityHours * 10, "reached " + raised + " in " + publicityHours + " hours");
        assertTrue(raised > publicityHours * 10 * 0.7, "most reached households are distinct: " + raised);
        // enforcement inside the beat is presence without contact
        Parameters enforce = params("daytime_worker_share", 0.0, "prevention_orientation", 0.0, "morale_base", 1.0,
            "quota_pressure", 1.0, "quota_outside_share", 0.0, "roster_hours_per_day", 0.0, "assault_complaint_rate", 0.0,
            "officer_deterrence", 1.0);
        Beat e = new Beat(enforce, 0);
        e.work.beginDay(new double[4]);
        int enforceHour = -1;
        for (int hour = 0; hour < 24 && enforceHour < 0; hour++) {
            if (e.officers[0].activity(hour) == Officer.ENFORCE_IN) {
                enforceHour = hour;
            }
        }
        assertTrue(enforceHour >= 0);
        e.clock.hour = enforceHour;
        e.clock.step = enforceHour;
        e.work.hour();
        int b = e.officers[0].position;
        assertTrue(b >= 0 && b < 18, "inside the beat: " + b);
        assertEquals(Guardianship.OFFICER, e.g.stoppedBy(b, false, 0, 1, 1, 1));
        for (int i = 0; i < e.h.n; i++) {
            assertTrue(e.h.lastSeenDay[i] < 0, "no contact");
        }
        e.clock.hour = 3;
        e.work.hour();
        assertEquals(-1, e.officers[0].position, "off duty at 3");
    }
}
