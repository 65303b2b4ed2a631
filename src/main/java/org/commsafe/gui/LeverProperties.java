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
        "camera_layout", "camera_radius", "distance_decay");

    private record Outcome(String label, DoubleSupplier value) {
    }

    private final transient CommSafeWithUI gui;
    private final transient Labels labels;
    private final transient List<Outcome> outcomes = new ArrayList<>();
    private final transient List<ParameterSpace.Spec> specs = ParameterSpace.specs();
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
        outcomes.add(new Outcome(labels.get("gui.outcome.day"), () -> s.day));
        outcomes.add(new Outcome(labels.get("gui.outcome.crimes_today"), () -> s.today(s.cityRow(), Metric.CRIMES_COMMITTED)));
        outcomes.add(new Outcome(labels.get("gui.outcome.reporting_30d"), () -> s.ratio30(s.cityRow(), Metric.REPORTED, Metric.CRIMES_COMMITTED)));
        outcomes.add(new Outcome(labels.get("gui.outcome.clearance_30d"), () -> s.ratio30(s.cityRow(), Metric.CLEARED, Metric.REPORTED)));
        outcomes.add(new Outcome(labels.get("gui.outcome.unseen"), () -> s.today(s.cityRow(), Metric.SHARE_UNSEEN_10D)));
        outcomes.add(new Outcome(labels.get("gui.outcome.median"), () -> s.today(s.cityRow(), Metric.MEDIAN_DAYS_SINCE_SIGHTING)));
        outcomes.add(new Outcome(labels.get("gui.outcome.awareness"), () -> s.today(s.cityRow(), Metric.AWARENESS_MEAN)));
        outcomes.add(new Outcome(labels.get("gui.outcome.tech"), () -> s.today(s.cityRow(), Metric.TECH_ADOPTION_SHARE)));
        outcomes.add(new Outcome(labels.get("gui.outcome.watch_active"), () -> s.today(s.cityRow(), Metric.WATCH_GROUPS_ACTIVE)));
        outcomes.add(new Outcome(labels.get("gui.outcome.community_hours"), () -> s.today(s.cityRow(), Metric.OFFICER_HOURS_COMMUNITY)));
        outcomes.add(new Outcome(labels.get("gui.outcome.backlog"), () -> s.today(s.cityRow(), Metric.CASE_BACKLOG)));
        org.commsafe.costs.LiveCost cost = new org.commsafe.costs.LiveCost();
        outcomes.add(new Outcome(labels.language.equals("zh") ? "当前杠杆的年度成本（元，scenarios/costs/city.yaml）"
            : "Yearly cost of the levers (yuan, scenarios/costs/city.yaml)",
            () -> cost.yearly(gui.parameters(), s.today(s.cityRow(), Metric.TECH_ADOPTION_SHARE))));
    }

    @Override
    public boolean isVolatile() {
        return true;
    }

    @Override
    public int numProperties() {
        return outcomes.size() + specs.size();
    }

    private ParameterSpace.Spec spec(int i) {
        return i < outcomes.size() ? null : specs.get(i - outcomes.size());
    }

    @Override
    public Object getValue(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).value().getAsDouble();
        }
        ParameterSpace.Spec s = spec(i);
        Object v = ParameterSpace.toMap(gui.parameters()).get(s.key());
        return v instanceof Enum<?> e ? Integer.valueOf(e.ordinal()) : v;
    }

    @Override
    public boolean isReadWrite(int i) {
        return i >= outcomes.size();
    }

    @Override
    public String getName(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).label();
        }
        ParameterSpace.Spec s = spec(i);
        String name = zhNames != null && zhNames.containsKey(s.key()) ? zhNames.getString(s.key()) : s.key();
        return name + " [" + s.meta().unit() + "]" + (RESTART_ONLY.contains(s.key()) ? " " + labels.get("gui.restart") : "");
    }

    @Override
    public String getDescription(int i) {
        if (i < outcomes.size()) {
            return outcomes.get(i).label();
        }
        ParameterSpace.Spec s = spec(i);
        return "<html>" + s.key() + ": " + s.meta().doc() + "<br>" + s.meta().unit() + ", " + s.range()
            + "; source: " + s.meta().source() + "<br>"
            + labels.get(RESTART_ONLY.contains(s.key()) ? "gui.restart.note" : "gui.live.note") + "</html>";
    }

    @Override
    public Class getType(int i) {
        if (i < outcomes.size()) {
            return Double.TYPE;
        }
        ParameterSpace.Spec s = spec(i);
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
