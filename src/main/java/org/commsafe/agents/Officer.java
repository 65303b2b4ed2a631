package org.commsafe.agents;

import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * A community officer (seed section 1). Each working day the hours are claimed in a fixed
 * order: duty roster, quota enforcement, case handling (statements, investigation, registers),
 * and only then community work, scaled by morale and split by orientation. The day's plan is
 * laid onto the shift's hours so patrols happen at real hours, when some households are out.
 * What an hour of each activity does in the city is the contact process's business
 * ({@code org.commsafe.model.process.OfficerWork}); the officer holds the plan and the ledger.
 */
public final class Officer {
    public static final byte OFF = 0;
    public static final byte OTHER = 1;       // roster, cases, paperwork, outside enforcement, idle
    public static final byte PATROL = 2;      // visible patrol and household visits
    public static final byte PUBLICITY = 3;
    public static final byte ENFORCE_IN = 4;  // enforcement inside the beat: guardian, no contact

    public final int id;
    /** The beat: its buildings in walking order (a compact, connected block; see {@code model.Beats}). */
    public final int[] beat;
    /** Households living in the beat. */
    public final int beatHouseholds;
    public final int homeCommunity;
    /** Communities the beat touches and the share of the beat's buildings in each. */
    public final int[] communities;
    public final double[] communityShares;
    public final double skill;
    /** The officer's own orientation, drawn at build. */
    public final double intrinsicOrientation;
    /** Share of free effort given to community work; drifts monthly towards what the appraisal rewards. */
    public double orientation;
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
    private double onDuty;
    private double enforceOutside;
    /** Building of the last patrol stop (for display), -1 when not on patrol. */
    public int position = -1;

    /** An officer whose beat is the building range [buildingFrom, buildingTo) (tests). */
    public Officer(int id, int buildingFrom, int buildingTo, City city, Parameters p, Stream traits) {
        this(id, range(buildingFrom, buildingTo), city, p, traits);
    }

    private static int[] range(int from, int to) {
        int[] r = new int[to - from];
        for (int k = 0; k < r.length; k++) {
            r[k] = from + k;
        }
        return r;
    }

    /** Traits are drawn from {@code traits}, positioned at this officer (skill, orientation). */
    public Officer(int id, int[] beat, City city, Parameters p, Stream traits) {
        this.id = id;
        this.beat = beat;
        int households = 0;
        int[] perCommunity = new int[city.communities];
        int touched = 0;
        for (int b : beat) {
            households += city.hhStart[b + 1] - city.hhStart[b];
            if (perCommunity[city.buildingCommunity[b]]++ == 0) {
                touched++;
            }
        }
        beatHouseholds = households;
        communities = new int[touched];
        communityShares = new double[touched];
        int best = -1;
        int k = 0;
        for (int c = 0; c < city.communities; c++) {
            if (perCommunity[c] > 0) {
                communities[k] = c;
                communityShares[k] = (double) perCommunity[c] / beat.length;
                if (best < 0 || perCommunity[c] > perCommunity[best]) {
                    best = c;
                }
                k++;
            }
        }
        homeCommunity = best;
        skill = Households.clamp01(p.officerSkill() + p.officerSkillSd() * traits.nextGaussian());
        intrinsicOrientation = Households.clamp01(p.preventionOrientation() + p.officerOrientationSd() * traits.nextGaussian());
        orientation = appraisedOrientation(p, intrinsicOrientation); // starts at its equilibrium

        morale = p.moraleBase();
    }

    public boolean worksOn(int day, Parameters p) {
        return Math.floorMod(day + id, 7) < p.officerDaysPerWeek();
    }

