package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.model.CameraLayout;
import org.commsafe.model.City;
import org.commsafe.random.Stream;

/**
 * Where the public cameras go (seed 5: "badly laid out"). Random sites are the first n of one
 * random order of all buildings drawn from the city's camera stream, so more cameras add sites
 * and never move the first ones; hotspot ties are broken by another such order.
 */
public final class CameraPlacement {
    private CameraPlacement() {
    }

    public static int[] choose(CameraLayout layout, int count, City city, int[] crimesInBuilding, Stream cameras) {
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
                // most burn-in crime first; ties in random order (a stable sort of a shuffled list)
                int[] shuffled = randomOrder(city.buildings, cameras.at(1, 0));
                Integer[] order = new Integer[city.buildings];
                for (int k = 0; k < order.length; k++) {
                    order[k] = shuffled[k];
                }
                Arrays.sort(order, (a, b) -> Integer.compare(crimesInBuilding[b], crimesInBuilding[a]));
                for (int k = 0; k < n; k++) {
                    chosen[k] = order[k];
                }
            }
            default -> throw new IllegalStateException();
        }
        return chosen;
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
