package org.commsafe.agents;

import ec.util.MersenneTwisterFast;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;

/**
 * A community officer (seed section 1). Each working day the hours are claimed in a fixed
 * order: duty roster, quota enforcement, case handling (statements, investigation, registers),
 * and only then community work, scaled by morale and split by orientation. The day's plan is
 * laid onto the shift's hours so patrols happen at real hours, when some households are out.
 */
public final class Officer {
    public static final byte OFF = 0;
    public static final byte OTHER = 1;       // roster, cases, paperwork, outside enforcement, idle
    public static final byte PATROL = 2;      // visible patrol and household visits
    public static final byte PUBLICITY = 3;
    public static final byte ENFORCE_IN = 4;  // enforcement inside the beat: guardian, no contact

    public final int id;
    /** The beat: buildings [buildingFrom, buildingTo), households [householdFrom, householdTo). */
    public final int buildingFrom;
    public final int buildingTo;
    public final int householdFrom;
    public final int householdTo;
    public final int homeCommunity;
    /** Communities the beat touches and the share of the beat's buildings in each. */
    public final int[] communities;
    public final double[] communityShares;
    public final double skill;
    public final double orientation;
    public double morale;
    public final CaseQueue queue = new CaseQueue();

    private final byte[] plan = new byte[24];
    private final int[] shiftHours = new int[24];
    private final double[] spent = new double[2];
    /** Hours of today's ledger. */
    private double roster;
    private double quota;
    private double caseHours;
    private double community;
    private double idle;
    private double organising;
    /** Building of the last patrol stop (for display), -1 when not on patrol. */
    public int position = -1;

    public Officer(int id, int buildingFrom, int buildingTo, City city, Parameters p, MersenneTwisterFast rng) {
        this.id = id;
        this.buildingFrom = buildingFrom;
        this.buildingTo = buildingTo;
        this.householdFrom = city.hhStart[buildingFrom];
        this.householdTo = city.hhStart[buildingTo];
        int first = city.buildingCommunity[buildingFrom];
        int last = city.buildingCommunity[buildingTo - 1];
        communities = new int[last - first + 1];
        communityShares = new double[communities.length];
        int best = first;
        for (int c = first; c <= last; c++) {
            int from = Math.max(buildingFrom, city.firstBuilding(c));
            int to = Math.min(buildingTo, city.firstBuilding(c) + city.buildingsPerCommunity);
            communities[c - first] = c;
            communityShares[c - first] = (double) (to - from) / (buildingTo - buildingFrom);
            if (communityShares[c - first] > communityShares[best - first]) {
                best = c;
            }
        }
        homeCommunity = best;
        skill = Households.clamp01(p.officerSkill() + 0.1 * rng.nextGaussian());
        orientation = Households.clamp01(p.preventionOrientation() + 0.15 * rng.nextGaussian());
        morale = p.moraleBase();
    }

    public boolean worksOn(int day, Parameters p) {
        return Math.floorMod(day + id, 7) < p.officerDaysPerWeek();
    }

    /** Claims today's hours in the seed's order and lays them onto the shift. */
    public void planDay(CommSafeModel m, int day) {
        Parameters p = m.params;
        java.util.Arrays.fill(plan, OFF);
        roster = quota = caseHours = community = idle = organising = 0;
        position = -1;
        if (!worksOn(day, p)) {
            return;
        }
        double hours = p.officerHoursPerDay();
        roster = Math.min(hours, p.rosterHoursPerDay());
        quota = Math.min(hours - roster, p.quotaPressure() * p.quotaMaxHours());
        double free = hours - roster - quota;
        caseHours = Math.min(queue.totalHours(), free);
        double left = free - caseHours;
        double effort = left * morale;           // "show up but do not put in effort"
        idle = left - effort;
        community = effort * orientation;
        double chosenEnforcement = effort - community;
        quota += chosenEnforcement;
        double patrol = community * p.patrolShare();
        double publicity = community * p.publicityShare();
        organising = community - patrol - publicity;
        double enforceInside = quota * (1 - p.quotaOutsideShare());

        MersenneTwisterFast rng = m.random;
        int start = p.officerShiftStart();
        int len = Math.min(24 - start, (int) Math.ceil(hours));
        for (int k = 0; k < len; k++) {
            shiftHours[k] = start + k;
            plan[start + k] = OTHER;
        }
        // spread the community hours over the shift (Fisher-Yates on the shift hours)
        for (int k = len - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            int t = shiftHours[k];
            shiftHours[k] = shiftHours[j];
            shiftHours[j] = t;
        }
        int slot = 0;
        slot = assign(PATROL, CommSafeModel.stochasticRound(patrol, rng), slot, len);
        slot = assign(PUBLICITY, CommSafeModel.stochasticRound(publicity, rng), slot, len);
        assign(ENFORCE_IN, CommSafeModel.stochasticRound(enforceInside, rng), slot, len);
    }

