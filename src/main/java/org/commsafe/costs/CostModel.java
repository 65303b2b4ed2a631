package org.commsafe.costs;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.commsafe.agents.CrimeType;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Limits;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.Suggest;
import org.commsafe.scenario.YamlFile;

/**
 * Costs and harm as data (scenarios/costs/*.yaml): what each lever costs a year, how harmful each
 * crime type is, and which levers an optimisation may move within which bounds.
 *
 * <pre>
 * currency: CNY
 * price_year: 2022
 * items:
 *   officers:
 *     lever: households_per_officer
 *     quantity: "max(1, round(households / households_per_officer))"
 *     unit: officer-year
 *     yuan: 165000                 # or capital + life_years (+ discount_rate) + upkeep
 *     source: "..."
 * harm:
 *   unit: "days of custody"
 *   weights:
 *     burglary: {weight: 183, source: "..."}
 * levers:
 *   households_per_officer: {min: 1000, max: 3000}
 * </pre>
 *
 * The yearly cost of a policy is the sum over items of yuan per unit x quantity, the quantity an
 * expression ({@link Expr}) of the resolved parameters, {@code households}, {@code communities}
 * and {@code out.<summary column>} (a replication's outcome, e.g. the adopting share the subsidy
 * is paid to). Costs relative to a baseline are differences of these sums.
 */
