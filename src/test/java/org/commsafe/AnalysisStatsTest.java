package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.commsafe.analysis.Multiplicity;
import org.commsafe.analysis.PairedComparison;
import org.commsafe.analysis.Stats;
import org.commsafe.analysis.Welch;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

/** The statistics behind compare, against values computed by hand (or by commons-math where noted). */
class AnalysisStatsTest {
    static final double[] A = {0.60, 0.62, 0.64, 0.58};
    static final double[] B = {0.66, 0.70, 0.69, 0.63};

    @Test
    void pairingIsMeasuredByCorrelationAndVarianceReduction() {
        // deviations from the means (x 0.01): a -1, 1, 3, -3; b -1, 3, 2, -4
        // sum of products 22, sums of squares 20 and 30: r = 22 / sqrt(600)
        // var(a) = 0.002/3, var(b) = 0.003/3, differences 0.06 0.08 0.05 0.05: var(d) = 0.0006/3
        // variance reduction = 1 - 0.0006 / (0.002 + 0.003) = 0.88
        PairedComparison c = PairedComparison.of(SummaryMetric.REPORTING_RATE, A, B);
        assertTrue(c.paired());
        assertEquals(22 / Math.sqrt(600), c.correlation(), 1e-12);
        assertEquals(0.88, c.varianceReduction(), 1e-12);
        double pairedHalf = 3.182446305 * Math.sqrt(0.0002 / 4); // t(0.975, 3) x sd(d) / sqrt(4)
        assertEquals(0.06 - pairedHalf, c.low(), 1e-8);
        assertEquals(0.06 + pairedHalf, c.high(), 1e-8);
        // Welch on the same pairs: se^2 = var(a)/4 + var(b)/4 = 1/2400, df = 75/13 (hand-computed)
        assertEquals(75.0 / 13, c.welch().df(), 1e-12);
        double welchHalf = new TDistribution(75.0 / 13).inverseCumulativeProbability(0.975) * Math.sqrt(1.0 / 2400);
        assertEquals(0.06 - welchHalf, c.welch().low(), 1e-12);
        assertEquals(0.06 + welchHalf, c.welch().high(), 1e-12);
        assertEquals(pairedHalf / welchHalf, c.halfWidthRatio(), 1e-8);
        assertTrue(c.halfWidthRatio() < 1, "positively correlated pairs give a narrower paired interval");
    }

    @Test
    void welchMatchesCommonsMath() {
        double[] a = {14.2, 13.1, 15.0, 14.4, 13.8, 12.9};
        double[] b = {12.0, 13.5, 11.2, 12.8};
        Welch w = Welch.of(a, b);
        assertEquals(new TTest().tTest(a, b), w.pValue(), 1e-12); // commons-math's unequal-variance t-test
        double va = 0.64; // sample variance of a, by hand: 3.2 / 5
        double vb = 0.9891666666666667; // of b: 2.9675 / 3
        double se2 = va / 6 + vb / 4;
        assertEquals(se2 * se2 / ((va / 6) * (va / 6) / 5 + (vb / 4) * (vb / 4) / 3), w.df(), 1e-9);
        double half = new TDistribution(w.df()).inverseCumulativeProbability(0.975) * Math.sqrt(se2);
        assertEquals(12.375 - 13.9 - half, w.low(), 1e-9);
        assertEquals(12.375 - 13.9 + half, w.high(), 1e-9);
    }

    @Test
    void differentSeedsFallBackToWelchWithAReason() {
        long[] seeds = {11, 12, 13, 14};
        long[] other = {11, 12, 99, 14};
        PairedComparison c = PairedComparison.of(SummaryMetric.REPORTING_RATE, seeds, A, other, B);
        assertFalse(c.paired());
        assertNotNull(c.notPaired());
        assertTrue(c.notPaired().contains("replication 2"), c.notPaired());
        assertEquals(Welch.of(A, B).low(), c.low(), 1e-15);
        assertEquals(new TTest().tTest(A, B), c.pValue(), 1e-12);
        assertTrue(Double.isNaN(c.correlation()));
        assertTrue(Double.isNaN(c.halfWidthRatio()));

        PairedComparison shorter = PairedComparison.of(SummaryMetric.REPORTING_RATE, seeds, A, new long[] {11, 12, 13},
            new double[] {0.66, 0.70, 0.69});
        assertFalse(shorter.paired());
        assertTrue(shorter.notPaired().contains("4 replications"), shorter.notPaired());
        assertEquals((0.66 + 0.70 + 0.69) / 3 - 0.61, shorter.difference(), 1e-12); // all values of each side

        assertNull(PairedComparison.whyNotPaired(seeds, seeds.clone()));
        assertTrue(PairedComparison.of(SummaryMetric.REPORTING_RATE, seeds, A, seeds.clone(), B).paired());
    }

