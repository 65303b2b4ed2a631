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
    /** Side of a community's block, in cells (the largest community's; a smaller one leaves cells of its block empty). */
    public final int blockSide;
    public final int buildings;
    public final int households;
    /** True when every community has the same number of households and buildings (no district sizes). */
    public final boolean uniform;
    /** True when offenders' homes are uniform over communities (same sizes and floating shares): drawn as before districts. */
    public final boolean uniformHomes;
    /** Cell grid size: gridWidth * blockSide by gridHeight * blockSide. */
    public final int cellsWide;
    public final int cellsHigh;
    /** True when the grid wraps around (no edges); false for a bounded grid. */
    public final boolean torus;

    /** First building of community c; buildings of c are [commBuildingStart[c], commBuildingStart[c+1]). */
    public final int[] commBuildingStart;
    /** First household of community c; households of c are [commHouseholdStart[c], commHouseholdStart[c+1]). */
    public final int[] commHouseholdStart;
    /** Names of the communities (the district's, or c00, c01, ...). */
    private final String[] names;
    /** Rental and floating shares of each community's households (the district's, or the global ones). */
    public final double[] rentalShare;
    public final double[] floatingShare;
    /** The community's own cameras (compound CCTV at its perimeter), from the district; 0 without one. */
    public final int[] ownCameras;

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
        District dist = p.district();
        int hpb = p.householdsPerBuilding();
        commBuildingStart = new int[communities + 1];
        commHouseholdStart = new int[communities + 1];
        names = new String[communities];
        rentalShare = new double[communities];
        floatingShare = new double[communities];
        ownCameras = new int[communities];
        int maxBuildings = 0;
        boolean same = true;
        for (int c = 0; c < communities; c++) {
            int hh = (int) dist.value(c, District.Column.HOUSEHOLDS, p.householdsPerCommunity());
            int bc = (hh + hpb - 1) / hpb;
            commHouseholdStart[c + 1] = commHouseholdStart[c] + hh;
            commBuildingStart[c + 1] = commBuildingStart[c] + bc;
            maxBuildings = Math.max(maxBuildings, bc);
            same &= hh == commHouseholdStart[1];
            names[c] = dist.name(c);
            rentalShare[c] = dist.value(c, District.Column.RENTAL_SHARE, p.rentalShare());
            floatingShare[c] = dist.value(c, District.Column.FLOATING_SHARE, p.floatingShare());
            ownCameras[c] = (int) dist.value(c, District.Column.CAMERAS, 0);
        }
        uniform = same;
        boolean sameFloating = true;
        for (int c = 1; c < communities; c++) {
            sameFloating &= floatingShare[c] == floatingShare[0];
        }
        uniformHomes = same && sameFloating;
        blockSide = (int) Math.ceil(Math.sqrt(maxBuildings));
        buildings = commBuildingStart[communities];
        households = commHouseholdStart[communities];
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
            int bpc = buildings(c);
            int hpc = households(c);
            for (int k = 0; k < bpc; k++) {
                int b = commBuildingStart[c] + k;
                buildingCommunity[b] = c;
                buildingX[b] = cx * blockSide + k % blockSide;
                buildingY[b] = cy * blockSide + k / blockSide;
                cell[buildingX[b]][buildingY[b]] = b;
                // spread the community's households evenly over its buildings
                int end = commHouseholdStart[c] + (int) ((long) hpc * (k + 1) / bpc);
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
        return commBuildingStart[community];
    }

    /** Buildings of community c. */
    public int buildings(int c) {
        return commBuildingStart[c + 1] - commBuildingStart[c];
    }

    /** First household of community c. */
    public int firstHousehold(int c) {
        return commHouseholdStart[c];
    }

    /** Households of community c. */
    public int households(int c) {
        return commHouseholdStart[c + 1] - commHouseholdStart[c];
    }

    /** Households of communities [from, to). */
    public int households(int from, int to) {
        return commHouseholdStart[to] - commHouseholdStart[from];
    }

    /** Mean buildings per community. */
    public double meanBuildings() {
        return (double) buildings / communities;
    }

    public int communityOfHousehold(int hh) {
        return buildingCommunity[householdBuilding[hh]];
    }

    /**
     * A community drawn with chance proportional to its households (weights {@code floating}:
     * its expected floating households), from one uniform: where a new offender lives. On a
     * uniform city without floating differences this is community floor(u * communities).
     */
    public int drawCommunity(double u, boolean floating) {
        double total = 0;
        for (int c = 0; c < communities; c++) {
            total += weight(c, floating);
        }
        double target = u * total;
        double acc = 0;
        for (int c = 0; c < communities - 1; c++) {
            acc += weight(c, floating);
            if (target < acc) {
                return c;
            }
        }
        return communities - 1;
    }

    private double weight(int c, boolean floating) {
        return households(c) * (floating ? floatingShare[c] : 1.0);
    }

    /** Expected floating households of the city (sum of each community's share times its households). */
    public double floatingHouseholds() {
        double f = 0;
        for (int c = 0; c < communities; c++) {
            f += floatingShare[c] * households(c);
        }
        return f;
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
        int c = buildingCommunity[b];
        int bpc = buildings(c);
        int k = b - commBuildingStart[c];
        int x = k % blockSide;
        int y = k / blockSide;
        int lastRow = (bpc - 1) / blockSide;
        return x == 0 || y == 0 || x == blockSide - 1 || y == lastRow
            || k + blockSide >= bpc;
    }

    /** Community name used in outputs: the district's name, or c00, c01, ... (by index). */
    public String communityName(int c) {
        return c >= 0 && c < names.length ? names[c] : District.defaultName(c);
    }
}
