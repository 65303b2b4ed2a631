package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commsafe.analysis.PairedComparison;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/**
 * The library test's false-positive rate: the baseline against itself on other seeds, replication
 * r against replication r, judged by the library test's own rule (the paired 95% interval of the
 * difference excludes zero) on every outcome a library scenario names. Under this null the
 * rejection rate should be near the nominal 5%; with the library's many expectations, a rule that
 * rejected much more often would make the library test's passes meaningless.
 */
class NullScenarioTest {
    static final int REPS = ScenarioLibraryTest.REPS;
    static final int DAYS = ScenarioLibraryTest.DAYS;
    static final int ARMS = 4;

    @Test
    void libraryRuleRejectsANullScenarioAtAboutItsNominalRate() throws Exception {
        Set<SummaryMetric> metrics = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(Path.of("scenarios"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                metrics.addAll(ScenarioLoader.load(f).expectations().keySet());
            }
        }
        Scenario base = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withReplications(REPS).withDays(DAYS);
        List<RunResult> a = Batch.run(base, Batch.defaultThreads(), null);
        int tests = 0;
        int rejections = 0;
        StringBuilder which = new StringBuilder();
        for (int arm = 1; arm <= ARMS; arm++) {
            List<RunResult> b = Batch.run(base.withSeed(base.seed() + 1000 * arm), Batch.defaultThreads(), null);
            for (SummaryMetric m : metrics) {
                double[] x = new double[REPS];
                double[] y = new double[REPS];
                for (int r = 0; r < REPS; r++) {
                    x[r] = m.compute(a.get(r));
                    y[r] = m.compute(b.get(r));
                }
                PairedComparison c = PairedComparison.of(m, x, y);
                if (Double.isNaN(c.low())) {
                    continue;
                }
                tests++;
                if (c.significantlyUp() || c.significantlyDown()) {
                    rejections++;
                    which.append(' ').append(m.column());
                }
            }
        }
        double rate = (double) rejections / tests;
        System.out.printf("null scenario: %d of %d tests rejected (%.3f; nominal 0.05):%s%n", rejections, tests, rate, which);
        assertTrue(tests >= 40, "tests " + tests);
        // Binomial(tests, 0.05) exceeds 0.12 with probability below 1% at these counts; outcomes are
        // correlated, which widens the spread, so the bound is a screen against gross miscalibration.
        assertTrue(rate <= 0.12, "false-positive rate " + rate + " of " + tests + " null tests:" + which);
    }
}
