package org.commsafe.costs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.ScenarioException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cost arithmetic against hand-computed values, Fieller's interval, the ranking, the loader's errors. */
class CostsTest {
    @TempDir
    Path tmp;

    static final String ITEMS = """
        currency: CNY
        price_year: 2022
        items:
          officers:
            lever: households_per_officer
            quantity: "max(1, round(households / households_per_officer))"
            unit: officer-year
            yuan: 176000
            source: "test"
          cameras:
            lever: public_cameras
            quantity: "public_cameras"
            unit: camera-year
            capital: 25000
            life_years: 6
            discount_rate: 0.03
            upkeep: 3500
            source: "test"
          watch:
            lever: watch_government_budget
            quantity: "watch_government_budget * 12 * communities"
            unit: yuan
            yuan: 1
            source: "test"
          subsidy:
            lever: tech_defence_subsidy
            quantity: "tech_defence_subsidy / max(tech_defence_cost, 0.01) * households * out.tech_adoption_share"
            unit: home-year
            capital: 1500
            life_years: 5
            discount_rate: 0
            source: "test"
        harm:
          unit: days
          weights:
            burglary: {weight: 183, source: "test"}
            vehicle_theft: {weight: 30, source: "test"}
            fraud: {weight: 135, source: "test"}
        """;

    CostModel model(String text) throws Exception {
        Path f = tmp.resolve("c" + System.nanoTime() + ".yaml");
        Files.writeString(f, text);
        return CostModel.load(f);
    }

    static double[] summary() {
        return new double[SummaryMetric.values().length];
    }

    @Test
    void yearlyCostMatchesHandArithmetic() throws Exception {
        CostModel m = model(ITEMS);
        Map<String, Object> p = ParameterSpace.toMap(ParameterSpace.defaults());
        // defaults: 4 x 4 communities of 3,000 households, 3,000 per officer, 32 cameras, 500 yuan a month, no subsidy
        double[] s = summary();
        s[SummaryMetric.TECH_ADOPTION_SHARE.ordinal()] = 0.1;
        double annuity = 0.03 / (1 - Math.pow(1.03, -6)); // 0.1845975
        assertEquals(0.1845975, annuity, 1e-7);
        double cameras = 32 * (25000 * 0.1845975 + 3500); // 32 x 8,114.94 = 259,678.0
        double expected = 16 * 176000 + cameras + 500 * 12 * 16 + 0;
        assertEquals(expected, m.yearly(CostModel.variables(p, s)), 1.0);
        assertEquals(2_816_000 + 259_678 + 96_000, m.yearly(CostModel.variables(p, s)), 1.0);

        Map<String, Object> q = new LinkedHashMap<>(p);
        q.put("households_per_officer", 1000); // 48 officers: 32 more
        q.put("tech_defence_subsidy", 1.0); // full cost: 48,000 x 0.1 homes x 1,500 / 5 years
        double policy = m.yearly(CostModel.variables(q, s));
        assertEquals(32 * 176000 + 4800 * 300.0, policy - m.yearly(CostModel.variables(p, s)), 1e-6);
        Map<String, Double> parts = m.breakdown(CostModel.variables(q, s));
        assertEquals(48 * 176000.0, parts.get("officers"), 1e-9);
        assertEquals(1_440_000.0, parts.get("subsidy"), 1e-6);
    }

    @Test
    void harmWeightsTheCrimeTypes() throws Exception {
        CostModel m = model(ITEMS);
        double[] s = summary();
        s[SummaryMetric.BURGLARY_PER_1000.ordinal()] = 5;
        s[SummaryMetric.VEHICLE_THEFT_PER_1000.ordinal()] = 10;
        s[SummaryMetric.FRAUD_PER_1000.ordinal()] = 2;
        assertEquals(5 * 183 + 10 * 30 + 2 * 135, m.harmPer1000(s), 1e-9);
    }

    @Test
    void theCityFileLoadsAndPricesEveryLeverItSearches() throws Exception {
        CostModel m = CostModel.load(Path.of("scenarios/costs/city.yaml"));
        assertTrue(m.levers().size() >= 4);
        assertEquals(3, m.harm().size());
        for (CostModel.Item it : m.items()) {
            assertFalse(it.source().isBlank(), it.name());
        }
    }

