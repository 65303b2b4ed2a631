package org.commsafe.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The counter-based streams: the documented rule reproduced independently (so a result can be
 * recomputed without the tool), reproducibility, independence of names, entities, times and all
 * 64 bits of the seed, and the ranges and distributions of the derived draws.
 */
class StreamTest {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final long SEED = 0x0123456789ABCDEFL;

    // ------------------------------------------------------------ an independent reference of the rule

    /** SplitMix64's finaliser, written from the published constants. */
    static long splitmix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long fnv(String s) {
        long h = 0xcbf29ce484222325L;
        for (byte b : s.getBytes(java.nio.charset.StandardCharsets.US_ASCII)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    /** The draws of stream {@code name} at (e, t) by the rule of the class documentation. */
    static long[] reference(long seed, String name, long e, long t, int n) {
        long key = splitmix(seed ^ fnv(name));
        long state = splitmix(key ^ splitmix(e * GOLDEN + t));
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            state += GOLDEN;
            out[i] = splitmix(state);
        }
        return out;
    }

    static double unit(long x) {
        return (x >>> 11) * 0x1.0p-53;
    }

    static long[] draws(Stream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void publishedTestVectors() {
        assertEquals(0xE220A8397B1DCDAFL, Stream.mix(GOLDEN), "SplitMix64's first output from state 0");
        assertEquals(0xcbf29ce484222325L, Stream.fnv1a64(""), "FNV-1a offset basis");
        assertEquals(0xaf63dc4c8601ec8cL, Stream.fnv1a64("a"));
        assertEquals(0x85944171f73967e8L, Stream.fnv1a64("foobar"));
        assertEquals(0L, Stream.mix(0L));
    }

    @Test
    void followsTheDocumentedRule() {
        for (String name : new String[] {"offending.attempt", "city.households", "x"}) {
            for (long[] et : new long[][] {{0, 0}, {1, 0}, {0, 1}, {17, 123456}, {-1, Long.MAX_VALUE}}) {
                Stream s = new Stream(SEED, name);
                assertArrayEquals(reference(SEED, name, et[0], et[1], 8), draws(s.at(et[0], et[1]), 8), name + " at " + Arrays.toString(et));
            }
        }
        // before any positioning, the stream starts from its key
        Stream fresh = new Stream(SEED, "fresh");
        long key = splitmix(SEED ^ fnv("fresh"));
        assertEquals(splitmix(key + GOLDEN), fresh.nextLong());
        assertEquals("fresh", fresh.name);
    }

    @Test
    void positioningIsReproducibleWhateverWasDrawnBefore() {
        Stream a = new Stream(SEED, "p");
        Stream b = new Stream(SEED, "p");
        assertSame(a, a.at(3, 4), "at returns the stream for chaining");
        long[] first = draws(a.at(3, 4), 5);
        draws(b.at(9, 9), 100);
        assertArrayEquals(first, draws(b.at(3, 4), 5), "the draws at (3, 4) do not depend on earlier draws");
        assertArrayEquals(first, draws(a.at(3, 4), 5), "repositioning repeats the draws");
    }

    @Test
    void namesEntitiesTimesAndAll64SeedBitsMatter() {
        Set<Long> firsts = new HashSet<>();
        int n = 0;
        for (long seed : new long[] {SEED, SEED + (1L << 32), SEED + 1, SEED ^ Long.MIN_VALUE}) {
            for (String name : new String[] {"a", "b", "offending.attempt"}) {
                for (long e = 0; e < 4; e++) {
                    for (long t = 0; t < 4; t++) {
                        firsts.add(new Stream(seed, name).at(e, t).nextLong());
                        n++;
                    }
                }
            }
        }
        assertEquals(n, firsts.size(), "every (seed, name, entity, time) starts a different sequence");
        Stream lo = new Stream(SEED, "a");
        Stream hi = new Stream(SEED + (1L << 32), "a");
        int same = 0;
        for (int i = 0; i < 100; i++) {
            same += lo.at(i, 0).nextDouble() == hi.at(i, 0).nextDouble() ? 1 : 0;
        }
        assertEquals(0, same, "seeds S and S + 2^32 give different draws");
        // (e, t) and (t, e) differ: the entity is not confused with the time
        assertNotEquals(new Stream(SEED, "a").at(1, 2).nextLong(), new Stream(SEED, "a").at(2, 1).nextLong());
    }

    @Test
    void doublesAreUniformOnTheHalfOpenUnitInterval() {
        Stream s = new Stream(SEED, "u").at(0, 0);
        Stream ref = new Stream(SEED, "u").at(0, 0);
        double sum = 0;
        int below = 0;
        for (int i = 0; i < 100_000; i++) {
            double u = s.nextDouble();
            assertEquals(unit(ref.nextLong()), u, "53 high bits scaled by 2^-53");
            assertTrue(u >= 0 && u < 1, "u = " + u);
            sum += u;
            below += u < 0.25 ? 1 : 0;
        }
        assertEquals(0.5, sum / 100_000, 0.005);
        assertEquals(0.25, below / 100_000.0, 0.005);
        assertEquals(0.0, unit(0L));
        assertTrue(unit(-1L) < 1.0, "the largest draw is below 1");
    }

    @Test
    void intsAreInRangeAndRoughlyUniform() {
        Stream s = new Stream(SEED, "int").at(5, 6);
        Stream ref = new Stream(SEED, "int").at(5, 6);
        int n = 10;
        int draws = 100_000;
        int[] counts = new int[n];
        for (int i = 0; i < draws; i++) {
            int k = s.nextInt(n);
            assertEquals((int) (((ref.nextLong() >>> 32) * n) >>> 32), k, "multiply-shift");
            assertTrue(k >= 0 && k < n, "k = " + k);
            counts[k]++;
        }
        double chi2 = 0;
        double expected = (double) draws / n;
        for (int c : counts) {
            chi2 += (c - expected) * (c - expected) / expected;
        }
        assertTrue(chi2 < 40, "chi-square with 9 df: " + chi2 + " " + Arrays.toString(counts)); // p < 1e-5
        int[] big = new int[3];
        for (int i = 0; i < 30_000; i++) {
            int k = s.nextInt(1_000_000_007);
            assertTrue(k >= 0 && k < 1_000_000_007);
            big[k / 333_333_336]++;
        }
        for (int c : big) {
            assertEquals(10_000, c, 400, "thirds of a large range: " + Arrays.toString(big));
        }
        assertEquals(0, s.nextInt(1), "nextInt(1) is always 0");
    }

    @Test
    void bernoulliAndRoundKeepTheirMeans() {
        Stream s = new Stream(SEED, "b").at(0, 0);
        Stream ref = new Stream(SEED, "b").at(0, 0);
        int hits = 0;
        for (int i = 0; i < 50_000; i++) {
            boolean b = s.bernoulli(0.3);
            assertEquals(unit(ref.nextLong()) < 0.3, b);
            hits += b ? 1 : 0;
        }
        assertEquals(0.3, hits / 50_000.0, 0.01);
        assertTrue(!s.bernoulli(0.0) && s.bernoulli(1.0));
        long total = 0;
        for (int i = 0; i < 50_000; i++) {
            int r = s.round(2.25);
            assertTrue(r == 2 || r == 3, "round(2.25) = " + r);
            total += r;
        }
        assertEquals(2.25, total / 50_000.0, 0.01);
        for (int i = 0; i < 100; i++) {
            assertEquals(4, s.round(4.0), "a whole number is kept");
            assertEquals(0, s.round(0.0));
        }
        Stream t = new Stream(SEED, "r").at(1, 1);
        Stream tr = new Stream(SEED, "r").at(1, 1);
        assertEquals(7 + (unit(tr.nextLong()) < 0.6 ? 1 : 0), t.round(7.6), 0, "rounds up with the fraction's probability");
    }

    @Test
    void gaussianIsBoxMullerOnTwoDraws() {
        Stream s = new Stream(SEED, "g").at(2, 3);
        Stream ref = new Stream(SEED, "g").at(2, 3);
        double sum = 0;
        double sq = 0;
        int n = 50_000;
        for (int i = 0; i < n; i++) {
            double u1 = 1.0 - unit(ref.nextLong());
            double u2 = unit(ref.nextLong());
            double z = s.nextGaussian();
            assertEquals(StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2), z, 0.0);
            sum += z;
            sq += z * z;
        }
        assertEquals(0, sum / n, 0.02);
        assertEquals(1, sq / n, 0.03);
        assertEquals(ref.nextLong(), s.nextLong(), "always exactly two draws");
    }

    @Test
    void poissonIsKnuthBelowThirtyAndNormalAbove() {
        for (double mean : new double[] {0.2, 3, 29.5, 30}) {
            Stream s = new Stream(SEED, "pois").at(1, (long) (mean * 10));
            Stream ref = new Stream(SEED, "pois").at(1, (long) (mean * 10));
            for (int i = 0; i < 200; i++) {
                double l = StrictMath.exp(-mean);
                int k = 0;
                double prod = unit(ref.nextLong());
                while (prod > l) {
                    k++;
                    prod *= unit(ref.nextLong());
                }
                assertEquals(k, s.poisson(mean), "Knuth at mean " + mean);
            }
            assertEquals(ref.nextLong(), s.nextLong(), "same number of draws");
        }
        Stream s = new Stream(SEED, "pois").at(2, 0);
        Stream ref = new Stream(SEED, "pois").at(2, 0);
        double mean = 30.5;
        double sum = 0;
        double sq = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            double u1 = 1.0 - unit(ref.nextLong());
            double u2 = unit(ref.nextLong());
            double z = StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
            int k = s.poisson(mean);
            assertEquals(Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * z)), k, "normal approximation above 30");
            sum += k;
            sq += (k - mean) * (k - mean);
        }
        assertEquals(mean, sum / n, 0.2);
        assertEquals(mean, sq / n, 1.5, "variance equals the mean");
        Stream z = new Stream(SEED, "pois").at(3, 0);
        long next = new Stream(SEED, "pois").at(3, 0).nextLong();
        assertEquals(0, z.poisson(0));
        assertEquals(0, z.poisson(-1));
        assertEquals(next, z.nextLong(), "a zero mean draws nothing");
        // small means: the distribution, not just the algorithm
        Stream m = new Stream(SEED, "pois").at(4, 0);
        int zeros = 0;
        long total = 0;
        for (int i = 0; i < 20_000; i++) {
            int k = m.poisson(2.0);
            zeros += k == 0 ? 1 : 0;
            total += k;
        }
        assertEquals(2.0, total / 20_000.0, 0.05);
        assertEquals(Math.exp(-2), zeros / 20_000.0, 0.01);
    }

    @Test
    void shuffleIsAFisherYatesPermutationOfThePrefix() {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 101};
        int[] expected = a.clone();
        Stream ref = new Stream(SEED, "sh").at(0, 0);
        for (int k = 9; k > 0; k--) {
            int j = (int) (((ref.nextLong() >>> 32) * (k + 1)) >>> 32);
            int t = expected[k];
            expected[k] = expected[j];
            expected[j] = t;
        }
        new Stream(SEED, "sh").at(0, 0).shuffle(a, 10);
        assertArrayEquals(expected, a);
        assertEquals(100, a[10], "beyond n untouched");
        Stream used = new Stream(SEED, "sh").at(0, 0);
        used.shuffle(new int[10], 10);
        Stream after = new Stream(SEED, "sh").at(0, 0);
        for (int k = 0; k < 9; k++) {
            after.nextLong();
        }
        assertEquals(after.nextLong(), used.nextLong(), "n - 1 draws for n elements");
        int[] sorted = Arrays.copyOf(a, 10);
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted, "a permutation");
        // every element can land in the last place
        int[] lastCounts = new int[4];
        Stream s = new Stream(SEED, "sh2");
        for (int i = 0; i < 8000; i++) {
            int[] b = {0, 1, 2, 3};
            s.at(i, 0).shuffle(b, 4);
            lastCounts[b[3]]++;
        }
        for (int c : lastCounts) {
            assertEquals(2000, c, 200, Arrays.toString(lastCounts));
        }
    }
}
