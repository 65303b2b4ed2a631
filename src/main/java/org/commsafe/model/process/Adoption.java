package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Technical defence (ODD submodel "adoption", seed 5): each month a household without technical
 * defence adopts with a probability rising with willingness to pay, awareness, subsidy and the
 * share of its building that has it (diffusion, Rogers 2003); a household with it abandons it at
 * a constant rate (device fails and is not replaced, household moves). Adoption therefore
 * settles where the flows balance. At build, each household starts with technical defence with
 * its equilibrium probability a / (a + d) given its baseline awareness; once attitudes have
 * settled ({@link #SETTLE_DAY}, within the default burn-in) the stock is set once more, with the same
 * uniforms, at the equilibrium of the households' current awareness, so the slow stock (time
 * constant 1 / (a + d), about four years) does not drift through the observed window.
 */
public final class Adoption implements Process {
    /**
     * The monthly step (the twelfth) at which the stock is set at the equilibrium of settled
     * attitudes instead of flowing; like the flows it sees awareness before that month's campaign.
     */
    public static final int SETTLE_DAY = 359;

    private Parameters p;
    private final City city;
    private final Households h;
    private final Clock clock;
    private final Stream monthly;
    private final int[] techInBuilding;
    private final int[] techHomes;

    public Adoption(Parameters p, City city, Households h, Clock clock, Stream monthly) {
        this.p = p;
        this.city = city;
        this.h = h;
        this.clock = clock;
        this.monthly = monthly;
        techInBuilding = new int[city.buildings];
        techHomes = new int[city.communities];
    }

    /** Monthly adoption probability of household i, given its building's current adoption share. */
    double adoptionProbability(int i, double neighbourShare, double awareness) {
        double utility = p.techDefenceSubsidy() - p.techDefenceCost() + p.techNeighbourWeight() * neighbourShare
            + h.willingnessToPay[i] + awareness;
        return p.techAdoptionRate() * 2 / (1 + StrictMath.exp(-p.techAdoptionUtilitySlope() * utility));
    }

    /**
     * Initial technical defence at each household's equilibrium probability; the building's
     * neighbour share is found by a few fixed-point passes. Uniforms from the city's adoption
     * stream, one per household, so higher equilibria give nested sets of adopters.
     */
    public void initialise(Stream init, boolean currentAwareness) {
        double d = p.techAbandonmentRate();
        for (int b = 0; b < city.buildings; b++) {
            int from = city.hhStart[b];
            int to = city.hhStart[b + 1];
            double share = 0;
            for (int pass = 0; pass < 5; pass++) {
                double sum = 0;
                for (int i = from; i < to; i++) {
                    sum += equilibrium(adoptionProbability(i, share, awareness(i, currentAwareness)), d);
                }
                share = sum / (to - from);
            }
            int c = city.buildingCommunity[b];
            for (int i = from; i < to; i++) {
                if (h.has(i, Households.TECH)) {
                    h.flags[i] &= ~Households.TECH;
                    techInBuilding[b]--;
                    techHomes[c]--;
                }
                double pi = equilibrium(adoptionProbability(i, share, awareness(i, currentAwareness)), d);
                if (init.at(i, 0).nextDouble() < pi) {
                    h.flags[i] |= Households.TECH;
                    techInBuilding[b]++;
                    techHomes[c]++;
                }
            }
        }
    }

    private double awareness(int i, boolean current) {
        return current ? h.awareness(i, clock.day) : h.awarenessBase[i];
    }

    private static double equilibrium(double a, double d) {
        return a + d == 0 ? 0 : a / (a + d);
    }

    /** The monthly flows: one uniform per household decides its adoption or abandonment. */
    public void month() {
        int m = clock.month();
        double d = p.techAbandonmentRate();
        for (int b = 0; b < city.buildings; b++) {
            int from = city.hhStart[b];
            int to = city.hhStart[b + 1];
            double neighbourShare = (double) techInBuilding[b] / (to - from);
            Stream s = monthly.at(b, m);
            int c = city.buildingCommunity[b];
            for (int i = from; i < to; i++) {
                double u = s.nextDouble();
                if (h.has(i, Households.TECH)) {
                    if (u < d) {
                        h.flags[i] &= ~Households.TECH;
                        techInBuilding[b]--;
                        techHomes[c]--;
                    }
                } else if (u < adoptionProbability(i, neighbourShare, h.awareness(i, clock.day))) {
                    h.flags[i] |= Households.TECH;
                    techInBuilding[b]++;
                    techHomes[c]++;
                }
            }
        }
    }

    public int techHomes(int community) {
        return techHomes[community];
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
