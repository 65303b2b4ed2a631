package org.commsafe.agents;

import org.commsafe.model.City;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * An offender (routine activity theory: a motivated offender meets a suitable target without
 * a capable guardian). Knows its home community and the communities around it; chooses among
 * them by distance, past success and perceived risk, which rises where it was deterred or
 * arrested and fades with time.
 */
public final class Offender {
    public final int id;
    /**
     * Stable key of the slot for positioning random streams: local slot k has key k, floating
     * slot k (k-th of the floating slots) has key 2^20 + k. Unlike {@link #id} (the index in the
     * offender array, floating slots after the local ones), it does not change when the number
     * of local slots does, so a lever that changes the local inflow does not renumber floating
     * offenders' draws. Arrays index by id, streams are positioned by key.
     */
    public final long key;
    /** Key offset of floating slots: a city never has 2^20 local slots. */
    public static final long FLOATING_KEY = 1L << 20;
    /** Slot kind: floating slots hold floating newcomers, the others local residents (ODD "population"). */
    public final boolean floating;
    public int home;
    public boolean registered;
    /** Motivation drawn with the life, uniform on [1 - motivation_spread, 1 + motivation_spread]; the attempt-rate multiplier is this times the release factor. */
    public double baseMotivation;
    public double motivation;
    public int incarceratedUntil = Integer.MIN_VALUE;
    /** The current stay inside is a short detention after an enforcement arrest (release leaves motivation alone). */
    public boolean detained;
    /** Uniform deciding rehabilitation at the coming release (drawn with the crime that led to the sentence). */
    public double rehabilitationDraw = 1;
    /** Building of the last spatial attempt (for display), -1 before any. */
    public int lastBuilding = -1;
    /**
     * Memory of the last successful burglary (boost account of repeat victimisation): the
     * household, -1 when none in this life, and the day of the success.
     */
    public int knownTarget = -1;
    public int knownTargetDay;
    /** The slot holds a life (an offender in the city, at large or inside); false between lives. */
    public boolean present;
    /** Lives the slot has held (the current one included); positions the draws of the next life. */
    public int generation;
    /** Day the current life entered the city (or, when absent, the day the next one enters). */
    public int entryDay;
    /** Day the current life ends: desistance or, for floating offenders, moving away. */
    public int exitDay;
    /** The current life ends by moving away (floating), not by desistance. */
    public boolean leaves;
    /** Known communities (home and its neighbours) with what the offender learnt of each. */
    public int[] known;
    double[] risk;
    double[] success;
    private double[] distanceWeight;

    /** An empty slot (no life yet) with key = id: {@link #begin} fills it. */
    public Offender(int id, boolean floating) {
        this(id, floating, id);
    }

    /** An empty slot (no life yet) with its stream key: {@link #begin} fills it. */
    public Offender(int id, boolean floating, long key) {
        this.id = id;
        this.floating = floating;
        this.key = key;
    }

    /**
     * A present offender drawn from {@code s}, positioned at this offender: floating or not with
     * the equilibrium floating share of the offender stock, then {@link #begin} as an offender
     * already in the city (in the stationary mixture of release states). For unit tests.
     */
    public Offender(int id, City city, Parameters p, Stream s) {
        this(id, s.nextDouble() < floatingShareOfStock(p, city), city, p, s);
    }

    /** A present offender of the given kind, already in the city, that never leaves (unit tests). */
    public Offender(int id, boolean floating, City city, Parameters p, Stream s) {
        this(id, floating);
        begin(city, p, s, true);
        present = true;
        exitDay = Integer.MAX_VALUE;
    }

    /**
     * A new life in this slot, drawn from {@code s} (positioned at (slot, generation) by the
     * caller): home, registration (a floating newcomer is unregistered with the miss rate),
     * base motivation and, for an offender already in the city at the start, its release state
     * in the stationary mixture; a new entrant has never been sentenced (motivation = base).
     * What it learnt of places starts empty.
     */
    /**
     * Chance that a newcomer (a floating offender, a new tenant) arrives unregistered: the miss
     * rate, unless the landlord registers it (landlord_registration; tenants only) or another department's
     * shared records show it (info_sharing x info_sharing_coverage).
     */
    public static double newcomerMissRate(Parameters p, boolean rental) {
        // the landlord's duty covers tenants only: owner-occupying newcomers are not registered by it
        return p.registrationMissRate() * (rental ? 1 - p.landlordRegistration() : 1) * (1 - sharedRecordsChance(p));
    }

