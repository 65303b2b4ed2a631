package org.commsafe.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;

/**
 * Scenario files: a few run settings and a {@code parameters:} mapping that sets only what
 * differs from the defaults (or from the file named by {@code extends:}).
 *
 * <pre>
 * name: strained
 * description: one officer for 6,000 households
 * extends: baseline.yaml
 * replications: 10
 * parameters:
 *   households_per_officer: 6000
 * </pre>
 */
public final class ScenarioLoader {
    public static final Set<String> TOP_KEYS = Set.of("name", "description", "extends", "replications", "seed",
        "days", "burn_in_days", "parameters", "expect", "communities", "communities_file");

    private ScenarioLoader() {
    }

    public static Scenario load(Path file) throws ScenarioException {
        Scenario s = load(file.normalize(), new ArrayList<>());
        checkHistory(s.file(), "burn_in_days", s);
        DistrictLoader.checkGrid(s.file(), "communities", s.parameters());
        return s;
    }

    /**
     * Refuses a scenario whose burn-in is too short for its camera layout (HOTSPOT ranks the
     * burn-in's recorded crime): checked on the resolved scenario, after 'extends' and after
     * command-line overrides, naming the file (null: the command line) and the field.
     */
    public static void checkHistory(Path file, String field, Scenario s) throws ScenarioException {
        String problem = org.commsafe.model.process.CameraPlacement.historyProblem(s.parameters().cameraLayout(),
            s.burnInDays());
        if (problem != null) {
            throw new ScenarioException(file, 0, field, problem);
        }
    }

    private static Scenario load(Path file, List<Path> chain) throws ScenarioException {
        Path abs = file.toAbsolutePath().normalize();
        if (chain.contains(abs)) {
            throw new ScenarioException(file, 0, "extends", "circular 'extends' chain: " + chain);
        }
        if (chain.size() > Limits.MAX_NESTING) {
            throw new ScenarioException(file, 0, "extends", "'extends' chain longer than " + Limits.MAX_NESTING + " files");
        }
        chain.add(abs);
        Map<String, YamlFile.Entry> top = YamlFile.load(file);
        for (YamlFile.Entry e : top.values()) {
            if (!TOP_KEYS.contains(e.key())) {
                String hint;
                if (ParameterSpace.spec(e.key()) != null) {
                    hint = "'" + e.key() + "' is a model parameter: indent it under 'parameters:'";
                } else {
                    String s = Suggest.nearest(e.key(), TOP_KEYS);
                    hint = "unknown key" + (s != null ? " (did you mean '" + s + "'?)"
                        : "; allowed: " + String.join(", ", new java.util.TreeSet<>(TOP_KEYS)));
                }
                throw new ScenarioException(file, e.line(), e.key(), hint);
            }
        }
        Scenario base;
        if (top.containsKey("extends")) {
            YamlFile.Entry e = top.get("extends");
            Path parent = Limits.referenced(file, e, YamlFile.scalar(file, e));
            base = Limits.loadReferenced(file, e, parent, p -> load(p, chain));
        } else {
            base = new Scenario(null, null, "", Scenario.DEFAULT_REPLICATIONS, Scenario.DEFAULT_SEED,
                Scenario.DEFAULT_DAYS, Scenario.DEFAULT_BURN_IN_DAYS, ParameterSpace.defaults());
        }
        String name = top.containsKey("name") ? YamlFile.scalar(file, top.get("name")) : stem(file);
        Limits.checkName(file, top.get("name"), name);
        String description = top.containsKey("description") ? YamlFile.scalar(file, top.get("description")) : base.description();
        int reps = top.containsKey("replications") ? (int) YamlFile.integer(file, top.get("replications"), 1, Limits.MAX_REPLICATIONS) : base.replications();
        long seed = top.containsKey("seed") ? YamlFile.seed(file, top.get("seed")) : base.seed();
        int days = top.containsKey("days") ? (int) YamlFile.integer(file, top.get("days"), 1, Limits.MAX_DAYS) : base.days();
        int burnIn = top.containsKey("burn_in_days") ? (int) YamlFile.integer(file, top.get("burn_in_days"), 0, Limits.MAX_DAYS) : base.burnInDays();
        Parameters params = base.parameters();
        if (top.containsKey("parameters")) {
            params = parameters(file, top.get("parameters"), params);
        }
        if (top.containsKey("communities") && top.containsKey("communities_file")) {
            YamlFile.Entry e = top.get("communities_file");
            throw new ScenarioException(file, e.line(), e.key(), "give the communities either as a 'communities:' list or in"
                + " a 'communities_file:', not both");
        }
        if (top.containsKey("communities")) {
            params = params.withDistrict(DistrictLoader.fromYaml(file, top.get("communities")));
        } else if (top.containsKey("communities_file")) {
            params = params.withDistrict(DistrictLoader.fromCsv(file, top.get("communities_file")));
        }
        Map<SummaryMetric, Scenario.Direction> expect = top.containsKey("expect")
            ? expectations(file, top.get("expect")) : Map.of();
        return new Scenario(file, name, description, reps, seed, days, burnIn, params, expect);
    }

    /** {@code expect:} maps summary outcomes to increase / decrease relative to the baseline. */
    static Map<SummaryMetric, Scenario.Direction> expectations(Path file, YamlFile.Entry section) throws ScenarioException {
        Map<SummaryMetric, Scenario.Direction> out = new java.util.LinkedHashMap<>();
        for (YamlFile.Entry e : YamlFile.mapping(file, section.value(), section.key()).values()) {
            SummaryMetric m = YamlFile.outcome(file, e);
            String v = YamlFile.scalar(file, e).trim().toLowerCase(java.util.Locale.ROOT);
            if (!v.equals("increase") && !v.equals("decrease")) {
                throw new ScenarioException(file, e.line(), e.key(), "expected 'increase' or 'decrease', got '" + YamlFile.clip(v) + "'");
            }
            out.put(m, v.equals("increase") ? Scenario.Direction.INCREASE : Scenario.Direction.DECREASE);
        }
        return out;
    }

    /** Applies a {@code parameters:} mapping onto {@code base}, checking every key and value. */
    public static Parameters parameters(Path file, YamlFile.Entry section, Parameters base) throws ScenarioException {
        Map<String, YamlFile.Entry> entries = YamlFile.mapping(file, section.value(), section.key());
        Map<String, Object> values = new LinkedHashMap<>();
        for (YamlFile.Entry e : entries.values()) {
            values.put(e.key(), parseParameter(file, e));
        }
        Parameters p = ParameterSpace.with(base, values);
        List<String> problems = ParameterSpace.validate(p);
        if (!problems.isEmpty()) {
            throw new ScenarioException(file, section.line(), "parameters", problems.get(0));
        }
        return p;
    }

    /** Parses one parameter entry, with a "did you mean" for unknown keys. */
    public static Object parseParameter(Path file, YamlFile.Entry e) throws ScenarioException {
        ParameterSpace.Spec spec = YamlFile.parameter(file, e);
        String raw = YamlFile.scalar(file, e);
        try {
            return ParameterSpace.parse(spec, raw);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException(file, e.line(), e.key(), ex.getMessage());
        }
    }

    static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
