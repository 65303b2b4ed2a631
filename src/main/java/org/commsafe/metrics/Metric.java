package org.commsafe.metrics;

import java.util.function.ToDoubleFunction;

/**
 * Every daily output column: the one place that defines what is observed, its unit and how it
 * is computed from the day's raw {@link Counters}. Ratios are recomputed from summed counts for
 * the city row, so a city rate is never a mean of community rates.
 */
public enum Metric {
    CRIMES_ATTEMPTED("crimes", "attempts of burglary, vehicle/bicycle theft and fraud", r -> r[Counters.ATTEMPTED]),
    CRIMES_COMMITTED("crimes", "successful crimes (victimisations)", r -> r[Counters.COMMITTED]),
    BURGLARIES("crimes", "successful burglaries", r -> r[Counters.BURGLARIES]),
    VEHICLE_THEFTS("crimes", "successful thefts of motor vehicles and bicycles", r -> r[Counters.VEHICLE_THEFTS]),
    FRAUDS("crimes", "successful frauds", r -> r[Counters.FRAUDS]),
    AWARENESS_RELATED("crimes", "committed crimes that succeeded because of low self-protection (unlocked door, careless parking, scam)", r -> r[Counters.AWARENESS_RELATED]),
    AWARENESS_RELATED_REPORTED("crimes", "awareness-related crimes that were reported", r -> r[Counters.AWARENESS_RELATED_REPORTED]),
    REPORTED("crimes", "crimes reported by the victim (recorded cases)", r -> r[Counters.REPORTED]),
    CLEARED("cases", "cases cleared (offender identified) that day", r -> r[Counters.CLEARED]),
    DETERRED("attempts", "attempts stopped by a guardian (officer, watch, occupants, camera)", r -> r[Counters.DETERRED]),
    ATTEMPTS_BY_OUTSIDERS("attempts", "spatial attempts by offenders from another community (displacement)", r -> r[Counters.OUTSIDER_ATTEMPTS]),
    REPORTING_RATE("share", "reported / committed (NA when none committed)", r -> ratio(r[Counters.REPORTED], r[Counters.COMMITTED])),
    CLEARANCE_RATE("share", "cleared / reported that day (NA when none reported)", r -> ratio(r[Counters.CLEARED], r[Counters.REPORTED])),
    VICTIMISATION_PER_1000("crimes/1000 households/day", "committed crimes per 1,000 households", r -> 1000 * ratio(r[Counters.COMMITTED], r[Counters.HOUSEHOLDS])),
    OFFICER_HOURS_ROSTER("officer-hours", "fixed duty-roster hours", r -> r[Counters.OFFICER_ROSTER]),
    OFFICER_HOURS_QUOTA("officer-hours", "enforcement hours (quota pressure and enforcement-minded choice)", r -> r[Counters.OFFICER_QUOTA]),
    OFFICER_HOURS_CASES("officer-hours", "statements, investigation and incident handling", r -> r[Counters.OFFICER_CASES]),
    OFFICER_HOURS_PAPERWORK("officer-hours", "writing cases into registers", r -> r[Counters.OFFICER_PAPERWORK]),
    OFFICER_HOURS_COMMUNITY("officer-hours", "patrol and visits, publicity, organising the watch group", r -> r[Counters.OFFICER_COMMUNITY]),
    OFFICER_HOURS_IDLE("officer-hours", "hours present but without effort (low morale)", r -> r[Counters.OFFICER_IDLE]),
    CASE_BACKLOG("cases", "open cases and incidents in officers' queues at the end of the day", r -> r[Counters.CASE_BACKLOG]),
    INCIDENTS("incidents", "non-crime public-order incidents reaching officers", r -> r[Counters.INCIDENTS]),
    MEDIAN_DAYS_SINCE_SIGHTING("days", "median over households of days since they last saw their officer", r -> r[Counters.MEDIAN_DAYS_SINCE_SIGHTING]),
    SHARE_UNSEEN_10D("share", "share of households that have not seen their officer for 10 days or more", r -> ratio(r[Counters.UNSEEN_10D], r[Counters.HOUSEHOLDS])),
    AWARENESS_MEAN("0-1", "mean self-protection awareness", r -> ratio(r[Counters.AWARENESS_SUM], r[Counters.HOUSEHOLDS])),
    TRUST_MEAN("0-1", "mean trust in the police", r -> ratio(r[Counters.TRUST_SUM], r[Counters.HOUSEHOLDS])),
    WATCH_MEMBERS("members", "members on the watch groups' rolls", r -> r[Counters.WATCH_MEMBERS]),
    WATCH_ACTIVE_MEMBERS("members", "members actually patrolling this month", r -> r[Counters.WATCH_ACTIVE]),
    WATCH_PATROL_HOURS("member-hours", "watch patrol hours that day", r -> r[Counters.WATCH_PATROL_HOURS]),
    WATCH_FUNDING("yuan", "watch groups' funding balance", r -> r[Counters.WATCH_FUNDING]),
    WATCH_GROUPS_ACTIVE("groups", "watch groups above the active threshold (the rest exist on paper)", r -> r[Counters.WATCH_GROUPS_ACTIVE]),
    TECH_ADOPTION_SHARE("share", "share of homes with technical defence", r -> ratio(r[Counters.TECH_HOMES], r[Counters.HOUSEHOLDS])),
    CADRE_HOURS_FORMS("cadre-hours", "cadre hours on inspection and appraisal forms", r -> r[Counters.CADRE_FORMS]),
    CADRE_HOURS_FUNDED("cadre-hours", "cadre hours on funded departmental tasks", r -> r[Counters.CADRE_FUNDED]),
    CADRE_HOURS_SAFETY("cadre-hours", "cadre hours on safety (registration, watch support, mediation)", r -> r[Counters.CADRE_SAFETY]),
    OFFENDERS_ACTIVE("offenders", "offenders at large, by home community", r -> r[Counters.OFFENDERS_ACTIVE]),
    OFFENDERS_INCARCERATED("offenders", "offenders incarcerated, by home community", r -> r[Counters.OFFENDERS_INCARCERATED]);

    public final String unit;
    public final String description;
    private final ToDoubleFunction<double[]> formula;

    Metric(String unit, String description, ToDoubleFunction<double[]> formula) {
        this.unit = unit;
        this.description = description;
        this.formula = formula;
    }

    /** Column name in output files. */
    public String column() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public double compute(double[] raw) {
        return formula.applyAsDouble(raw);
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    private static final Metric[] VALUES = values();

    public static Metric[] all() {
        return VALUES;
    }
}
