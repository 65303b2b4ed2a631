package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.commsafe.charts.Labels;
import org.commsafe.gui.CommSafeWithUI;
import org.commsafe.gui.LeverProperties;
import org.commsafe.model.CameraLayout;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import sim.util.Interval;

/** The Model tab's levers without a screen: labels, sliders, live versus restart-only changes. */
class GuiLogicTest {
    private int index(LeverProperties p, String key) {
        int i = p.indexOf(key);
        if (i < 0) {
            throw new AssertionError("no lever " + key);
        }
        return i;
    }

    @Test
    void everyLeverIsListedWithUnitRangeAndSource() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), Labels.forLanguage("en", null));
        LeverProperties p = new LeverProperties(gui, gui.labels());
        int params = 0;
        int headings = 0;
        for (int i = 12; i < p.numProperties(); i++) {
            if (p.isReadWrite(i)) {
                params++;
            } else {
                headings++;
                assertTrue(p.getName(i).startsWith("\u2501\u2501 "), "a group heading: " + p.getName(i));
            }
        }
        assertEquals(ParameterSpace.specs().size(), params, "outcomes, then every parameter once");
        assertTrue(headings >= 5, "parameters are grouped under headings: " + headings);
        assertEquals("\u2501\u2501 Policy levers \u2501\u2501", p.getName(12), "the policy levers come first");
        int q = index(p, "quota_pressure");
        assertEquals("Quota pressure (0-1)", p.getName(q), "in words, not snake_case");
        assertTrue(p.getDomain(q) instanceof Interval, "a slider over the valid range");
        assertTrue(p.getDescription(q).contains("seed 1"), p.getDescription(q));
        assertTrue(p.getName(index(p, "households_per_officer")).endsWith("(restart)"));
        assertTrue(p.getName(index(p, "building_attractiveness_sd")).endsWith("(restart)"), "drawn when the city is built");
        assertTrue(!p.isReadWrite(0) && p.isReadWrite(q), "outcomes are read-only, levers editable");
    }

    @Test
    void liveLeversReachTheRunningModelAndRestartLeversWait() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), Labels.forLanguage("en", null));
        LeverProperties p = new LeverProperties(gui, gui.labels());
        p.setValue(index(p, "quota_pressure"), (Object) 0.9);
        assertEquals(0.9, gui.parameters().quotaPressure());
        assertEquals(0.9, gui.model().params.quotaPressure(), "live: the running model sees it at once");
        p.setValue(index(p, "households_per_officer"), (Object) 1000);
        assertEquals(1000, gui.parameters().householdsPerOfficer());
        assertEquals(3000, gui.model().params.householdsPerOfficer(), "restart-only: the running city keeps its officers");
        p.setValue(index(p, "quota_pressure"), (Object) 7.0);
        assertEquals(0.9, gui.parameters().quotaPressure(), "an out-of-range value is refused");
        p.setValue(index(p, "camera_layout"), (Object) CameraLayout.HOTSPOT.ordinal());
        assertEquals(CameraLayout.HOTSPOT, gui.parameters().cameraLayout());
    }

    @Test
    void outcomesShowCountsAsIntegersAndSharesAsPercentages() throws Exception {
        CommSafeWithUI gui = new CommSafeWithUI(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), Labels.forLanguage("en", null));
        LeverProperties p = new LeverProperties(gui, gui.labels());
        assertEquals("-", p.getValue(2), "no run yet: no reporting rate");
        int metrics = org.commsafe.metrics.Metric.all().length;
        double[][] rows = new double[gui.model().params.gridWidth() * gui.model().params.gridHeight() + 1][metrics];
        gui.stats.reset(rows.length - 1);
        double[] city = rows[rows.length - 1];
        city[org.commsafe.metrics.Metric.CRIMES_COMMITTED.ordinal()] = 7;
        city[org.commsafe.metrics.Metric.REPORTED.ordinal()] = 4;
        city[org.commsafe.metrics.Metric.MEDIAN_DAYS_SINCE_SIGHTING.ordinal()] = 4.5;
        gui.stats.record(10, rows);
        assertEquals("10", p.getValue(0), "Day 10, not 10.0");
        assertEquals("7", p.getValue(1));
        assertEquals("57.1%", p.getValue(2), "4 of 7 reported");
        assertEquals("4.50 days", p.getValue(5));
        Labels zh = Labels.forLanguage("zh", null);
        org.junit.jupiter.api.Assumptions.assumeTrue(zh.language.equals("zh"), "no CJK font");
        assertEquals("4.50 天", new LeverProperties(gui, zh).getValue(5), "Chinese units");
    }

    @Test
    void clickingACommunityShowsItsOwnLast30Days() {
        org.commsafe.gui.DayStats stats = new org.commsafe.gui.DayStats(2);
        int metrics = org.commsafe.metrics.Metric.all().length;
        for (int day = 1; day <= 40; day++) {
            double[][] rows = new double[3][metrics];
            rows[1][org.commsafe.metrics.Metric.CRIMES_COMMITTED.ordinal()] = 2;   // community 1: 2 a day
            rows[1][org.commsafe.metrics.Metric.REPORTED.ordinal()] = 1;
            rows[1][org.commsafe.metrics.Metric.SHARE_UNSEEN_10D.ordinal()] = day / 100.0;
            rows[0][org.commsafe.metrics.Metric.CRIMES_COMMITTED.ordinal()] = 5;   // community 0: another place
            stats.record(day, rows);
        }
        org.commsafe.gui.CommunityInfo c1 = new org.commsafe.gui.CommunityInfo(1, "c01", stats);
        assertEquals(60, c1.getCrimesLast30Days(), 1e-9, "30 days x 2, not 40 days, not community 0's");
        assertEquals(0.5, c1.getReportingRateLast30Days(), 1e-9);
        assertEquals(0.40, c1.getShareUnseen10Days(), 1e-9, "today's value");
        assertEquals("c01", c1.getName());
    }

    @Test
    void chineseLeverNames() throws Exception {
        Labels zh = Labels.forLanguage("zh", null);
        org.junit.jupiter.api.Assumptions.assumeTrue(zh.language.equals("zh"), "no CJK font");
        CommSafeWithUI gui = new CommSafeWithUI(ScenarioLoader.load(Path.of("scenarios/baseline.yaml")), zh);
        LeverProperties p = new LeverProperties(gui, zh);
        boolean found = false;
        for (int i = 0; i < p.numProperties(); i++) {
            found |= p.getName(i).startsWith("每名社区民警管辖户数") && p.getName(i).endsWith("（重启生效）");
        }
        assertTrue(found, "households_per_officer has its Chinese name");
    }
}
