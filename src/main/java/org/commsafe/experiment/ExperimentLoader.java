package org.commsafe.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import ec.util.MersenneTwisterFast;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.Limits;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.Suggest;
import org.commsafe.scenario.YamlFile;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Experiment files:
 *
 * <pre>
 * name: ratio-sweep
 * base: ../baseline.yaml            # the scenario every point starts from
 * replications: 10                  # per point (default: the base's)
 * design:
 *   type: factorial                 # factorial | scenarios | lhs | sobol
 *   factors:
 *     households_per_officer: {from: 1000, to: 6000, step: 500}
 *     camera_layout: [RANDOM, HOTSPOT]
 * </pre>
 *
 * {@code scenarios} takes {@code scenarios: [a.yaml, b.yaml]}; {@code lhs} takes {@code samples: N} and
 * factors as {@code {min: a, max: b}}; {@code sobol} takes the same and builds Saltelli's
 * N (k + 2) points for first-order and total Sobol indices; {@code morris} takes
 * {@code trajectories: R} for Morris elementary effects (R (k + 1) points).
 */
public final class ExperimentLoader {
    public static final Set<String> TOP = Set.of("name", "description", "base", "replications", "seed", "days", "burn_in_days",
        "parameters", "design");

    private ExperimentLoader() {
    }

