package org.commsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.junit.jupiter.api.Test;

/** The city's geometry: the torus has no edges, the bounded grid has, and small tori stay well formed. */
class GeometryTest {
    static Parameters city(String geometry, int w, int h, int hhPerCommunity) {
        return ParameterSpace.with(ParameterSpace.defaults(), Map.of("geometry", geometry, "grid_width", w, "grid_height", h,
            "households_per_community", hhPerCommunity, "households_per_officer", Math.max(100, hhPerCommunity)));
    }

    @Test
    void neighboursWrapOnATorusAndStopAtTheEdgeOfABoundedGrid() {
        City t = new City(city("TORUS", 4, 4, 3000));
        City b = new City(city("BOUNDED", 4, 4, 3000));
        for (int k = 0; k < t.buildings; k++) {
            assertEquals(9, t.nbStart[k + 1] - t.nbStart[k], "torus: every building has 8 neighbours and itself");
        }
        assertEquals(4, b.nbStart[1] - b.nbStart[0], "bounded: the corner building has 3 neighbours and itself");
        for (int c = 0; c < t.communities; c++) {
            assertEquals(9, t.commNbStart[c + 1] - t.commNbStart[c], "torus: community " + c + " has 8 neighbours");
        }
        assertEquals(4, b.commNbStart[1] - b.commNbStart[0]);
        assertEquals(1, t.communityDistance(0, 3), "the short way round");
        assertEquals(3, b.communityDistance(0, 3));
        assertEquals(2, t.communityDistance(0, 10));
        assertEquals(t.buildingAt(t.cellsWide - 1, t.cellsHigh - 1), t.buildingAt(-1, -1));
        assertEquals(-1, b.buildingAt(-1, 0));
    }

    @Test
    void smallToriHaveNoDuplicateNeighbours() {
        int[][] shapes = {{1, 1}, {1, 5}, {5, 1}, {2, 2}, {2, 3}};
        for (int[] s : shapes) {
            for (int hh : new int[] {30, 60, 120, 3000}) {
                City c = new City(city("TORUS", s[0], s[1], hh));
                for (int b = 0; b < c.buildings; b++) {
                    Set<Integer> seen = new HashSet<>();
                    for (int k = c.nbStart[b]; k < c.nbStart[b + 1]; k++) {
                        assertTrue(seen.add(c.nb[k]), s[0] + "x" + s[1] + " hh " + hh + ": building " + b + " twice");
                    }
                    assertTrue(seen.contains(b));
                }
                for (int x = 0; x < c.communities; x++) {
                    Set<Integer> seen = new HashSet<>();
                    for (int k = c.commNbStart[x]; k < c.commNbStart[x + 1]; k++) {
                        assertTrue(seen.add(c.commNb[k]), s[0] + "x" + s[1] + ": community " + x + " twice");
                        assertTrue(c.communityDistance(x, c.commNb[k]) <= 1);
                    }
                }
                // the whole model runs on it
                CommSafeModel m = new CommSafeModel(3, ParameterSpace.with(city("TORUS", s[0], s[1], hh),
                    Map.of("households_per_building", Math.min(30, hh))), 2, 3);
                m.start();
                m.runAll();
            }
        }
    }

    /**
     * Identical communities on a 4 x 4 grid: the four corner communities against the four
     * interior ones, spatial crime summed over 4 replications of 2 years. On the torus position
     * does not matter (ratio within 1 +/- 0.12, about three standard errors of the replication
     * noise); on the bounded grid interior communities, reachable from more offenders' homes,
     * suffer clearly more (ratio above 1.2).
     */
    @Test
    void victimisationDoesNotDependOnPositionOnTheTorus() {
        double torus = interiorToCorner("TORUS");
        double bounded = interiorToCorner("BOUNDED");
        assertEquals(1.0, torus, 0.12, "torus: interior / corner victimisation");
        assertTrue(bounded > 1.2, "bounded: interior / corner victimisation " + bounded);
    }

    static double interiorToCorner(String geometry) {
        Parameters p = ParameterSpace.with(city(geometry, 4, 4, 600), Map.of("offender_entry_rate", 0.6,
            "fraud_attempts_phone", 0.0, "fraud_attempts_online", 0.0, "public_cameras", 0));
        int[] corners = {0, 3, 12, 15};
        int[] interior = {5, 6, 9, 10};
        double[] crimes = new double[16];
        int k = Metric.CRIMES_COMMITTED.ordinal();
        for (int r = 0; r < 4; r++) {
            CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(11, r), p, 60, 730);
            m.observer = (day, rows) -> {
                for (int c = 0; c < 16; c++) {
                    crimes[c] += rows[c][k];
                }
            };
            m.start();
            m.runAll();
        }
        double in = 0;
        double out = 0;
        for (int c : corners) {
            out += crimes[c];
        }
        for (int c : interior) {
            in += crimes[c];
        }
        System.out.printf("geometry %s: interior %.0f, corner %.0f, ratio %.3f%n", geometry, in, out, in / out);
        return in / out;
    }
}