public record CostModel(Path file, String name, String description, String currency, int priceYear, List<Item> items,
                        String harmUnit, Map<CrimeType, Weight> harm, List<Lever> levers, String harmUnitZh) {

    /** The harm unit in a chart language ("zh": harm's unit_zh when the file gives one). */
    public String harmUnit(String language) {
        return "zh".equals(language) && harmUnitZh != null ? harmUnitZh : harmUnit;
    }

    /** One priced item: yuan per unit per year times a quantity of the policy. */
    public record Item(String name, String lever, Expr quantity, String unit, double yuanPerUnit, String source, int line) {
        public double yearly(ToDoubleFunction<String> vars) {
            return yuanPerUnit * quantity.eval(vars);
        }
    }

    /** Harm of one crime of a type, in the file's harm unit. */
    public record Weight(CrimeType type, double weight, String source) {
    }

    /**
     * A lever an optimisation searches: within [min, max] (integer parameters stay whole) or, for
     * a categorical lever ({@code values} not null), among a list of values (an enum such as
     * camera_layout, a boolean, or listed numbers), coded in a mix as the value's index
     * 0..n-1. {@code file} and {@code line}: where it is declared.
     */
    public record Lever(ParameterSpace.Spec spec, double min, double max, List<String> values, Path file, int line) {
        public Lever(ParameterSpace.Spec spec, double min, double max) {
            this(spec, min, max, null, null, 0);
        }

        public boolean categorical() {
            return values != null;
        }

        /** Whole-numbered in a mix: integer parameters and categorical levers (an index). */
        public boolean integer() {
            return categorical() || spec.isInteger();
        }

        public String key() {
            return spec.key();
        }

        /** The parameter value of a mix's coordinate: the value itself, or the categorical lever's value at that index. */
        public Object value(double x) {
            if (categorical()) {
                return ParameterSpace.parse(spec, values.get((int) Math.round(x)));
            }
            return integer() ? (Object) (long) Math.round(x) : (Object) x;
        }

        /** The coordinate of a parameter value: the number, or the index of a categorical lever's value (-1: not listed). */
        public double coordinate(Object v) {
            if (!categorical()) {
                return ((Number) v).doubleValue();
            }
            for (int i = 0; i < values.size(); i++) {
                if (same(ParameterSpace.parse(spec, values.get(i)), v)) {
                    return i;
                }
            }
            return -1;
        }

        /** A coordinate as outputs spell it: the number, or the categorical lever's value. */
        public String format(double x) {
            if (categorical()) {
                return values.get((int) Math.round(x));
            }
            return integer() ? Long.toString(Math.round(x)) : org.commsafe.experiment.Csv.num(x);
        }

        /** The lever's search space as a fingerprint or report states it. */
        public String describe() {
            return categorical() ? key() + " in [" + String.join(", ", values) + "]"
                : key() + " " + org.commsafe.experiment.Csv.num(min) + "-" + org.commsafe.experiment.Csv.num(max);
        }

        private static boolean same(Object a, Object b) {
            if (a instanceof Number x && b instanceof Number y) {
                return x.doubleValue() == y.doubleValue();
            }
            return String.valueOf(a).equalsIgnoreCase(String.valueOf(b));
        }
    }

    /** The summary column of a crime type's committed crimes per 1,000 households per year. */
    public static SummaryMetric rateColumn(CrimeType t) {
        return SummaryMetric.byColumn(t.name().toLowerCase(Locale.ROOT) + "_per_1000");
    }

    /** The annual equivalent of a capital outlay over {@code life} years at {@code rate}, plus upkeep. */
    public static double annualise(double capital, double life, double rate, double upkeep) {
        double factor = rate == 0 ? 1 / life : rate / (1 - Math.pow(1 + rate, -life));
        return capital * factor + upkeep;
    }

    /** Yearly cost (yuan) of a policy: the sum of its items. */
    public double yearly(ToDoubleFunction<String> vars) {
        double sum = 0;
        for (Item it : items) {
            sum += it.yearly(vars);
        }
        return sum;
    }

    /** Yearly cost per item, in file order. */
    public Map<String, Double> breakdown(ToDoubleFunction<String> vars) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Item it : items) {
            out.put(it.name(), it.yearly(vars));
        }
        return out;
    }

    /** Harm per 1,000 households per year of a replication's summary outcomes (SummaryMetric order). */
    public double harmPer1000(double[] summary) {
        double h = 0;
        for (Weight w : harm.values()) {
            h += w.weight() * summary[rateColumn(w.type()).ordinal()];
        }
        return h;
    }

    /** Built-in names of quantities besides parameters and out.* columns. */
    public static final List<String> BUILT_INS = List.of("households", "communities");

    /**
     * The variables of a quantity: a parameter set (scenario keys to numbers), the built-ins
     * derived from it and one replication's summary (null: out.* names are not available).
     */
    public static ToDoubleFunction<String> variables(Map<String, ? extends Object> params, double[] summary) {
        return name -> {
            if (name.startsWith("out.")) {
                SummaryMetric m = SummaryMetric.byColumn(name.substring(4));
                if (summary == null || m == null) {
                    throw new IllegalArgumentException("outcome '" + name + "' is not available here");
                }
                return summary[m.ordinal()];
            }
            int dot = name.indexOf('.');
            if (dot > 0) {
                // a categorical parameter's indicator, e.g. camera_layout.hotspot: 1 when it has that value, else 0
                String key = name.substring(0, dot);
                ParameterSpace.Spec spec = ParameterSpace.spec(key);
                Object v = params.get(key);
                if (spec == null || v == null) {
                    throw new IllegalArgumentException("parameter '" + key + "' is missing");
                }
                Object want = ParameterSpace.parse(spec, name.substring(dot + 1));
                return String.valueOf(want).equalsIgnoreCase(String.valueOf(v)) ? 1 : 0;
            }
            if (name.equals("communities")) {
                return number(params, "grid_width") * number(params, "grid_height");
            }
            if (name.equals("households")) {
                return number(params, "grid_width") * number(params, "grid_height") * number(params, "households_per_community");
            }
            return number(params, name);
        };
    }

    private static double number(Map<String, ? extends Object> params, String key) {
        Object v = params.get(key);
        if (v instanceof Number n) {
            return n.doubleValue();
        }
        if (v instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (v instanceof String s) {
            try {
                return Double.parseDouble(s);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("parameter '" + key + "' is not a number: " + s);
            }
        }
        throw new IllegalArgumentException("parameter '" + key + "' is " + (v == null ? "missing" : "not a number: " + v));
    }

    /** True when some item reads a replication's outcome (its cost then varies by replication). */
    public boolean readsOutcomes() {
        return items.stream().anyMatch(i -> i.quantity().names().stream().anyMatch(n -> n.startsWith("out.")));
    }

    // ---------------------------------------------------------------- loading

    public static CostModel load(Path file) throws ScenarioException {
        Map<String, YamlFile.Entry> top = YamlFile.load(file);
        for (YamlFile.Entry e : top.values()) {
            known(file, e, List.of("name", "description", "currency", "price_year", "items", "harm", "levers"), "unknown key");
        }
        String name = top.containsKey("name") ? YamlFile.scalar(file, top.get("name")) : stem(file);
        Limits.checkName(file, top.get("name"), name);
        String description = top.containsKey("description") ? YamlFile.scalar(file, top.get("description")) : "";
        String currency = top.containsKey("currency") ? YamlFile.scalar(file, top.get("currency")) : "CNY";
        int priceYear = top.containsKey("price_year") ? (int) YamlFile.integer(file, top.get("price_year"), 1900, 2200) : 0;
        if (!top.containsKey("items")) {
            throw new ScenarioException(file, 1, "items", "missing: a costs file needs an 'items:' mapping of priced levers");
        }
        List<Item> items = new ArrayList<>();
        for (YamlFile.Entry e : YamlFile.mapping(file, top.get("items").value(), "items").values()) {
            items.add(item(file, e));
        }
        if (items.isEmpty()) {
            throw new ScenarioException(file, top.get("items").line(), "items", "no items: price at least one lever");
        }
        String harmUnit = "harm units";
        String harmUnitZh = null;
        Map<CrimeType, Weight> harm = new EnumMap<>(CrimeType.class);
        if (top.containsKey("harm")) {
            Map<String, YamlFile.Entry> h = YamlFile.mapping(file, top.get("harm").value(), "harm");
            for (YamlFile.Entry e : h.values()) {
                known(file, e, List.of("unit", "unit_zh", "weights"), "unknown key in harm");
            }
            if (h.containsKey("unit")) {
                harmUnit = YamlFile.scalar(file, h.get("unit"));
            }
            if (h.containsKey("unit_zh")) {
                harmUnitZh = YamlFile.scalar(file, h.get("unit_zh"));
            }
            if (!h.containsKey("weights")) {
                throw new ScenarioException(file, top.get("harm").line(), "harm", "needs 'weights:', one per crime type");
            }
            List<String> types = new ArrayList<>();
            for (CrimeType t : CrimeType.values()) {
                types.add(t.name().toLowerCase(Locale.ROOT));
            }
            for (YamlFile.Entry e : YamlFile.mapping(file, h.get("weights").value(), "weights").values()) {
                known(file, e, types, "unknown crime type");
                CrimeType t = CrimeType.valueOf(e.key().toUpperCase(Locale.ROOT));
                if (rateColumn(t) == null) {
                    throw new ScenarioException(file, e.line(), e.key(), "no summary column " + e.key() + "_per_1000 to weight");
                }
                Map<String, YamlFile.Entry> w = YamlFile.mapping(file, e.value(), e.key());
                for (YamlFile.Entry x : w.values()) {
                    known(file, x, List.of("weight", "source"), "unknown key in a harm weight");
                }
                if (!w.containsKey("weight") || !w.containsKey("source")) {
                    throw new ScenarioException(file, e.line(), e.key(), "needs 'weight' and 'source'");
                }
                double v = YamlFile.number(file, w.get("weight"));
                if (!(v >= 0 && v < 1e9)) {
                    throw new ScenarioException(file, w.get("weight").line(), "weight", "must be a number from 0 to 1e9");
                }
                harm.put(t, new Weight(t, v, YamlFile.scalar(file, w.get("source"))));
            }
            for (CrimeType t : CrimeType.values()) {
                if (!harm.containsKey(t)) {
                    throw new ScenarioException(file, top.get("harm").line(), "harm",
                        "no weight for crime type '" + t.name().toLowerCase(Locale.ROOT) + "': every type needs one (0 is allowed)");
                }
            }
        }
        List<Lever> levers = top.containsKey("levers") ? levers(file, top.get("levers"), items) : List.of();
        return new CostModel(file, name, description, currency, priceYear, List.copyOf(items), harmUnit, harm, List.copyOf(levers),
            harmUnitZh);
    }

    /** This costs model searching other levers (an experiment file's 'levers:'). */
    public CostModel withLevers(List<Lever> other) {
        return new CostModel(file, name, description, currency, priceYear, items, harmUnit, harm, List.copyOf(other), harmUnitZh);
    }

    /**
     * A 'levers:' section (of a costs file or an experiment file): each lever's bounds, every
     * lever read by one of {@code items}.
     */
    public static List<Lever> levers(Path file, YamlFile.Entry section, List<Item> items) throws ScenarioException {
        List<Lever> levers = new ArrayList<>();
        for (YamlFile.Entry e : YamlFile.mapping(file, section.value(), "levers").values()) {
            ParameterSpace.Spec spec = YamlFile.parameter(file, e);
            boolean priced = items.stream().anyMatch(i -> i.quantity().names().stream()
                .anyMatch(n -> n.equals(e.key()) || n.startsWith(e.key() + ".")));
            if (!priced) {
                throw new ScenarioException(file, e.line(), e.key(), "no item's quantity reads this lever, so it would cost"
                    + " nothing; price it (an item with 'yuan: 0' and a source says it is free on purpose; a categorical lever"
                    + " is read by its indicators, e.g. " + e.key() + ".<value>)");
            }
            Map<String, YamlFile.Entry> r = YamlFile.mapping(file, e.value(), e.key());
            for (YamlFile.Entry x : r.values()) {
                known(file, x, List.of("min", "max", "values"), "unknown key in a lever");
            }
            if (r.containsKey("values")) {
                if (r.containsKey("min") || r.containsKey("max")) {
                    throw new ScenarioException(file, e.line(), e.key(), "give either 'values: [...]' or 'min' and 'max', not both");
                }
                YamlFile.Entry ve = r.get("values");
                List<String> values = new ArrayList<>();
                for (org.yaml.snakeyaml.nodes.Node n : YamlFile.sequence(file, ve.value(), "values", ve.line())) {
                    String raw = YamlFile.scalar(file, n, "values");
                    Object parsed;
                    try {
                        parsed = ParameterSpace.parse(spec, raw);
                    } catch (IllegalArgumentException ex) {
                        throw new ScenarioException(file, YamlFile.line(n), e.key(), ex.getMessage());
                    }
                    String norm = parsed instanceof Number num ? org.commsafe.experiment.Csv.num(num.doubleValue()) : String.valueOf(parsed);
                    if (values.contains(norm)) {
                        throw new ScenarioException(file, YamlFile.line(n), e.key(), "value '" + norm + "' is listed twice");
                    }
                    values.add(norm);
                }
                if (values.size() < 2) {
                    throw new ScenarioException(file, ve.line(), e.key(), "needs at least two values to choose between");
                }
                levers.add(new Lever(spec, 0, values.size() - 1, List.copyOf(values), file, e.line()));
                continue;
            }
            if (!spec.isNumber()) {
                throw new ScenarioException(file, e.line(), e.key(), "a categorical parameter is searched among a list of values:"
                    + " give 'values: [...]' (" + spec.range() + ")");
            }
            if (!r.containsKey("min") || !r.containsKey("max")) {
                throw new ScenarioException(file, e.line(), e.key(), "needs both min and max (or a list of 'values')");
            }
            double min = YamlFile.number(file, r.get("min"));
            double max = YamlFile.number(file, r.get("max"));
            if (!(min < max)) {
                throw new ScenarioException(file, r.get("min").line(), e.key(), "min must be below max");
            }
            if (min < spec.meta().min() || max > spec.meta().max()) {
                throw new ScenarioException(file, e.line(), e.key(), "bounds exceed the valid range " + spec.range());
            }
            levers.add(new Lever(spec, min, max, null, file, e.line()));
        }
        return levers;
    }

    private static Item item(Path file, YamlFile.Entry e) throws ScenarioException {
        Map<String, YamlFile.Entry> m = YamlFile.mapping(file, e.value(), e.key());
        for (YamlFile.Entry x : m.values()) {
            known(file, x, List.of("lever", "quantity", "unit", "yuan", "capital", "life_years", "discount_rate", "upkeep", "source"),
                "unknown key in a cost item");
        }
        for (String need : List.of("lever", "quantity", "unit", "source")) {
            if (!m.containsKey(need)) {
                throw new ScenarioException(file, e.line(), e.key(), "needs '" + need + "'");
            }
        }
        YamlFile.Entry lv = m.get("lever");
        String lever = YamlFile.scalar(file, lv);
        YamlFile.parameter(file, new YamlFile.Entry(lever, lv.value(), lv.line()));
        YamlFile.Entry q = m.get("quantity");
        Expr quantity;
        try {
            quantity = Expr.parse(YamlFile.scalar(file, q));
        } catch (Expr.SyntaxException ex) {
            throw new ScenarioException(file, q.line(), "quantity", ex.getMessage());
        }
        for (String n : quantity.names()) {
            checkName(file, q, n);
        }
        double yuan;
        if (m.containsKey("yuan")) {
            for (String other : List.of("capital", "life_years", "discount_rate", "upkeep")) {
                if (m.containsKey(other)) {
                    throw new ScenarioException(file, m.get(other).line(), other,
                        "give either 'yuan' (per unit per year) or 'capital' + 'life_years' (+ 'discount_rate', 'upkeep'), not both");
                }
            }
            yuan = amount(file, m.get("yuan"));
        } else if (m.containsKey("capital")) {
            if (!m.containsKey("life_years")) {
                throw new ScenarioException(file, m.get("capital").line(), "capital", "needs 'life_years' to annualise it");
            }
            double capital = amount(file, m.get("capital"));
            double life = YamlFile.number(file, m.get("life_years"));
            if (!(life > 0 && life <= 200)) {
                throw new ScenarioException(file, m.get("life_years").line(), "life_years", "must be above 0 and at most 200");
            }
            double rate = 0.03;
            if (m.containsKey("discount_rate")) {
                rate = YamlFile.number(file, m.get("discount_rate"));
                if (!(rate >= 0 && rate <= 1)) {
                    throw new ScenarioException(file, m.get("discount_rate").line(), "discount_rate", "must be from 0 to 1");
                }
            }
            double upkeep = m.containsKey("upkeep") ? amount(file, m.get("upkeep")) : 0;
            yuan = annualise(capital, life, rate, upkeep);
        } else {
            throw new ScenarioException(file, e.line(), e.key(), "needs 'yuan' (per unit per year) or 'capital' + 'life_years'");
        }
        return new Item(e.key(), lever, quantity, YamlFile.scalar(file, m.get("unit")), yuan, YamlFile.scalar(file, m.get("source")),
            e.line());
    }

    private static double amount(Path file, YamlFile.Entry e) throws ScenarioException {
        double v = YamlFile.number(file, e);
        if (!(Math.abs(v) <= 1e12)) {
            throw new ScenarioException(file, e.line(), e.key(), "must be a number of yuan within +-1e12");
        }
        return v;
    }

    private static void checkName(Path file, YamlFile.Entry q, String n) throws ScenarioException {
        if (BUILT_INS.contains(n)) {
            return;
        }
        if (n.startsWith("out.")) {
            if (SummaryMetric.byColumn(n.substring(4)) == null) {
                List<String> cols = new ArrayList<>();
                for (SummaryMetric m : SummaryMetric.values()) {
                    cols.add("out." + m.column());
                }
                String s = Suggest.nearest(n, cols);
                throw new ScenarioException(file, q.line(), "quantity", "unknown outcome '" + n + "'"
                    + (s != null ? " (did you mean '" + s + "'?)" : "; 'commsafe columns' lists the summary columns"));
            }
            return;
        }
        int dot = n.indexOf('.');
        if (dot > 0 && ParameterSpace.spec(n.substring(0, dot)) != null) {
            ParameterSpace.Spec cat = ParameterSpace.spec(n.substring(0, dot));
            if (cat.isNumber()) {
                throw new ScenarioException(file, q.line(), "quantity", "'" + n + "': only a categorical parameter has an indicator"
                    + " (name.value); " + cat.key() + " is a number, use it as is");
            }
            try {
                ParameterSpace.parse(cat, n.substring(dot + 1));
            } catch (IllegalArgumentException ex) {
                throw new ScenarioException(file, q.line(), "quantity", "'" + n + "': " + cat.key() + " is " + cat.range());
            }
            return;
        }
        ParameterSpace.Spec spec = ParameterSpace.spec(n);
        if (spec == null) {
            List<String> keys = new ArrayList<>(BUILT_INS);
            ParameterSpace.specs().forEach(x -> keys.add(x.key()));
            String s = Suggest.nearest(n, keys);
            throw new ScenarioException(file, q.line(), "quantity", "unknown name '" + n + "'"
                + (s != null ? " (did you mean '" + s + "'?)" : "") + "; names are parameters, households, communities or out.<summary column>");
        }
        if (!spec.isNumber() && spec.type() != boolean.class) {
            throw new ScenarioException(file, q.line(), "quantity", "parameter '" + n + "' is not a number (" + spec.range()
                + "); use its indicator, e.g. " + n + "." + spec.range().replaceFirst("^one of ([^,]+).*$", "$1").toLowerCase(Locale.ROOT)
                + " (1 when it has that value, else 0)");
        }
    }

    private static String stem(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(".yaml") ? n.substring(0, n.length() - 5) : n.endsWith(".yml") ? n.substring(0, n.length() - 4) : n;
    }

    private static void known(Path file, YamlFile.Entry e, List<String> allowed, String what) throws ScenarioException {
        if (!allowed.contains(e.key())) {
            String s = Suggest.nearest(e.key(), allowed);
            throw new ScenarioException(file, e.line(), e.key(), what + (s != null ? " (did you mean '" + s + "'?)" : "")
                + "; allowed: " + String.join(", ", allowed));
        }
    }
}
