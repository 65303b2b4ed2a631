package org.commsafe.experiment;

import org.commsafe.scenario.Scenario;

/**
 * Seeds of replications. Replication r of a run with base seed S uses
 * {@code splitmix64(S + (r + 1) * 0x9E3779B97F4A7C15) >>> 15}: well-spread, reproducible without
 * the tool, and the same at every design point of a sweep (common random numbers). Every seed,
 * base and replication, is an integer in [0, 2^49), below 10^15: R and Excel (which hold numbers
 * as doubles, Excel with 15 significant digits) and pandas read it exactly.
 */
public final class Seeds {
    private Seeds() {
    }

    /** Seeds are integers in [0, LIMIT): 2^49, below 10^15, exact as doubles. */
    public static final long LIMIT = Scenario.SEED_LIMIT;

    /** The rule as written in manifests. */
    public static final String RULE = "splitmix64(base_seed + (r + 1) * 0x9E3779B97F4A7C15) >>> 15";

    public static long replicationSeed(long base, int replication) {
        return splitmix64(base + (replication + 1L) * 0x9E3779B97F4A7C15L) >>> 15;
    }

    public static long splitmix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