    // Benjamini and Hochberg (1995), section 4: 15 p-values from a trial; at 0.05 Holm rejects 3, BH rejects 4
    static final double[] BH_EXAMPLE = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
        0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void holmAdjustedPValuesByHand() {
        // (m - j + 1) p(j), then running maximum: 15 x 0.0001, 14 x 0.0004, 13 x 0.0019, 12 x 0.0095, 11 x 0.0201,
        // 10 x 0.0278 = 0.278; 9 x 0.0298 = 0.2682 and 8 x 0.0344 = 0.2752 are raised to 0.278; 7 x 0.0459; then 1
        double[] expected = {0.0015, 0.0056, 0.0247, 0.114, 0.2211, 0.278, 0.278, 0.278, 0.3213, 1, 1, 1, 1, 1, 1};
        assertArrayClose(expected, Multiplicity.adjust(BH_EXAMPLE, Multiplicity.Method.HOLM));
        assertEquals(3, countBelow(Multiplicity.adjust(BH_EXAMPLE, Multiplicity.Method.HOLM), 0.05));
    }

    @Test
    void benjaminiHochbergAdjustedPValuesByHand() {
        // m p(j) / j, then running minimum from the top: 15 x 0.0001 / 1, 15 x 0.0004 / 2, 15 x 0.0019 / 3,
        // 15 x 0.0095 / 4 = 0.035625; 15 x 0.0278 / 6 = 0.0695 is lowered to 15 x 0.0298 / 7 = 0.0638571
        double[] expected = {0.0015, 0.003, 0.0095, 0.035625, 0.0603, 15 * 0.0298 / 7, 15 * 0.0298 / 7, 15 * 0.0344 / 8,
            15 * 0.0459 / 9, 0.486, 15 * 0.4262 / 11, 15 * 0.5719 / 12, 15 * 0.6528 / 13, 15 * 0.7590 / 14, 1};
        assertArrayClose(expected, Multiplicity.adjust(BH_EXAMPLE, Multiplicity.Method.BH));
        assertEquals(4, countBelow(Multiplicity.adjust(BH_EXAMPLE, Multiplicity.Method.BH), 0.05));
    }

    @Test
    void adjustmentKeepsTheInputOrderAndSkipsMissingTests() {
        // sorted 0.005, 0.01, 0.03, 0.04 (m = 4, the NaN is no test)
        double[] p = {0.01, Double.NaN, 0.04, 0.03, 0.005};
        double[] holm = Multiplicity.adjust(p, Multiplicity.Method.HOLM);
        // Holm: 4 x 0.005 = 0.02, 3 x 0.01 = 0.03, 2 x 0.03 = 0.06, 1 x 0.04 -> 0.06
        assertArrayClose(new double[] {0.03, Double.NaN, 0.06, 0.06, 0.02}, holm);
        double[] bh = Multiplicity.adjust(p, Multiplicity.Method.BH);
        // BH: 4 x 0.005 / 1 = 0.02, 4 x 0.01 / 2 = 0.02, 4 x 0.03 / 3 = 0.04, 4 x 0.04 / 4 = 0.04
        assertArrayClose(new double[] {0.02, Double.NaN, 0.04, 0.04, 0.02}, bh);
        assertEquals(4, Multiplicity.familySize(p));
    }

    @Test
    void shareIntervalStaysInsideZeroOne() {
        double[] shares = {0.0, 0.01, 0.3, 0.02};
        Stats plain = Stats.of(shares);
        assertTrue(plain.low() < 0, "the plain t interval would cross 0: " + plain.low());
        Stats s = Stats.ofShares(shares);
        assertTrue(s.low() >= 0 && s.high() <= 1, s.toString());
        assertTrue(s.low() < s.mean() && s.mean() < s.high(), s.toString());
        assertEquals(0.0825, s.mean(), 1e-12); // the arithmetic mean
        assertEquals(plain.sd(), s.sd(), 1e-15);
        // hand-computed: logits of 1e-6 (clamped 0), 0.01, 0.3, 0.02, mean and t interval, back-transformed
        double[] logit = {Math.log(1e-6 / (1 - 1e-6)), Math.log(0.01 / 0.99), Math.log(0.3 / 0.7), Math.log(0.02 / 0.98)};
        Stats onLogit = Stats.of(logit);
        assertEquals(1 / (1 + Math.exp(-onLogit.low())), s.low(), 1e-15);
        assertEquals(1 / (1 + Math.exp(-onLogit.high())), s.high(), 1e-15);

        Stats high = Stats.of(SummaryMetric.REPORTING_RATE, new double[] {1.0, 0.99, 0.7, 0.98});
        assertTrue(high.high() <= 1 && high.low() >= 0, high.toString());
        // outcomes in other units keep the plain interval
        assertEquals(plain, Stats.of(SummaryMetric.CRIMES_COMMITTED, shares));
        assertEquals(Stats.ofShares(shares), Stats.of(SummaryMetric.DETERRED_SHARE, shares));
    }

    private static int countBelow(double[] p, double alpha) {
        int n = 0;
        for (double x : p) {
            if (x <= alpha) {
                n++;
            }
        }
        return n;
    }

    private static void assertArrayClose(double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertTrue(Double.isNaN(actual[i]), "index " + i);
            } else {
                assertEquals(expected[i], actual[i], 1e-12, "index " + i);
            }
        }
    }
}
