package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Parameters;

/**
 * Offenders' street knowledge of places (ODD submodel "offending", place choice). The design
 * call: one shared map per city, not one per offender. Burglars and thieves talk about places
 * (Wright and Decker 1994), and a per-offender map of every building would cost memory in
 * proportion to offenders times buildings. When an attempt on a building is stopped by a place
 * guardian (an officer, a watch patrol, a camera; an occupant at home is a fact of the hour, not
 * of the place), the building's perceived risk rises by {@code place_risk_learning} of its gap to
 * 1, and its neighbours' by {@code place_risk_spread} times that; all risks decay each day at
 * {@code risk_decay}. The building choice weighs attractiveness by 1 / (1 + aversion x risk).
 *
 * <p>So both responses can emerge from the same learning: without spread, offenders leave a
 * guarded building for the rest of the community, its unguarded neighbours included
 * (displacement); with spread, the neighbours look risky too and lose attempts (diffusion of
 * benefits). The cumulative weights of a community are recomputed only when one of its risks
 * changed (after learning, and once a day after the decay), on the next choice in it: the hot
 * path allocates nothing.
 */
public final class PlaceRisk implements Process {
    private final City city;
    private Parameters p;
    /** Attractiveness of each building (lognormal, mean 1). */
    private final double[] attractiveness;
    /** Perceived risk of each building, 0-1. */
    public final double[] risk;
    /** Cumulative weights within each community (valid when the community is not dirty). */
    private final double[] cum;
    private final boolean[] dirty;
    /** True once any risk is above 0 (until then the weights are the attractiveness alone). */
    private boolean anyRisk;

    public PlaceRisk(City city, Parameters p, double[] attractiveness) {
        this.city = city;
        this.p = p;
        this.attractiveness = attractiveness;
        risk = new double[city.buildings];
        cum = new double[city.buildings];
        dirty = new boolean[city.communities];
        for (int c = 0; c < city.communities; c++) {
            recompute(c);
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
                dirty[city.buildingCommunity[n]] = true;
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
        java.util.Arrays.fill(dirty, true);
    }

    /** A building of community c, drawn by weight with uniform x (binary search on the cumulative weights). */
    public int choose(int c, double x) {
        if (dirty[c]) {
            recompute(c);
        }
        int lo = city.firstBuilding(c);
        int hi = lo + city.buildingsPerCommunity - 1;
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

    private void recompute(int c) {
        int first = city.firstBuilding(c);
        double aversion = p.placeRiskAversion();
        double acc = 0;
        for (int b = first; b < first + city.buildingsPerCommunity; b++) {
            acc += attractiveness[b] / (1 + aversion * risk[b]);
            cum[b] = acc;
        }
        dirty[c] = false;
    }

    @Override
    public void use(Parameters p) {
        boolean changed = this.p == null || p.placeRiskAversion() != this.p.placeRiskAversion();
        this.p = p;
        if (changed) {
            java.util.Arrays.fill(dirty, true);
        }
    }
}
