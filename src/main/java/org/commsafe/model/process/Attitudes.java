package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;

/**
 * Residents' awareness and trust (ODD submodel "attitudes"): raised by victimisation (own and
 * neighbours'), publicity, contact with the officer and case outcomes; both decay towards each
 * household's baseline at a common daily rate. Keeps per-community sums so community means cost
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
        for (int i = 0; i < households.n; i++) {
            int c = city.communityOfHousehold(i);
            awarenessBaseSum[c] += households.awarenessBase[i];
            trustBaseSum[c] += households.trustBase[i];
        }
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
