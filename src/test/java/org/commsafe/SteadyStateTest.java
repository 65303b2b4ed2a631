package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.commsafe.analysis.Drift;
import org.commsafe.analysis.Mser;
import org.commsafe.cli.WarmupCommand;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.Metric;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Outcomes are read after the model has settled: for the baseline and every library scenario the
 * default burn-in is at or past the MSER-5 point of each warm-up series (or, where MSER-5 has no
 * minimum in the first half, the series is flat after the burn-in), and a five-year baseline's
 * means over 210-day blocks differ by less than their replication noise.
 */
class SteadyStateTest {
    static final int REPS = 8;

    static List<Metric> series() {
        return WarmupCommand.metrics(WarmupCommand.SERIES, System.err);
    }

    /** The warm-up verdict of one scenario, as `commsafe warmup` gives it, or "" when every series is ok. */
    static String verdict(Scenario s, int days) throws Exception {
        Scenario run = s.withDays(days - s.burnInDays()).withReplications(REPS);
        List<RunResult> rs = Batch.runFromDayZero(run, Batch.defaultThreads(), null);
        StringBuilder bad = new StringBuilder();
        for (Metric m : series()) {
            Mser.Result r = Mser.mser5(WarmupCommand.meanSeries(rs, m));
            WarmupCommand.Row row = WarmupCommand.row(m.column(), r, WarmupCommand.perReplication(rs, m), s.burnInDays(), series().size());
            if (!row.ok()) {
                bad.append(String.format("%s: MSER truncation %d, burn-in %d, bias/se %.2f, drift |z| %.2f (limit %.2f)%n",
                    m.column(), r.truncation(), s.burnInDays(), row.biasRatio(), row.driftZ(), row.driftLimit()));
            }
        }
        return bad.toString();
    }

    @TestFactory
    Stream<DynamicTest> defaultBurnInCoversTheWarmUp() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                Scenario s = ScenarioLoader.load(f);
                tests.add(DynamicTest.dynamicTest(s.name(), () -> {
                    String bad = verdict(s, WarmupCommand.defaultDays(s));
                    assertTrue(bad.isEmpty(), s.name() + " has not settled by its burn-in:\n" + bad);
                }));
            }
        }
        assertTrue(tests.size() >= 15, "library scenarios found: " + tests.size());
        return tests.stream();
    }

    @Test
    void fiveObservedYearsOfTheBaselineKeepTheirMeans() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        List<RunResult> rs = Batch.run(s.withDays(5 * 365).withReplications(10), Batch.defaultThreads(), null);
        // tolerance: no later block of 210 days (whole weeks and months) differs in mean from the first at
        // the 1% level (paired t over 10 replications, Bonferroni over the seven later blocks and the six
        // series): |z| < t(9, 1 - 0.01 / 84), about 5.9
        double limit = Drift.limit(10, 5 * 365, 0, Drift.BLOCK_DAYS, series().size());
        assertTrue(limit > 5.5 && limit < 6.5, "limit " + limit);
        for (Metric m : series()) {
            double z = Drift.maxZ(WarmupCommand.perReplication(rs, m), 0, Drift.BLOCK_DAYS);
            assertTrue(z < limit, m.column() + ": a later year differs from the first by " + z
                + " paired standard errors (limit " + limit + ")");
        }
    }

    @Test
    void driftIsCaughtWhenItIsThere() {
        // a series rising by 1% a year with little noise: flat it is not
        double[][] x = new double[6][5 * 365];
        for (int r = 0; r < x.length; r++) {
            for (int d = 0; d < x[r].length; d++) {
                x[r][d] = 1 + 0.01 * d / 365.0 + 0.001 * Math.sin(17.0 * r + d);
            }
        }
        assertTrue(Drift.maxZ(x, 0, Drift.BLOCK_DAYS) > 10 * Drift.limit(6, 5 * 365, 0, Drift.BLOCK_DAYS, 6));
    }
}
