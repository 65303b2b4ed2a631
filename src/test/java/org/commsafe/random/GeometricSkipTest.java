package org.commsafe.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeometricSkipTest {

    private static final double[] QS = {1e-4, 0.01, 0.2, 0.3814, 0.5, 0.9549, 0.999};

    @Test
    void tableGivesTheLogarithmsSkipForEveryUniform() {
        Stream rng = new Stream(7, "test");
        GeometricSkip g = new GeometricSkip();
        for (double q : QS) {
            g.use(q);
            double logMiss = StrictMath.log1p(-q);
            for (int n = 0; n < 200_000; n++) {
                double u = rng.nextDouble();
                assertEquals(GeometricSkip.exact(u, logMiss), g.skip(u), "q=" + q + " u=" + u);
            }
        }
    }

    @Test
    void uniformsAtAndAroundEachThresholdAgreeWithTheLogarithm() {
        GeometricSkip g = new GeometricSkip();
        for (double q : QS) {
            g.use(q);
            double logMiss = StrictMath.log1p(-q);
            for (int k = 0; k < 40; k++) {
                double t = 1 - StrictMath.pow(1 - q, k + 1);
                for (double d : new double[] {-2 * GeometricSkip.MARGIN, -GeometricSkip.MARGIN, -1e-12, 0,
                    1e-12, GeometricSkip.MARGIN, 2 * GeometricSkip.MARGIN}) {
                    double u = t + d;
                    if (u >= 0 && u < 1) {
                        assertEquals(GeometricSkip.exact(u, logMiss), g.skip(u), "q=" + q + " k=" + k + " d=" + d);
                        assertEquals(GeometricSkip.exact(Math.nextDown(u), logMiss), g.skip(Math.nextDown(u)));
                        assertEquals(GeometricSkip.exact(Math.nextUp(u), logMiss), g.skip(Math.nextUp(u)));
                    }
                }
            }
        }
    }

    @Test
    void skipsAreGeometricWithTheCandidateProbability() {
        // mean failures before a success is (1 - q) / q
        Stream rng = new Stream(11, "test");
        GeometricSkip g = new GeometricSkip().use(0.25);
        long sum = 0;
        int n = 400_000;
        for (int i = 0; i < n; i++) {
            sum += g.next(rng);
        }
        assertEquals(3.0, (double) sum / n, 0.03);
    }

    @Test
    void refusesProbabilitiesOutsideTheOpenInterval() {
        assertThrows(IllegalArgumentException.class, () -> new GeometricSkip().use(0));
        assertThrows(IllegalArgumentException.class, () -> new GeometricSkip().use(1));
    }
}
