package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.commsafe.analysis.PairedComparison;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every library scenario moves the outcomes its header names in the direction its mechanism
 * implies, against the baseline on common random numbers: the 95% paired interval of the
 * difference excludes zero on the expected side.
 */
class ScenarioLibraryTest {
    static final int REPS = 16;
    static final int DAYS = 180;
    static List<RunResult> baseline;

    static List<RunResult> run(Scenario s) throws Exception {
        return Batch.run(s.withReplications(REPS).withDays(DAYS), Batch.defaultThreads(), null);
    }

    @BeforeAll
    static void runBaseline() throws Exception {
        baseline = run(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")));
    }

    @TestFactory
    Stream<DynamicTest> libraryDirections() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("scenarios"))) {
            s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (Path f : files) {
            Scenario s = ScenarioLoader.load(f);
            if (s.expectations().isEmpty()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(s.name(), () -> {
                List<RunResult> rs = run(s);
                StringBuilder failures = new StringBuilder();
                for (Map.Entry<SummaryMetric, Scenario.Direction> e : s.expectations().entrySet()) {
                    PairedComparison c = PairedComparison.of(baseline, rs, e.getKey());
                    boolean ok = e.getValue() == Scenario.Direction.INCREASE ? c.significantlyUp() : c.significantlyDown();
                    if (!ok) {
                        failures.append(String.format("%s expected to %s: baseline %.4f, scenario %.4f, diff %.4f [%.4f, %.4f]%n",
                            e.getKey().column(), e.getValue(), c.baselineMean(), c.scenarioMean(), c.difference(), c.low(), c.high()));
                    }
                }
                assertTrue(failures.length() == 0, s.name() + ":\n" + failures);
            }));
        }
        assertFalse(tests.size() < 15, "the library has at least 15 scenarios with expectations, found " + tests.size());
        return tests.stream();
    }
}
