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
    public final int home;
    public final boolean floating;
    public boolean registered;
    /** Motivation drawn at build, uniform on [0.5, 1.5]; the attempt-rate multiplier is this times the release factor. */
    public final double baseMotivation;
    public double motivation;
    public int incarceratedUntil = Integer.MIN_VALUE;
    /** Uniform deciding rehabilitation at the coming release (drawn with the crime that led to the sentence). */
    public double rehabilitationDraw = 1;
    /** Building of the last spatial attempt (for display), -1 before any. */
    public int lastBuilding = -1;
    /** Known communities (home and its neighbours) with what the offender learnt of each. */
    public final int[] known;
    final double[] risk;
    final double[] success;
    private final double[] distanceWeight;

    /** Draws the offender from {@code s}, positioned at this offender (home, floating, registered, motivation). */
    public Offender(int id, City city, Parameters p, Stream s) {
        this.id = id;
        this.home = s.nextInt(city.communities);
        this.floating = s.nextDouble() < p.floatingOffenderShare();
        double uRegistered = s.nextDouble();
        this.registered = !(floating && uRegistered < p.registrationMissRate());
        this.baseMotivation = 0.5 + s.nextDouble(); // mean 1
        boolean rehabilitated = s.nextDouble() < stationaryRehabilitatedShare(p);
        this.motivation = releasedMotivation(p, rehabilitated);
        int from = city.commNbStart[home];
        int to = city.commNbStart[home + 1];
        known = java.util.Arrays.copyOfRange(city.commNb, from, to);
        risk = new double[known.length];
        success = new double[known.length];
        distanceWeight = new double[known.length];
        for (int k = 0; k < known.length; k++) {
            distanceWeight[k] = StrictMath.exp(-p.distanceDecay() * city.communityDistance(home, known[k]));
        }
    }

    public boolean activeOn(int day) {
        return incarceratedUntil <= day;
    }

    /** Most communities an offender knows: its own and the eight around it. */
    public static final int MAX_KNOWN = 9;

    /**
     * Picks a target community: nearer, more successful, less risky places are preferred, with
     * probability proportional to the weight. Drawn as an exponential race (the community with
     * the smallest E_k / w_k wins, E_k = -ln u[from + k]), one uniform per known community, so
     * that under common random numbers a change in one community's weight only moves choices to
     * or from that community; inverse-CDF sampling would move choices between untouched ones too.
     */
    public int chooseCommunity(double[] u, int from) {
        int best = 0;
        double bestTime = Double.POSITIVE_INFINITY;
        for (int k = 0; k < known.length; k++) {
            double w = distanceWeight[k] * (1 + success[k]) / (1 + 4 * risk[k]);
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

    public void learnSuccess(int community) {
        int k = slot(community);
        if (k >= 0) {
            success[k] = Math.min(5, success[k] + 0.2);
        }
    }

    /** Once a day: perceived risk and remembered success fade. */
    public void forget(double riskDecay) {
        for (int k = 0; k < known.length; k++) {
            risk[k] *= 1 - riskDecay;
            success[k] *= 0.99;
        }
    }

    /**
     * Released today: whether rehabilitation is accepted (uniform u) sets the motivation it comes
     * out with, as a multiple of its base motivation, capped. Not compounded over releases, so
     * the offender population has a stationary distribution.
     */
    public void release(Parameters p, double u) {
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
