package org.commsafe.agents;

import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * A community's mass-prevention (watch) group (seed section 2). Its members are residents:
 * those at home in the day ({@link #DAY}: retirees and others who do not work away) patrol by
 * day, working members ({@link #EVENING}) in the evening. Each month funds from three sources
 * accumulate in a balance; members leave with churn, and faster when the group neither used nor
 * paid them; residents join with belonging, trust, mobilisation (officer organising and cadre
 * support hours) and the stipends the balance could offer. The month's willing members form a
 * rota; a group whose rota is too small to organise patrols exists on paper: it patrols, pays
 * and earns nothing, and its balance saves up. Whether a group is active is thus an outcome of
 * its members, not of its funds alone.
 */
public final class WatchGroup {
    public static final int DAY = 0;
    public static final int EVENING = 1;

    public final int community;
    /** Members on the roll, in all and by when they can patrol ([DAY], [EVENING]). */
    public int members;
    public final int[] membersBy = new int[2];
    /** This month's rota (willing members; 0 when the group is on paper), in all and by type. */
    public int activeMembers;
    public final int[] rota = new int[2];
    /** Members paid a stipend this month (only members who patrol are paid). */
    public int paid;
    public boolean active;
    public double balance;
    public double incomeGovernment;
    public double incomeContributions;
    public double incomeActivities;
    /** Patrol member-hours per day for the coming month: in all, and by day / in the evening. */
    public double dailyPatrolHours;
    public final double[] dailyHoursBy = new double[2];
    /** Officer organising and cadre support hours accumulated this month, and last month's total. */
    public double mobilisationHours;
    public double lastMobilisationHours;
    /** Share of a month's stipends for the willing members (at least a rota's worth) the balance could pay: the offer that attracts joiners. */
    public double offerShare;
    /** Willing members the group did not use (on paper) or did not pay this month, by type: they leave faster. */
    private final int[] unhappy = new int[2];

    public WatchGroup(int community, Parameters p) {
        this.community = community;
        // members start split as residents are (about 40% at home in the day, weighted by their joining weight)
        double home = (1 - p.daytimeWorkerShare()) * p.watchDayMemberWeight();
        double w = home + p.daytimeWorkerShare();
        membersBy[DAY] = w == 0 ? 0 : (int) Math.round(p.watchInitialMembers() * home / w);
        membersBy[EVENING] = p.watchInitialMembers() - membersBy[DAY];
        members = p.watchInitialMembers();
    }

    public boolean active() {
        return active;
    }

    /**
     * The monthly cycle: funds come in, members leave and join, the willing form a rota, and an
     * active group pays who patrols. Leaving, joining and the rota each draw from their own
     * stream positioned at (2 x community + type, month), so one type's numbers do not shift the
     * other's and a lever that changes how many members there are shifts no other draw.
     *
     * @param joinPropensity        sums over the community's households of belonging x trust, for
     *                              households at home in the day [DAY] and daytime workers [EVENING]
     * @param contributionPropensity sum over households of willingness to pay x belonging x trust x
     *                              (1 + results effect if it saw the group + concern if crime was near)
     * @param households             households in the community
     */
    public void month(Parameters p, int month, Stream leave, Stream join, Stream rotaStream, double[] joinPropensity,
                      double contributionPropensity, int households) {
        // funds: the budget, residents' contributions ("I already pay taxes": seed 2) and the
        // income of convenience-service activities, which only a working group runs
        incomeGovernment = p.watchGovernmentBudget();
        incomeContributions = contributionPropensity * (1 - p.taxpayerAttitude()) * p.watchContribution();
        incomeActivities = active ? p.watchActivityIncome() : 0;
        double income = incomeGovernment + incomeContributions + incomeActivities;
        balance = Math.min(balance + income, Math.max(0, p.watchReserveMonths() * income));

        int willingBefore = activeMembers;
        offerShare = Math.min(1, balance / (p.watchStipend() * Math.max(Math.max(1, p.watchActiveThreshold()), willingBefore)));
        double nonMemberShare = Math.max(0, 1 - (double) members / households);
        double pull = p.watchJoinRate() * nonMemberShare * (1 + p.watchMobilisationEffect() * mobilisationHours)
            * (1 + p.watchStipendAttraction() * offerShare);
        lastMobilisationHours = mobilisationHours;
        mobilisationHours = 0;
        double stayUnhappy = (1 - p.watchChurn()) * (1 - p.watchUnusedLeave());
        members = 0;
        activeMembers = 0;
        for (int k = 0; k < 2; k++) {
            int entity = 2 * community + k;
            Stream l = leave.at(entity, month);
            int sad = Math.min(unhappy[k], membersBy[k]);
            int leavers = binomial(sad, 1 - stayUnhappy, l) + binomial(membersBy[k] - sad, p.watchChurn(), l);
            double weight = k == DAY ? p.watchDayMemberWeight() : 1;
            membersBy[k] = Math.max(0, membersBy[k] - leavers + join.at(entity, month).poisson(pull * weight * joinPropensity[k]));
            rota[k] = binomial(membersBy[k], p.watchWillingShare(), rotaStream.at(entity, month));
            members += membersBy[k];
            activeMembers += rota[k];
        }
        // a rota too small to organise patrols: the group exists on paper (seed 2 'in name only')
        active = activeMembers >= p.watchActiveThreshold() && activeMembers > 0;
        paid = 0;
        dailyPatrolHours = 0;
        if (!active) {
            for (int k = 0; k < 2; k++) {
                unhappy[k] = rota[k]; // willing, but nobody organised a patrol
                rota[k] = 0;
                dailyHoursBy[k] = 0;
            }
            activeMembers = 0;
            return;
        }
        paid = (int) Math.min(activeMembers, Math.floor(balance / p.watchStipend()));
        balance -= paid * p.watchStipend();
        double paidShare = (double) paid / activeMembers;
        for (int k = 0; k < 2; k++) {
            unhappy[k] = rota[k] - (int) Math.round(rota[k] * paidShare);
            dailyHoursBy[k] = rota[k] * p.watchHoursPerMember() / 30.0;
            dailyPatrolHours += dailyHoursBy[k];
        }
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
