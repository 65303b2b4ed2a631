package org.commsafe.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.Suggest;
import picocli.CommandLine.Option;

/** A scenario file and the command-line overrides every scenario command accepts. */
public final class ScenarioOptions {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML)")
    Path file;

    @Option(names = "--reps", paramLabel = "N", converter = Counts.Replications.class, description = "Replications (default: the scenario's)")
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", converter = Counts.Seed.class, description = "Base seed in [0, 2^49) (default: the scenario's)")
    Long seed;

    @Option(names = "--days", paramLabel = "D", converter = Counts.Days.class, description = "Observed days after burn-in (default: the scenario's)")
    Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one parameter (repeatable)")
    List<String> sets = new ArrayList<>();

    /** {@link #resolve()}, or null after printing the error (the caller exits with 2). */
    public Scenario resolveOrReport() {
        try {
            return resolve();
        } catch (ScenarioException e) {
            System.err.println("commsafe: error: " + e.describe());
            return null;
        }
    }

    /** Loads the file and applies the overrides. */
    public Scenario resolve() throws ScenarioException {
        return override(ScenarioLoader.load(file), reps, seed, days, sets);
    }

    /** A scenario with the command-line overrides applied (null: not given). */
    static Scenario override(Scenario s, Integer reps, Long seed, Integer days, List<String> sets) throws ScenarioException {
        if (reps != null) {
            if (reps < 1) {
                throw new ScenarioException(null, 0, "--reps", "must be at least 1");
            }
            s = s.withReplications(reps);
        }
        if (seed != null) {
            String problem = Scenario.seedProblem(seed);
            if (problem != null) {
                throw new ScenarioException(null, 0, "--seed", problem);
            }
            s = s.withSeed(seed);
        }
        if (days != null) {
            if (days < 1) {
                throw new ScenarioException(null, 0, "--days", "must be at least 1");
            }
            s = s.withDays(days);
        }
        if (!sets.isEmpty()) {
            Map<String, Object> changes = new LinkedHashMap<>();
            for (String kv : sets) {
                int eq = kv.indexOf('=');
                if (eq <= 0) {
                    throw new ScenarioException(null, 0, "--set", "expected KEY=VALUE, got '" + kv + "'");
                }
                String key = kv.substring(0, eq).trim();
                ParameterSpace.Spec spec = ParameterSpace.spec(key);
                if (spec == null) {
                    List<String> keys = new ArrayList<>();
                    ParameterSpace.specs().forEach(x -> keys.add(x.key()));
                    String near = Suggest.nearest(key, keys);
                    throw new ScenarioException(null, 0, key, "unknown parameter"
                        + (near != null ? " (did you mean '" + near + "'?)" : ""));
                }
                try {
                    changes.put(key, ParameterSpace.parse(spec, kv.substring(eq + 1)));
                } catch (IllegalArgumentException e) {
                    throw new ScenarioException(null, 0, key, e.getMessage());
                }
            }
            org.commsafe.model.Parameters p = ParameterSpace.with(s.parameters(), changes);
            List<String> problems = ParameterSpace.validate(p);
            if (!problems.isEmpty()) {
                throw new ScenarioException(null, 0, "--set", problems.get(0));
            }
            s = s.withParameters(p);
            ScenarioLoader.checkHistory(null, "--set camera_layout", s);
            org.commsafe.scenario.DistrictLoader.checkGrid(null, "--set grid_width", s.parameters());
        }
        return s;
    }
}