    @Test
    void fiellerInvertsTheEffectIntervalWhenTheCostIsFixed() {
        double a = 1000;
        double b = 20;
        double vbb = 16; // se 4
        int df = 9;
        double t = new org.apache.commons.math3.distribution.TDistribution(df).inverseCumulativeProbability(0.975);
        Ratio r = Ratio.fieller(a, b, 0, vbb, 0, df);
        assertTrue(r.bounded());
        assertEquals(50, r.estimate(), 1e-12);
        assertEquals(a / (b + t * 4), r.low(), 1e-9);
        assertEquals(a / (b - t * 4), r.high(), 1e-9);
        // the effect's interval includes 0: any ratio is compatible
        Ratio u = Ratio.fieller(a, 2, 0, vbb, 0, df);
        assertFalse(u.bounded());
        assertTrue(u.text().endsWith("[unbounded]"));
    }

    @Test
    void pairedRatioUsesTheReplicationDifferences() {
        double[] cost = {100, 100, 100, 100};
        double[] effect = {1, 2, 3, 2};
        Ratio r = Ratio.paired(cost, effect);
        assertEquals(50, r.estimate(), 1e-12);
        // sd of effect = sqrt(2/3); se = sqrt(2/3)/2
        Ratio same = Ratio.fieller(100, 2, 0, (2.0 / 3) / 4, 0, 3);
        assertEquals(same.low(), r.low(), 1e-9);
        assertEquals(same.high(), r.high(), 1e-9);
    }

