package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.CaseQueue;
import org.commsafe.analysis.Stats;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.Metric;
import org.commsafe.model.City;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/** Small pieces with hand-checkable answers. */
class UnitsTest {
    @Test
    void caseQueueWorksHeadFirstAndSplitsPaperwork() {
        CaseQueue q = new CaseQueue();
        List<Integer> done = new ArrayList<>();
        CaseQueue.Completion c = (day, hh, off, comm, cam, u, v) -> done.add(hh);
        for (int i = 0; i < 40; i++) { // forces the ring to grow while wrapped
            q.add(1, 1, 2, 0, i, 0, 0, (byte) 0, 0.5, 0.5);
        }
        assertEquals(160, q.totalHours(), 1e-9);
        double[] spent = new double[2];
        q.work(5, spent, c);
        // case 0: statement 1 + investigation 1 (case work) + registers 2 (paperwork); then 1 hour of case 1's statement
        assertEquals(3, spent[0], 1e-9);
        assertEquals(2, spent[1], 1e-9);
        assertEquals(List.of(0), done.subList(0, 1));
        q.work(1000, spent, c);
        assertEquals(40, done.size());
        assertEquals(0, q.size());
        for (int i = 0; i < 40; i++) {
            assertEquals(i, done.get(i), "first in, first out");
        }
    }

    @Test
    void casesNeedingNoWorkCloseEvenWithoutHours() {
        CaseQueue q = new CaseQueue();
        List<Integer> done = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            q.add(0, 0, 0, 0, i, 0, 0, (byte) 0, 0.5, 0.5);
        }
        q.add(1, 0, 0, 0, 3, 0, 0, (byte) 0, 0.5, 0.5);
        double[] spent = new double[2];
        q.work(0, spent, (day, hh, off, comm, cam, u, v) -> done.add(hh));
        assertEquals(List.of(0, 1, 2), done, "zero-work cases close on a day with no case hours");
        assertEquals(1, q.size(), "a case that needs work waits for hours");
    }

    @Test
    void cityIsContiguousAndNeighboursAreLocal() {
        Parameters p = ParameterSpace.with(ParameterSpace.defaults(), Map.of("grid_width", 3, "grid_height", 2,
            "households_per_community", 1000, "households_per_building", 30));
        City city = new City(p);
        assertEquals(6000, city.households);
        assertEquals(34, city.buildings(0));
        for (int b = 0; b < city.buildings; b++) {
            assertTrue(city.hhStart[b + 1] > city.hhStart[b], "every building has households");
            for (int i = city.hhStart[b]; i < city.hhStart[b + 1]; i++) {
                assertEquals(b, city.householdBuilding[i]);
                assertEquals(city.buildingCommunity[b], city.communityOfHousehold(i));
            }
            for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
                int n = city.nb[k];
                int dx = Math.floorMod(city.buildingX[n] - city.buildingX[b], city.cellsWide);
                int dy = Math.floorMod(city.buildingY[n] - city.buildingY[b], city.cellsHigh);
                assertTrue(Math.min(dx, city.cellsWide - dx) <= 1 && Math.min(dy, city.cellsHigh - dy) <= 1, "local on the torus");
            }
        }
        assertEquals(1, city.communityDistance(0, 4));
        assertEquals(1, city.communityDistance(0, 5), "the torus: the short way round");
        City bounded = new City(ParameterSpace.with(p, Map.of("geometry", "BOUNDED")));
        assertEquals(2, bounded.communityDistance(0, 5));
        for (int b = 0; b < bounded.buildings; b++) {
            for (int k = bounded.nbStart[b]; k < bounded.nbStart[b + 1]; k++) {
                int n = bounded.nb[k];
                assertTrue(Math.abs(bounded.buildingX[n] - bounded.buildingX[b]) <= 1 && Math.abs(bounded.buildingY[n] - bounded.buildingY[b]) <= 1);
            }
        }
    }

    @Test
    void csvNumbersAreStable() {
        assertEquals("3", Csv.num(3.0));
        assertEquals("0.333333", Csv.num(1.0 / 3));
        assertEquals("-2.5", Csv.num(-2.5));
        assertEquals("0.1", Csv.num(0.1));
        assertEquals("NA", Csv.num(Double.NaN));
        assertEquals("1000000.000001", Csv.num(1000000.000001));
        assertEquals("\"a,b\"", Csv.field("a,b"));
    }

    @Test
    void statsMatchHandComputation() {
        Stats s = Stats.of(new double[] {1, 2, 3, 4, Double.NaN});
        assertEquals(4, s.n());
        assertEquals(2.5, s.mean(), 1e-12);
        assertEquals(Math.sqrt(5.0 / 3), s.sd(), 1e-12);
        // t(0.975, 3) = 3.182446305
        assertEquals(2.5 - 3.182446305 * Math.sqrt(5.0 / 3) / 2, s.low(), 1e-8);
    }

    @Test
    void cityRowIsTheSumOfCommunitiesAndRatesAreRecomputed() {
        RunResult r = TestCities.run(TestCities.small(Map.of()), 1, 10, 60).get(0);
        int city = r.communities();
        for (double[][] day : r.daily()) {
            for (Metric m : new Metric[] {Metric.CRIMES_COMMITTED, Metric.REPORTED, Metric.OFFICER_HOURS_COMMUNITY,
                    Metric.CADRE_HOURS_FORMS, Metric.WATCH_MEMBERS}) {
                double sum = 0;
                for (int c = 0; c < city; c++) {
                    sum += day[c][m.ordinal()];
                }
                assertEquals(sum, day[city][m.ordinal()], 1e-6, m.column());
            }
            double committed = day[city][Metric.CRIMES_COMMITTED.ordinal()];
            if (committed > 0) {
                assertEquals(day[city][Metric.REPORTED.ordinal()] / committed, day[city][Metric.REPORTING_RATE.ordinal()], 1e-12);
            }
            double unseen = day[city][Metric.SHARE_UNSEEN_10D.ordinal()];
            assertTrue(unseen >= 0 && unseen <= 1);
        }
    }

    @Test
    void officersFollowTheRatio() {
        for (int hpo : new int[] {1000, 3000, 6000}) {
            Parameters p = ParameterSpace.with(ParameterSpace.defaults(), "households_per_officer", hpo);
            org.commsafe.model.CommSafeModel m = new org.commsafe.model.CommSafeModel(1, p, 0, 1);
            m.start();
            assertEquals(48000 / hpo, m.officers.length, "officers at 1:" + hpo);
            int covered = 0;
            for (var o : m.officers) {
                covered += o.beatHouseholds;
            }
            assertEquals(48000, covered, "every household has exactly one officer");
        }
    }
}
