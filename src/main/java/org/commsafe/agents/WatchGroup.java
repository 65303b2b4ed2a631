package org.commsafe.agents;

import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * A community's mass-prevention (watch) group (seed section 2). Funded monthly from three
 * sources; members join with belonging and mobilisation and leave with churn; only members
 * the funds can pay patrol, and below a threshold the group exists on paper only.
 */
public final class WatchGroup {
    public final int community;
    public int members;
    public int activeMembers;
    public double balance;
    public double incomeGovernment;
    public double incomeContributions;
    public double incomeActivities;
    /** Patrol member-hours per day for the coming month. */
    public double dailyPatrolHours;
    /** Officer organising and cadre support hours accumulated this month. */
    public double mobilisationHours;
    /** Share of last month's willing members the funds could pay (stipends attract joiners). */
    public double paidShare;

    public WatchGroup(int community, Parameters p) {
        this.community = community;
        this.members = p.watchInitialMembers();
    }

    public boolean active(Parameters p) {
        return activeMembers >= p.watchActiveThreshold() && activeMembers > 0;
    }

    /**
     * The monthly cycle: funds come in, members join and leave, the funds pay who patrols. Leaving,
     * joining and paying each draw from their own positioned stream, so the number of members
     * (which sets how many numbers leaving takes) does not shift the other two.
     *
     * @param contributionPropensity sum over households of willingness to pay x belonging
     * @param belongingOfNonMembers  sum of belonging over the community's households
     * @param households             households in the community
     */
    public void month(Parameters p, Stream leave, Stream join, Stream pay, double contributionPropensity,
                      double belongingOfNonMembers, int households) {
        incomeGovernment = p.watchGovernmentBudget();
        // residents who feel their taxes already pay for safety do not pay again (seed 2)
        incomeContributions = contributionPropensity * (1 - p.taxpayerAttitude()) * p.watchContribution();
        incomeActivities = p.watchActivityIncome();
        balance += incomeGovernment + incomeContributions + incomeActivities;

        int leavers = binomial(members, p.watchChurn(), leave);
        double nonMemberShare = Math.max(0, 1 - (double) members / households);
        double expectedJoiners = p.watchJoinRate() * belongingOfNonMembers * nonMemberShare
            * (1 + p.watchMobilisationEffect() * mobilisationHours)
            * (1 + p.watchStipendAttraction() * paidShare);
        members = Math.max(0, members - leavers + join.poisson(expectedJoiners));
        mobilisationHours = 0;

        int willing = pay.round(members * p.watchWillingShare());
        int affordable = (int) Math.floor(balance / p.watchStipend());
        activeMembers = Math.min(willing, affordable);
        paidShare = willing == 0 ? 1 : (double) activeMembers / willing;
        balance -= activeMembers * p.watchStipend();
        // a group below the threshold cannot organise patrols: it exists on paper
        dailyPatrolHours = active(p) ? activeMembers * p.watchHoursPerMember() / 30.0 : 0;
    }

    /** Binomial(n, q): exact by Bernoulli trials for small n, normal approximation above 200. */
    static int binomial(int n, double q, Stream rng) {
        if (n > 200) {
            double mean = n * q;
            return Math.max(0, Math.min(n, (int) Math.round(mean + Math.sqrt(mean * (1 - q)) * rng.nextGaussian())));
        }
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (rng.nextDouble() < q) {
                k++;
            }
        }
        return k;
    }
}
