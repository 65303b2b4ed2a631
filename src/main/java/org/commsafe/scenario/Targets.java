package org.commsafe.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;

/**
 * Calibration targets and the free parameters a calibration may move, from a YAML file:
 *
 * <pre>
 * targets:
 *   reporting_rate: {min: 0.55, max: 0.70, source: "seed 4"}
 * free:
 *   reporting_intercept: {min: -3, max: 2}
 * </pre>
 */
public record Targets(Path file, String name, List<Target> targets, List<FreeParameter> free) {

    /** An outcome that must fall in [min, max]. */
    public record Target(SummaryMetric metric, double min, double max, String source) {
        public double mid() {
            return (min + max) / 2;
        }

        public double halfWidth() {
            return (max - min) / 2;
        }

        public boolean contains(double x) {
            return x >= min && x <= max;
        }
    }

    /** A parameter the calibration searches, within [min, max]. */
    public record FreeParameter(ParameterSpace.Spec spec, double min, double max) {
    }

    public static Targets load(Path file) throws ScenarioException {
        Map<String, YamlFile.Entry> top = YamlFile.load(file);
        for (YamlFile.Entry e : top.values()) {
            known(file, e, List.of("name", "description", "targets", "free"), "unknown key");
        }
        if (!top.containsKey("targets")) {
            throw new ScenarioException(file, 1, "targets", "missing: a targets file needs a 'targets:' mapping");
        }
        String name = top.containsKey("name") ? YamlFile.scalar(file, top.get("name")) : ScenarioLoader.stem(file);
        Limits.checkName(file, top.get("name"), name);
        if (top.containsKey("description")) {
            YamlFile.scalar(file, top.get("description"));
        }
        List<Target> targets = new ArrayList<>();
        Map<String, YamlFile.Entry> listed = YamlFile.mapping(file, top.get("targets").value(), "targets");
        if (listed.isEmpty()) {
            throw new ScenarioException(file, top.get("targets").line(), "targets", "no targets: name at least one outcome");
        }
        for (YamlFile.Entry e : listed.values()) {
            SummaryMetric m = YamlFile.outcome(file, e);
            Map<String, YamlFile.Entry> spec = YamlFile.mapping(file, e.value(), e.key());
            for (YamlFile.Entry x : spec.values()) {
                known(file, x, List.of("min", "max", "source"), "unknown key in a target");
            }
            double[] range = range(file, e, spec);
            String source = spec.containsKey("source") ? YamlFile.scalar(file, spec.get("source")) : "";
            targets.add(new Target(m, range[0], range[1], source));
        }
        List<FreeParameter> free = new ArrayList<>();
        if (top.containsKey("free")) {
            for (YamlFile.Entry e : YamlFile.mapping(file, top.get("free").value(), "free").values()) {
                ParameterSpace.Spec spec = YamlFile.parameter(file, e);
                for (YamlFile.Entry x : YamlFile.mapping(file, e.value(), e.key()).values()) {
                    known(file, x, List.of("min", "max"), "unknown key in a free parameter's range");
                }
                if (!spec.meta().free()) {
                    throw new ScenarioException(file, e.line(), e.key(),
                        "is fixed by the seed or a cited source (not marked free in docs/ODD.md); calibration may not move it");
                }
                if (spec.type() != double.class) {
                    throw new ScenarioException(file, e.line(), e.key(), "only real-valued parameters can be calibrated");
                }
                double[] range = range(file, e, YamlFile.mapping(file, e.value(), e.key()));
                if (range[0] < spec.meta().min() || range[1] > spec.meta().max()) {
                    throw new ScenarioException(file, e.line(), e.key(), "search range exceeds the valid range " + spec.range());
                }
                free.add(new FreeParameter(spec, range[0], range[1]));
            }
        }
        return new Targets(file, name, targets, free);
    }

    private static void known(Path file, YamlFile.Entry e, List<String> allowed, String what) throws ScenarioException {
        if (!allowed.contains(e.key())) {
            String s = Suggest.nearest(e.key(), allowed);
            throw new ScenarioException(file, e.line(), e.key(), what + (s != null ? " (did you mean '" + s + "'?)" : "")
                + "; allowed: " + String.join(", ", allowed));
        }
    }

    private static double[] range(Path file, YamlFile.Entry owner, Map<String, YamlFile.Entry> spec) throws ScenarioException {
        if (!spec.containsKey("min") || !spec.containsKey("max")) {
            throw new ScenarioException(file, owner.line(), owner.key(), "needs both min and max");
        }
        double min = YamlFile.number(file, spec.get("min"));
        double max = YamlFile.number(file, spec.get("max"));
        if (!(min < max)) {
            throw new ScenarioException(file, spec.get("min").line(), owner.key(), "min (" + org.commsafe.experiment.Csv.num(min)
                + ") must be below max (" + org.commsafe.experiment.Csv.num(max) + ")");
        }
        return new double[] {min, max};
    }

    /** Free parameter values as a change map for {@link ParameterSpace#with}. */
    public Map<String, Object> values(double[] x) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < free.size(); i++) {
            m.put(free.get(i).spec().key(), x[i]);
        }
        return m;
    }
}
