package org.commsafe.model;

/**
 * The city's geometry, fixed for a run: a grid of communities, each a square block of
 * residential buildings (one grid cell each), households numbered contiguously by building
 * and buildings contiguously by community. Contiguity lets every "area" (a community, an
 * officer's beat) be a plain index range, so the hot path never searches. On a torus
 * ({@link Geometry#TORUS}, the default) the grid wraps around: building neighbours, camera
 * coverage, community neighbours and distances cross the edges, so no community is at an edge.
 */
public final class City {
    public final int gridWidth;
    public final int gridHeight;
    public final int communities;
    /** Side of a community's block, in cells. */
    public final int blockSide;
    public final int buildingsPerCommunity;
    public final int buildings;
    public final int households;
    public final int householdsPerCommunity;
    /** Cell grid size: gridWidth * blockSide by gridHeight * blockSide. */
    public final int cellsWide;
    public final int cellsHigh;
    /** True when the grid wraps around (no edges); false for a bounded grid. */
    public final boolean torus;

    /** First household of building b; households of b are [hhStart[b], hhStart[b+1]). */
    public final int[] hhStart;
    public final int[] buildingX;
    public final int[] buildingY;
    public final int[] buildingCommunity;
    /** Building of each household. */
    public final int[] householdBuilding;
    /** Moore neighbours (including the building itself) as a CSR list: [nbStart[b], nbStart[b+1]). */
    public final int[] nbStart;
    public final int[] nb;
    /** Communities within Chebyshev distance 1 of each community (including itself), CSR. */
    public final int[] commNbStart;
    public final int[] commNb;
    /** Building on each cell (x * cellsHigh + y), -1 for an empty cell. */
    public final int[] cellBuilding;

    public City(Parameters p) {
        gridWidth = p.gridWidth();
        gridHeight = p.gridHeight();
        torus = p.geometry() == Geometry.TORUS;
        communities = gridWidth * gridHeight;
        householdsPerCommunity = p.householdsPerCommunity();
        buildingsPerCommunity = (householdsPerCommunity + p.householdsPerBuilding() - 1) / p.householdsPerBuilding();
        blockSide = (int) Math.ceil(Math.sqrt(buildingsPerCommunity));
        buildings = buildingsPerCommunity * communities;
        households = householdsPerCommunity * communities;
        cellsWide = gridWidth * blockSide;
        cellsHigh = gridHeight * blockSide;

        hhStart = new int[buildings + 1];
        buildingX = new int[buildings];
        buildingY = new int[buildings];
        buildingCommunity = new int[buildings];
        householdBuilding = new int[households];
        int[][] cell = new int[cellsWide][cellsHigh];
        for (int[] col : cell) {
            java.util.Arrays.fill(col, -1);
        }
        int h = 0;
        for (int c = 0; c < communities; c++) {
            int cx = c % gridWidth;
            int cy = c / gridWidth;
            for (int k = 0; k < buildingsPerCommunity; k++) {
                int b = c * buildingsPerCommunity + k;
                buildingCommunity[b] = c;
                buildingX[b] = cx * blockSide + k % blockSide;
                buildingY[b] = cy * blockSide + k / blockSide;
                cell[buildingX[b]][buildingY[b]] = b;
                // spread the community's households evenly over its buildings
                int end = c * householdsPerCommunity
                    + (int) ((long) householdsPerCommunity * (k + 1) / buildingsPerCommunity);
                hhStart[b] = h;
                for (; h < end; h++) {
                    householdBuilding[h] = b;
                }
            }
        }
        hhStart[buildings] = h;

        nbStart = new int[buildings + 1];
        int[] tmp = new int[buildings * 9];
        int n = 0;
        for (int b = 0; b < buildings; b++) {
            nbStart[b] = n;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    int nbB = buildingAt(cell, buildingX[b] + dx, buildingY[b] + dy);
                    if (nbB >= 0 && !contains(tmp, nbStart[b], n, nbB)) { // a torus under 3 cells wide meets a cell twice
                        tmp[n++] = nbB;
                    }
                }
            }
        }
        nbStart[buildings] = n;
        nb = java.util.Arrays.copyOf(tmp, n);
        cellBuilding = new int[cellsWide * cellsHigh];
        for (int x = 0; x < cellsWide; x++) {
            for (int y = 0; y < cellsHigh; y++) {
                cellBuilding[x * cellsHigh + y] = cell[x][y];
            }
        }

        commNbStart = new int[communities + 1];
        int[] ctmp = new int[communities * 9];
        n = 0;
        for (int c = 0; c < communities; c++) {
            commNbStart[c] = n;
            for (int d = 0; d < communities; d++) {
                if (communityDistance(c, d) <= 1) {
                    ctmp[n++] = d;
                }
            }
        }
        commNbStart[communities] = n;
        commNb = java.util.Arrays.copyOf(ctmp, n);
    }

    /**
     * Building at cell (x, y), or -1 for an empty cell or (bounded grid) outside the city; on a
     * torus the coordinates wrap around.
     */
    public int buildingAt(int x, int y) {
        if (torus) {
            x = Math.floorMod(x, cellsWide);
            y = Math.floorMod(y, cellsHigh);
        } else if (x < 0 || y < 0 || x >= cellsWide || y >= cellsHigh) {
            return -1;
        }
        return cellBuilding[x * cellsHigh + y];
    }

    private int buildingAt(int[][] cell, int x, int y) {
        if (torus) {
            x = Math.floorMod(x, cellsWide);
            y = Math.floorMod(y, cellsHigh);
        } else if (x < 0 || y < 0 || x >= cellsWide || y >= cellsHigh) {
            return -1;
        }
        return cell[x][y];
    }

    private static boolean contains(int[] a, int from, int to, int v) {
        for (int i = from; i < to; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    public int firstBuilding(int community) {
        return community * buildingsPerCommunity;
    }

    public int communityOfHousehold(int hh) {
        return hh / householdsPerCommunity;
    }

    /** Chebyshev distance between communities on the community grid (the shorter way round on a torus). */
    public int communityDistance(int a, int b) {
        int dx = Math.abs(a % gridWidth - b % gridWidth);
        int dy = Math.abs(a / gridWidth - b / gridWidth);
        if (torus) {
            dx = Math.min(dx, gridWidth - dx);
            dy = Math.min(dy, gridHeight - dy);
        }
        return Math.max(dx, dy);
    }

    /** True when building b is on its community's perimeter (where compound gates are). */
    public boolean onPerimeter(int b) {
        int k = b % buildingsPerCommunity;
        int x = k % blockSide;
        int y = k / blockSide;
        int lastRow = (buildingsPerCommunity - 1) / blockSide;
        return x == 0 || y == 0 || x == blockSide - 1 || y == lastRow
            || k + blockSide >= buildingsPerCommunity;
    }

    /** Community name used in outputs: c00, c01, ... (x then y would be ambiguous; use index). */
    public String communityName(int c) {
        return "c" + (c < 10 ? "0" : "") + c;
    }
}
