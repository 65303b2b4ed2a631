package org.commsafe.costs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The optimiser on a synthetic objective with a known optimum: victimisation falls by 0.1 per
 * camera (1,000 yuan a year each) and by 0.0001 per yuan a month of watch budget (12 x 16 yuan a
 * year per yuan a month): per yuan, cameras are 1e-4 and the watch budget about 5e-7, so the best
 * use of any budget is cameras alone, as many as it buys (the bounds start at the defaults: no
 * lever may be cut to pay for another). Replication noise is shared by all
 * mixes (common random numbers) plus a small mix-specific part.
 */
class OptimiserTest {
    @TempDir
    Path tmp;

    static final String COSTS = """
        items:
          cameras:
            lever: public_cameras
            quantity: "public_cameras"
            unit: camera-year
            yuan: 1000
            source: "test"
          watch:
            lever: watch_government_budget
            quantity: "watch_government_budget * 12 * communities"
            unit: yuan
            yuan: 1
            source: "test"
        levers:
          public_cameras: {min: 32, max: 300}
          watch_government_budget: {min: 500, max: 20000}
        """;

    CostModel model() throws Exception {
        Path f = tmp.resolve("costs.yaml");
        Files.writeString(f, COSTS);
        return CostModel.load(f);
    }

    static final AtomicInteger CALLS = new AtomicInteger();

    static double[] synthetic(Map<String, Object> levers, int rep) {
        CALLS.incrementAndGet();
        double cams = ((Number) levers.get("public_cameras")).doubleValue();
        double watch = ((Number) levers.get("watch_government_budget")).doubleValue();
        double shared = Math.sin(rep * 12.9898) * 3; // the replication's draw: the same for every mix
        double own = Math.sin(rep * 78.233 + cams * 0.37 + watch * 0.011) * 0.05; // mix-specific, small
        double[] s = new double[SummaryMetric.values().length];
        s[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] = 100 - 0.1 * cams - 0.0001 * watch + shared + own;
        return s;
    }

