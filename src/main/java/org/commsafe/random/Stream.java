package org.commsafe.random;

/**
 * A named, counter-based random stream (SplitMix64). Every random decision of the model is drawn
 * from the stream of its process, positioned at the decision's <em>entity</em> and <em>time</em>
 * with {@link #at(long, long)}: the numbers an offender's attempt in hour t uses depend only on
 * (replication seed, stream name, offender, t), never on how many numbers other processes or
 * other entities drew before. Two runs that differ only in a lever therefore see the same
 * offenders, the same city and the same draws for every decision they have in common: common
 * random numbers that stay synchronised (Law 2015, ch. 11; the idea of counter-based generators
 * in Salmon et al. 2011).
 *
 * <p>The rule, reproducible without the tool: the stream's key is
 * {@code splitmix64(seed ^ fnv1a64(name))}; {@code at(e, t)} sets the state to
 * {@code splitmix64(key ^ splitmix64(e * 0x9E3779B97F4A7C15 + t))}; each draw adds
 * 0x9E3779B97F4A7C15 to the state and returns {@code splitmix64(state)} (Steele et al. 2014).
 * All 64 bits of the seed are used.
 *
 * <p>Not thread-safe; one instance per process and replication. No allocation after construction.
 */
public final class Stream {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double TWO_PI = 2 * Math.PI;

    public final String name;
    private final long key;
    private long state;

    public Stream(long seed, String name) {
        this.name = name;
        this.key = mix(seed ^ fnv1a64(name));
        this.state = key;
    }

    /** Positions the stream at the first draw of (entity, time); returns this for chaining. */
    public Stream at(long entity, long time) {
        state = mix(key ^ mix(entity * GOLDEN + time));
        return this;
    }

    public long nextLong() {
        state += GOLDEN;
        return mix(state);
    }

    /** Uniform on [0, 1) with 53 random bits. */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform integer in [0, n) (multiply-shift; bias below n / 2^32). */
    public int nextInt(int n) {
        return (int) (((nextLong() >>> 32) * n) >>> 32);
    }

    public boolean bernoulli(double p) {
        return nextDouble() < p;
    }

    /** Standard normal by Box-Muller; always two draws, so positions stay fixed. */
    public double nextGaussian() {
        double u1 = 1.0 - nextDouble(); // (0, 1]
        double u2 = nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(TWO_PI * u2);
    }

    /** Rounds x up with probability equal to its fraction, so integer activities keep the mean. */
    public int round(double x) {
        int f = (int) Math.floor(x);
        return f + (nextDouble() < x - f ? 1 : 0);
    }

    /** Poisson draw (Knuth for small means, normal approximation above 30). */
    public int poisson(double mean) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * nextGaussian()));
        }
        double l = StrictMath.exp(-mean);
        int k = 0;
        double prod = nextDouble();
        while (prod > l) {
            k++;
            prod *= nextDouble();
        }
        return k;
    }

    /** Fisher-Yates shuffle of a[0..n). */
    public void shuffle(int[] a, int n) {
        for (int k = n - 1; k > 0; k--) {
            int j = nextInt(k + 1);
            int t = a[k];
            a[k] = a[j];
            a[j] = t;
        }
    }

    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    public static long fnv1a64(String s) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        return h;
    }
}
