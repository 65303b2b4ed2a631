package org.commsafe.metrics;

import java.util.Arrays;

/**
 * Raw daily tallies per community, written by the model's processes and read by {@link Metric}.
 * Plain double arrays indexed by the constants below: incrementing one costs an array store.
 */
public final class Counters {
    public static final int ATTEMPTED = 0;
    public static final int COMMITTED = 1;
    public static final int BURGLARIES = 2;
    public static final int VEHICLE_THEFTS = 3;
    public static final int FRAUDS = 4;
    public static final int AWARENESS_RELATED = 5;
    public static final int AWARENESS_RELATED_REPORTED = 6;
    public static final int AWARENESS_ATTRIBUTABLE = 7;
    public static final int REPORTED = 8;
    public static final int REPORTED_BURGLARY = 9;
    public static final int REPORTED_VEHICLE_THEFT = 10;
    public static final int REPORTED_FRAUD = 11;
    public static final int CLEARED = 12;
    public static final int COHORT_REPORTED = 13;
    public static final int COHORT_CLEARED = 14;
    public static final int SPATIAL_ATTEMPTS = 15;
    public static final int DETERRED_OFFICER = 16;
    public static final int DETERRED_WATCH = 17;
    public static final int DETERRED_CAMERA = 18;
    public static final int DETERRED_OCCUPANT = 19;
    public static final int PREVENTED_AWARENESS = 20;
    public static final int OUTSIDE_HOME_ATTEMPTS = 21;
    public static final int OFFICER_ON_DUTY = 22;
    public static final int OFFICER_ROSTER = 23;
    public static final int OFFICER_QUOTA = 24;
    public static final int OFFICER_CASES = 25;
    public static final int OFFICER_PAPERWORK = 26;
    public static final int OFFICER_COMMUNITY = 27;
    public static final int OFFICER_IDLE = 28;
    public static final int CASE_BACKLOG = 29;
    public static final int CADRE_FORMS = 30;
    public static final int CADRE_FUNDED = 31;
    public static final int CADRE_SAFETY = 32;
    public static final int WATCH_MEMBERS = 33;
    public static final int WATCH_PAID = 34;
    public static final int WATCH_PATROLLING = 35;
    public static final int WATCH_PATROL_HOURS = 36;
    public static final int WATCH_FUNDING = 37;
    public static final int WATCH_GROUPS_ACTIVE = 38;
    public static final int HOUSEHOLDS = 39;
    public static final int UNSEEN_10D = 40;
    public static final int TECH_HOMES = 41;
    public static final int AWARENESS_SUM = 42;
    public static final int TRUST_SUM = 43;
    public static final int OFFENDERS_ACTIVE = 44;
    public static final int OFFENDERS_INCARCERATED = 45;
    public static final int INCIDENTS = 46;
    public static final int MEDIAN_DAYS_SINCE_SIGHTING = 47;
    public static final int FRAUD_ATTEMPTS = 48;
    public static final int OFFENDERS_ENTERED = 49;
    public static final int OFFENDERS_DESISTED = 50;
    public static final int OFFENDERS_LEFT = 51;
    public static final int ARRESTS = 52;
    public static final int ARRESTS_OUTSIDE = 53;
    public static final int FINES = 54;
    public static final int FINES_OUTSIDE = 55;
    public static final int MINOR_OFFENDERS = 56;
    public static final int OFFICER_ORIENTATION_SUM = 57;
    public static final int OFFICERS = 58;
    public static final int SIGHTINGS = 59;
    public static final int CONTACTS = 60;
    public static final int OFFICER_PRESENCE = 61;
    /** Officers by home community (the denominator of the mean orientation). */
    public static final int OFFICERS_HOME = 62;
    /** Spatial attempts aimed at a home with technical defence (before the guardians). */
    public static final int TECH_TARGETED = 63;
    /** Failed forced-entry burglaries that, with the same draws, would have succeeded without technical defence. */
    public static final int PREVENTED_TECH_FORCED = 64;
    /** Failed walk-in burglaries (unlocked door) that would have succeeded without technical defence. */
    public static final int PREVENTED_TECH_WALK_IN = 65;
    /** Failed vehicle thefts that would have succeeded without technical defence. */
    public static final int PREVENTED_TECH_VEHICLE = 66;
    /** Cases closed with home-camera evidence (burglaries at homes with technical defence). */
    public static final int HOME_CAMERA_CASES = 67;
    /** Cases cleared that, with the same draw, would not have been cleared without the home camera's evidence. */
    public static final int CLEARED_BY_HOME_CAMERA = 68;
    /** Residents at home a patrolling watch member talked to (watch publicity). */
    public static final int WATCH_PUBLICITY = 69;
    /** Watch patrol member-hours walked by day (08-18). */
    public static final int WATCH_DAY_PATROL_HOURS = 70;
    /** Watch groups (one per community: the denominator of the active share). */
    public static final int WATCH_GROUPS = 71;
    /** Households that saw their watch group (a patrol passing the building, or a talk) in the last 30 days. */
    public static final int WATCH_SEEN = 72;
    /** Attempts stopped by a security guard (human defence). */
    public static final int DETERRED_GUARD = 73;
    /** Attempts by offenders from elsewhere turned away by a gated compound's access control. */
    public static final int DETERRED_GATE = 74;
    /** Failed forced entries that, with the same draws, would have succeeded without property management's upkeep of locks and doors. */
    public static final int PREVENTED_PROPERTY_MANAGEMENT = 75;
    /** Gated compounds (1 per gated community). */
    public static final int GATED = 76;
    /** Guards on duty at every hour. */
    public static final int GUARDS = 77;
    /** Communities with property management (1 per such community). */
    public static final int PROPERTY_MANAGED = 78;
    /** Cost of human defence (gates, guards, property management fees) per day, yuan. */
    public static final int HUMAN_DEFENCE_COST = 79;
    /** Hours of forms the cadre team owes at the end of the day (its backlog). */
    public static final int CADRE_BACKLOG = 80;
    /** Unregistered households the cadres registered. */
    public static final int CADRE_REGISTRATIONS = 81;
    /** Incidents the cadres settled by mediation. */
    public static final int CADRE_MEDIATIONS = 82;
    /** Form hours written off at the month-end inspection (owed beyond what the team can carry). */
    public static final int CADRE_FORMS_WRITTEN_OFF = 83;
    /** Households not registered with the residents' committee (rentals and floating households; end of the last month). */
    public static final int UNREGISTERED_HOUSEHOLDS = 84;
    /** Rental and floating dwellings that got a new tenant (monthly). */
    public static final int NEW_TENANTS = 85;
    /** Floating offenders in the city not registered here (at large or inside), by home community. */
    public static final int OFFENDERS_UNREGISTERED = 86;
    /** Sum of households' belonging (as of the last monthly update). */
    public static final int BELONGING_SUM = 87;
    /** Sum of households' willingness to pay (as of the last monthly update). */
    public static final int WILLINGNESS_TO_PAY_SUM = 88;
    public static final int COUNT = 89;

    public final double[][] byCommunity;

    public Counters(int communities) {
        byCommunity = new double[communities][COUNT];
    }

    public void add(int community, int counter, double amount) {
        byCommunity[community][counter] += amount;
    }

    public void reset() {
        for (double[] row : byCommunity) {
            Arrays.fill(row, 0);
        }
    }
}
