package org.commsafe.metrics;

import java.util.function.ToDoubleFunction;

/**
 * Every daily output column: the one place that defines what is observed, its unit and how it
 * is computed from the day's raw {@link Counters}. Ratios are recomputed from summed counts for
 * the city row, so a city rate is never a mean of community rates.
 */
public enum Metric {
    CRIMES_ATTEMPTED("crimes", "attempts of burglary and vehicle/bicycle theft by local offenders and of remote fraud", r -> r[Counters.ATTEMPTED]),
    CRIMES_COMMITTED("crimes", "successful crimes (victimisations)", r -> r[Counters.COMMITTED]),
    BURGLARIES("crimes", "successful burglaries", r -> r[Counters.BURGLARIES]),
    VEHICLE_THEFTS("crimes", "successful thefts of motor vehicles and bicycles", r -> r[Counters.VEHICLE_THEFTS]),
    FRAUDS("crimes", "successful frauds", r -> r[Counters.FRAUDS]),
    AWARENESS_RELATED("crimes", "committed crimes that went through a lapse of self-protection (unlocked door, careless parking, falling for a scam), counted whole", r -> r[Counters.AWARENESS_RELATED]),
    AWARENESS_ATTRIBUTABLE("crimes", "awareness-related crimes that would have failed against a careful household (counterfactual drawn on its own number)", r -> r[Counters.AWARENESS_ATTRIBUTABLE]),
    AWARENESS_RELATED_REPORTED("crimes", "awareness-related crimes that were reported", r -> r[Counters.AWARENESS_RELATED_REPORTED]),
    REPORTED("crimes", "crimes reported by the victim: recorded crime, what the police see", r -> r[Counters.REPORTED]),
    REPORTED_BURGLARY("crimes", "burglaries reported", r -> r[Counters.REPORTED_BURGLARY]),
    REPORTED_VEHICLE_THEFT("crimes", "vehicle and bicycle thefts reported", r -> r[Counters.REPORTED_VEHICLE_THEFT]),
    REPORTED_FRAUD("crimes", "frauds reported", r -> r[Counters.REPORTED_FRAUD]),
    CLEARED("cases", "cases cleared (offender identified) that day, whenever reported", r -> r[Counters.CLEARED]),
    COHORT_REPORTED("cases", "cases reported that day that belong to the clearance cohort (observed days 1 .. days - 90)", r -> r[Counters.COHORT_REPORTED]),
    COHORT_CLEARED("cases", "cohort cases cleared that day within 90 days of their report", r -> r[Counters.COHORT_CLEARED]),
    SPATIAL_ATTEMPTS("attempts", "attempts of burglary and vehicle theft (fraud is remote: no guardian can be present)", r -> r[Counters.SPATIAL_ATTEMPTS]),
    FRAUD_ATTEMPTS("attempts", "remote fraud attempts (telephone and online, by organised offenders outside the city) against the community's households", r -> r[Counters.FRAUD_ATTEMPTS]),
    DETERRED("attempts", "spatial attempts stopped by any guardian (officer, watch, camera, occupant, guard or compound gate)", r -> r[Counters.DETERRED_OFFICER] + r[Counters.DETERRED_WATCH] + r[Counters.DETERRED_CAMERA] + r[Counters.DETERRED_OCCUPANT] + r[Counters.DETERRED_GUARD] + r[Counters.DETERRED_GATE]),
    DETERRED_BY_OFFICER("attempts", "spatial attempts stopped by an officer in or next to the building at the time of the attempt", r -> r[Counters.DETERRED_OFFICER]),
    DETERRED_BY_WATCH("attempts", "spatial attempts stopped by a watch patrol in or next to the building at the time of the attempt", r -> r[Counters.DETERRED_WATCH]),
    DETERRED_BY_CAMERA("attempts", "spatial attempts stopped by a public camera covering the building", r -> r[Counters.DETERRED_CAMERA]),
    DETERRED_BY_OCCUPANT("attempts", "burglary attempts stopped because someone was at home", r -> r[Counters.DETERRED_OCCUPANT]),
    PREVENTED_BY_AWARENESS("attempts", "attempts that failed but would have succeeded, with the same draws, against a household with no self-protection", r -> r[Counters.PREVENTED_AWARENESS]),
    ATTEMPTS_OUTSIDE_HOME_COMMUNITY("attempts", "spatial attempts by offenders outside their home community (journey to crime, not displacement)", r -> r[Counters.OUTSIDE_HOME_ATTEMPTS]),
    REPORTING_RATE("share", "reported / committed (NA when none committed)", r -> ratio(r[Counters.REPORTED], r[Counters.COMMITTED])),
    VICTIMISATION_PER_1000("crimes/1000 households/day", "committed crimes per 1,000 households", r -> 1000 * ratio(r[Counters.COMMITTED], r[Counters.HOUSEHOLDS])),
    RECORDED_PER_1000("crimes/1000 households/day", "reported (recorded) crimes per 1,000 households", r -> 1000 * ratio(r[Counters.REPORTED], r[Counters.HOUSEHOLDS])),
    OFFICER_HOURS_ON_DUTY("officer-hours", "hours of officers on duty that day (the ledger below sums to this)", r -> r[Counters.OFFICER_ON_DUTY]),
    OFFICER_HOURS_ROSTER("officer-hours", "fixed duty-roster hours", r -> r[Counters.OFFICER_ROSTER]),
    OFFICER_HOURS_QUOTA("officer-hours", "enforcement hours (quota pressure and enforcement-minded choice)", r -> r[Counters.OFFICER_QUOTA]),
    OFFICER_HOURS_CASES("officer-hours", "statements, investigation and incident handling", r -> r[Counters.OFFICER_CASES]),
    OFFICER_HOURS_PAPERWORK("officer-hours", "writing cases into registers", r -> r[Counters.OFFICER_PAPERWORK]),
    OFFICER_HOURS_COMMUNITY("officer-hours", "patrol and visits, publicity, organising the watch group", r -> r[Counters.OFFICER_COMMUNITY]),
    OFFICER_HOURS_IDLE("officer-hours", "hours present but without effort (low morale), or case hours left unused", r -> r[Counters.OFFICER_IDLE]),
    CASE_BACKLOG("cases", "open cases and incidents in officers' queues at the end of the day", r -> r[Counters.CASE_BACKLOG]),
    INCIDENTS("incidents", "non-crime public-order incidents reaching officers", r -> r[Counters.INCIDENTS]),
    OFFICERS("officers", "officers whose beat covers the community (a beat over several communities counted by its share of buildings in each)", r -> r[Counters.OFFICERS]),
    HOUSEHOLDS_PER_OFFICER("households/officer", "realised households per officer: households / officers", r -> ratio(r[Counters.HOUSEHOLDS], r[Counters.OFFICERS])),
    OFFICER_PRESENCE_HOURS("building-hours", "building-hours of officer presence in or next to a building (an officer passing a building for 7 minutes covers it and its neighbours for 7/60 of an hour; residual hot-spot deterrence not included)", r -> r[Counters.OFFICER_PRESENCE]),
    SIGHTINGS("households", "households seeing their officer that day, counted once a day: passing by, or in a conversation, visit or publicity contact", r -> r[Counters.SIGHTINGS]),
    CONTACTS("contacts", "conversations, household visits and publicity reaching an at-home household: the contacts that raise trust and awareness", r -> r[Counters.CONTACTS]),
    MEDIAN_DAYS_SINCE_SIGHTING("days", "median over households of days since they last saw their officer", r -> r[Counters.MEDIAN_DAYS_SINCE_SIGHTING]),
    SHARE_UNSEEN_10D("share", "share of households that have not seen their officer for 10 days or more", r -> ratio(r[Counters.UNSEEN_10D], r[Counters.HOUSEHOLDS])),
    AWARENESS_MEAN("0-1", "mean self-protection awareness", r -> ratio(r[Counters.AWARENESS_SUM], r[Counters.HOUSEHOLDS])),
    TRUST_MEAN("0-1", "mean trust in the police", r -> ratio(r[Counters.TRUST_SUM], r[Counters.HOUSEHOLDS])),
    BELONGING_MEAN("0-1", "mean belonging of households (as of the last monthly update: moves with trust, victimisation, contact with the watch group and new tenants)", r -> ratio(r[Counters.BELONGING_SUM], r[Counters.HOUSEHOLDS])),
    WILLINGNESS_TO_PAY_MEAN("0-1", "mean willingness to pay of households (as of the last monthly update: moves with victimisation, trust and belonging)", r -> ratio(r[Counters.WILLINGNESS_TO_PAY_SUM], r[Counters.HOUSEHOLDS])),
    WATCH_MEMBERS("members", "members on the watch groups' rolls", r -> r[Counters.WATCH_MEMBERS]),
    WATCH_PAID_MEMBERS("members", "members paid a stipend this month: only members on an active group's rota, as many as the balance can pay", r -> r[Counters.WATCH_PAID]),
    WATCH_PATROLLING_MEMBERS("member-shifts", "patrol shifts walked that day by watch members (two-hour day shifts 08-18, the three-hour evening shift 19-22)", r -> r[Counters.WATCH_PATROLLING]),
    WATCH_PATROL_HOURS("member-hours", "watch patrol hours that day (day and evening)", r -> r[Counters.WATCH_PATROL_HOURS]),
    WATCH_DAY_PATROL_HOURS("member-hours", "watch patrol hours walked by day (08-18, while daytime workers' homes are empty) that day", r -> r[Counters.WATCH_DAY_PATROL_HOURS]),
    WATCH_PUBLICITY_CONTACTS("contacts", "residents at home a patrolling watch member talked to that day (watch publicity: awareness)", r -> r[Counters.WATCH_PUBLICITY]),
    WATCH_FUNDING("yuan", "watch groups' funding balance", r -> r[Counters.WATCH_FUNDING]),
    WATCH_GROUPS_ACTIVE("groups", "watch groups whose month's rota of willing members was large enough to patrol (the rest exist on paper)", r -> r[Counters.WATCH_GROUPS_ACTIVE]),
    WATCH_ACTIVE_SHARE("share", "share of watch groups active (patrolling) that day", r -> ratio(r[Counters.WATCH_GROUPS_ACTIVE], r[Counters.WATCH_GROUPS])),
    WATCH_SEEN_SHARE("share", "share of households that saw their watch group (a patrol passing the building, or a talk) in the last 30 days", r -> ratio(r[Counters.WATCH_SEEN], r[Counters.HOUSEHOLDS])),
    TECH_ADOPTION_SHARE("share", "share of homes with technical defence", r -> ratio(r[Counters.TECH_HOMES], r[Counters.HOUSEHOLDS])),
    ATTEMPTS_ON_TECH_HOMES("attempts", "spatial attempts aimed at a home with technical defence (before the guardians): who is targeted, against the adoption share", r -> r[Counters.TECH_TARGETED]),
    PREVENTED_BY_TECH("attempts", "burglaries and vehicle thefts that failed but would have succeeded, with the same draws, against the same household without technical defence", r -> r[Counters.PREVENTED_TECH_FORCED] + r[Counters.PREVENTED_TECH_WALK_IN] + r[Counters.PREVENTED_TECH_VEHICLE]),
    PREVENTED_BY_TECH_FORCED("attempts", "forced-entry burglaries prevented by an armed alarm (counterfactual as prevented_by_tech)", r -> r[Counters.PREVENTED_TECH_FORCED]),
    PREVENTED_BY_TECH_WALK_IN("attempts", "walk-in burglaries through an unlocked door prevented by an armed alarm (counterfactual as prevented_by_tech)", r -> r[Counters.PREVENTED_TECH_WALK_IN]),
    PREVENTED_BY_TECH_VEHICLE("attempts", "vehicle thefts prevented by the household's vehicle security (counterfactual as prevented_by_tech)", r -> r[Counters.PREVENTED_TECH_VEHICLE]),
    HOME_CAMERA_CASES("cases", "cases closed that day with home-camera evidence (reported burglaries at homes with technical defence)", r -> r[Counters.HOME_CAMERA_CASES]),
    CLEARED_BY_HOME_CAMERA("cases", "cases cleared that day that, with the same draw, would not have been cleared without the home camera's evidence", r -> r[Counters.CLEARED_BY_HOME_CAMERA]),
    CADRE_HOURS_FORMS("cadre-hours", "cadre hours on inspection and appraisal forms", r -> r[Counters.CADRE_FORMS]),
    CADRE_HOURS_FUNDED("cadre-hours", "cadre hours on funded departmental tasks", r -> r[Counters.CADRE_FUNDED]),
    CADRE_HOURS_SAFETY("cadre-hours", "cadre hours on safety (registration, watch support, mediation)", r -> r[Counters.CADRE_SAFETY]),
    CADRE_FORM_BACKLOG("cadre-hours", "hours of forms the cadre team owes at the end of the day (routine, inspection and ledger forms not yet filled)", r -> r[Counters.CADRE_BACKLOG]),
    CADRE_FORMS_WRITTEN_OFF("cadre-hours", "form hours written off at the month-end inspection because the backlog exceeded what the team can carry (failed inspection items)", r -> r[Counters.CADRE_FORMS_WRITTEN_OFF]),
    CADRE_REGISTRATIONS("households", "unregistered households the cadres registered that day", r -> r[Counters.CADRE_REGISTRATIONS]),
    CADRE_MEDIATIONS("incidents", "incidents the cadres settled by mediation that day (they did not reach the officer)", r -> r[Counters.CADRE_MEDIATIONS]),
    UNREGISTERED_SHARE("share", "share of households not registered with the residents' committee (rentals and floating households missed on arrival and not yet registered; as of the last monthly pass)", r -> ratio(r[Counters.UNREGISTERED_HOUSEHOLDS], r[Counters.HOUSEHOLDS])),
    NEW_TENANTS("households", "rental and floating dwellings that got a new tenant that day (the monthly pass)", r -> r[Counters.NEW_TENANTS]),
    OFFENDERS_UNREGISTERED("offenders", "floating offenders in the city (at large or inside) not registered here, by home community", r -> r[Counters.OFFENDERS_UNREGISTERED]),
    OFFENDERS_ACTIVE("offenders", "offenders at large that day (after the morning's releases), by home community", r -> r[Counters.OFFENDERS_ACTIVE]),
    OFFENDERS_INCARCERATED("offenders", "offenders inside all that day (a sentence or detention of N days counts N days), by home community", r -> r[Counters.OFFENDERS_INCARCERATED]),
    OFFENDERS_ENTERED("offenders", "offender lives that began that morning (local onset or floating newcomer who offends), by home community", r -> r[Counters.OFFENDERS_ENTERED]),
    OFFENDERS_DESISTED("offenders", "offender lives that ended that morning by desistance, by home community", r -> r[Counters.OFFENDERS_DESISTED]),
    OFFENDERS_LEFT("offenders", "floating offenders who moved away that morning, by home community", r -> r[Counters.OFFENDERS_LEFT]),
    ARRESTS("arrests", "arrests by enforcement hours, inside the beat (by the offender's home community) and outside it (by the officer's home community): the station's count", r -> r[Counters.ARRESTS] + r[Counters.ARRESTS_OUTSIDE]),
    ARRESTS_OUTSIDE("arrests", "arrests made by cross-district enforcement hours outside the beat (another district's offenders: no incapacitation here)", r -> r[Counters.ARRESTS_OUTSIDE]),
    FINES("fines", "fines of minor offenders by enforcement hours, inside the beat and outside it: the station's count", r -> r[Counters.FINES] + r[Counters.FINES_OUTSIDE]),
    FINES_OUTSIDE("fines", "fines issued by cross-district enforcement hours outside the beat", r -> r[Counters.FINES_OUTSIDE]),
    MINOR_OFFENDERS("minor offenders", "stock of minor offenders (easy enforcement targets) at the end of the day", r -> r[Counters.MINOR_OFFENDERS]),
    OFFICER_ORIENTATION("0-1", "mean prevention orientation of officers (share of free effort to community work), by the officer's home community", r -> ratio(r[Counters.OFFICER_ORIENTATION_SUM], r[Counters.OFFICERS_HOME])),
    DETERRED_BY_GUARD("attempts", "spatial attempts stopped by a security guard in or next to the building (human defence)", r -> r[Counters.DETERRED_GUARD]),
    DETERRED_BY_GATE("attempts", "spatial attempts by offenders living elsewhere turned away by a gated compound's access control", r -> r[Counters.DETERRED_GATE]),
    PREVENTED_BY_PROPERTY_MANAGEMENT("attempts", "forced-entry burglaries that failed but would have succeeded, with the same draws, without property management's upkeep of doors, locks and lighting", r -> r[Counters.PREVENTED_PROPERTY_MANAGEMENT]),
    GATED_COMPOUNDS("communities", "gated compounds (1 for a gated community; the city row counts them)", r -> r[Counters.GATED]),
    GUARDS_ON_DUTY("guards", "security guards on duty at every hour", r -> r[Counters.GUARDS]),
    PROPERTY_MANAGED("communities", "communities with property management (1 for such a community; the city row counts them)", r -> r[Counters.PROPERTY_MANAGED]),
    HUMAN_DEFENCE_COST("yuan/day", "cost of human defence that day: gates (gate_cost), guards on duty (guard_cost) and households' property management fees (property_management_fee), each a yearly figure / 365", r -> r[Counters.HUMAN_DEFENCE_COST]);

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