    /** Claims today's hours in the seed's order and lays them onto the shift (draws from {@code rng}). */
    public void planDay(Parameters p, int day, Stream rng) {
        java.util.Arrays.fill(plan, OFF);
        roster = quota = caseHours = community = idle = organising = onDuty = enforceOutside = 0;
        position = -1;
        if (!worksOn(day, p)) {
            return;
        }
        double hours = p.officerHoursPerDay();
        onDuty = hours;
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
        enforceOutside = quota - enforceInside;

        int start = p.officerShiftStart();
        int len = Math.min(24 - start, (int) Math.ceil(hours));
        for (int k = 0; k < len; k++) {
            shiftHours[k] = start + k;
            plan[start + k] = OTHER;
        }
        // spread the community hours over the shift (Fisher-Yates on the shift hours)
        rng.shuffle(shiftHours, len);
        int slot = 0;
        slot = assign(PATROL, rng.round(patrol), slot, len);
        slot = assign(PUBLICITY, rng.round(publicity), slot, len);
        assign(ENFORCE_IN, rng.round(enforceInside), slot, len);
    }

    private int assign(byte activity, int count, int slot, int len) {
        for (int k = 0; k < count && slot < len; k++, slot++) {
            plan[shiftHours[slot]] = activity;
        }
        return slot;
    }

    /** Today's planned enforcement hours outside the home beat (cross-district, seed 1). */
    public double enforceOutsideHours() {
        return enforceOutside;
    }

    /**
     * The orientation the officer drifts to under the station's appraisal: a mix of its own and
     * the one the appraisal rewards (1 - weight on countable results), with the appraisal's influence.
     */
    public static double appraisedOrientation(Parameters p, double intrinsic) {
        double b = p.appraisalInfluence();
        return Households.clamp01((1 - b) * intrinsic + b * (1 - p.appraisalEnforcementWeight()));
    }

    /** Monthly: the orientation closes a share of its gap to the appraised one. */
    public void adjustOrientation(Parameters p) {
        orientation += p.appraisalAdjustmentRate() * (appraisedOrientation(p, intrinsicOrientation) - orientation);
    }

    /** The activity planned for this hour (OFF, OTHER, PATROL, PUBLICITY, ENFORCE_IN). */
    public byte activity(int hour) {
        return plan[hour];
    }

    public int beatBuildings() {
        return beat.length;
    }

    /** Building where the beat walk stands, kept from one patrol hour to the next (-1 before the first walk). */
    public int walkAt = -1;
    /** Door-to-door sweep: index into {@link #beat} of the building being visited, and the next door (household, -1: its first). */
    public int sweepAt;
    public int doorNext = -1;
    /** The beat's hot spots: the buildings with the most recorded spatial crime (HOTSPOT patrol), and the next to visit. */
    public int[] hotspots = new int[0];
    public int hotspotNext;

    /**
     * End of day: work the case queue with today's case hours and book the ledger, which sums to
     * the hours on duty (case hours the queue could not use count as idle). Organising hours go
     * to the watch groups of the beat's communities.
     */
    public void endDay(Counters cnt, WatchGroup[] groups, CaseQueue.Completion onDone) {
        queue.work(caseHours, spent, onDone);
        double unusedCaseHours = Math.max(0, caseHours - spent[0] - spent[1]);
        for (int k = 0; k < communities.length; k++) {
            int c = communities[k];
            double s = communityShares[k];
            cnt.add(c, Counters.OFFICER_ON_DUTY, onDuty * s);
            cnt.add(c, Counters.OFFICER_ROSTER, roster * s);
            cnt.add(c, Counters.OFFICER_QUOTA, quota * s);
            cnt.add(c, Counters.OFFICER_CASES, spent[0] * s);
            cnt.add(c, Counters.OFFICER_PAPERWORK, spent[1] * s);
            cnt.add(c, Counters.OFFICER_COMMUNITY, community * s);
            cnt.add(c, Counters.OFFICER_IDLE, (idle + unusedCaseHours) * s);
            cnt.add(c, Counters.CASE_BACKLOG, queue.size() * s);
            groups[c].mobilisationHours += organising * s;
        }
    }

    /** Morale falls with assaults and malicious complaints, more when they go unpunished. */
    public void updateMorale(Parameters p, Stream rng) {
        int events = rng.poisson(p.assaultComplaintRate() / 365.0);
        for (int e = 0; e < events; e++) {
            boolean punished = rng.nextDouble() < p.assaultPunishedShare();
            morale -= punished ? p.moraleShock() : p.unpunishedMoraleFactor() * p.moraleShock();
        }
        morale = Households.clamp01(morale + p.moraleRecovery() * (p.moraleBase() - morale));
    }
}
