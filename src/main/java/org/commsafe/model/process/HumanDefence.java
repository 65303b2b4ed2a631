package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.District;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Human defence (ODD submodel "human defence", seed 5: residents "hire property management and
 * guards" for watch-and-guard defence): per community, a gated compound, guards on duty and a
 * property management company, each a guardian of its own kind.
 * <ul>
 * <li>A <b>gated compound</b>'s access control turns away an attempt (burglary or vehicle theft)
 * by an offender who does not live there with {@code gate_deterrence}; the offender learns the
 * community is risky, so gates also move where offenders go (displacement).
 * <li><b>Guards</b> on duty walk the community; at any moment a guard watches the building it is
 * at and its neighbours. An attempt falls at a random minute, so what deters is the share of the
 * time a guard is in or next to the building: for guards at independent random places in a
 * community of B buildings, {@code 1 - (1 - k / B)^guards} for a building with k buildings of the
 * community within one cell (9 inside the block, fewer on its edge), whatever their pace (a faster
 * guard passes more buildings, each for less time, as an officer's pass deters only for the minutes
 * it lasts); a present guard stops the attempt with {@code guard_deterrence}.
 * <li><b>Property management</b> keeps the common parts' doors, locks and lighting in repair
 * (forced-entry success times 1 - {@code property_management_lock_effect}) and takes incidents up
 * with the police (reporting logit + {@code property_management_reporting_gain}).
 * </ul>
 * Which communities are gated or managed is drawn once per city from the {@code city.compounds}
 * stream at (community, 0) and (community, 1): a community is gated when its uniform is below
 * {@code gated_share}, so raising the share adds compounds and moves no other number. A district's
 * {@code gated}, {@code guards} and {@code property_management} columns decide for its own
 * communities. The arrays are shared with the guardians, offending and reporting and recomputed in
 * place when levers change.
 */
public final class HumanDefence implements Process {
    private final City city;
    private Parameters p;
    private final double[] uGated;
    private final double[] uManaged;
    public final boolean[] gated;
    public final boolean[] managed;
    /** Guards on duty in each community at every hour. */
    public final double[] guards;
    /** Share of the time a guard is in or next to each building (by building). */
    public final double[] guardPresence;
    /** Buildings of its own community within one cell of each building, itself included: where a guard watching it can stand. */
    private final int[] nearInCommunity;

    public HumanDefence(Parameters p, City city, Stream compounds) {
        this.city = city;
        int n = city.communities;
        uGated = new double[n];
        uManaged = new double[n];
        for (int c = 0; c < n; c++) {
            uGated[c] = compounds.at(c, 0).nextDouble();
            uManaged[c] = compounds.at(c, 1).nextDouble();
        }
        gated = new boolean[n];
        managed = new boolean[n];
        guards = new double[n];
        guardPresence = new double[city.buildings];
        nearInCommunity = new int[city.buildings];
        for (int b = 0; b < city.buildings; b++) {
            for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
                nearInCommunity[b] += city.buildingCommunity[city.nb[k]] == city.buildingCommunity[b] ? 1 : 0;
            }
        }
        use(p);
    }

    /**
     * Share of the time at least one of {@code guards} guards, each at an independent random
     * building of a community of {@code buildings}, is in or next to a given building that has
     * {@code near} buildings of the community within one cell (itself included: 9 inside the
     * block, 6 on its edge, 4 at a corner).
     */
    public static double presence(double guards, int near, int buildings) {
        if (guards <= 0 || buildings <= 0) {
            return 0;
        }
        double cover = Math.min(1, (double) near / buildings);
        return 1 - Math.pow(1 - cover, guards);
    }

    /** Yearly cost of community c's human defence (yuan): gates, guards and the households' property management fees. */
    public double yearlyCost(int c) {
        return (gated[c] ? p.gateCost() : 0) + guards[c] * p.guardCost()
            + (managed[c] ? p.propertyManagementFee() * city.households(c) : 0);
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
        District d = p.district();
        for (int c = 0; c < gated.length; c++) {
            gated[c] = d.value(c, District.Column.GATED, uGated[c] < p.gatedShare() ? 1 : 0) != 0;
            managed[c] = d.value(c, District.Column.PROPERTY_MANAGEMENT, uManaged[c] < p.propertyManagementShare() ? 1 : 0) != 0;
            guards[c] = d.value(c, District.Column.GUARDS, p.guardsPerCommunity());
        }
        for (int b = 0; b < city.buildings; b++) {
            int c = city.buildingCommunity[b];
            guardPresence[b] = presence(guards[c], nearInCommunity[b], city.buildings(c));
        }
    }
}
