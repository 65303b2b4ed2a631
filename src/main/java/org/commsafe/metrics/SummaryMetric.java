package org.commsafe.metrics;

import java.util.function.ToDoubleFunction;
import org.commsafe.experiment.RunResult;

/**
 * Whole-run outcomes of one replication, from its city-wide daily rows. Rates are ratios of
 * totals (not means of daily rates); states are means over the observed days.
 */
public enum SummaryMetric {
    CRIMES_ATTEMPTED("crimes", "attempts over the observed run", r -> r.citySum(Metric.CRIMES_ATTEMPTED)),
    CRIMES_COMMITTED("crimes", "crimes committed over the observed run", r -> r.citySum(Metric.CRIMES_COMMITTED)),
    VICTIMISATION_PER_1000("crimes/1000 households/year", "committed crimes per 1,000 households per year",
        r -> perThousandPerYear(r, Metric.CRIMES_COMMITTED)),
    BURGLARY_PER_1000("crimes/1000 households/year", "committed burglaries per 1,000 households per year", r -> perThousandPerYear(r, Metric.BURGLARIES)),
    VEHICLE_THEFT_PER_1000("crimes/1000 households/year", "committed vehicle and bicycle thefts per 1,000 households per year",
        r -> perThousandPerYear(r, Metric.VEHICLE_THEFTS)),
    FRAUD_PER_1000("crimes/1000 households/year", "committed frauds per 1,000 households per year", r -> perThousandPerYear(r, Metric.FRAUDS)),
    FRAUD_ATTEMPTS_PER_1000("attempts/1000 households/year", "remote fraud attempts (telephone and online) per 1,000 households per year", r -> perThousandPerYear(r, Metric.FRAUD_ATTEMPTS)),
    RECORDED_PER_1000("crimes/1000 households/year", "reported (recorded) crimes per 1,000 households per year: what police statistics show",
        r -> perThousandPerYear(r, Metric.REPORTED)),
    REPORTING_RATE("share", "reported / committed, all crime types", r -> ratio(r, Metric.REPORTED, Metric.CRIMES_COMMITTED)),
    REPORTING_RATE_BURGLARY("share", "reported / committed burglaries", r -> ratio(r, Metric.REPORTED_BURGLARY, Metric.BURGLARIES)),
    REPORTING_RATE_VEHICLE_THEFT("share", "reported / committed vehicle and bicycle thefts", r -> ratio(r, Metric.REPORTED_VEHICLE_THEFT, Metric.VEHICLE_THEFTS)),
    REPORTING_RATE_FRAUD("share", "reported / committed frauds", r -> ratio(r, Metric.REPORTED_FRAUD, Metric.FRAUDS)),
    CLEARANCE_RATE_COHORT("share", "of cases reported on observed days 1 .. days-90, the share cleared within 90 days of the report (no censoring inside the cohort; NA when days <= 90)",
        r -> ratio(r, Metric.COHORT_CLEARED, Metric.COHORT_REPORTED)),
    AWARENESS_RELATED_SHARE("share", "awareness-related share of committed crimes (each such crime counted whole)",
        r -> ratio(r, Metric.AWARENESS_RELATED, Metric.CRIMES_COMMITTED)),
    AWARENESS_ATTRIBUTABLE_SHARE("share", "share of committed crimes that would have failed against a careful household (the part of the awareness-related share that carelessness caused)",
        r -> ratio(r, Metric.AWARENESS_ATTRIBUTABLE, Metric.CRIMES_COMMITTED)),
    AWARENESS_RELATED_SHARE_REPORTED("share", "awareness-related share of reported (recorded) cases: the seed's police count",
        r -> ratio(r, Metric.AWARENESS_RELATED_REPORTED, Metric.REPORTED)),
    SPATIAL_ATTEMPTS("attempts", "burglary and vehicle-theft attempts over the observed run", r -> r.citySum(Metric.SPATIAL_ATTEMPTS)),
    DETERRED_SHARE("share", "share of spatial attempts stopped by a guardian (officer, watch, camera, occupant, guard or compound gate)",
        r -> ratio(r, Metric.DETERRED, Metric.SPATIAL_ATTEMPTS)),
    DETERRED_BY_OFFICER("attempts", "spatial attempts stopped by an officer, over the observed run", r -> r.citySum(Metric.DETERRED_BY_OFFICER)),
    DETERRED_BY_WATCH("attempts", "spatial attempts stopped by a watch patrol, over the observed run", r -> r.citySum(Metric.DETERRED_BY_WATCH)),
    DETERRED_BY_CAMERA("attempts", "spatial attempts stopped by a public camera, over the observed run", r -> r.citySum(Metric.DETERRED_BY_CAMERA)),
    DETERRED_BY_OCCUPANT("attempts", "burglary attempts stopped by someone at home, over the observed run", r -> r.citySum(Metric.DETERRED_BY_OCCUPANT)),
    PREVENTED_BY_AWARENESS("attempts", "attempts that failed only because the household took care (same draws, no self-protection: success)",
        r -> r.citySum(Metric.PREVENTED_BY_AWARENESS)),
    OFFENDER_DAYS_INCAPACITATED("offender-days", "offender-days spent incarcerated over the observed run", r -> r.citySum(Metric.OFFENDERS_INCARCERATED)),
    OFFENDERS_ACTIVE("offenders", "mean offenders at large", r -> mean(r, Metric.OFFENDERS_ACTIVE)),
    SHARE_UNSEEN_10D("share", "mean daily share of households not seeing their officer for 10+ days",
        r -> mean(r, Metric.SHARE_UNSEEN_10D)),
    HOUSEHOLDS_PER_OFFICER("households/officer", "realised households per officer (households / officers: the nominal lever rounded to whole officers)",
        r -> mean(r, Metric.HOUSEHOLDS_PER_OFFICER)),
    SIGHTINGS_PER_1000("households/1000 households/day", "households seeing their officer (once a day at most; passing by or in a contact), per 1,000 households per day", r -> perThousandPerYear(r, Metric.SIGHTINGS) / 365),
    CONTACTS_PER_1000("contacts/1000 households/day", "conversations, visits and publicity contacts, per 1,000 households per day", r -> perThousandPerYear(r, Metric.CONTACTS) / 365),
    OFFICER_PRESENCE_PER_1000("building-hours/1000 households/day", "building-hours of officer presence in or next to a building, per 1,000 households per day", r -> perThousandPerYear(r, Metric.OFFICER_PRESENCE_HOURS) / 365),
    MEDIAN_DAYS_SINCE_SIGHTING("days", "mean of the daily median days since sighting", r -> mean(r, Metric.MEDIAN_DAYS_SINCE_SIGHTING)),
    OFFICER_COMMUNITY_SHARE("share", "community hours / on-duty hours of officers", r -> ratio(r, Metric.OFFICER_HOURS_COMMUNITY, Metric.OFFICER_HOURS_ON_DUTY)),
    OFFICER_HOURS_COMMUNITY("officer-hours/day", "city officer community hours per day", r -> mean(r, Metric.OFFICER_HOURS_COMMUNITY)),
    OFFICER_HOURS_PAPERWORK("officer-hours/day", "city officer paperwork hours per day", r -> mean(r, Metric.OFFICER_HOURS_PAPERWORK)),
    CASE_BACKLOG_END("cases", "open cases and incidents on the last day", r -> last(r, Metric.CASE_BACKLOG)),
    CADRE_FORMS_SHARE("share", "share of cadre hours spent on forms", r -> r.citySum(Metric.CADRE_HOURS_FORMS)
        / (r.citySum(Metric.CADRE_HOURS_FORMS) + r.citySum(Metric.CADRE_HOURS_FUNDED) + r.citySum(Metric.CADRE_HOURS_SAFETY))),
    CADRE_FORM_BACKLOG("cadre-hours", "mean hours of forms the city's cadre teams owe at the end of a day", r -> mean(r, Metric.CADRE_FORM_BACKLOG)),
    CADRE_FORMS_WRITTEN_OFF("cadre-hours", "form hours written off at month-end inspections over the observed run (backlog beyond what the teams can carry)", r -> r.citySum(Metric.CADRE_FORMS_WRITTEN_OFF)),
    CADRE_REGISTRATIONS("households", "unregistered households the cadres registered over the observed run", r -> r.citySum(Metric.CADRE_REGISTRATIONS)),
    CADRE_MEDIATIONS("incidents", "incidents settled by cadre mediation over the observed run (they did not reach the officers)", r -> r.citySum(Metric.CADRE_MEDIATIONS)),
    UNREGISTERED_SHARE("share", "mean share of households not registered with the residents' committee (rentals and floating households)", r -> mean(r, Metric.UNREGISTERED_SHARE)),
    NEW_TENANTS("households", "rental and floating dwellings that got a new tenant over the observed run", r -> r.citySum(Metric.NEW_TENANTS)),
    OFFENDERS_UNREGISTERED("offenders", "mean floating offenders in the city not registered here (they go unmonitored; clearance x unregistered_clearance_factor)", r -> mean(r, Metric.OFFENDERS_UNREGISTERED)),
    WATCH_PAID_MEMBERS("members", "mean watch members paid a stipend in the city", r -> mean(r, Metric.WATCH_PAID_MEMBERS)),
    WATCH_PATROLLING_MEMBERS("member-shifts", "mean watch patrol shifts walked per day in the city", r -> mean(r, Metric.WATCH_PATROLLING_MEMBERS)),
    WATCH_GROUPS_ACTIVE("groups", "mean number of watch groups not merely on paper", r -> mean(r, Metric.WATCH_GROUPS_ACTIVE)),
    WATCH_ACTIVE_SHARE("share", "mean daily share of watch groups active (patrolling; the rest exist on paper)", r -> mean(r, Metric.WATCH_ACTIVE_SHARE)),
    WATCH_MEMBERS("members", "mean watch members on the rolls in the city", r -> mean(r, Metric.WATCH_MEMBERS)),
    WATCH_PATROL_HOURS("member-hours/day", "mean watch patrol member-hours per day in the city (day and evening)", r -> mean(r, Metric.WATCH_PATROL_HOURS)),
    WATCH_DAY_PATROL_HOURS("member-hours/day", "mean watch patrol member-hours per day in the city walked by day (08-18)", r -> mean(r, Metric.WATCH_DAY_PATROL_HOURS)),
    WATCH_PUBLICITY_PER_1000("contacts/1000 households/day", "residents at home a patrolling watch member talked to, per 1,000 households per day", r -> perThousandPerYear(r, Metric.WATCH_PUBLICITY_CONTACTS) / 365),
    WATCH_SEEN_SHARE("share", "mean daily share of households that saw their watch group in the last 30 days", r -> mean(r, Metric.WATCH_SEEN_SHARE)),
    TECH_ADOPTION_SHARE("share", "mean share of homes with technical defence", r -> mean(r, Metric.TECH_ADOPTION_SHARE)),
    TECH_TARGETED_SHARE("share", "share of spatial attempts aimed at homes with technical defence (compare with tech_adoption_share: whether adopters are the homes offenders target)",
        r -> ratio(r, Metric.ATTEMPTS_ON_TECH_HOMES, Metric.SPATIAL_ATTEMPTS)),
    PREVENTED_BY_TECH("attempts", "burglaries and vehicle thefts that failed only because of the household's technical defence (same draws without it: success), over the observed run",
        r -> r.citySum(Metric.PREVENTED_BY_TECH)),
    PREVENTED_BY_TECH_WALK_IN("attempts", "walk-in burglaries (unlocked door) prevented by an armed alarm, over the observed run", r -> r.citySum(Metric.PREVENTED_BY_TECH_WALK_IN)),
    PREVENTED_BY_TECH_VEHICLE("attempts", "vehicle thefts prevented by the household's vehicle security, over the observed run", r -> r.citySum(Metric.PREVENTED_BY_TECH_VEHICLE)),
    CLEARED_BY_HOME_CAMERA("cases", "cases cleared only because of a home camera's evidence (same draw without it: not cleared), over the observed run",
        r -> r.citySum(Metric.CLEARED_BY_HOME_CAMERA)),
    AWARENESS_MEAN("0-1", "mean awareness over days", r -> mean(r, Metric.AWARENESS_MEAN)),
    TRUST_MEAN("0-1", "mean trust over days", r -> mean(r, Metric.TRUST_MEAN)),
    BELONGING_MEAN("0-1", "mean belonging over days", r -> mean(r, Metric.BELONGING_MEAN)),
    WILLINGNESS_TO_PAY_MEAN("0-1", "mean willingness to pay over days", r -> mean(r, Metric.WILLINGNESS_TO_PAY_MEAN)),
    OFFENDERS_INCARCERATED("offenders", "mean offenders incarcerated", r -> mean(r, Metric.OFFENDERS_INCARCERATED)),
    OFFENDERS_TOTAL("offenders", "mean offenders in the city (at large or inside)", r -> mean(r, Metric.OFFENDERS_ACTIVE) + mean(r, Metric.OFFENDERS_INCARCERATED)),
    OFFENDERS_ENTERED_PER_1000("offenders/1000 households/year", "offender lives that began (local onset and floating newcomers) per 1,000 households per year",
        r -> perThousandPerYear(r, Metric.OFFENDERS_ENTERED)),
    OFFENDERS_DESISTED_PER_1000("offenders/1000 households/year", "offender lives that ended by desistance per 1,000 households per year",
        r -> perThousandPerYear(r, Metric.OFFENDERS_DESISTED)),
    OFFENDERS_LEFT_PER_1000("offenders/1000 households/year", "floating offenders who moved away per 1,000 households per year", r -> perThousandPerYear(r, Metric.OFFENDERS_LEFT)),
    ARRESTS_PER_1000("arrests/1000 households/year", "arrests by enforcement (inside and outside the beat) per 1,000 households per year: a hard indicator",
        r -> perThousandPerYear(r, Metric.ARRESTS)),
    FINES_PER_1000("fines/1000 households/year", "fines by enforcement (inside and outside the beat) per 1,000 households per year: a hard indicator",
        r -> perThousandPerYear(r, Metric.FINES)),
    CLEARED_PER_1000("cases/1000 households/year", "cases cleared per 1,000 households per year: a hard indicator", r -> perThousandPerYear(r, Metric.CLEARED)),
    OFFICER_ORIENTATION("0-1", "mean over days of officers' mean prevention orientation", r -> mean(r, Metric.OFFICER_ORIENTATION)),
    DETERRED_BY_GUARD("attempts", "spatial attempts stopped by a security guard, over the observed run", r -> r.citySum(Metric.DETERRED_BY_GUARD)),
    DETERRED_BY_GATE("attempts", "attempts by offenders from elsewhere turned away by a gated compound's access control, over the observed run", r -> r.citySum(Metric.DETERRED_BY_GATE)),
    PREVENTED_BY_PROPERTY_MANAGEMENT("attempts", "forced entries that failed only because property management keeps doors and locks in repair (same draws without it: success), over the observed run",
        r -> r.citySum(Metric.PREVENTED_BY_PROPERTY_MANAGEMENT)),
    HUMAN_DEFENCE_COST("yuan/year", "yearly cost of human defence (gates, guards, property management fees) in the city: mean daily cost x 365", r -> 365 * mean(r, Metric.HUMAN_DEFENCE_COST));

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

    private static double perThousandPerYear(RunResult r, Metric m) {
        return r.citySum(m) / r.households() * 1000 * 365.0 / r.days();
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
