package org.commsafe.metrics;

import java.util.Arrays;

/**
 * Raw daily tallies per community, written by the model's rules and read by {@link Metric}.
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
    public static final int REPORTED = 7;
    public static final int CLEARED = 8;
    public static final int DETERRED = 9;
    public static final int OUTSIDER_ATTEMPTS = 10;
    public static final int OFFICER_ROSTER = 11;
    public static final int OFFICER_QUOTA = 12;
    public static final int OFFICER_CASES = 13;
    public static final int OFFICER_PAPERWORK = 14;
    public static final int OFFICER_COMMUNITY = 15;
    public static final int OFFICER_IDLE = 16;
    public static final int CASE_BACKLOG = 17;
    public static final int CADRE_FORMS = 18;
    public static final int CADRE_FUNDED = 19;
    public static final int CADRE_SAFETY = 20;
    public static final int WATCH_MEMBERS = 21;
    public static final int WATCH_ACTIVE = 22;
    public static final int WATCH_PATROL_HOURS = 23;
    public static final int WATCH_FUNDING = 24;
    public static final int WATCH_GROUPS_ACTIVE = 25;
    public static final int HOUSEHOLDS = 26;
    public static final int UNSEEN_10D = 27;
    public static final int TECH_HOMES = 28;
    public static final int AWARENESS_SUM = 29;
    public static final int TRUST_SUM = 30;
    public static final int OFFENDERS_ACTIVE = 31;
    public static final int OFFENDERS_INCARCERATED = 32;
    public static final int INCIDENTS = 33;
    public static final int MEDIAN_DAYS_SINCE_SIGHTING = 34;
    public static final int COUNT = 35;

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