    Optimiser optimiser(CostModel m, int threads) {
        return new Optimiser(m, ParameterSpace.toMap(ParameterSpace.defaults()), OptimiserTest::synthetic,
            x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()],
            new Optimiser.Settings(new double[] {50_000, 120_000}, 8, 2, 7, threads), null);
    }

    @Test
    void findsTheKnownOptimumOfEachBudget() throws Exception {
        Optimiser.Result r = optimiser(model(), 2).run(tmp.resolve("a"));
        // defaults: 32 cameras and 500 yuan a month; 50,000 buys 50 more cameras, 120,000 buys 120 more
        assertArrayEquals(new double[] {82, 500}, r.best().get(0).candidate().x);
        assertArrayEquals(new double[] {152, 500}, r.best().get(1).candidate().x);
        Optimiser.Best b = r.best().get(0);
        assertTrue(b.objective().length >= 16, "the best gets 2 x 2^halvings replications: " + b.objective().length);
        for (Optimiser.Candidate c : r.candidates()) {
            assertTrue(c.dropped || c.cost - r.baselineCost() <= (c.budget == 0 ? 50_000 : 120_000) + 1e-6, c.origin);
        }
    }

    @Test
    void resumeGivesIdenticalResults() throws Exception {
        CostModel m = model();
        Optimiser.Result whole = optimiser(m, 1).run(tmp.resolve("whole"));
        // a run stopped part-way: keep the first half of its log and a line cut short
        Path dir = tmp.resolve("stopped");
        Files.createDirectories(dir);
        List<String> lines = Files.readAllLines(tmp.resolve("whole").resolve(Optimiser.LOG));
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < lines.size() / 2; i++) {
            part.append(lines.get(i)).append('\n');
        }
        part.append(lines.get(lines.size() / 2), 0, 30);
        Files.writeString(dir.resolve(Optimiser.LOG), part.toString());
        int before = CALLS.get();
        Optimiser.Result resumed = optimiser(m, 2).run(dir);
        int rerun = CALLS.get() - before;
        assertTrue(rerun > 0 && rerun < whole.runs(), "resume reruns only the missing runs: " + rerun + " of " + whole.runs());
        assertEquals(whole.baselineCost(), resumed.baselineCost());
        assertArrayEquals(whole.baselineObjective(), resumed.baselineObjective());
        for (int b = 0; b < whole.best().size(); b++) {
            assertArrayEquals(whole.best().get(b).candidate().x, resumed.best().get(b).candidate().x);
            assertArrayEquals(whole.best().get(b).objective(), resumed.best().get(b).objective());
            assertArrayEquals(whole.best().get(b).cost(), resumed.best().get(b).cost());
        }
        assertEquals(whole.candidates().size(), resumed.candidates().size());
        for (int i = 0; i < whole.candidates().size(); i++) {
            assertArrayEquals(whole.candidates().get(i).x, resumed.candidates().get(i).x);
            assertEquals(whole.candidates().get(i).objective, resumed.candidates().get(i).objective);
            assertEquals(whole.candidates().get(i).note, resumed.candidates().get(i).note);
        }
        // and a finished one resumes without a single run
        before = CALLS.get();
        optimiser(m, 2).run(dir);
        assertEquals(before, CALLS.get());
    }

    @Test
    void robustnessKeepsABestThatNoAssumptionMoves() throws Exception {
        CostModel m = model();
        Optimiser opt = optimiser(m, 2);
        Optimiser.Result r = opt.run(tmp.resolve("r"));
        List<Robustness.Finalist> fin = new java.util.ArrayList<>();
        fin.add(new Robustness.Finalist(0, "best", r.best().get(0).candidate().x));
        fin.add(new Robustness.Finalist(0, "watch alone", new double[] {32, 500 + 50_000 / 192.0}));
        Map<String, Object> base = ParameterSpace.toMap(ParameterSpace.defaults());
        Robustness rob = new Robustness(m, base, opt, OptimiserTest::synthetic, x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()],
            null);
        assertTrue(rob.assumed().size() > 50, "the assumed parameters: " + rob.assumed().size());
        List<Robustness.Row> rows = rob.run(tmp.resolve("r"), fin, new double[] {50_000}, new double[] {32, 500}, 4, 2, 7, 2);
        assertEquals(4, rows.get(0).best());
        assertEquals(0, rows.get(0).worstRegret(), 1e-9);
        assertEquals(0, rows.get(1).best());
        assertTrue(rows.get(1).worstRegret() > 4, "cameras beat the watch budget by about 5 per 1,000: " + rows.get(1).worstRegret());
        assertEquals(4, rows.get(1).feasible());
    }

    /**
     * A categorical lever: camera_layout among RANDOM (the default), UNIFORM and HOTSPOT. HOTSPOT
     * costs 2,000 yuan a year more (planning), UNIFORM nothing; HOTSPOT lowers victimisation by
     * 8 and UNIFORM by 2 (per 1,000), a camera by 0.1. With 50,000 yuan the best is HOTSPOT with
     * the 48,000 left on cameras (32 + 48 = 80: 100 - 8 - 8 = 84), ahead of UNIFORM with 82
     * cameras (89.8) and RANDOM with 82 (91.8).
     */
    static final String LAYOUT_COSTS = """
        items:
          cameras:
            lever: public_cameras
            quantity: "public_cameras"
            unit: camera-year
            yuan: 1000
            source: "test"
          layout:
            lever: camera_layout
            quantity: "camera_layout.hotspot"
            unit: hot-spot planning a year
            yuan: 2000
            source: "test"
        levers:
          public_cameras: {min: 32, max: 300}
          camera_layout: {values: [random, uniform, hotspot]}
        """;

    static double[] layoutSynthetic(Map<String, Object> levers, int rep) {
        double cams = ((Number) levers.get("public_cameras")).doubleValue();
        String layout = String.valueOf(levers.get("camera_layout"));
        double gain = layout.equals("HOTSPOT") ? 8 : layout.equals("UNIFORM") ? 2 : 0;
        double shared = Math.sin(rep * 12.9898) * 3;
        double own = Math.sin(rep * 78.233 + cams * 0.37 + gain) * 0.05;
        double[] s = new double[SummaryMetric.values().length];
        s[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] = 100 - 0.1 * cams - gain + shared + own;
        return s;
    }

    @Test
    void picksTheBestCategoryOfACategoricalLever() throws Exception {
        Path f = tmp.resolve("layout.yaml");
        Files.writeString(f, LAYOUT_COSTS);
        CostModel m = CostModel.load(f);
        CostModel.Lever layout = m.levers().get(1);
        assertTrue(layout.categorical() && layout.integer());
        assertEquals(List.of("RANDOM", "UNIFORM", "HOTSPOT"), layout.values());
        Optimiser opt = new Optimiser(m, ParameterSpace.toMap(ParameterSpace.defaults()), OptimiserTest::layoutSynthetic,
            x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()], new Optimiser.Settings(new double[] {50_000, 1_000}, 6, 2, 7, 2),
            null);
        Optimiser.Result r = opt.run(tmp.resolve("layout"));
        assertEquals(List.of("80", "HOTSPOT"), opt.format(r.best().get(0).candidate().x));
        // 1,000 yuan buys one camera or no hot-spot planning: UNIFORM (free) with 33 cameras
        assertEquals(List.of("33", "UNIFORM"), opt.format(r.best().get(1).candidate().x));
        assertEquals(50_000, r.best().get(0).candidate().estimatedCost, 1e-6);
        // every value was tried, and no candidate overspends (the switch to HOTSPOT costs 2,000)
        for (String v : List.of("RANDOM", "UNIFORM", "HOTSPOT")) {
            assertTrue(r.candidates().stream().anyMatch(c -> c.budget == 0 && opt.format(c.x).get(1).equals(v)), v);
        }
        for (Optimiser.Candidate c : r.candidates()) {
            assertTrue(c.cost - r.baselineCost() <= (c.budget == 0 ? 50_000 : 1_000) + 1e-6, c.origin);
        }
        assertEquals("HOTSPOT", opt.levers(r.best().get(0).candidate().x).get("camera_layout").toString());
        // the baseline's value must be listed: the search starts there
        Files.writeString(f, LAYOUT_COSTS.replace("[random, uniform, hotspot]", "[uniform, hotspot]"));
        Optimiser bad = new Optimiser(CostModel.load(f), ParameterSpace.toMap(ParameterSpace.defaults()), OptimiserTest::layoutSynthetic,
            x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()], new Optimiser.Settings(new double[] {50_000}, 6, 2, 7, 1), null);
        assertThrows(IllegalArgumentException.class, () -> bad.run(tmp.resolve("bad")));
    }

    static final String SWITCH_COSTS = """
        items:
          cameras:
            lever: public_cameras
            quantity: "public_cameras"
            unit: camera-year
            yuan: 1000
            source: "test"
          watch:
            lever: watch_government_budget
            quantity: "watch_government_budget * 12 * communities"
            unit: yuan
            yuan: 1
            source: "test"
          layout:
            lever: camera_layout
            quantity: "camera_layout.hotspot"
            unit: plan
            yuan: 0
            source: "test"
        levers:
          watch_government_budget: {min: 500, max: 1000}
          public_cameras: {min: 32, max: 300}
          camera_layout: {values: [random, hotspot]}
        """;

    /** The watch pays best up to its bound; then cameras, which pay 2.5 times as much at hot spots. */
    static double[] switchSynthetic(Map<String, Object> levers, int rep) {
        double cams = ((Number) levers.get("public_cameras")).doubleValue();
        double watch = ((Number) levers.get("watch_government_budget")).doubleValue();
        double perCamera = String.valueOf(levers.get("camera_layout")).equals("HOTSPOT") ? 0.05 : 0.02;
        double[] s = new double[SummaryMetric.values().length];
        s[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] = 100 - 0.02 * watch - perCamera * cams
            + Math.sin(rep * 12.9898) * 3 + Math.sin(rep * 78.233 + cams * 0.37 + watch * 0.011) * 0.01;
        return s;
    }

    /**
     * The best mix spends the watch to its bound, the rest on cameras, placed at hot spots: no
     * single-lever path reaches it (the layout switch alone, or the watch then the switch, leave
     * the cameras at 32), so it is found only by switching the layout of the structured mixes.
     */
    @Test
    void switchesTheCategoryOfEveryStructuredMix() throws Exception {
        Path f = tmp.resolve("switch.yaml");
        Files.writeString(f, SWITCH_COSTS);
        Optimiser opt = new Optimiser(CostModel.load(f), ParameterSpace.toMap(ParameterSpace.defaults()),
            OptimiserTest::switchSynthetic, x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()],
            new Optimiser.Settings(new double[] {150_000}, 0, 2, 7, 2), null);
        Optimiser.Result r = opt.run(tmp.resolve("switch"));
        // watch 500 -> 1000 costs 500 x 12 x 16 = 96,000; the remaining 54,000 buy 54 cameras
        assertEquals(List.of("1000", "86", "HOTSPOT"), opt.format(r.best().get(0).candidate().x), r.best().get(0).candidate().origin);
    }

    /**
     * Slurm-style: each stage split between shards 0/2 and 1/2 (in their own logs), collected
     * between stages, gives the same search and byte-identical logs as one unsharded run, with
     * every run done once.
     */
    @Test
    void shardedStagesGiveIdenticalResults() throws Exception {
        CostModel m = model();
        Optimiser.Result whole = optimiser(m, 2).run(tmp.resolve("whole"));
        Path dir = tmp.resolve("sharded");
        int before = CALLS.get();
        int[] ran = new int[2];
        Optimiser.Result collected = null;
        for (int round = 0; round < 50 && collected == null; round++) {
            for (int i = 0; i < 2; i++) {
                try {
                    optimiser(m, 1).mode(RunLog.Mode.shard(new org.commsafe.experiment.Shard(i, 2))).run(dir);
                } catch (RunLog.Pending p) {
                    ran[i] += p.ran;
                }
                assertTrue(!Files.exists(dir.resolve(Optimiser.LOG)), "shards never write the main log");
            }
            try {
                collected = optimiser(m, 1).mode(RunLog.Mode.COLLECT).run(dir);
            } catch (RunLog.Pending p) {
                assertTrue(p.missing > 0);
            }
        }
        assertTrue(collected != null, "the collected search finishes");
        assertEquals(whole.runs(), CALLS.get() - before, "every run once, none twice");
        assertTrue(ran[0] > 0 && ran[1] > 0 && Math.abs(ran[0] - ran[1]) < whole.runs() / 3, "both shards share the work: "
            + ran[0] + " and " + ran[1]);
        assertEquals(0, collected.runs(), "collect runs nothing");
        for (int b = 0; b < whole.best().size(); b++) {
            assertArrayEquals(whole.best().get(b).candidate().x, collected.best().get(b).candidate().x);
            assertArrayEquals(whole.best().get(b).objective(), collected.best().get(b).objective());
        }
        assertEquals(Files.readString(tmp.resolve("whole").resolve(Optimiser.LOG)), Files.readString(dir.resolve(Optimiser.LOG)));
        // a resumed (unsharded) run of the collected directory runs nothing and writes the same log
        before = CALLS.get();
        optimiser(m, 2).run(dir);
        assertEquals(before, CALLS.get());
        assertEquals(Files.readString(tmp.resolve("whole").resolve(Optimiser.LOG)), Files.readString(dir.resolve(Optimiser.LOG)));
    }
}
