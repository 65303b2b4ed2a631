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
    public static final int DEFAULT_DAYS = 365;
    public static final int DEFAULT_BURN_IN_DAYS = 730;

    public Scenario withReplications(int n) {
        return new Scenario(file, name, description, n, seed, days, burnInDays, parameters, expectations);
    }

    public Scenario withSeed(long s) {
        return new Scenario(file, name, description, replications, s, days, burnInDays, parameters, expectations);
    }

    public Scenario withDays(int d) {
        return new Scenario(file, name, description, replications, seed, d, burnInDays, parameters, expectations);
    }

    public Scenario withParameters(Parameters p) {
        return new Scenario(file, name, description, replications, seed, days, burnInDays, p, expectations);
    }
}