    public static Experiment load(Path file) throws ScenarioException {
        Map<String, YamlFile.Entry> top = YamlFile.load(file);
        for (YamlFile.Entry e : top.values()) {
            if (!TOP.contains(e.key())) {
                String s = Suggest.nearest(e.key(), TOP);
                throw new ScenarioException(file, e.line(), e.key(), "unknown key" + (s != null ? " (did you mean '" + s + "'?)" : ""));
            }
        }
        if (!top.containsKey("design")) {
            throw new ScenarioException(file, 1, "design", "missing: an experiment needs a 'design:' mapping");
        }
        Settings st = settings(file, top);
        String name = st.resolved().name();
        int reps = st.resolved().replications();
        long seed = st.resolved().seed();
        int days = st.resolved().days();
        int burnIn = st.resolved().burnInDays();
        Parameters baseParams = st.resolved().parameters();
        YamlFile.Entry designEntry = top.get("design");
        Map<String, YamlFile.Entry> design = YamlFile.mapping(file, designEntry.value(), "design");
        if (!design.containsKey("type")) {
            throw new ScenarioException(file, designEntry.line(), "design", "needs 'type': factorial, scenarios, lhs or sobol");
        }
        String type = YamlFile.scalar(file, design.get("type")).toLowerCase(Locale.ROOT);
        if (!DESIGN_KEYS.containsKey(type)) {
            String s = Suggest.nearest(type, DESIGN_KEYS.keySet());
            throw new ScenarioException(file, design.get("type").line(), "type", "unknown design type '" + YamlFile.clip(type)
                + "'" + (s != null ? " (did you mean '" + s + "'?)" : "") + "; use factorial, scenarios, lhs, sobol or morris");
        }
        Set<String> allowed = DESIGN_KEYS.get(type);
        for (YamlFile.Entry d : design.values()) {
            if (!allowed.contains(d.key())) {
                String s = Suggest.nearest(d.key(), allowed);
                boolean other = DESIGN_KEYS.values().stream().anyMatch(k -> k.contains(d.key()));
                throw new ScenarioException(file, d.line(), d.key(), (other ? "not used by a " + type + " design"
                    : "unknown key in 'design:'") + (s != null ? " (did you mean '" + s + "'?)" : "")
                    + "; a " + type + " design takes " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
        List<String> keys = new ArrayList<>();
        List<DesignPoint> points = switch (type) {
            case "factorial" -> factorial(file, design, baseParams, keys);
            case "scenarios" -> scenarios(file, design, baseParams, keys);
            case "lhs", "sobol", "morris" -> sampled(file, design, baseParams, keys, type, seed);
            default -> throw new ScenarioException(file, design.get("type").line(), "type",
                "unknown design type '" + type + "'; use factorial, scenarios, lhs, sobol or morris");
        };
        for (DesignPoint pt : points) {
            String problem = org.commsafe.model.process.CameraPlacement.historyProblem(pt.parameters().cameraLayout(), burnIn);
            if (problem != null) {
                throw new ScenarioException(file, 0, "burn_in_days", "design point " + pt.name() + ": " + problem);
            }
        }
        long runs = (long) points.size() * reps;
        if (runs > Limits.MAX_RUNS) {
            YamlFile.Entry at = top.containsKey("replications") ? top.get("replications") : designEntry;
            throw new ScenarioException(file, at.line(), at.key(), String.format(Locale.ROOT,
                "%,d points x %,d replications = %,d runs; an experiment may have at most %,d runs", points.size(), reps,
                runs, Limits.MAX_RUNS));
        }
        return new Experiment(file, name, type, keys, points, reps, seed, days, burnIn);
    }

    /**
     * What an experiment file says besides its design: the base scenario (the defaults without
     * 'base:') and the experiment's own name, replications, seed, days, burn-in and parameters
     * applied to it ({@code resolved}, its file the experiment's). {@code explicitReplications}:
     * the experiment gives 'replications:' itself.
     */
    public record Settings(Scenario base, Scenario resolved, boolean explicitReplications) {
    }

    /** The {@link Settings} of an experiment file's top-level entries (their keys already checked). */
    public static Settings settings(Path file, Map<String, YamlFile.Entry> top) throws ScenarioException {
        Scenario base;
        if (top.containsKey("base")) {
            YamlFile.Entry e = top.get("base");
            Path p = Limits.referenced(file, e, YamlFile.scalar(file, e));
            base = Limits.loadReferenced(file, e, p, ScenarioLoader::load);
        } else {
            base = new Scenario(null, "defaults", "", Scenario.DEFAULT_REPLICATIONS, Scenario.DEFAULT_SEED,
                Scenario.DEFAULT_DAYS, Scenario.DEFAULT_BURN_IN_DAYS, ParameterSpace.defaults());
        }
        String name = top.containsKey("name") ? YamlFile.scalar(file, top.get("name")) : stem(file);
        Limits.checkName(file, top.get("name"), name);
        int reps = top.containsKey("replications")
            ? (int) YamlFile.integer(file, top.get("replications"), 1, Limits.MAX_REPLICATIONS) : base.replications();
        long seed = top.containsKey("seed") ? YamlFile.seed(file, top.get("seed")) : base.seed();
        int days = top.containsKey("days") ? (int) YamlFile.integer(file, top.get("days"), 1, Limits.MAX_DAYS) : base.days();
        int burnIn = top.containsKey("burn_in_days") ? (int) YamlFile.integer(file, top.get("burn_in_days"), 0, Limits.MAX_DAYS) : base.burnInDays();
        Parameters baseParams = base.parameters();
        if (top.containsKey("parameters")) {
            baseParams = ScenarioLoader.parameters(file, top.get("parameters"), baseParams);
        }
        Scenario resolved = new Scenario(file, name, top.containsKey("description") ? YamlFile.scalar(file, top.get("description"))
            : base.description(), reps, seed, days, burnIn, baseParams);
        return new Settings(base, resolved, top.containsKey("replications"));
    }

    private static List<DesignPoint> factorial(Path file, Map<String, YamlFile.Entry> design, Parameters base,
                                               List<String> keys) throws ScenarioException {
        List<YamlFile.Entry> factors = factors(file, design);
        List<List<String>> levels = new ArrayList<>();
        for (YamlFile.Entry f : factors) {
            ParameterSpace.Spec spec = spec(file, f);
            keys.add(f.key());
            List<String> values = new ArrayList<>();
            if (f.value() instanceof org.yaml.snakeyaml.nodes.SequenceNode) {
                List<Node> items = YamlFile.sequence(file, f.value(), f.key(), f.line());
                if (items.size() > Limits.MAX_LEVELS) {
                    throw new ScenarioException(file, f.line(), f.key(), String.format(Locale.ROOT,
                        "%,d values; a factor may have at most %,d", items.size(), Limits.MAX_LEVELS));
                }
                for (Node n : items) {
                    values.add(YamlFile.scalar(file, n, f.key()));
                }
            } else {
                Map<String, YamlFile.Entry> r = YamlFile.mapping(file, f.value(), f.key());
                knownKeys(file, r, Set.of("from", "to", "step"), "a range");
                if (!r.containsKey("from") || !r.containsKey("to") || !r.containsKey("step")) {
                    throw new ScenarioException(file, f.line(), f.key(), "a range needs from, to and step (or give a list)");
                }
                double from = YamlFile.number(file, r.get("from"));
                double to = YamlFile.number(file, r.get("to"));
                double step = YamlFile.number(file, r.get("step"));
                if (step <= 0 || to < from) {
                    throw new ScenarioException(file, f.line(), f.key(), "a range needs step > 0 and to >= from");
                }
                double count = Math.floor((to - from) / step + 1e-9) + 1;
                if (!(count <= Limits.MAX_LEVELS)) {
                    throw new ScenarioException(file, r.get("step").line(), f.key(), String.format(Locale.ROOT,
                        "from %s to %s in steps of %s gives %s values; a factor may have at most %,d", Csv.num(from),
                        Csv.num(to), Csv.num(step), Double.isFinite(count) && count < 1e15 ? String.format(Locale.ROOT, "%,d",
                            (long) count) : "too many", Limits.MAX_LEVELS));
                }
                int n = (int) count;
                for (int i = 0; i < n; i++) {
                    values.add(Csv.num(from + i * step));
                }
            }
            for (int i = 0; i < values.size(); i++) {
                check(file, f, spec, values.get(i));
                // one spelling per value, so point names and columns are stable (0.0 -> 0, random -> RANDOM)
                Object parsed = ParameterSpace.parse(spec, values.get(i));
                values.set(i, parsed instanceof Number n ? Csv.num(n.doubleValue()) : String.valueOf(parsed));
            }
            if (values.isEmpty()) {
                throw new ScenarioException(file, f.line(), f.key(), "has no values");
            }
            levels.add(values);
            checkPoints(file, design.get("factors"), (double) points(levels), "factorial");
        }
        List<DesignPoint> points = new ArrayList<>();
        int total = (int) points(levels);
        for (int idx = 0; idx < total; idx++) {
            Map<String, String> fv = new LinkedHashMap<>();
            int rest = idx;
            // last factor varies fastest
            int[] pick = new int[levels.size()];
            for (int k = levels.size() - 1; k >= 0; k--) {
                pick[k] = rest % levels.get(k).size();
                rest /= levels.get(k).size();
            }
            for (int k = 0; k < levels.size(); k++) {
                fv.put(keys.get(k), levels.get(k).get(pick[k]));
            }
            points.add(point(file, design.get("factors"), idx, fv, base));
        }
        return points;
    }

    private static List<DesignPoint> scenarios(Path file, Map<String, YamlFile.Entry> design, Parameters base,
                                               List<String> keys) throws ScenarioException {
        YamlFile.Entry e = design.get("scenarios");
        if (e == null) {
            throw new ScenarioException(file, designLine(design), "design", "a scenarios design needs 'scenarios: [file.yaml, ...]'");
        }
        List<DesignPoint> points = new ArrayList<>();
        List<Node> items = YamlFile.sequence(file, e.value(), "scenarios", e.line());
        if (items.isEmpty()) {
            throw new ScenarioException(file, e.line(), "scenarios", "the list is empty: name at least one scenario file");
        }
        checkPoints(file, e, items.size(), "scenarios");
        for (Node n : items) {
            String rel = YamlFile.scalar(file, n, "scenarios");
            YamlFile.Entry item = new YamlFile.Entry("scenarios", n, YamlFile.line(n));
            Path target = Limits.referenced(file, item, rel);
            Scenario s = Limits.loadReferenced(file, item, target, ScenarioLoader::load);
            for (DesignPoint other : points) {
                if (other.name().equals(s.name())) {
                    throw new ScenarioException(file, YamlFile.line(n), "scenarios", "two scenarios are named '" + s.name() + "'");
                }
            }
            points.add(new DesignPoint(points.size(), s.name(), Map.of(), s.parameters()));
        }
        return points;
    }

    private static List<DesignPoint> sampled(Path file, Map<String, YamlFile.Entry> design, Parameters base,
                                             List<String> keys, String type, long seed) throws ScenarioException {
        String countKey = type.equals("morris") ? "trajectories" : "samples";
        YamlFile.Entry se = design.get(countKey);
        if (se == null) {
            throw new ScenarioException(file, designLine(design), "design", "a " + type + " design needs '" + countKey + ": N'");
        }
        int n = (int) YamlFile.integer(file, se, 1, Limits.MAX_POINTS);
        List<YamlFile.Entry> factors = factors(file, design);
        int k = factors.size();
        if (type.equals("sobol") && k < 2) {
            throw new ScenarioException(file, design.get("factors").line(), "factors", "a sobol design needs at least 2 factors"
                + " (with one, every index is trivially 1 and says nothing); use lhs or factorial for one factor");
        }
        double total = type.equals("lhs") ? n : type.equals("sobol") ? (double) n * (k + 2) : (double) n * (k + 1);
        checkPoints(file, se, total, type);
        double[] lo = new double[k];
        double[] hi = new double[k];
        List<ParameterSpace.Spec> specs = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            YamlFile.Entry f = factors.get(i);
            ParameterSpace.Spec spec = spec(file, f);
            if (!spec.isNumber()) {
                throw new ScenarioException(file, f.line(), f.key(), "sampling needs a numeric parameter");
            }
            Map<String, YamlFile.Entry> r = YamlFile.mapping(file, f.value(), f.key());
            knownKeys(file, r, Set.of("min", "max"), "a " + type + " factor");
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw new ScenarioException(file, f.line(), f.key(), "needs {min: a, max: b}");
            }
            lo[i] = YamlFile.number(file, r.get("min"));
            hi[i] = YamlFile.number(file, r.get("max"));
            if (!(lo[i] < hi[i])) {
                throw new ScenarioException(file, r.get("min").line(), f.key(), "min (" + Csv.num(lo[i])
                    + ") must be below max (" + Csv.num(hi[i]) + ")");
            }
            check(file, f, spec, Csv.num(lo[i]));
            check(file, f, spec, Csv.num(hi[i]));
            keys.add(f.key());
            specs.add(spec);
        }
        String[] names = new String[0];
        double[][] unit;
        if (type.equals("lhs")) {
            unit = lhs(n, k, seed);
        } else if (type.equals("sobol")) {
            unit = saltelli(n, k);
            names = saltelliNames(n, k);
        } else {
            double[][][] traj = org.commsafe.analysis.Morris.design(k, n, 4, seed);
            unit = new double[n * (k + 1)][];
            names = new String[unit.length];
            for (int t = 0; t < n; t++) {
                for (int p = 0; p <= k; p++) {
                    unit[t * (k + 1) + p] = traj[t][p];
                    names[t * (k + 1) + p] = "t" + t + "-s" + p;
                }
            }
        }
        List<DesignPoint> points = new ArrayList<>();
        for (int p = 0; p < unit.length; p++) {
            Map<String, String> fv = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                double v = lo[i] + unit[p][i] * (hi[i] - lo[i]);
                v = specs.get(i).isInteger() ? Math.round(v) : Math.round(v * 1e6) / 1e6;
                fv.put(keys.get(i), Csv.num(v));
            }
            DesignPoint dp = point(file, design.get("factors"), p, fv, base);
            points.add(names.length == 0 ? dp : new DesignPoint(p, names[p], fv, dp.parameters()));
        }
        return points;
    }

