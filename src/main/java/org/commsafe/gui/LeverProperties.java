package org.commsafe.gui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.DoubleSupplier;
import org.commsafe.charts.Labels;
import org.commsafe.metrics.Metric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import sim.util.Interval;
import sim.util.Properties;

/**
 * The Console's Model tab: read-only outcomes that refresh while running, then every lever of
 * the scenario with its label, unit, a slider over its valid range and a tooltip. Generated from
 * the parameter annotations, so a new parameter appears here without GUI code.
 */
public final class LeverProperties extends Properties {
    private static final long serialVersionUID = 1L;

    /** Levers read only when the city is built: a change waits for the next start. */
    public static final Set<String> RESTART_ONLY = Set.of("grid_width", "grid_height", "households_per_community",
        "households_per_building", "rental_share", "floating_share", "daytime_worker_share", "households_per_officer",
        "officer_skill", "prevention_orientation", "geometry",
        "awareness_mean", "awareness_sd", "attitude_decay", "trust_mean", "belonging_mean", "willingness_to_pay_mean",
        "physical_defence_share", "watch_initial_members", "public_cameras",
        "camera_layout", "camera_radius", "distance_decay",
        // read when the city, its households, officers and offenders are drawn (found by reading the constructors)
        "building_attractiveness_sd", "belonging_sd", "belonging_mobile_factor", "belonging_settled_factor",
        "officer_orientation_sd", "officer_skill_sd", "trust_sd", "willingness_to_pay_sd",
        // routine absences: thresholds fixed when the households are built
        "evening_out_probability", "weekend_out_probability", "night_away_probability");

    /** The planners' levers (the seed's policy questions), listed first; the other parameters follow by group. */
    public static final List<String> POLICY_LEVERS = List.of("households_per_officer", "quota_pressure", "appraisal_enforcement_weight",
        "registers_per_case", "statement_hours", "statement_visits", "forms_per_task_per_month", "safety_funding",
        "watch_government_budget", "watch_contribution", "watch_hours_per_member", "awareness_campaign", "tech_defence_subsidy",
        "tech_police_organised", "public_cameras", "camera_layout", "patrol_strategy", "assault_punished_share");

    /** Group order of the other parameters (their @Param group). */
    static final List<String> GROUPS = List.of("city", "officer", "offending", "residents", "reporting", "watch", "cadre", "tech",
        "cameras");

    /** How an outcome is shown: a whole count, a percentage, or a number with one or two decimals. */
    enum Kind { COUNT, PERCENT, DECIMAL }

    /** A read-only outcome: its label, today's value and how to show it (unit from the label bundle, or none). */
    private record Outcome(String label, DoubleSupplier value, Kind kind, String unitKey) {
        String format(Labels l) {
            return LeverProperties.format(value.getAsDouble(), kind, unitKey.isEmpty() ? "" : l.get(unitKey));
        }
    }

    /** "12", "58.3%", "4.50 days" (no run yet: "-"). */
    static String format(double v, Kind kind, String unit) {
        if (Double.isNaN(v)) {
            return "-";
        }
        String n = switch (kind) {
            case COUNT -> Long.toString(Math.round(v));
            case PERCENT -> String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case DECIMAL -> String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
        };
        return unit.isEmpty() ? n : n + " " + unit;
    }

    private final transient CommSafeWithUI gui;
    private final transient Labels labels;
    private final transient List<Outcome> outcomes = new ArrayList<>();
    /** The rows below the outcomes: a group heading (a String) or a parameter (a Spec). */
    private final transient List<Object> rows = new ArrayList<>();
    private final transient ResourceBundle zhNames;