    /** A floating offender's miss rate: it rents with the city's rental share (the landlord lever reaches that share). */
    public static double offenderMissRate(Parameters p) {
        double r = p.rentalShare();
        return r * newcomerMissRate(p, true) + (1 - r) * newcomerMissRate(p, false);
    }

    /** Monthly chance that an unregistered newcomer is registered through records shared by other departments. */
    public static double sharedRecordsChance(Parameters p) {
        return p.infoSharing() * p.infoSharingCoverage();
    }

    public void begin(City city, Parameters p, Stream s, boolean inCityAtStart) {
        // where offenders live: in proportion to households (floating ones: to floating households)
        this.home = city.uniformHomes ? s.nextInt(city.communities) : city.drawCommunity(s.nextDouble(), floating);
        double uRegistered = s.nextDouble();
        this.registered = !(floating && uRegistered < offenderMissRate(p));
        double spread = p.motivationSpread();
        this.baseMotivation = (1 - spread) + 2 * spread * s.nextDouble(); // mean 1
        double uState = s.nextDouble();
        this.motivation = inCityAtStart ? releasedMotivation(p, uState < stationaryRehabilitatedShare(p))
            : Math.min(p.motivationCap(), baseMotivation);
        incarceratedUntil = Integer.MIN_VALUE;
        detained = false;
        rehabilitationDraw = 1;
        lastBuilding = -1;
        knownTarget = -1; // a new life knows no target
        knownTargetDay = 0;
        int from = city.commNbStart[home];
        int to = city.commNbStart[home + 1];
        known = java.util.Arrays.copyOfRange(city.commNb, from, to);
        risk = new double[known.length];
        success = new double[known.length];
        distanceWeight = new double[known.length];
        // opportunities: a community's pull grows with its households (Bernasco & Nieuwbeerta 2005,
        // target-area choice); relative to the mean community, so equal communities weigh exactly 1
        double meanHouseholds = city.households / (double) city.communities;
        for (int k = 0; k < known.length; k++) {
            distanceWeight[k] = StrictMath.exp(-p.distanceDecay() * city.communityDistance(home, known[k]))
                * (city.households(known[k]) / meanHouseholds);
        }
    }

    /** The equilibrium share of floating offenders in the stock: F / (L + F) of the population's flows. */
    public static double floatingShareOfStock(Parameters p, City city) {
        double local = localEquilibrium(p, city);
        double floating = floatingEquilibrium(p, city);
        return local + floating == 0 ? 0 : floating / (local + floating);
    }

    /** Equilibrium local stock: entries (rate x households / 1000 a year) / desistance. */
    public static double localEquilibrium(Parameters p, City city) {
        double in = p.offenderEntryRate() * city.households / 1000.0;
        return in == 0 ? 0 : in / p.offenderDesistanceRate();
    }

    /** Equilibrium floating stock: newcomers (turnover x floating households x rate / 1000) / (leaving + desistance). */
    public static double floatingEquilibrium(Parameters p, City city) {
        double leave = floatingLeaveRate(p);
        double in = leave * city.floatingHouseholds() * p.floatingNewcomerOffenderRate() / 1000.0;
        return in == 0 ? 0 : in / Math.max(1e-9, leave + p.offenderDesistanceRate());
    }

    /** Yearly hazard of a floating household (offender) moving away: the monthly turnover as a rate. */
    public static double floatingLeaveRate(Parameters p) {
        return 12 * p.floatingTurnover();
    }

    public boolean activeOn(int day) {
        return present && incarceratedUntil <= day;
    }

    /** Most communities an offender knows: its own and the eight around it. */
    public static final int MAX_KNOWN = 9;

