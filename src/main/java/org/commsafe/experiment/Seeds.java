package org.commsafe.experiment;

/**
 * Seeds of replications. Replication r of a run with base seed S uses
 * {@code splitmix64(S + (r + 1) * 0x9E3779B97F4A7C15)}: well-spread, reproducible without the
 * tool, and the same at every design point of a sweep (common random numbers).
 */
public final class Seeds {
    private Seeds() {
    }

    public static long replicationSeed(long base, int replication) {
        return splitmix64(base + (replication + 1L) * 0x9E3779B97F4A7C15L);
    }

    public static long splitmix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