    /**
     * Saltelli's scheme for Sobol indices: from a 2k-dimensional Sobol sequence, matrices A and B
     * (n rows each) and, for each factor i, A with column i taken from B; n (k + 2) points.
     */
    static double[][] saltelli(int n, int k) {
        double[][] ab = sobol(n, 2 * k);
        double[][] x = new double[n * (k + 2)][];
        for (int j = 0; j < n; j++) {
            double[] a = java.util.Arrays.copyOfRange(ab[j], 0, k);
            double[] b = java.util.Arrays.copyOfRange(ab[j], k, 2 * k);
            x[j] = a;
            x[n + j] = b;
            for (int i = 0; i < k; i++) {
                double[] abi = a.clone();
                abi[i] = b[i];
                x[(2 + i) * n + j] = abi;
            }
        }
        return x;
    }

    static String[] saltelliNames(int n, int k) {
        String[] names = new String[n * (k + 2)];
        for (int j = 0; j < n; j++) {
            names[j] = "A-" + j;
            names[n + j] = "B-" + j;
            for (int i = 0; i < k; i++) {
                names[(2 + i) * n + j] = "AB" + i + "-" + j;
            }
        }
        return names;
    }

    /** Latin hypercube: each factor's range cut in n strata, one sample per stratum, strata shuffled. */
    static double[][] lhs(int n, int k, long seed) {
        MersenneTwisterFast rng = new MersenneTwisterFast(seed);
        double[][] x = new double[n][k];
        for (int i = 0; i < k; i++) {
            int[] perm = new int[n];
            for (int j = 0; j < n; j++) {
                perm[j] = j;
            }
            for (int j = n - 1; j > 0; j--) {
                int r = rng.nextInt(j + 1);
                int t = perm[j];
                perm[j] = perm[r];
                perm[r] = t;
            }
            for (int j = 0; j < n; j++) {
                x[j][i] = (perm[j] + rng.nextDouble()) / n;
            }
        }
        return x;
    }

