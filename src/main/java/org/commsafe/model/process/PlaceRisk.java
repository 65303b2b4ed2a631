package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Offenders' street knowledge of places (ODD submodel "offending", place choice). The design
 * call: one shared map per city, not one per offender. Burglars and thieves talk about places
 * (Wright and Decker 1994), and a per-offender map of every building would cost memory in
 * proportion to offenders times buildings. When an attempt on a building is stopped by a place
 * guardian (an officer, a watch patrol, a camera; an occupant at home is a fact of the hour, not
 * of the place), the building's perceived risk rises by {@code place_risk_learning} of its gap to
 * 1, and its neighbours' by {@code place_risk_spread} times that; all risks decay each day at
 * {@code risk_decay}. A building is chosen with probability proportional to attractiveness x
 * 1 / (1 + aversion x risk).
 *
 * <p>So both responses can emerge from the same learning: without spread, offenders leave a
 * guarded building for the rest of the community, its unguarded neighbours included
 * (displacement); with spread, the neighbours look risky too and lose attempts (diffusion of
 * benefits).
 *
 * <p>Common random numbers: the choice is drawn by acceptance-rejection, not by inverse CDF on
 * the risk-weighted weights (with which any change of risk in a community re-targets every later
 * attempt there). A candidate is drawn from the community's <em>fixed</em> attractiveness CDF and
 * accepted with probability 1 / (1 + aversion x risk[candidate]); the first candidate and its
 * acceptance use the attempt's own two uniforms, a rejection draws round r's candidate and
 * acceptance from the {@code offending.placechoice} stream positioned at (offender key x 64 + r,
 * hour). The sampling distribution is exactly the weighted one (up to the cap of 64 rounds, after
 * which the last candidate is taken); and since the candidate sequence never depends on risk,
 * unchanged risks give the same building from the same numbers, and a change of risk at one
 * building moves only the attempts whose candidates reached it. The hot path allocates nothing.
 */
public final class PlaceRisk implements Process {
    /** Candidates per choice at most (the last one is taken if all are rejected). */
    public static final int MAX_ROUNDS = 64;

    private final City city;
    private Parameters p;
    /** Perceived risk of each building, 0-1. */
    public final double[] risk;
    /** Cumulative attractiveness within each community (fixed at build). */
    private final double[] cum;
    /** Redraws after a rejection, positioned at (offender key x MAX_ROUNDS + round, hour). */
    private final Stream rounds;
    /** True once any risk is above 0 (until then the daily decay is skipped). */
    private boolean anyRisk;

    public PlaceRisk(City city, Parameters p, double[] attractiveness, Stream rounds) {
        this.city = city;
        this.p = p;
        this.rounds = rounds;
        risk = new double[city.buildings];
        cum = new double[city.buildings];
        for (int c = 0; c < city.communities; c++) {
            int first = city.firstBuilding(c);
            double acc = 0;
            for (int b = first; b < first + city.buildings(c); b++) {
                acc += attractiveness[b];
                cum[b] = acc;
            }
        }
    }

    /** An attempt on building b was stopped by a place guardian: b and (by the spread) its neighbours look riskier. */
    public void learn(int b) {
        double gain = p.placeRiskLearning();
        if (gain <= 0) {
            return;
        }
        double spread = p.placeRiskSpread();
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int n = city.nb[k];
            double g = n == b ? gain : gain * spread;
            if (g > 0) {
                risk[n] += g * (1 - risk[n]);
                anyRisk = true;
            }
        }
    }

    /** Once a day: perceived risks fade. */
    public void decayDay() {
        if (!anyRisk) {
            return;
        }
        double r = 1 - p.riskDecay();
        for (int b = 0; b < risk.length; b++) {
            risk[b] *= r;
        }
    }

    /**
     * A building of community c with probability proportional to attractiveness / (1 + aversion x
     * risk): candidate by uniform {@code x}, accepted by uniform {@code accept}; after a rejection,
     * the next rounds' pairs of uniforms from the placechoice stream at (entity x 64 + round, time).
     */
    public int choose(int c, double x, double accept, long entity, long time) {
        int b = candidate(c, x);
        if (accepted(b, accept)) {
            return b;
        }
        for (int r = 1; r < MAX_ROUNDS; r++) {
            Stream s = rounds.at(entity * MAX_ROUNDS + r, time);
            b = candidate(c, s.nextDouble());
            if (accepted(b, s.nextDouble())) {
                return b;
            }
        }
        return b;
    }

    private boolean accepted(int b, double u) {
        return u * (1 + p.placeRiskAversion() * risk[b]) < 1;
    }

    /** A building of community c by attractiveness alone, with uniform x (binary search on the fixed cumulative weights). */
    int candidate(int c, double x) {
        int lo = city.firstBuilding(c);
        int hi = lo + city.buildings(c) - 1;
        double target = x * cum[hi];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cum[mid] > target) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
