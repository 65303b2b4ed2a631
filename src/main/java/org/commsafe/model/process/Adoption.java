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
 * a constant rate (device fails and is not replaced, household moves); a household that lost it
 * is back among those who may adopt, so failed devices are replaced at the household's adoption
 * probability. Adoption therefore saturates where the flows balance, each household at
 * a / (a + d) < 1, not climbing towards everyone. When the police organise installation
 * ({@code tech_police_organised}, seed 5), an offered household accepts in good faith with
 * chance equal to its trust in the police (utility + {@code tech_police_install_gain}) and
 * otherwise suspects a levy (utility - {@code tech_levy_suspicion_cost}): low-trust households
 * adopt less than with no offer at all. At build, each household starts with technical defence with
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

    /**
     * Monthly adoption probability of household i, given its building's current adoption share,
     * its awareness and its trust in the police: without a police offer a = rate x 2 / (1 +
     * exp(-3u)); with an offer (chance o = tech_police_organised) the household trusts it with
     * chance = trust (u + gain) and suspects a levy otherwise (u - cost).
     */
    double adoptionProbability(int i, double neighbourShare, double awareness, double trust) {
        double utility = p.techDefenceSubsidy() - p.techDefenceCost() + p.techNeighbourWeight() * neighbourShare
            + h.willingnessToPay[i] + awareness;
        double own = response(utility);
        double o = p.techPoliceOrganised();
        if (o == 0) {
            return own;
        }
        double t = Households.clamp01(trust);
        double offered = t * response(utility + p.techPoliceInstallGain()) + (1 - t) * response(utility - p.techLevySuspicionCost());
        return (1 - o) * own + o * offered;
    }

    private double response(double utility) {
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
                    sum += equilibrium(adoptionProbability(i, share, awareness(i, currentAwareness), trust(i, currentAwareness)), d);
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
                double pi = equilibrium(adoptionProbability(i, share, awareness(i, currentAwareness), trust(i, currentAwareness)), d);
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

    private double trust(int i, boolean current) {
        return current ? h.trust(i, clock.day) : h.trustBase[i];
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
                } else if (u < adoptionProbability(i, neighbourShare, h.awareness(i, clock.day), h.trust(i, clock.day))) {
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
