package org.commsafe.charts;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commsafe.analysis.ResultSet;

/**
 * Short, factor-aware labels for the groups of a comparison: a design point of a sweep is shown
 * by the values of the factors that vary across the design ({@code 1000 / RANDOM}), and the
 * factors' names go to the axis title or legend ({@code Households per officer / Camera layout}),
 * never the raw point name ({@code households_per_officer=1000_camera_layout=RANDOM}). A group
 * without factors (a scenario of a run) keeps its name.
 */
public final class DesignLabels {
    /** Factors whose value differs between groups, in design order. */
    public final List<String> varying;
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final Labels l;
    private final boolean anyFactors;

    private DesignLabels(ResultSet rs, Labels l) {
        this.l = l;
        List<String> vary = new ArrayList<>();
        for (String f : rs.factorKeys) {
            Set<String> values = new HashSet<>();
            for (ResultSet.Group g : rs.groups.values()) {
                values.add(g.factors.getOrDefault(f, ""));
            }
            if (values.size() > 1) {
                vary.add(f);
            }
        }
        this.varying = List.copyOf(vary);
        boolean any = false;
        Set<String> seen = new HashSet<>();
        boolean unique = true;
        for (ResultSet.Group g : rs.groups.values()) {
            String label = l.scenario(g.name);
            if (!g.factors.isEmpty() && !varying.isEmpty()) {
                any = true;
                List<String> parts = new ArrayList<>();
                for (String f : varying) {
                    parts.add(value(g.factors.getOrDefault(f, "-")));
                }
                label = String.join(" / ", parts);
            }
            unique &= seen.add(label);
            labels.put(g.name, label);
        }
        if (!unique) { // rounding (or the label table) made two groups look alike: keep the names
            labels.replaceAll((k, v) -> k);
            any = false;
        }
        this.anyFactors = any;
    }

    public static DesignLabels of(ResultSet rs, Labels l) {
        return new DesignLabels(rs, l);
    }

    /** The short label of a group. */
    public String label(String group) {
        return labels.getOrDefault(group, group);
    }

    /** What the short labels show: the varying factors' names ("A / B"), or "Scenario". */
    public String title() {
        if (!anyFactors) {
            return l.get("axis.scenario");
        }
        List<String> names = new ArrayList<>();
        for (String f : varying) {
            names.add(factorName(f, l));
        }
        return String.join(" / ", names);
    }

    /** A group in words for a title: "Households per officer 1000, Camera layout RANDOM", or its name. */
    public String describe(ResultSet rs, String group) {
        ResultSet.Group g = rs.groups.get(group);
        if (g == null || g.factors.isEmpty() || !anyFactors) {
            return l.scenario(group);
        }
        List<String> parts = new ArrayList<>();
        for (String f : varying) {
            parts.add(factorName(f, l) + " " + value(g.factors.getOrDefault(f, "-")));
        }
        return String.join(", ", parts);
    }

    /** Distinct values of a factor over the given groups, in order of appearance. */
    public static List<String> levels(ResultSet rs, List<String> groups, String factor) {
        Set<String> out = new LinkedHashSet<>();
        for (String g : groups) {
            out.add(rs.groups.get(g).factors.get(factor));
        }
        return new ArrayList<>(out);
    }

    /** A factor's name in words: the bundle's {@code factor.<key>}, else the key with spaces, capitalised. */
    public static String factorName(String key, Labels l) {
        String v = l.get("factor." + key);
        if (!v.equals("factor." + key)) {
            return v;
        }
        String s = key.replace('_', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** A factor's name with its unit, for an axis: "Households per officer (households/officer)". */
    public static String factorAxis(String key, Labels l) {
        String unit = Charts.unitOf(key);
        return factorName(key, l) + (unit.isEmpty() ? "" : " (" + unit + ")");
    }

    /** A factor value, numbers shortened to 4 significant digits without trailing zeros ("1000.0" to "1000"). */
    public static String value(String v) {
        try {
            double d = Double.parseDouble(v);
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return v;
            }
            BigDecimal b = new BigDecimal(d).round(new MathContext(4)).stripTrailingZeros();
            return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
        } catch (NumberFormatException e) {
            return v;
        }
    }
}
