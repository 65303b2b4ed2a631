package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.City;
import org.commsafe.model.District;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.model.process.HumanDefence;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** Human defence: gated compounds, guards and property management as guardians, on common random numbers. */
class HumanDefenceTest {
    static final int REPS = 4;
    static final int BURN_IN = 60;
    static final int DAYS = 180;

    /** Busier than the baseline so that a few replications see enough crime. */
    static Parameters city(Map<String, Object> changes) {
        Parameters p = TestCities.small(Map.of("offender_entry_rate", 0.48));
        return ParameterSpace.with(p, changes);
    }

    static double sum(List<RunResult> rs, Metric m, int row) {
        double t = 0;
        for (RunResult r : rs) {
            for (double[][] day : r.daily()) {
                t += day[row < 0 ? r.communities() : row][m.ordinal()];
            }
        }
        return t;
    }

    static double spatialCrime(List<RunResult> rs, int row) {
        return sum(rs, Metric.BURGLARIES, row) + sum(rs, Metric.VEHICLE_THEFTS, row);
    }

    /** The columns human defence adds to every row (its own state and cost): the rest must match. */
    static final Set<Metric> OWN = Set.of(Metric.GATED_COMPOUNDS, Metric.GUARDS_ON_DUTY, Metric.PROPERTY_MANAGED,
        Metric.HUMAN_DEFENCE_COST);

    static void sameNumbers(List<RunResult> a, List<RunResult> b) {
        for (int r = 0; r < a.size(); r++) {
            for (int d = 0; d < a.get(r).days(); d++) {
                double[][] x = a.get(r).daily()[d];
                double[][] y = b.get(r).daily()[d];
                for (int row = 0; row < x.length; row++) {
                    for (Metric m : Metric.all()) {
                        if (!OWN.contains(m)) {
                            assertEquals(x[row][m.ordinal()], y[row][m.ordinal()], 0, m.column() + " day " + d + " row " + row);
                        }
                    }
                }
            }
        }
    }

    @Test
    void guardiansWithNoEffectMoveNoNumber() {
        // gates that turn nobody away, guards who deter nobody, upkeep that changes nothing: the same city, number for number
        List<RunResult> none = TestCities.run(city(Map.of()), 2, BURN_IN, 60);
        List<RunResult> inert = TestCities.run(city(Map.of("gated_share", 1.0, "gate_deterrence", 0.0,
            "guards_per_community", 5.0, "guard_deterrence", 0.0, "property_management_share", 1.0,
            "property_management_lock_effect", 0.0, "property_management_reporting_gain", 0.0)), 2, BURN_IN, 60);
        sameNumbers(none, inert);
        assertEquals(4, inert.get(0).daily()[0][4][Metric.GATED_COMPOUNDS.ordinal()]);
        assertEquals(0, sum(inert, Metric.DETERRED_BY_GATE, -1) + sum(inert, Metric.DETERRED_BY_GUARD, -1));
    }

    @Test
    void aGatedCompoundTurnsOutsidersAwayAndHasLessCrime() {
        District gatedFirst = new District(List.of(community("compound", Map.of(District.Column.GATED, 1.0))));
        List<RunResult> open = TestCities.run(city(Map.of()), REPS, BURN_IN, DAYS);
        List<RunResult> gated = TestCities.run(city(Map.of()).withDistrict(gatedFirst), REPS, BURN_IN, DAYS);
        assertTrue(sum(gated, Metric.DETERRED_BY_GATE, 0) > 0, "the gate turned some offenders away");
        assertEquals(0, sum(gated, Metric.DETERRED_BY_GATE, 1), "communities without a gate turn nobody away");
        assertTrue(spatialCrime(gated, 0) < spatialCrime(open, 0),
            "burglary and vehicle theft in the compound: " + spatialCrime(gated, 0) + " vs " + spatialCrime(open, 0) + " open");
    }

    @Test
    void residentsOffendersAreInsideTheGateAlready() {
        // one community: every offender lives in it, so its gate turns nobody away
        Parameters p = city(Map.of("grid_width", 1, "grid_height", 1, "gated_share", 1.0));
        List<RunResult> rs = TestCities.run(p, 2, BURN_IN, 90);
        assertTrue(sum(rs, Metric.SPATIAL_ATTEMPTS, -1) > 0);
        assertEquals(0, sum(rs, Metric.DETERRED_BY_GATE, -1));
    }

    @Test
    void moreGuardsStopMoreAttemptsAndCutCrime() {
        List<RunResult> none = TestCities.run(city(Map.of()), REPS, BURN_IN, DAYS);
        List<RunResult> few = TestCities.run(city(Map.of("guards_per_community", 1.0)), REPS, BURN_IN, DAYS);
        List<RunResult> many = TestCities.run(city(Map.of("guards_per_community", 6.0)), REPS, BURN_IN, DAYS);
        assertEquals(0, sum(none, Metric.DETERRED_BY_GUARD, -1));
        assertTrue(sum(few, Metric.DETERRED_BY_GUARD, -1) > 0);
        assertTrue(sum(many, Metric.DETERRED_BY_GUARD, -1) > sum(few, Metric.DETERRED_BY_GUARD, -1));
        assertTrue(spatialCrime(many, -1) < spatialCrime(none, -1),
            "spatial crime " + spatialCrime(many, -1) + " with 6 guards vs " + spatialCrime(none, -1) + " without");
    }

