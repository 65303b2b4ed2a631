package org.commsafe.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * A sweep: design points x replications. Replication r uses the same seed at every point
 * (common random numbers), so differences between points are paired.
 */
public record Experiment(Path file, String name, String design, List<String> factorKeys, List<DesignPoint> points,
                         int replications, long seed, int days, int burnInDays) {

    public int runs() {
        // the loaders keep points x replications within Limits.MAX_RUNS; never overflow silently
        return Math.toIntExact((long) points.size() * replications);
    }

    public DesignPoint pointOf(int run) {
        return points.get(run / replications);
    }

    public int replicationOf(int run) {
        return run % replications;
    }

    public long seedOf(int run) {
        return Seeds.replicationSeed(seed, replicationOf(run));
    }
}