    static double[][] sobol(int n, int k) {
        SobolSequenceGenerator g = new SobolSequenceGenerator(k);
        g.nextVector(); // skip the all-zero first point
        double[][] x = new double[n][];
        for (int j = 0; j < n; j++) {
            x[j] = g.nextVector();
        }
        return x;
    }

    private static DesignPoint point(Path file, YamlFile.Entry factorsEntry, int idx, Map<String, String> fv, Parameters base)
            throws ScenarioException {
        StringBuilder name = new StringBuilder();
        for (Map.Entry<String, String> e : fv.entrySet()) {
            name.append(name.length() == 0 ? "" : "_").append(e.getKey()).append('=').append(e.getValue());
        }
        Parameters p;
        try {
            p = ParameterSpace.with(base, new LinkedHashMap<>(fv));
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file, factorsEntry.line(), "factors", e.getMessage());
        }
        List<String> problems = ParameterSpace.validate(p);
        if (!problems.isEmpty()) {
            throw new ScenarioException(file, factorsEntry.line(), "factors", "point " + name + ": " + problems.get(0));
        }
        return new DesignPoint(idx, name.toString(), fv, p);
    }

    private static List<YamlFile.Entry> factors(Path file, Map<String, YamlFile.Entry> design) throws ScenarioException {
        YamlFile.Entry e = design.get("factors");
        if (e == null) {
            throw new ScenarioException(file, designLine(design), "design", "needs 'factors:'");
        }
        List<YamlFile.Entry> out = new ArrayList<>(YamlFile.mapping(file, e.value(), "factors").values());
        if (out.isEmpty()) {
            throw new ScenarioException(file, e.line(), "factors", "no factors: name at least one parameter to vary");
        }
        return out;
    }

    /** The line of a design's 'type:' (the design has one when this is called). */
    private static int designLine(Map<String, YamlFile.Entry> design) {
        return design.containsKey("type") ? design.get("type").line() : 0;
    }

    /** The keys a design of each type takes. */
    static final Map<String, Set<String>> DESIGN_KEYS = Map.of(
        "factorial", Set.of("type", "factors"),
        "scenarios", Set.of("type", "scenarios"),
        "lhs", Set.of("type", "samples", "factors"),
        "sobol", Set.of("type", "samples", "factors"),
        "morris", Set.of("type", "trajectories", "factors"));

    /** Refuses keys of a small mapping (a range) that are not in {@code allowed}, with a "did you mean". */
    private static void knownKeys(Path file, Map<String, YamlFile.Entry> m, Set<String> allowed, String what)
            throws ScenarioException {
        for (YamlFile.Entry x : m.values()) {
            if (!allowed.contains(x.key())) {
                String s = Suggest.nearest(x.key(), allowed);
                throw new ScenarioException(file, x.line(), x.key(), "unknown key in " + what
                    + (s != null ? " (did you mean '" + s + "'?)" : "") + "; it takes " + String.join(", ", new java.util.TreeSet<>(allowed)));
            }
        }
    }

    /** The product of the level counts, in floating point so it cannot overflow. */
    private static double points(List<List<String>> levels) {
        double total = 1;
        for (List<String> l : levels) {
            total *= l.size();
        }
        return total;
    }

    /** Refuses a design of more than {@link Limits#MAX_POINTS} points before any is built. */
    private static void checkPoints(Path file, YamlFile.Entry at, double points, String type) throws ScenarioException {
        if (points > Limits.MAX_POINTS) {
            throw new ScenarioException(file, at.line(), at.key(), String.format(Locale.ROOT,
                "the %s design has %s points; an experiment may have at most %,d", type,
                points < 1e15 ? String.format(Locale.ROOT, "%,d", (long) points) : String.format(Locale.ROOT, "%.3g", points),
                Limits.MAX_POINTS));
        }
    }

    private static ParameterSpace.Spec spec(Path file, YamlFile.Entry f) throws ScenarioException {
        return YamlFile.parameter(file, f);
    }

    private static void check(Path file, YamlFile.Entry f, ParameterSpace.Spec spec, String v) throws ScenarioException {
        try {
            ParameterSpace.parse(spec, v);
        } catch (IllegalArgumentException ex) {
            throw new ScenarioException(file, f.line(), f.key(), ex.getMessage());
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
