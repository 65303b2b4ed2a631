package org.commsafe.gui;

import org.commsafe.metrics.Metric;

/** What clicking a community shows: its own figures over the last 30 days (a MASON inspector). */
public final class CommunityInfo {
    private final int community;
    private final String name;
    private final transient DayStats stats;
    private final int households;

    public CommunityInfo(int community, String name, DayStats stats) {
        this(community, name, 0, stats);
    }

    public CommunityInfo(int community, String name, int households, DayStats stats) {
        this.community = community;
        this.name = name;
        this.households = households;
        this.stats = stats;
    }

    public int index() {
        return community;
    }

    public String getName() {
        return name;
    }

    /** Households of the community (a planner's district sets them per community). */
    public double getHouseholds() {
        return households;
    }

    /** Human defence: a gated compound? guards on duty, property management? (a district sets them per community) */
    public boolean getGatedCompound() {
        return stats.today(community, Metric.GATED_COMPOUNDS) > 0;
    }

    public double getGuardsOnDuty() {
        return stats.today(community, Metric.GUARDS_ON_DUTY);
    }

    public boolean getPropertyManagement() {
        return stats.today(community, Metric.PROPERTY_MANAGED) > 0;
    }

    public double getDeterredByGuardsAndGateLast30Days() {
        return stats.sum30(community, Metric.DETERRED_BY_GUARD) + stats.sum30(community, Metric.DETERRED_BY_GATE);
    }

    public double getCrimesLast30Days() {
        return stats.sum30(community, Metric.CRIMES_COMMITTED);
    }

    public double getReportedLast30Days() {
        return stats.sum30(community, Metric.REPORTED);
    }

    public double getReportingRateLast30Days() {
        return stats.ratio30(community, Metric.REPORTED, Metric.CRIMES_COMMITTED);
    }

    public double getAwarenessRelatedShareLast30Days() {
        return stats.ratio30(community, Metric.AWARENESS_RELATED, Metric.CRIMES_COMMITTED);
    }

    public double getShareUnseen10Days() {
        return stats.today(community, Metric.SHARE_UNSEEN_10D);
    }

    public double getMedianDaysSinceSighting() {
        return stats.today(community, Metric.MEDIAN_DAYS_SINCE_SIGHTING);
    }

    public double getOfficerCommunityHoursToday() {
        return stats.today(community, Metric.OFFICER_HOURS_COMMUNITY);
    }

    public double getCaseBacklog() {
        return stats.today(community, Metric.CASE_BACKLOG);
    }

    public double getAwarenessMean() {
        return stats.today(community, Metric.AWARENESS_MEAN);
    }

    public double getTrustMean() {
        return stats.today(community, Metric.TRUST_MEAN);
    }

    public double getTechAdoptionShare() {
        return stats.today(community, Metric.TECH_ADOPTION_SHARE);
    }

    public double getWatchActiveMembers() {
        return stats.today(community, Metric.WATCH_PATROLLING_MEMBERS);
    }

    public double getWatchFunding() {
        return stats.today(community, Metric.WATCH_FUNDING);
    }

    public boolean getWatchGroupActive() {
        return stats.today(community, Metric.WATCH_GROUPS_ACTIVE) > 0;
    }

    @Override
    public String toString() {
        return name;
    }
}