    private int assign(byte activity, int count, int slot, int len) {
        for (int k = 0; k < count && slot < len; k++, slot++) {
            plan[shiftHours[slot]] = activity;
        }
        return slot;
    }

    /** Acts out the planned activity of this hour. */
    public void actHour(CommSafeModel m, int hour, boolean weekday) {
        switch (plan[hour]) {
            case PATROL -> patrol(m, hour, weekday);
            case PUBLICITY -> publicity(m);
            case ENFORCE_IN -> {
                int b = randomBuilding(m.random);
                m.markOfficerPresence(b);
                position = b;
            }
            default -> position = -1;
        }
    }

    /**
     * One patrol hour: a few building visits. Households at home in the visited building see
     * the officer with the sighting probability, those next door with half of it.
     */
    private void patrol(CommSafeModel m, int hour, boolean weekday) {
        MersenneTwisterFast rng = m.random;
        City city = m.city;
        double pIn = m.params.sightingProbability();
        int stops = CommSafeModel.stochasticRound(m.params.buildingsPerPatrolHour(), rng);
        for (int s = 0; s < stops; s++) {
            int b = randomBuilding(rng);
            position = b;
            m.markOfficerPresence(b);
            for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
                int nbB = city.nb[k];
                if (nbB < buildingFrom || nbB >= buildingTo) {
                    continue; // next door but another officer's beat: not "its" officer
                }
                // Bernoulli draws 4 at a time from one 64-bit word, 16 bits each: the sighting
                // probability is quantised to 1/65536, and the hottest loop of the model
                // makes a quarter of the random calls.
                int threshold = (int) ((nbB == b ? pIn : pIn * 0.5) * 65536);
                long bits = 0;
                int left = 0;
                for (int i = city.hhStart[nbB]; i < city.hhStart[nbB + 1]; i++) {
                    if (!m.households.atHome(i, hour, weekday)) {
                        continue;
                    }
                    if (left == 0) {
                        bits = rng.nextLong();
                        left = 4;
                    }
                    int draw = (int) (bits & 0xFFFF);
                    bits >>>= 16;
                    left--;
                    if (draw < threshold) {
                        m.sighting(i);
                    }
                }
            }
        }
    }

    /** One publicity hour reaches a number of the beat's households and raises awareness. */
    private void publicity(CommSafeModel m) {
        MersenneTwisterFast rng = m.random;
        int reach = CommSafeModel.stochasticRound(m.params.householdsPerPublicityHour(), rng);
        int n = householdTo - householdFrom;
        for (int k = 0; k < reach; k++) {
            m.publicityReaches(householdFrom + rng.nextInt(n));
        }
        position = -1;
    }

    private int randomBuilding(MersenneTwisterFast rng) {
        return buildingFrom + rng.nextInt(buildingTo - buildingFrom);
    }

    /** End of day: work the case queue with today's case hours and book the ledger. */
    public void endDay(CommSafeModel m, CaseQueue.Completion onDone) {
        queue.work(caseHours, spent, onDone);
        Counters cnt = m.counters;
        for (int k = 0; k < communities.length; k++) {
            int c = communities[k];
            double s = communityShares[k];
            cnt.add(c, Counters.OFFICER_ROSTER, roster * s);
            cnt.add(c, Counters.OFFICER_QUOTA, quota * s);
            cnt.add(c, Counters.OFFICER_CASES, spent[0] * s);
            cnt.add(c, Counters.OFFICER_PAPERWORK, spent[1] * s);
            cnt.add(c, Counters.OFFICER_COMMUNITY, community * s);
            cnt.add(c, Counters.OFFICER_IDLE, idle * s);
            cnt.add(c, Counters.CASE_BACKLOG, queue.size() * s);
            m.addOrganisingHours(c, organising * s);
        }
    }

    /** Morale falls with assaults and malicious complaints, more when they go unpunished. */
    public void updateMorale(CommSafeModel m) {
        Parameters p = m.params;
        int events = CommSafeModel.poisson(p.assaultComplaintRate() / 365.0, m.random);
        for (int e = 0; e < events; e++) {
            boolean punished = m.random.nextDouble() < p.assaultPunishedShare();
            morale -= punished ? p.moraleShock() : 2 * p.moraleShock();
        }
        morale = Households.clamp01(morale + p.moraleRecovery() * (p.moraleBase() - morale));
    }
}
