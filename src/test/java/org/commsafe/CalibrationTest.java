package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.commsafe.experiment.Calibrator;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationTest {
    @TempDir
    Path dir;

    private Targets targets() throws Exception {
        Path f = dir.resolve("t.yaml");
        Files.writeString(f, """
            targets:
              cadre_forms_share: {min: 0.45, max: 0.55, source: "test: half the time on forms"}
            free:
              hours_per_form: {min: 0.5, max: 5.0}
            """);
        return Targets.load(f);
    }

    private Scenario tiny() {
        return new Scenario(null, "tiny", "", 2, 5, 30, 5, TestCities.small(Map.of("households_per_community", 600,
            "households_per_officer", 600)));
    }

    @Test
    void searchMovesTheFreeParameterToTheTarget() throws Exception {
        Calibrator.Result r = new Calibrator(tiny(), targets(), 2, null).run(dir.resolve("a"), 40, 1);
        // forms demand = 100 tasks x 2 forms / 21.75 days x h hours vs 40 cadre hours: half at h ~ 2.2
        assertTrue(r.values()[0] > 1.7 && r.values()[0] < 2.7, "hours_per_form " + r.values()[0]);
        assertTrue(r.loss() < 1, "loss " + r.loss());
    }

    @Test
    void resumedCalibrationEqualsUninterrupted() throws Exception {
        Path a = Files.createDirectories(dir.resolve("whole"));
        Calibrator.Result whole = new Calibrator(tiny(), targets(), 2, null).run(a, 16, 3);
        Path b = Files.createDirectories(dir.resolve("killed"));
        new Calibrator(tiny(), targets(), 2, null).run(b, 16, 3);
        // simulate a kill: keep the header and 6 evaluations, then half a line
        List<String> lines = Files.readAllLines(b.resolve(Calibrator.LOG));
        Files.write(b.resolve(Calibrator.LOG), lines.subList(0, 7));
        Files.writeString(b.resolve(Calibrator.LOG), lines.get(7).substring(0, 10), java.nio.file.StandardOpenOption.APPEND);
        Calibrator.Result resumed = new Calibrator(tiny(), targets(), 2, null).run(b, 16, 3);
        assertArrayEquals(whole.values(), resumed.values());
        assertEquals(whole.loss(), resumed.loss());
    }

    @Test
    void baselineMeetsTheSeedTargets() {
        // the check command on the shipped baseline: exit 0 only when every target is met
        int code = org.commsafe.cli.Main.execute("check", "scenarios/baseline.yaml",
            "--targets", "scenarios/targets/seed-city.yaml", "--reps", "10");
        assertEquals(0, code, "a seed target is missed: see the table printed above");
    }

    @Test
    void checkFailsWhenATargetIsMissed() {
        int code = org.commsafe.cli.Main.execute("check", "scenarios/baseline.yaml",
            "--targets", "scenarios/targets/seed-city.yaml", "--reps", "2", "--days", "60", "--set", "hours_per_form=0.5");
        assertEquals(1, code);
    }

    @Test
    void fixedParametersCannotBeCalibrated() throws Exception {
        Path f = dir.resolve("bad.yaml");
        Files.writeString(f, "targets:\n  reporting_rate: {min: 0.5, max: 0.7}\nfree:\n  households_per_officer: {min: 1000, max: 6000}\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> Targets.load(f));
        assertTrue(e.getMessage().contains("fixed by the seed"), e.getMessage());
        assertEquals(4, e.line());
    }
}
