package org.commsafe.model;

/**
 * Officers' beats (ODD "space"): compact, connected blocks of buildings covering the city once.
 * With no more officers than communities, each beat is a run of whole communities along a
 * serpentine (boustrophedon) path over the community grid, so consecutive communities share an
 * edge and every beat is connected. With more officers than communities, each community is
 * shared by its officers as runs along a serpentine path over its own buildings, so each beat is
 * a compact block of rows. Each beat lists its buildings in walking order.
 */
public final class Beats {
    private Beats() {
    }

    /** The number of officers for the city: households / households per officer, at least 1 and at most one per building. */
    public static int officerCount(Parameters p) {
        long households = p.households();
        long buildings = p.buildings();
        long n = Math.max(1, Math.round((double) households / p.householdsPerOfficer()));
        return (int) Math.min(n, buildings);
    }

    /** Realised households per officer (what the city's officer count gives, not the nominal lever). */
    public static double realisedHouseholdsPerOfficer(Parameters p) {
        return (double) p.households() / officerCount(p);
    }

    /** The beats of n officers: beat k lists its buildings in walking order. */
    public static int[][] assign(City city, int n) {
        int[][] beats = new int[n][];
        int nC = city.communities;
        long total = city.households;
        if (n <= nC) {
            // runs of whole communities along the serpentine, cut where the households reach k / n of the city's
            int[] order = serpentine(city.gridWidth, nC);
            long[] cum = new long[nC + 1];
            for (int j = 0; j < nC; j++) {
                cum[j + 1] = cum[j] + city.households(order[j]);
            }
            int[] cut = new int[n + 1];
            cut[n] = nC;
            for (int k = 1; k < n; k++) {
                int j = 0;
                while (j < nC && cum[j + 1] * n <= total * k) {
                    j++;
                }
                // every beat keeps at least one community
                cut[k] = Math.min(Math.max(j, cut[k - 1] + 1), nC - (n - k));
            }
            for (int k = 0; k < n; k++) {
                int size = 0;
                for (int j = cut[k]; j < cut[k + 1]; j++) {
                    size += city.buildings(order[j]);
                }
                int[] beat = new int[size];
                int m = 0;
                for (int j = cut[k]; j < cut[k + 1]; j++) {
                    int c = order[j];
                    int first = city.firstBuilding(c);
                    for (int b : serpentine(city.blockSide, city.buildings(c))) {
                        beat[m++] = first + b;
                    }
                }
                beats[k] = beat;
            }
            return beats;
        }
        // officers of community c: [oStart[c], oStart[c+1]), in proportion to households, at least one
        // each and at most one per building
        int[] oStart = new int[nC + 1];
        long acc = 0;
        for (int c = 0; c < nC; c++) {
            oStart[c] = (int) (n * acc / total);
            acc += city.households(c);
        }
        oStart[nC] = n;
        for (int c = 1; c < nC; c++) {
            oStart[c] = Math.min(Math.max(oStart[c], oStart[c - 1] + 1), n - (nC - c));
        }
        int[] count = new int[nC];
        for (int c = 0; c < nC; c++) {
            count[c] = oStart[c + 1] - oStart[c];
        }
        capAtBuildings(city, count);
        int o = 0;
        for (int c = 0; c < nC; c++) {
            int m = count[c];
            int bpc = city.buildings(c);
            int[] inner = serpentine(city.blockSide, bpc);
            for (int k = 0; k < m; k++) {
                int from = (int) ((long) bpc * k / m);
                int to = (int) ((long) bpc * (k + 1) / m);
                int[] beat = new int[to - from];
                for (int j = from; j < to; j++) {
                    beat[j - from] = city.firstBuilding(c) + inner[j];
                }
                beats[o++] = beat;
            }
        }
        return beats;
    }

    /** Moves officers from communities with more officers than buildings to those with room (unequal sizes only). */
    private static void capAtBuildings(City city, int[] count) {
        int surplus = 0;
        for (int c = 0; c < count.length; c++) {
            int over = count[c] - city.buildings(c);
            if (over > 0) {
                surplus += over;
                count[c] -= over;
            }
        }
        for (int c = 0; surplus > 0 && c < count.length; c++) {
            int room = city.buildings(c) - count[c];
            int add = Math.min(room, surplus);
            count[c] += add;
            surplus -= add;
        }
    }

    /**
     * Cells 0 .. count-1 laid row by row in rows of {@code width}, visited row by row with
     * alternating direction; the last (possibly partial) row runs left to right, so each step
     * moves to an edge neighbour.
     */
    static int[] serpentine(int width, int count) {
        int[] order = new int[count];
        int rows = (count + width - 1) / width;
        int m = 0;
        for (int r = 0; r < rows; r++) {
            int rowStart = r * width;
            int len = Math.min(width, count - rowStart);
            boolean leftToRight = (rows - 1 - r) % 2 == 0;
            for (int x = 0; x < len; x++) {
                order[m++] = rowStart + (leftToRight ? x : len - 1 - x);
            }
        }
        return order;
    }
}
