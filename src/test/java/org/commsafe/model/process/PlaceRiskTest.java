package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.TestCities;
import org.commsafe.model.City;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** The building choice by acceptance-rejection: the weighted distribution, paired under common random numbers. */
class PlaceRiskTest {
    static final Parameters P = TestCities.small(Map.of("place_risk_aversion", 10.0));
    static final City CITY = new City(P);
    static final double[] ATTRACTIVENESS = Offending.attractiveness(CITY, P.buildingAttractivenessSd(), new Stream(5, "city.attractiveness"));

    /** A place map with varied risks in community 0 (drawn from a fixed test stream). */
    static PlaceRisk withRisks(long seed) {
        PlaceRisk pr = new PlaceRisk(CITY, P, ATTRACTIVENESS, new Stream(seed, "offending.placechoice"));
        Stream s = new Stream(9, "risks");
        int first = CITY.firstBuilding(0);
        for (int b = first; b < first + CITY.buildings(0); b++) {
            double u = s.nextDouble();
            pr.risk[b] = u < 0.5 ? 0 : u; // half safe, half with risk 0.5-1
        }
        return pr;
    }

    /** The uniforms of attempt i (its U_BUILDING and U_ACCEPT). */
    static int choose(PlaceRisk pr, int i) {
        Stream s = new Stream(3, "attempt").at(i, 0);
        return pr.choose(0, s.nextDouble(), s.nextDouble(), i, 17);
    }

    /**
     * The empirical choice frequencies match attractiveness / (1 + aversion x risk): the chi-square
     * statistic over the community's buildings is within its mean k - 1 plus 5 standard deviations.
     */
    @Test
    void choiceFrequenciesFollowTheRiskWeights() {
        PlaceRisk pr = withRisks(1);
        int first = CITY.firstBuilding(0);
        int k = CITY.buildings(0);
        double[] w = new double[k];
        double total = 0;
        for (int j = 0; j < k; j++) {
            w[j] = ATTRACTIVENESS[first + j] / (1 + P.placeRiskAversion() * pr.risk[first + j]);
            total += w[j];
        }
        int n = 400_000;
        int[] count = new int[k];
        for (int i = 0; i < n; i++) {
            int b = choose(pr, i);
            assertTrue(b >= first && b < first + k, "building of community 0");
            count[b - first]++;
        }
        double chi2 = 0;
        for (int j = 0; j < k; j++) {
            double e = n * w[j] / total;
            chi2 += (count[j] - e) * (count[j] - e) / e;
        }
        double bound = (k - 1) + 5 * Math.sqrt(2.0 * (k - 1));
        assertTrue(chi2 < bound, "chi-square " + chi2 + " over " + k + " buildings, bound " + bound);
        // and the weights matter: against attractiveness alone the statistic is far off
        double chi2Attr = 0;
        double totalAttr = 0;
        for (int j = 0; j < k; j++) {
            totalAttr += ATTRACTIVENESS[first + j];
        }
        for (int j = 0; j < k; j++) {
            double e = n * ATTRACTIVENESS[first + j] / totalAttr;
            chi2Attr += (count[j] - e) * (count[j] - e) / e;
        }
        assertTrue(chi2Attr > 10 * bound, "risk moves the choice: chi-square against attractiveness alone " + chi2Attr);
    }

    /**
     * Two runs differing only in one building's risk choose the same building for every attempt
     * that did not land on that building in the run where it is safer; the attempts on it move,
     * and they move across the community, not all to one place.
     */
    @Test
    void aChangeOfRiskAtOneBuildingMovesOnlyTheAttemptsOnIt() {
        PlaceRisk safer = withRisks(1);
        PlaceRisk riskier = withRisks(1);
        int first = CITY.firstBuilding(0);
        int target = first;
        for (int b = first; b < first + CITY.buildings(0); b++) {
            if (ATTRACTIVENESS[b] / (1 + 10 * safer.risk[b]) > ATTRACTIVENESS[target] / (1 + 10 * safer.risk[target])) {
                target = b; // the building with most weight, so many attempts land on it
            }
        }
        safer.risk[target] = 0;
        riskier.risk[target] = 1;
        int n = 50_000;
        int onTarget = 0;
        int moved = 0;
        java.util.Set<Integer> movedTo = new java.util.HashSet<>();
        for (int i = 0; i < n; i++) {
            int a = choose(safer, i);
            int b = choose(riskier, i);
            if (a != target) {
                assertEquals(a, b, "attempt " + i + " did not land on the building whose risk changed");
            } else {
                onTarget++;
                if (b != target) {
                    moved++;
                    movedTo.add(b);
                }
            }
        }
        assertTrue(onTarget > 200, "attempts on the target: " + onTarget);
        assertTrue(moved > 0.8 * onTarget, "most attempts leave the risky building: " + moved + " of " + onTarget);
        assertTrue(movedTo.size() > 10, "displaced across the community: " + movedTo.size() + " buildings");
    }

    /** With no risk anywhere the first candidate is always taken: the choice is the attractiveness inverse CDF of U_BUILDING. */
    @Test
    void withoutRiskTheFirstCandidateIsTaken() {
        PlaceRisk pr = new PlaceRisk(CITY, P, ATTRACTIVENESS, new Stream(1, "offending.placechoice"));
        for (int i = 0; i < 1000; i++) {
            Stream s = new Stream(3, "attempt").at(i, 0);
            double x = s.nextDouble();
            assertEquals(pr.candidate(0, x), pr.choose(0, x, s.nextDouble(), i, 17));
        }
    }
}