    /**
     * Picks a target community: nearer, larger (more targets), more successful, less risky places are preferred, with
     * probability proportional to the weight. Drawn as an exponential race (the community with
     * the smallest E_k / w_k wins, E_k = -ln u[from + k]), one uniform per known community, so
     * that under common random numbers a change in one community's weight only moves choices to
     * or from that community; inverse-CDF sampling would move choices between untouched ones too.
     */
    public int chooseCommunity(double[] u, int from, double riskAversion) {
        int best = 0;
        double bestTime = Double.POSITIVE_INFINITY;
        for (int k = 0; k < known.length; k++) {
            double w = distanceWeight[k] * (1 + success[k]) / (1 + riskAversion * risk[k]);
            double t = -StrictMath.log(1 - u[from + k]) / w;
            if (t < bestTime) {
                bestTime = t;
                best = k;
            }
        }
        return known[best];
    }

    private int slot(int community) {
        for (int k = 0; k < known.length; k++) {
            if (known[k] == community) {
                return k;
            }
        }
        return -1;
    }

    /** Deterred, stopped or arrested in a community: it looks riskier. */
    public void learnRisk(int community, double amount) {
        int k = slot(community);
        if (k >= 0) {
            risk[k] += amount * (1 - risk[k]);
        }
    }

    /** A crime succeeded in a community: remembered success rises by {@code learning}, up to {@code cap}. */
    public void learnSuccess(int community, double learning, double cap) {
        int k = slot(community);
        if (k >= 0) {
            success[k] = Math.min(cap, success[k] + learning);
        }
    }

    /** A burglary of household hh succeeded on this day: the offender remembers it (the last one only). */
    public void rememberTarget(int hh, int day) {
        knownTarget = hh;
        knownTargetDay = day;
    }

    /**
     * Chance that this offender, choosing a burglary target on this day, returns to its known
     * target: {@code probability x exp(-days since the success / memoryDays)}, 0 without one.
     */
    public double returnChance(int day, double probability, double memoryDays) {
        if (knownTarget < 0 || probability <= 0) {
            return 0;
        }
        return probability * StrictMath.exp(-(day - knownTargetDay) / memoryDays);
    }

    /** Once a day: perceived risk and remembered success fade. */
    public void forget(double riskDecay, double successDecay) {
        for (int k = 0; k < known.length; k++) {
            risk[k] *= 1 - riskDecay;
            success[k] *= 1 - successDecay;
        }
    }

    /**
     * Released today: whether rehabilitation is accepted (uniform u) sets the motivation it comes
     * out with, as a multiple of its base motivation, capped. Not compounded over releases, so
     * the offender population has a stationary distribution.
     */
    public void release(Parameters p, double u) {
        if (detained) {
            detained = false; // a short detention: no rehabilitation decision
            return;
        }
        motivation = releasedMotivation(p, u < p.rehabilitationCooperation());
    }

    private double releasedMotivation(Parameters p, boolean rehabilitated) {
        double factor = rehabilitated ? p.rehabilitationMotivationFactor() : p.reoffendMultiplier();
        return Math.min(p.motivationCap(), baseMotivation * factor);
    }

    /**
     * The share of offenders in the rehabilitated state when the release cycle is stationary.
     * Each release puts an offender in the rehabilitated state with probability q (cooperation)
     * and it leaves a state at a rate proportional to its attempts (motivation m), so the
     * stationary share is (q / m_r) / (q / m_r + (1 - q) / m_n). Offenders start in this mixture
     * (as if each had been through the cycle), so the offender population does not drift for
     * years after the start; the assumption "caught in proportion to attempts" is stated in the ODD.
     */
    static double stationaryRehabilitatedShare(Parameters p) {
        double q = p.rehabilitationCooperation();
        double mr = Math.min(p.motivationCap(), p.rehabilitationMotivationFactor());
        double mn = Math.min(p.motivationCap(), p.reoffendMultiplier());
        if (q <= 0) {
            return 0;
        }
        if (q >= 1 || mr <= 0) {
            return 1;
        }
        if (mn <= 0) {
            return 0;
        }
        return (q / mr) / (q / mr + (1 - q) / mn);
    }
}
