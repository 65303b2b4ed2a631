package org.commsafe.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Officers' beats (issue 11, "space"): a partition of the city into connected, compact blocks; fast (no simulation). */
class BeatsTest {

    @Test
    void beatsAreConnectedAndCoverEveryBuildingOnce() {
        int[][] grids = {{4, 4}, {5, 3}};
        int[] perCommunity = {3000, 210}; // 100 buildings (10 x 10) and 7 buildings (a partial last row)
        for (int[] g : grids) {
            for (int hh : perCommunity) {
                Parameters p = ParameterSpace.with(ParameterSpace.defaults(),
                    Map.of("grid_width", g[0], "grid_height", g[1], "households_per_community", hh));
                City city = new City(p);
                for (int n = 1; n <= 60; n++) {
                    int officers = Math.min(n, city.buildings);
                    int[][] beats = Beats.assign(city, officers);
                    String what = g[0] + "x" + g[1] + ", " + hh + " households/community, " + officers + " officers";
                    int[] owner = new int[city.buildings];
                    java.util.Arrays.fill(owner, -1);
                    for (int k = 0; k < officers; k++) {
                        assertTrue(beats[k].length > 0, "empty beat: " + what);
                        for (int b : beats[k]) {
                            assertEquals(-1, owner[b], "building " + b + " in two beats: " + what);
                            owner[b] = k;
                        }
                    }
                    for (int b = 0; b < city.buildings; b++) {
                        assertTrue(owner[b] >= 0, "building " + b + " in no beat: " + what);
                    }
                    for (int k = 0; k < officers; k++) {
                        assertTrue(connected(city, beats[k], owner, k), "beat " + k + " not connected: " + what);
                        if (officers <= city.communities) {
                            assertEquals(0, beats[k].length % city.buildings(0), "whole communities: " + what);
                        }
                    }
                }
            }
        }
    }

    /** Connected through edge-sharing cells (4-neighbourhood), a stricter test than the city's Moore neighbourhood. */
    private static boolean connected(City city, int[] beat, int[] owner, int k) {
        boolean[] seen = new boolean[city.buildings];
        ArrayDeque<Integer> q = new ArrayDeque<>();
        q.add(beat[0]);
        seen[beat[0]] = true;
        int reached = 1;
        int[][] steps = {{1, 0}, {-1, 0}, {0, 1}, {0, -1}};
        while (!q.isEmpty()) {
            int b = q.poll();
            for (int[] s : steps) {
                int n = city.buildingAt(city.buildingX[b] + s[0], city.buildingY[b] + s[1]);
                if (n >= 0 && !seen[n] && owner[n] == k) {
                    seen[n] = true;
                    reached++;
                    q.add(n);
                }
            }
        }
        return reached == beat.length;
    }

    @Test
    void officerCountRoundsTheRatioAndReportsTheRealisedOne() {
        Parameters p = ParameterSpace.with(ParameterSpace.defaults(), "households_per_officer", 3500);
        assertEquals(14, Beats.officerCount(p), "48,000 households / 3,500 rounds to 14 officers");
        assertEquals(48000.0 / 14, Beats.realisedHouseholdsPerOfficer(p), 1e-9, "realised 3,429, not the nominal 3,500");
        Parameters few = ParameterSpace.with(ParameterSpace.defaults(),
            Map.of("grid_width", 1, "grid_height", 1, "households_per_community", 3000, "households_per_officer", 20000));
        assertEquals(1, Beats.officerCount(few), "at least one officer (3,000 / 20,000 rounds to 0)");
        Parameters many = ParameterSpace.with(ParameterSpace.defaults(),
            Map.of("grid_width", 1, "grid_height", 1, "households_per_community", 3000, "households_per_building", 300,
                "households_per_officer", 100));
        assertEquals(new City(many).buildings, Beats.officerCount(many), "at most one officer per building (30 asked, 10 buildings)");
    }

    @Test
    void beatsOfOneSizeDifferByAtMostOneCommunityOrRow() {
        City city = new City(ParameterSpace.defaults());
        for (int n : new int[] {3, 5, 7, 16, 17, 40, 100}) {
            int[] sizes = java.util.Arrays.stream(Beats.assign(city, n)).mapToInt(b -> b.length).sorted().toArray();
            int min = sizes[0];
            int max = sizes[sizes.length - 1];
            String what = n + " officers: beats of " + min + " to " + max + " buildings";
            if (n <= city.communities) {
                assertTrue(max - min <= city.buildings(0), what); // whole communities
            } else {
                assertTrue(max <= 2 * min + 1, what); // rows of a shared community
            }
        }
    }

    @Test
    void consecutiveBuildingsOfAWalkInsideACommunityAreNeighbours() {
        City city = new City(ParameterSpace.defaults());
        for (int n : new int[] {1, 4, 16, 32}) {
            for (int[] beat : Beats.assign(city, n)) {
                for (int j = 1; j < beat.length; j++) {
                    if (city.buildingCommunity[beat[j]] != city.buildingCommunity[beat[j - 1]]) {
                        continue; // the walk enters the next community of the beat (an adjacent one)
                    }
                    int dx = Math.abs(city.buildingX[beat[j]] - city.buildingX[beat[j - 1]]);
                    int dy = Math.abs(city.buildingY[beat[j]] - city.buildingY[beat[j - 1]]);
                    assertEquals(1, dx + dy, n + " officers: walking order jumps between " + beat[j - 1] + " and " + beat[j]);
                }
            }
        }
    }
}
