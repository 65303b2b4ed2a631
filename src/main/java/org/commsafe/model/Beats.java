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
        long households = (long) p.householdsPerCommunity() * p.communities();
        int buildings = ((p.householdsPerCommunity() + p.householdsPerBuilding() - 1) / p.householdsPerBuilding()) * p.communities();
        int n = (int) Math.max(1, Math.round((double) households / p.householdsPerOfficer()));
        return Math.min(n, buildings);
    }

    /** Realised households per officer (what the city's officer count gives, not the nominal lever). */
    public static double realisedHouseholdsPerOfficer(Parameters p) {
        return (double) p.householdsPerCommunity() * p.communities() / officerCount(p);
    }

    /** The beats of n officers: beat k lists its buildings in walking order. */
    public static int[][] assign(City city, int n) {
        int[][] beats = new int[n][];
        int nC = city.communities;
        if (n <= nC) {
            int[] order = serpentine(city.gridWidth, nC);
            for (int k = 0; k < n; k++) {
                int from = (int) ((long) nC * k / n);
                int to = (int) ((long) nC * (k + 1) / n);
                int[] beat = new int[(to - from) * city.buildingsPerCommunity];
                int m = 0;
                int[] inner = serpentine(city.blockSide, city.buildingsPerCommunity);
                for (int j = from; j < to; j++) {
                    int first = city.firstBuilding(order[j]);
                    for (int b : inner) {
                        beat[m++] = first + b;
                    }
                }
                beats[k] = beat;
            }
            return beats;
        }
        int[] inner = serpentine(city.blockSide, city.buildingsPerCommunity);
        int bpc = city.buildingsPerCommunity;
        for (int c = 0; c < nC; c++) {
            int oFrom = (int) ((long) n * c / nC);
            int oTo = (int) ((long) n * (c + 1) / nC);
            int m = oTo - oFrom;
            for (int k = 0; k < m; k++) {
                int from = (int) ((long) bpc * k / m);
                int to = (int) ((long) bpc * (k + 1) / m);
                int[] beat = new int[to - from];
                for (int j = from; j < to; j++) {
                    beat[j - from] = city.firstBuilding(c) + inner[j];
                }
                beats[oFrom + k] = beat;
            }
        }
        return beats;
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
