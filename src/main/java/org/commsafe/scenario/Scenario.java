package org.commsafe.scenario;

import java.nio.file.Path;
import java.util.Map;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.Parameters;

/** A resolved scenario: what to run (parameters) and how (replications, seed, period). */
public record Scenario(Path file, String name, String description, int replications, long seed,
                       int days, int burnInDays, Parameters parameters, Map<SummaryMetric, Direction> expectations) {

    /** The direction a policy's mechanism implies for an outcome, relative to the baseline. */
    public enum Direction { INCREASE, DECREASE }

    public Scenario(Path file, String name, String description, int replications, long seed,
                    int days, int burnInDays, Parameters parameters) {
        this(file, name, description, replications, seed, days, burnInDays, parameters, Map.of());
    }

    public static final int DEFAULT_REPLICATIONS = 10;
    public static final long DEFAULT_SEED = 20260101L;
    /**
     * Seeds (base and replication) are integers in [0, 2^49): below 10^15, so exact as doubles in
     * R, pandas and Excel (15 significant digits).
     */
    public static final long SEED_LIMIT = 1L << 49;

    /** Why a base seed is not allowed, or null when it is. */
    public static String seedProblem(long seed) {
        if (seed < 0 || seed >= SEED_LIMIT) {
            return "value " + seed + " is out of range [0, " + (SEED_LIMIT - 1)
                + "] (seeds stay below 2^49 so R, pandas and Excel read them exactly)";
        }
        return null;
    }
    public static final int DEFAULT_DAYS = 365;
    public static final int DEFAULT_BURN_IN_DAYS = 600;

    public Scenario withReplications(int n) {
        return new Scenario(file, name, description, n, seed, days, burnInDays, parameters, expectations);
    }

    public Scenario withSeed(long s) {
        return new Scenario(file, name, description, replications, s, days, burnInDays, parameters, expectations);
    }

    public Scenario withDays(int d) {
        return new Scenario(file, name, description, replications, seed, d, burnInDays, parameters, expectations);
    }

    public Scenario withBurnInDays(int d) {
        return new Scenario(file, name, description, replications, seed, days, d, parameters, expectations);
    }

    public Scenario withParameters(Parameters p) {
        return new Scenario(file, name, description, replications, seed, days, burnInDays, p, expectations);
    }
}