    @Test
    void costEffectOfPairedSides() throws Exception {
        CostModel m = model(ITEMS);
        Map<String, Object> p = ParameterSpace.toMap(ParameterSpace.defaults());
        Map<String, Object> q = new LinkedHashMap<>(p);
        q.put("households_per_officer", 1000);
        long[] seeds = {1, 2, 3};
        List<double[]> a = new ArrayList<>();
        List<double[]> b = new ArrayList<>();
        double[] va = {20, 22, 18};
        double[] vb = {15, 16, 14}; // 5, 6, 4 fewer per 1,000 households: x 48 = 240, 288, 192 crimes
        for (int i = 0; i < 3; i++) {
            double[] x = summary();
            x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] = va[i];
            x[SummaryMetric.BURGLARY_PER_1000.ordinal()] = va[i];
            a.add(x);
            double[] y = summary();
            y[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] = vb[i];
            y[SummaryMetric.BURGLARY_PER_1000.ordinal()] = vb[i];
            b.add(y);
        }
        CostEffect.Side base = new CostEffect.Side("baseline", p, seeds, a);
        CostEffect.Side pol = new CostEffect.Side("more-officers", q, seeds, b);
        CostEffect.Row r = CostEffect.of(m, base, List.of(pol)).get(0);
        assertTrue(r.paired());
        assertEquals(32 * 176000.0, r.cost().mean(), 1e-6);
        assertEquals(240, r.crimes().mean(), 1e-9);
        assertEquals(240 * 183, r.harm().mean(), 1e-9);
        assertEquals(32 * 176000.0 / 240, r.perCrime().estimate(), 1e-9);
        assertEquals(32 * 176000.0 / (240 * 183), r.perHarm().estimate(), 1e-9);
        assertTrue(r.perCrime().bounded());
        assertTrue(r.perCrime().low() < r.perCrime().estimate() && r.perCrime().estimate() < r.perCrime().high());
        assertTrue(CostEffect.csv(List.of(r)).contains("more-officers"));
    }

    @Test
    void frontierDropsDominatedAndExtendedlyDominatedPolicies() {
        List<CostEffect.Row> rows = new ArrayList<>();
        rows.add(row("A", 100, 10)); // ICER 10
        rows.add(row("B", 300, 15)); // ICER vs A 40, but C beats it: extended dominance
        rows.add(row("C", 400, 30)); // ICER vs A 15
        rows.add(row("D", 500, 20)); // dominated by C
        List<CostEffect.Step> f = CostEffect.frontier("baseline", rows);
        assertEquals(List.of("baseline", "A", "C"), f.stream().map(CostEffect.Step::name).toList());
        assertEquals(10, f.get(1).icer(), 1e-12);
        assertEquals(15, f.get(2).icer(), 1e-12);
    }

    private static CostEffect.Row row(String name, double cost, double harm) {
        CostEffect.Interval c = new CostEffect.Interval(cost, cost, cost);
        CostEffect.Interval h = new CostEffect.Interval(harm, harm, harm);
        Ratio r = new Ratio(cost / harm, cost / harm, cost / harm, true);
        return new CostEffect.Row(name, 1, true, null, c, h, h, h, r, r, r, c, h, h, h);
    }

    @Test
    void loaderNamesFileLineAndKey() throws Exception {
        ScenarioException e = assertThrows(ScenarioException.class, () -> model(ITEMS.replace("quantity: \"public_cameras\"",
            "quantity: \"public_camera\"")));
        assertTrue(e.describe().matches(".*:\\d+: key 'quantity': unknown name 'public_camera' \\(did you mean 'public_cameras'\\?\\).*"),
            e.describe());
        e = assertThrows(ScenarioException.class, () -> model(ITEMS.replace("yuan: 176000", "yuen: 176000")));
        assertTrue(e.describe().contains(":8: key 'yuen': unknown key in a cost item (did you mean 'yuan'?)"), e.describe());
        e = assertThrows(ScenarioException.class, () -> model(ITEMS + "levers:\n  awareness_campaign: {min: 0, max: 0.2}\n"));
        assertTrue(e.describe().contains("key 'awareness_campaign': no item's quantity reads this lever"), e.describe());
        e = assertThrows(ScenarioException.class, () -> model(ITEMS.replace("    fraud: {weight: 135, source: \"test\"}\n", "")));
        assertTrue(e.describe().contains("no weight for crime type 'fraud'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> model(ITEMS.replace("households / households_per_officer", "households / (")));
        assertTrue(e.describe().contains("key 'quantity'"), e.describe());
        e = assertThrows(ScenarioException.class, () -> model(ITEMS.replace("quantity: \"public_cameras\"",
            "quantity: \"out.victimisation_per_100\"")));
        assertTrue(e.describe().contains("did you mean 'out.victimisation_per_1000'"), e.describe());
    }

    @Test
    void expressionsFollowArithmeticPrecedence() throws Exception {
        Expr e = Expr.parse("2 + 3 * x ^ 2 - -1 + min(4, y) / 2 + step(0) + step(0.5) + ceil(1.2) + floor(1.8) + abs(-3)");
        double v = e.eval(n -> n.equals("x") ? 2 : 10);
        assertEquals(2 + 3 * 4 + 1 + 2 + 0 + 1 + 2 + 1 + 3, v, 1e-12);
        assertArrayEquals(new String[] {"x", "y"}, e.names().toArray());
        assertThrows(Expr.SyntaxException.class, () -> Expr.parse("exec(1)"));
        assertThrows(Expr.SyntaxException.class, () -> Expr.parse("1 +"));
        assertThrows(Expr.SyntaxException.class, () -> Expr.parse("min(1)"));
    }

    @Test
    void categoricalLeversAndIndicators() throws Exception {
        String costs = """
            items:
              layout:
                lever: camera_layout
                quantity: "camera_layout.hotspot * public_cameras + 3 * camera_layout.uniform"
                unit: camera-year of hot-spot analysis
                yuan: 500
                source: "test"
            levers:
              camera_layout: {values: [random, hotspot, uniform]}
            """;
        CostModel m = model(costs);
        Map<String, Object> p = ParameterSpace.toMap(ParameterSpace.defaults());
        assertEquals(0, m.yearly(CostModel.variables(p, null)), 0);
        p.put("camera_layout", "HOTSPOT");
        assertEquals(500.0 * ((Number) p.get("public_cameras")).doubleValue(), m.yearly(CostModel.variables(p, null)), 1e-9);
        p.put("camera_layout", org.commsafe.model.CameraLayout.UNIFORM);
        assertEquals(1500, m.yearly(CostModel.variables(p, null)), 1e-9);
        CostModel.Lever lv = m.levers().get(0);
        assertEquals(2, lv.coordinate(org.commsafe.model.CameraLayout.UNIFORM));
        assertEquals(-1, lv.coordinate(org.commsafe.model.CameraLayout.NONE));
        assertEquals(org.commsafe.model.CameraLayout.HOTSPOT, lv.value(1));
        assertEquals("camera_layout in [RANDOM, HOTSPOT, UNIFORM]", lv.describe());
        // errors name the line and the key
        String[][] bad = {
            {"[random, hotspot, uniform]", "[random, hotspt]", ":9: key 'camera_layout': expected one of NONE"},
            {"[random, hotspot, uniform]", "[random, random]", ":9: key 'camera_layout': value 'RANDOM' is listed twice"},
            {"[random, hotspot, uniform]", "[random]", ":9: key 'camera_layout': needs at least two values"},
            {"{values: [random, hotspot, uniform]}", "{min: 0, max: 1}", ":9: key 'camera_layout': a categorical parameter is searched"},
            {"camera_layout.hotspot * public", "camera_layout.hotspt * public", ":4: key 'quantity': 'camera_layout.hotspt'"},
            {"camera_layout.hotspot * public", "camera_layout * public", ":4: key 'quantity': parameter 'camera_layout' is not a number"},
            {"  camera_layout: {values", "  patrol_strategy: {values", ":9: key 'patrol_strategy': no item's quantity reads this lever"},
        };
        for (String[] b : bad) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> model(costs.replace(b[0], b[1])), b[1]);
            assertTrue(e.describe().contains(b[2]), b[1] + ": " + e.describe());
        }
    }
}
