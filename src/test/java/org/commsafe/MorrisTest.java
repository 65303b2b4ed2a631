package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.commsafe.analysis.Morris;
import org.junit.jupiter.api.Test;

class MorrisTest {
    @Test
    void recoversEffectsOfAKnownFunction() {
        double[][][] d = Morris.design(3, 20, 4, 11);
        double[][] y = new double[d.length][d[0].length];
        for (int t = 0; t < d.length; t++) {
            for (int p = 0; p < d[t].length; p++) {
                double[] x = d[t][p];
                y[t][p] = 2 * x[0] - 3 * x[2]; // x1 has no effect
                for (double v : x) {
                    assertEquals(true, v >= 0 && v <= 1 + 1e-12, "design stays in the unit cube");
                }
            }
        }
        Morris.Indices idx = Morris.indices(d, y);
        assertEquals(2, idx.muStar()[0], 1e-9);
        assertEquals(0, idx.muStar()[1], 1e-9);
        assertEquals(3, idx.muStar()[2], 1e-9);
        assertEquals(-3, idx.mu()[2], 1e-9);
        assertEquals(0, idx.sigma()[0], 1e-9, "a linear effect does not vary");
    }
}
