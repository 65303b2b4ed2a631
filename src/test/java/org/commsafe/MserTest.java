package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.commsafe.analysis.Mser;
import org.junit.jupiter.api.Test;

/** MSER-5 truncation on series whose warm-up is known. */
class MserTest {
    private static double[] noise(long seed, int n, double sd) {
        Random rng = new Random(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = sd * rng.nextGaussian();
        }
        return x;
    }

    @Test
    void linearTransientThenConstantIsTruncatedNearTheEndOfTheTransient() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = noise(seed, 1000, 1.0);
            for (int i = 0; i < x.length; i++) {
                x[i] += i < 200 ? 20.0 * (200 - i) / 200 : 0; // from 20 down to 0 over 200 steps, then flat
            }
            Mser.Result r = Mser.mser5(x);
            assertTrue(r.found(), "seed " + seed);
            assertEquals(200, r.batches());
            assertEquals(r.minimum() * 5, r.truncation());
            assertTrue(r.truncation() >= 150 && r.truncation() <= 250, "seed " + seed + ": truncation " + r.truncation());
        }
    }

    @Test
    void stationaryNoiseIsTruncatedNearZero() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = noise(seed, 1000, 2.0);
            for (int i = 0; i < x.length; i++) {
                x[i] += 7;
            }
            Mser.Result r = Mser.mser5(x);
            assertTrue(r.found(), "seed " + seed);
            assertTrue(r.truncation() <= 100, "seed " + seed + ": truncation " + r.truncation());
        }
    }

    @Test
    void trendThroughoutHasNoSteadyState() {
        for (long seed = 1; seed <= 20; seed++) {
            double[] x = noise(seed, 1000, 1.0);
            for (int i = 0; i < x.length; i++) {
                x[i] += 0.01 * i;
            }
            Mser.Result r = Mser.mser5(x);
            assertFalse(r.found(), "seed " + seed + ": minimum at batch " + r.minimum());
            assertTrue(r.minimum() > r.batches() / 2);
            assertEquals(-1, r.truncation());
        }
    }

    @Test
    void statisticByHandAndBatching() {
        // batches of 2: means 1, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2 (the odd last value is dropped)
        double[] x = {0, 2, 3, 3, 1, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 99};
        Mser.Result r = Mser.mser(x, 2);
        assertEquals(11, r.batches());
        assertEquals(11 - Mser.MIN_KEPT + 1, r.statistic().length);
        // d = 0: mean 2, squared deviations 1 + 1 = 2, over 11^2
        assertEquals(2.0 / 121, r.statistic()[0], 1e-12);
        // d = 1: mean 19/10 = 2.1... kept 3 and nine 2s: mean 2.1, ss = 0.81 + 9 * 0.01 = 0.9, over 10^2
        assertEquals(0.9 / 100, r.statistic()[1], 1e-12);
        assertEquals(0.0, r.statistic()[2], 1e-12);
        assertEquals(2, r.minimum(), "earliest of the tied zeros");
        assertTrue(r.found());
        assertEquals(4, r.truncation());
    }

    @Test
    void refusesShortOrMissingData() {
        assertThrows(IllegalArgumentException.class, () -> Mser.mser5(new double[49]));
        double[] x = new double[100];
        x[37] = Double.NaN;
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Mser.mser5(x));
        assertTrue(e.getMessage().contains("37"), e.getMessage());
        Mser.Result ok = Mser.mser5(new double[50]);
        assertEquals(0, ok.truncation(), "a constant series needs no truncation");
    }
}
