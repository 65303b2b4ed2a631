package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.model.CameraLayout;
import org.commsafe.model.City;
import org.commsafe.random.Stream;

/**
 * Where the public cameras go (seed 5: "badly laid out"). Random sites are the first n of one
 * random order of all buildings drawn from the city's camera stream, so more cameras add sites
 * and never move the first ones. HOTSPOT ranks buildings on recorded spatial crime (reported
 * burglaries and vehicle thefts: what the police see, not unreported crime or fraud victims'
 * homes); ties are broken by another such order.
 */
public final class CameraPlacement {
    /**
     * Shortest burn-in (days of recorded crime) a HOTSPOT layout may be placed on (assumption):
     * at the baseline's recorded spatial crime (about 6 per 1,000 households a year, 30
     * households a building, 0.2 a building-year) a hot-spot building (top 5% of attractiveness,
     * about nine times the mean) records about one crime in half a year; a shorter history leaves
     * the ranking mostly to ties, that is to random sites.
     */
    public static final int MIN_HOTSPOT_HISTORY_DAYS = 180;

    /** Why a HOTSPOT layout cannot be placed after this burn-in, or null when it can. */
    public static String historyProblem(CameraLayout layout, int burnInDays) {
        if (layout != CameraLayout.HOTSPOT || burnInDays >= MIN_HOTSPOT_HISTORY_DAYS) {
            return null;
        }
        return "camera_layout HOTSPOT ranks buildings on the burn-in's recorded crime and needs burn_in_days >= "
            + MIN_HOTSPOT_HISTORY_DAYS + ", got " + burnInDays + " (lengthen the burn-in or choose another layout)";
    }

    private CameraPlacement() {
    }

    /** {@code recordedInBuilding}: recorded spatial crimes per building (used by HOTSPOT only). */
    public static int[] choose(CameraLayout layout, int count, City city, int[] recordedInBuilding, Stream cameras) {
        int n = layout == CameraLayout.NONE ? 0 : Math.min(count, city.buildings);
        int[] chosen = new int[n];
        switch (layout) {
            case NONE -> { }
            case RANDOM -> System.arraycopy(randomOrder(city.buildings, cameras.at(0, 0)), 0, chosen, 0, n);
            case UNIFORM -> {
                for (int k = 0; k < n; k++) {
                    chosen[k] = (int) (((long) k * city.buildings + city.buildings / 2) / n);
                }
            }
            case ENTRANCES -> {
                int[] perimeter = new int[city.buildings];
                int m = 0;
                for (int b = 0; b < city.buildings; b++) {
                    if (city.onPerimeter(b)) {
                        perimeter[m++] = b;
                    }
                }
                for (int k = 0; k < n; k++) {
                    chosen[k] = k < m ? perimeter[(int) ((long) k * m / Math.min(n, m))] : (k * 7919) % city.buildings;
                }
            }
            case HOTSPOT -> {
                // most recorded burn-in crime first; ties in random order (a stable sort of a shuffled list)
                int[] shuffled = randomOrder(city.buildings, cameras.at(1, 0));
                Integer[] order = new Integer[city.buildings];
                for (int k = 0; k < order.length; k++) {
                    order[k] = shuffled[k];
                }
                Arrays.sort(order, (a, b) -> Integer.compare(recordedInBuilding[b], recordedInBuilding[a]));
                for (int k = 0; k < n; k++) {
                    chosen[k] = order[k];
                }
            }
            default -> throw new IllegalStateException();
        }
        return chosen;
    }

    /**
     * The communities' own cameras (a district's {@code cameras} column: compound CCTV watching
     * gates and fences), added to the public cameras: community c's k cameras go to its perimeter
     * buildings in a random order drawn from the city's camera stream at (c, 1), then, if it has
     * more cameras than perimeter buildings, to its inner buildings; at most one per building.
     */
    public static int[] withCommunityCameras(int[] publicCameras, City city, Stream cameras) {
        int total = 0;
        for (int c = 0; c < city.communities; c++) {
            total += Math.min(city.ownCameras[c], city.buildings(c));
        }
        if (total == 0) {
            return publicCameras;
        }
        int[] out = Arrays.copyOf(publicCameras, publicCameras.length + total);
        int m = publicCameras.length;
        for (int c = 0; c < city.communities; c++) {
            int k = Math.min(city.ownCameras[c], city.buildings(c));
            if (k == 0) {
                continue;
            }
            int first = city.firstBuilding(c);
            int[] order = randomOrder(city.buildings(c), cameras.at(c, 1));
            int placed = 0;
            for (int pass = 0; pass < 2 && placed < k; pass++) {
                for (int j = 0; j < order.length && placed < k; j++) {
                    int b = first + order[j];
                    if (city.onPerimeter(b) == (pass == 0)) {
                        out[m++] = b;
                        placed++;
                    }
                }
            }
        }
        return out;
    }

    private static int[] randomOrder(int n, Stream s) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        s.shuffle(a, n);
        return a;
    }
}