    @Test
    void guardPresenceRisesWithGuardsAndStaysAProbability() {
        assertEquals(0, HumanDefence.presence(0, 9, 50));
        double last = 0;
        for (double guards = 1; guards <= 400; guards *= 2) {
            double x = HumanDefence.presence(guards, 9, 50);
            assertTrue(x > last && x <= 1, guards + " guards: " + x);
            last = x;
        }
        assertEquals(9.0 / 100, HumanDefence.presence(1, 9, 100), 1e-12, "one guard is near 9 of 100 buildings at a time");
        assertEquals(1 - Math.pow(0.91, 3), HumanDefence.presence(3, 9, 100), 1e-12, "three guards at independent places");
        assertEquals(4.0 / 100, HumanDefence.presence(1, 4, 100), 1e-12, "a corner building has 4 places a guard near it can stand");
        assertEquals(1, HumanDefence.presence(1, 4, 4), "a community of 4 buildings is watched whole by one guard");
    }

    /** Guard presence by building: interior buildings more than edge ones, corners least; the community's mean is the share of time a building has a guard near. */
    @Test
    void guardPresenceFollowsTheBuildingsPlaceInItsCommunity() {
        Parameters p = TestCities.small(Map.of("guards_per_community", 3.0, "households_per_community", 3000)); // 10 x 10 buildings
        City city = new City(p);
        HumanDefence h = new HumanDefence(p, city, new Stream(1, "city.compounds"));
        int side = (int) Math.round(Math.sqrt(city.buildings(0)));
        int first = city.firstBuilding(0);
        double corner = h.guardPresence[first];
        double edge = h.guardPresence[first + 1];
        double inside = h.guardPresence[first + side + 1];
        assertTrue(corner < edge && edge < inside, corner + " < " + edge + " < " + inside);
        assertEquals(HumanDefence.presence(3, 9, city.buildings(0)), inside, 1e-12);
    }

    @Test
    void propertyManagementPreventsForcedEntriesAndRaisesReporting() {
        List<RunResult> none = TestCities.run(city(Map.of()), REPS, BURN_IN, DAYS);
        List<RunResult> managed = TestCities.run(city(Map.of("property_management_share", 1.0)), REPS, BURN_IN, DAYS);
        assertEquals(0, sum(none, Metric.PREVENTED_BY_PROPERTY_MANAGEMENT, -1));
        assertTrue(sum(managed, Metric.PREVENTED_BY_PROPERTY_MANAGEMENT, -1) > 0);
        double rateNone = TestCities.mean(none, SummaryMetric.REPORTING_RATE);
        double rateManaged = TestCities.mean(managed, SummaryMetric.REPORTING_RATE);
        assertTrue(rateManaged > rateNone, "reporting " + rateManaged + " managed vs " + rateNone);
        // the upkeep acts on forced entries only: switched off, the forced entries it prevented are not counted
        List<RunResult> noUpkeep = TestCities.run(city(Map.of("property_management_share", 1.0,
            "property_management_lock_effect", 0.0)), REPS, BURN_IN, DAYS);
        assertEquals(0, sum(noUpkeep, Metric.PREVENTED_BY_PROPERTY_MANAGEMENT, -1));
    }

    @Test
    void sharesAddCompoundsWithoutMovingOthers() {
        Parameters p = city(Map.of());
        City city = new City(ParameterSpace.with(p, Map.of("grid_width", 10, "grid_height", 10)));
        Stream s = new Stream(3, "city.compounds");
        boolean[] before = null;
        for (double share : new double[] {0.1, 0.3, 0.6, 0.9}) {
            Parameters q = ParameterSpace.with(p, Map.of("grid_width", 10, "grid_height", 10, "gated_share", share));
            boolean[] now = new HumanDefence(q, city, s).gated.clone();
            int n = 0;
            for (int c = 0; c < now.length; c++) {
                n += now[c] ? 1 : 0;
                assertTrue(before == null || !before[c] || now[c], "a compound at a lower share stays gated");
            }
            assertEquals(share * 100, n, 15, "about " + share + " of 100 communities gated");
            before = now;
        }
    }

    @Test
    void costFollowsGatesGuardsAndFees() {
        Parameters p = city(Map.of()).withDistrict(new District(List.of(
            community("compound", Map.of(District.Column.GATED, 1.0, District.Column.GUARDS, 3.0,
                District.Column.PROPERTY_MANAGEMENT, 1.0)))));
        List<RunResult> rs = TestCities.run(p, 1, 5, 10);
        double expected = p.gateCost() + 3 * p.guardCost() + p.propertyManagementFee() * 1500;
        assertEquals(expected, SummaryMetric.HUMAN_DEFENCE_COST.compute(rs.get(0)), 1e-6 * expected);
        double[][] day = rs.get(0).daily()[0];
        assertArrayEquals(new double[] {1, 3, 1}, new double[] {day[0][Metric.GATED_COMPOUNDS.ordinal()],
            day[0][Metric.GUARDS_ON_DUTY.ordinal()], day[0][Metric.PROPERTY_MANAGED.ordinal()]});
        assertEquals(0, day[1][Metric.HUMAN_DEFENCE_COST.ordinal()], "the other communities have none");
    }

    static District.Community community(String name, Map<District.Column, Double> set) {
        double[] v = new double[District.Column.values().length];
        Arrays.fill(v, Double.NaN);
        set.forEach((c, x) -> v[c.ordinal()] = x);
        return new District.Community(name, v);
    }
}
