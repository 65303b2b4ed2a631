package org.commsafe.agents;

import org.commsafe.model.Parameters;

/**
 * Whether a victim reports (seed section 4): more likely for serious crimes, with trust in the
 * police and with the clearance the victim expects; less likely the more hours reporting costs
 * (statements x station visits) and when the loss came from one's own carelessness.
 */
public final class ReportingDecision {
    private ReportingDecision() {
    }

    /** Victim hours that reporting costs: each visit to the station takes a statement. */
    public static double costHours(Parameters p) {
        return p.statementHours() * p.statementVisits();
    }

    public static double probability(Parameters p, double seriousness, double trust,
                                     double expectedClearance, boolean awarenessRelated) {
        return probability(p, seriousness, trust, expectedClearance, awarenessRelated, 0);
    }

    /** As above, with {@code extraLogit} added (property management's help with reporting). */
    public static double probability(Parameters p, double seriousness, double trust,
                                     double expectedClearance, boolean awarenessRelated, double extraLogit) {
        double z = p.reportingIntercept() + extraLogit
            + p.reportingSeriousnessWeight() * seriousness
            + p.reportingTrustWeight() * trust
            + p.reportingClearanceWeight() * expectedClearance
            - p.reportingCostWeight() * costHours(p)
            - (awarenessRelated ? p.carelessnessShame() : 0);
        return 1 / (1 + StrictMath.exp(-z));
    }

    public static double seriousness(Parameters p, CrimeType type) {
        return switch (type) {
            case BURGLARY -> p.seriousnessBurglary();
            case VEHICLE_THEFT -> p.seriousnessVehicleTheft();
            case FRAUD -> p.seriousnessFraud();
        };
    }
}
