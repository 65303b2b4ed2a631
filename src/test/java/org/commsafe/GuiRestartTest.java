package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.commsafe.charts.Labels;
import org.commsafe.gui.CommSafeWithUI;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GUI's start, restart and scenario loading without a screen (GUIState driven by hand). */
class GuiRestartTest {
    @TempDir
    Path dir;

    private Scenario scenario(String name, int burnIn, int gridWidth) throws Exception {
        Path f = dir.resolve(name + ".yaml");
        Files.writeString(f, "name: " + name + "\nreplications: 1\ndays: 5\nburn_in_days: " + burnIn + "\nparameters:\n"
            + "  grid_width: " + gridWidth + "\n  grid_height: 1\n  households_per_community: 300\n  households_per_officer: 300\n");
        return ScenarioLoader.load(f);
    }

    private static void stepDays(CommSafeWithUI gui, int days) {
        for (int i = 0; i < days * 24; i++) {
            gui.step();
        }
    }

    @Test
    void restartAfterChangingTheGridWidthBuildsTheNewCity() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(scenario("narrow", 3, 2), Labels.forLanguage("en", null));
        gui.start();
        stepDays(gui, 2);
        assertEquals(2, gui.model().city.communities);
        Parameters wider = ParameterSpace.with(gui.parameters(), "grid_width", 5);
        gui.setParameters(wider, false);
        assertEquals(2, gui.model().city.communities, "grid_width acts only at restart");
        gui.finish();
        gui.start();
        stepDays(gui, 2);
        assertEquals(5, gui.model().city.communities, "the restarted city has the new width");
        assertEquals(2 * 24, gui.model().schedule.getSteps());
        assertEquals(5, gui.stats.cityRow(), "the GUI's day statistics follow the new city: rows 0-4 the communities, 5 the city");
        gui.finish();
        gui.setParameters(ParameterSpace.with(gui.parameters(), "grid_width", 1), false);
        gui.start();
        stepDays(gui, 1);
        assertEquals(1, gui.model().city.communities, "and back to a narrower one");
    }

    @Test
    void loadingAScenarioTakesItsBurnInAndLevers() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(scenario("first", 3, 2), Labels.forLanguage("en", null));
        gui.start();
        stepDays(gui, 1);
        gui.finish();
        gui.loadScenario(scenario("second", 7, 3));
        gui.start();
        assertEquals(7, gui.model().burnInDays, "File > Load scenario takes the new burn-in");
        assertEquals(3, gui.model().params.gridWidth());
        stepDays(gui, 1);
        assertEquals(3, gui.model().city.communities);
    }

    @Test
    void theGuiRunStopsCleanlyAtItsLastDay() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(scenario("short", 2, 1), Labels.forLanguage("en", null), 4);
        gui.start();
        CommSafeModel m = gui.model();
        long steps = 0;
        while (gui.step()) {
            steps++;
            assertTrue(steps <= m.totalSteps(), "the schedule ends at the period's last hour");
        }
        assertEquals((2 + 4) * 24, m.totalSteps());
        assertEquals(m.totalSteps(), m.schedule.getSteps(), "every hour of burn-in and days, not one more");
        assertTrue(m.finished());
        assertEquals(4, gui.stats.day, "the last observed day");
        assertFalse(gui.step(), "stepping a finished run does nothing");
    }

    @Test
    void theModelDoesNotCrashPastItsLastDay() {
        CommSafeModel m = new CommSafeModel(7, ParameterSpace.with(ParameterSpace.with(Parameters.defaults(), "grid_width", 1),
            "grid_height", 1), 2, 3);
        m.start();
        int hours = 0;
        while (m.schedule.step(m)) {
            hours++;
        }
        assertEquals(m.totalSteps(), hours, "the schedule empties after burn-in + days");
        for (int i = 0; i < 24 * 10; i++) {
            m.hourStep(); // days past burn-in + days + 2 once crashed (arrays sized for the period)
        }
        assertEquals(m.totalSteps(), m.clock.step, "the clock stops at the end of the period");
    }
}
