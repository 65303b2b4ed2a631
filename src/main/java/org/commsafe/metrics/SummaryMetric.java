package org.commsafe.metrics;

import java.util.function.ToDoubleFunction;
import org.commsafe.experiment.RunResult;

/**
 * Whole-run outcomes of one replication, from its city-wide daily rows. Rates are ratios of
 * totals (not means of daily rates); states are means over the observed days.
 */
public enum SummaryMetric {
    CRIMES_ATTEMPTED("crimes", "attempts over the run", r -> r.citySum(Metric.CRIMES_ATTEMPTED)),
    CRIMES_COMMITTED("crimes", "crimes committed over the run", r -> r.citySum(Metric.CRIMES_COMMITTED)),
    VICTIMISATION_PER_1000("crimes/1000 households/year", "committed crimes per 1,000 households per year",
        r -> r.citySum(Metric.CRIMES_COMMITTED) / r.households() * 1000 * 365.0 / r.days()),
    REPORTING_RATE("share", "reported / committed", r -> ratio(r, Metric.REPORTED, Metric.CRIMES_COMMITTED)),
    CLEARANCE_RATE("share", "cleared / reported", r -> ratio(r, Metric.CLEARED, Metric.REPORTED)),
    AWARENESS_RELATED_SHARE("share", "awareness-related share of committed crimes",
        r -> ratio(r, Metric.AWARENESS_RELATED, Metric.CRIMES_COMMITTED)),
    AWARENESS_RELATED_SHARE_REPORTED("share", "awareness-related share of reported (recorded) cases",
        r -> ratio(r, Metric.AWARENESS_RELATED_REPORTED, Metric.REPORTED)),
    DETERRED_SHARE("share", "share of attempts stopped by a guardian", r -> ratio(r, Metric.DETERRED, Metric.CRIMES_ATTEMPTED)),
    SHARE_UNSEEN_10D("share", "mean daily share of households not seeing their officer for 10+ days",
        r -> mean(r, Metric.SHARE_UNSEEN_10D)),
    MEDIAN_DAYS_SINCE_SIGHTING("days", "mean of the daily median days since sighting", r -> mean(r, Metric.MEDIAN_DAYS_SINCE_SIGHTING)),
    OFFICER_COMMUNITY_SHARE("share", "share of officer hours spent on community work", r -> r.citySum(Metric.OFFICER_HOURS_COMMUNITY)
        / (r.citySum(Metric.OFFICER_HOURS_ROSTER) + r.citySum(Metric.OFFICER_HOURS_QUOTA) + r.citySum(Metric.OFFICER_HOURS_CASES)
        + r.citySum(Metric.OFFICER_HOURS_PAPERWORK) + r.citySum(Metric.OFFICER_HOURS_COMMUNITY) + r.citySum(Metric.OFFICER_HOURS_IDLE))),
    OFFICER_HOURS_COMMUNITY("officer-hours/day", "city officer community hours per day", r -> mean(r, Metric.OFFICER_HOURS_COMMUNITY)),
    OFFICER_HOURS_PAPERWORK("officer-hours/day", "city officer paperwork hours per day", r -> mean(r, Metric.OFFICER_HOURS_PAPERWORK)),
    CASE_BACKLOG_END("cases", "open cases and incidents on the last day", r -> last(r, Metric.CASE_BACKLOG)),
    CADRE_FORMS_SHARE("share", "share of cadre hours spent on forms", r -> r.citySum(Metric.CADRE_HOURS_FORMS)
        / (r.citySum(Metric.CADRE_HOURS_FORMS) + r.citySum(Metric.CADRE_HOURS_FUNDED) + r.citySum(Metric.CADRE_HOURS_SAFETY))),
    WATCH_ACTIVE_MEMBERS("members", "mean active watch members in the city", r -> mean(r, Metric.WATCH_ACTIVE_MEMBERS)),
    WATCH_GROUPS_ACTIVE("groups", "mean number of watch groups not merely on paper", r -> mean(r, Metric.WATCH_GROUPS_ACTIVE)),
    TECH_ADOPTION_SHARE("share", "share of homes with technical defence on the last day", r -> last(r, Metric.TECH_ADOPTION_SHARE)),
    AWARENESS_MEAN("0-1", "mean awareness over days", r -> mean(r, Metric.AWARENESS_MEAN)),
    TRUST_MEAN("0-1", "mean trust over days", r -> mean(r, Metric.TRUST_MEAN)),
    OFFENDERS_INCARCERATED("offenders", "mean offenders incarcerated", r -> mean(r, Metric.OFFENDERS_INCARCERATED));

    public final String unit;
    public final String description;
    private final ToDoubleFunction<RunResult> formula;

    SummaryMetric(String unit, String description, ToDoubleFunction<RunResult> formula) {
        this.unit = unit;
        this.description = description;
        this.formula = formula;
    }

    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public double compute(RunResult r) {
        return formula.applyAsDouble(r);
    }

    /** Looks a summary metric up by its column name, or null. */
    public static SummaryMetric byColumn(String column) {
        for (SummaryMetric m : values()) {
            if (m.column().equals(column)) {
                return m;
            }
        }
        return null;
    }

    private static double ratio(RunResult r, Metric num, Metric den) {
        double d = r.citySum(den);
        return d == 0 ? Double.NaN : r.citySum(num) / d;
    }

    private static double mean(RunResult r, Metric m) {
        double[] s = r.citySeries(m);
        double t = 0;
        for (double x : s) {
            t += x;
        }
        return s.length == 0 ? Double.NaN : t / s.length;
    }

    private static double last(RunResult r, Metric m) {
        double[] s = r.citySeries(m);
        return s.length == 0 ? Double.NaN : s[s.length - 1];
    }
}