    public LeverProperties(CommSafeWithUI gui, Labels labels) {
        this.gui = gui;
        this.labels = labels;
        this.object = gui;
        ResourceBundle zh = null;
        if (labels.language.equals("zh")) {
            try {
                zh = ResourceBundle.getBundle("org.commsafe.gui.params", Locale.forLanguageTag("zh"),
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            } catch (MissingResourceException ignored) {
                // English names
            }
        }
        zhNames = zh;
        DayStats s = gui.stats;
        outcomes.add(new Outcome(labels.get("gui.outcome.day"), () -> s.day, Kind.COUNT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.crimes_today"), () -> s.today(s.cityRow(), Metric.CRIMES_COMMITTED), Kind.COUNT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.reporting_30d"), () -> s.ratio30(s.cityRow(), Metric.REPORTED, Metric.CRIMES_COMMITTED),
            Kind.PERCENT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.clearance_30d"), () -> s.ratio30(s.cityRow(), Metric.CLEARED, Metric.REPORTED),
            Kind.PERCENT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.unseen"), () -> s.today(s.cityRow(), Metric.SHARE_UNSEEN_10D), Kind.PERCENT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.median"), () -> s.today(s.cityRow(), Metric.MEDIAN_DAYS_SINCE_SIGHTING),
            Kind.DECIMAL, "gui.unit.days"));
        outcomes.add(new Outcome(labels.get("gui.outcome.awareness"), () -> s.today(s.cityRow(), Metric.AWARENESS_MEAN), Kind.DECIMAL, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.tech"), () -> s.today(s.cityRow(), Metric.TECH_ADOPTION_SHARE), Kind.PERCENT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.watch_active"), () -> s.today(s.cityRow(), Metric.WATCH_GROUPS_ACTIVE), Kind.COUNT, ""));
        outcomes.add(new Outcome(labels.get("gui.outcome.community_hours"), () -> s.today(s.cityRow(), Metric.OFFICER_HOURS_COMMUNITY),
            Kind.DECIMAL, "gui.unit.hours"));
        outcomes.add(new Outcome(labels.get("gui.outcome.backlog"), () -> s.today(s.cityRow(), Metric.CASE_BACKLOG), Kind.COUNT,
            "gui.unit.cases"));
        org.commsafe.costs.LiveCost cost = new org.commsafe.costs.LiveCost();
        outcomes.add(new Outcome(labels.language.equals("zh") ? "当前杠杆的年度成本（元，scenarios/costs/city.yaml）"
            : "Yearly cost of the levers (yuan, scenarios/costs/city.yaml)",
            () -> cost.yearly(gui.parameters(), s.today(s.cityRow(), Metric.TECH_ADOPTION_SHARE)), Kind.COUNT, ""));
        java.util.Map<String, ParameterSpace.Spec> byKey = new java.util.LinkedHashMap<>();
        for (ParameterSpace.Spec sp : ParameterSpace.specs()) {
            byKey.put(sp.key(), sp);
        }
        rows.add(labels.get("gui.group.levers"));
        for (String k : POLICY_LEVERS) {
            if (byKey.containsKey(k)) {
                rows.add(byKey.remove(k));
            }
        }
        List<String> groups = new ArrayList<>(GROUPS);
        for (ParameterSpace.Spec sp : byKey.values()) {
            if (!groups.contains(sp.meta().group())) {
                groups.add(sp.meta().group());
            }
        }
        for (String g : groups) {
            boolean first = true;
            for (ParameterSpace.Spec sp : byKey.values()) {
                if (sp.meta().group().equals(g)) {
                    if (first) {
                        String name = labels.get("gui.group." + g);
                        rows.add(labels.get("gui.group.model", name.equals("gui.group." + g) ? g : name));
                        first = false;
                    }
                    rows.add(sp);
                }
            }
        }
    }

    /** The row of a parameter, by its scenario key (tests and the GUI's own lookups). */
    public int indexOf(String key) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ParameterSpace.Spec sp && sp.key().equals(key)) {
                return outcomes.size() + i;
            }
        }
        return -1;
    }

    /** A parameter's name in words: the Chinese name, or the key with spaces ("Households per officer"). */
    String words(ParameterSpace.Spec s) {
        if (zhNames != null && zhNames.containsKey(s.key())) {
            return zhNames.getString(s.key());
        }
        String w = s.key().replace('_', ' ');
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** The list of rows never changes (only their values): MASON then refreshes values instead of rebuilding the tab. */
    @Override
    public boolean isVolatile() {
        return false;
    }

    @Override
    public int numProperties() {
        return outcomes.size() + rows.size();
    }

    private ParameterSpace.Spec spec(int i) {
        return i < outcomes.size() || !(rows.get(i - outcomes.size()) instanceof ParameterSpace.Spec sp) ? null : sp;
    }

    private String heading(int i) {
        return i >= outcomes.size() && rows.get(i - outcomes.size()) instanceof String h ? h : null;
    }

    /** A heading row's name: the group in capitals between rules, so groups stand out in the list. */
    private static String headingName(String h) {
        return "\u2501\u2501 " + h + " \u2501\u2501";
    }

    @Override
    public Object getValue(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).format(labels);
        }
        if (heading(i) != null) {
            return "";
        }
        ParameterSpace.Spec s = spec(i);
        Object v = ParameterSpace.toMap(gui.parameters()).get(s.key());
        return v instanceof Enum<?> e ? Integer.valueOf(e.ordinal()) : v;
    }

    @Override
    public boolean isReadWrite(int i) {
        return spec(i) != null;
    }

    @Override
    public String getName(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).label();
        }
        if (heading(i) != null) {
            return headingName(heading(i));
        }
        ParameterSpace.Spec s = spec(i);
        String unit = s.meta().unit();
        String restart = RESTART_ONLY.contains(s.key()) ? " " + labels.get("gui.restart") : "";
        // the unit when the name stays short (the Console's column must leave room for the value); always in the tooltip
        // units are English words: shown in English names only (the Chinese tooltip has them)
        boolean showUnit = zhNames == null && !unit.isEmpty() && !unit.equals("share") && !unit.equals("-") && !s.isEnum()
            && words(s).length() + unit.length() + restart.length() <= 32;
        return words(s) + (showUnit ? " (" + unit + ")" : "") + restart;
    }

    @Override
    public String getDescription(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).label();
        }
        if (heading(i) != null) {
            return heading(i);
        }
        ParameterSpace.Spec s = spec(i);
        return "<html>" + s.key() + ": " + s.meta().doc() + "<br>" + s.meta().unit() + ", " + s.range()
            + "; source: " + s.meta().source() + "<br>"
            + labels.get(RESTART_ONLY.contains(s.key()) ? "gui.restart.note" : "gui.live.note") + "</html>";
    }

    @Override
    public Class getType(int i) {
        ParameterSpace.Spec s = spec(i);
        if (s == null) {
            return String.class; // outcomes (formatted with units) and headings
        }
        return s.isEnum() || s.type() == int.class ? Integer.TYPE : s.type() == boolean.class ? Boolean.TYPE : Double.TYPE;
    }

    @Override
    public Object getDomain(int i) {
        ParameterSpace.Spec s = spec(i);
        if (s == null) {
            return null;
        }
        if (s.isEnum()) {
            Object[] cs = s.type().getEnumConstants();
            String[] names = new String[cs.length];
            for (int k = 0; k < cs.length; k++) {
                names[k] = cs[k].toString();
            }
            return names;
        }
        double lo = s.meta().min();
        double hi = s.meta().max();
        if (Double.isInfinite(lo) || Double.isInfinite(hi) || hi - lo > 100_000) {
            return null; // a text field: a slider over a huge range is useless
        }
        return s.type() == int.class ? new Interval((long) lo, (long) hi) : new Interval(lo, hi);
    }

    @Override
    protected Object _setValue(int i, Object value) {
        ParameterSpace.Spec s = spec(i);
        if (s == null) {
            return getValue(i);
        }
        Object v = s.isEnum() ? s.type().getEnumConstants()[((Number) value).intValue()] : value;
        try {
            Parameters p = ParameterSpace.with(gui.parameters(), s.key(), v);
            if (!ParameterSpace.validate(p).isEmpty()) {
                return getValue(i); // refused: the field shows the old value again
            }
            gui.setParameters(p, !RESTART_ONLY.contains(s.key()));
        } catch (IllegalArgumentException e) {
            return getValue(i);
        }
        return getValue(i);
    }
}
