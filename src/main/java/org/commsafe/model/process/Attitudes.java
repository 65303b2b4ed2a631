package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;

/**
 * Residents' attitudes (ODD submodel "attitudes"). Awareness and trust: raised by victimisation
 * (own and neighbours'), publicity, contact with the officer and case outcomes; both decay
 * towards each household's baseline at a common daily rate. Belonging and willingness to pay:
 * monthly, each moves part of the way to a target set by the occupant's own level, its trust
 * above baseline, a recent victimisation and its contact with the watch group ({@link #month}). Keeps per-community sums so community means cost
 * O(1) a day (see {@link Households} for the lazy per-household decay).
 */
public final class Attitudes implements Process {
    private final City city;
    private final Households households;
    private Parameters p;
    private final Clock clock;
    private final double[] awarenessExcessSum;
    private final double[] trustExcessSum;
    private final double[] awarenessBaseSum;
    private final double[] trustBaseSum;
    private final double[] delta = new double[2];
    private final double[] belongingSum;
    private final double[] willingnessToPaySum;

    /** Whether a household took part in collective action lately (the watch group: {@link WatchWork#sawGroup}). */
    public interface Participation {
        boolean participates(int household);
    }

    public Attitudes(City city, Households households, Parameters p, Clock clock) {
        this.city = city;
        this.households = households;
        this.p = p;
        this.clock = clock;
        int nC = city.communities;
        awarenessExcessSum = new double[nC];
        trustExcessSum = new double[nC];
        awarenessBaseSum = new double[nC];
        trustBaseSum = new double[nC];
        belongingSum = new double[nC];
        willingnessToPaySum = new double[nC];
        for (int i = 0; i < households.n; i++) {
            int c = city.communityOfHousehold(i);
            awarenessBaseSum[c] += households.awarenessBase[i];
            trustBaseSum[c] += households.trustBase[i];
        }
        sumBelongingAndPay();
    }

    private void sumBelongingAndPay() {
        java.util.Arrays.fill(belongingSum, 0);
        java.util.Arrays.fill(willingnessToPaySum, 0);
        for (int i = 0; i < households.n; i++) {
            int c = city.communityOfHousehold(i);
            belongingSum[c] += households.belonging[i];
            willingnessToPaySum[c] += households.willingnessToPay[i];
        }
    }

    /**
     * Monthly: each household's belonging moves a share attitude_adjustment_rate of the way to
     * its own level + belonging_trust_weight x (trust - baseline trust) + belonging_participation_gain
     * if it saw its watch group lately - belonging_victim_loss if victimised within
     * victim_memory_days; its willingness to pay to its own level + wtp_victim_gain if victimised
     * + wtp_trust_weight x (trust - baseline trust) + wtp_belonging_weight x (belonging - own
     * level); targets clamped to [0, 1]. The occupant's own levels are those drawn when it moved in.
     */
    public void month(Participation participation) {
        double rate = p.attitudeAdjustmentRate();
        int day = clock.day;
        Households h = households;
        for (int i = 0; i < h.n; i++) {
            double trustAbove = h.trust(i, day) - h.trustBase[i];
            boolean victim = day - h.lastVictimDay[i] < p.victimMemoryDays();
            boolean part = participation != null && participation.participates(i);
            double b = h.belonging[i];
            double bBase = h.belongingBase[i];
            double tb = Households.clamp01(bBase + p.belongingTrustWeight() * trustAbove
                + (part ? p.belongingParticipationGain() : 0) - (victim ? p.belongingVictimLoss() : 0));
            b += rate * (tb - b);
            double w = h.willingnessToPay[i];
            double tw = Households.clamp01(h.willingnessToPayBase[i] + (victim ? p.wtpVictimGain() : 0)
                + p.wtpTrustWeight() * trustAbove + p.wtpBelongingWeight() * (b - bBase));
            w += rate * (tw - w);
            h.belonging[i] = (float) b;
            h.willingnessToPay[i] = (float) w;
        }
        sumBelongingAndPay();
    }

    public double belongingSum(int c) {
        return belongingSum[c];
    }

    public double willingnessToPaySum(int c) {
        return willingnessToPaySum[c];
    }

    /** Moves household i's awareness towards 1 by share {@code awarenessGain} and its trust by {@code trustDelta}. */
    public void adjust(int i, double awarenessGain, double trustDelta) {
        households.adjust(i, clock.day, awarenessGain, trustDelta, delta);
        int c = city.communityOfHousehold(i);
        awarenessExcessSum[c] += delta[0];
        trustExcessSum[c] += delta[1];
    }

    /**
     * Moves household i's awareness towards 1 by share {@code awarenessGain} and its trust
     * towards 1 by share {@code trustShare}: gains diminish as trust rises and trust stays below 1.
     */
    public void raise(int i, double awarenessGain, double trustShare) {
        double t = households.trust(i, clock.day);
        adjust(i, awarenessGain, trustShare * (1 - t));
    }

    /** A new tenant moves into household i: less awareness (newcomer_awareness_factor), baseline trust. */
    public void newTenant(int i) {
        households.newTenant(i, clock.day, p.newcomerAwarenessFactor(), delta);
        int c = city.communityOfHousehold(i);
        awarenessExcessSum[c] += delta[0];
        trustExcessSum[c] += delta[1];
    }

    /** The victim learns a lot, the neighbours in the building a little. */
    public void afterVictimisation(int hh, int building) {
        adjust(hh, p.victimAwarenessGain(), 0);
        if (p.neighbourAwarenessGain() > 0) {
            for (int j = city.hhStart[building]; j < city.hhStart[building + 1]; j++) {
                if (j != hh) {
                    adjust(j, p.neighbourAwarenessGain(), 0);
                }
            }
        }
    }

    /** Once a day (from day 1): the community sums decay as the household excesses do. */
    public void decayDay() {
        double r = 1 - p.attitudeDecay();
        for (int c = 0; c < city.communities; c++) {
            awarenessExcessSum[c] *= r;
            trustExcessSum[c] *= r;
        }
    }

    /** Monthly city-wide awareness campaign (a lever; 0 = none). */
    public void campaign() {
        if (p.awarenessCampaign() > 0) {
            for (int i = 0; i < households.n; i++) {
                adjust(i, p.awarenessCampaign(), 0);
            }
        }
    }

    public double awarenessSum(int c) {
        return awarenessBaseSum[c] + awarenessExcessSum[c];
    }

    public double trustSum(int c) {
        return trustBaseSum[c] + trustExcessSum[c];
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
