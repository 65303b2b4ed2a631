package org.commsafe;

import static org.commsafe.TestCities.mean;
import static org.commsafe.TestCities.run;
import static org.commsafe.TestCities.small;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.process.CaseWork;
import org.junit.jupiter.api.Test;

/**
 * Registration is a persistent state of households and offenders; rentals change outcomes
 * through tenant turnover (registration misses, newcomers' lower awareness), and landlord
 * registration and information sharing act through the registration of households and
 * floating offenders. Small cities, common random numbers.
 */
class RegistrationTest {
    static final int REPS = 4;
    static final int BURN_IN = 120;
    static final int DAYS = 120;

    private static List<RunResult> sim(Map<String, Object> changes) {
        return run(small(changes), REPS, BURN_IN, DAYS);
    }

    @Test
    void rentalsChangeOutcomesThroughTenantTurnover() {
        List<RunResult> none = sim(Map.of("rental_share", 0.0));
        List<RunResult> many = sim(Map.of("rental_share", 0.8));
        double u0 = mean(none, SummaryMetric.UNREGISTERED_SHARE);
        double u1 = mean(many, SummaryMetric.UNREGISTERED_SHARE);
        assertTrue(u1 > u0 + 0.1, "more rentals, more tenants missed on arrival: " + u0 + " -> " + u1);
        assertTrue(mean(many, SummaryMetric.NEW_TENANTS) > 1.5 * mean(none, SummaryMetric.NEW_TENANTS));
        assertTrue(mean(many, SummaryMetric.AWARENESS_MEAN) < mean(none, SummaryMetric.AWARENESS_MEAN),
            "new tenants know less of local risks");
        assertTrue(mean(many, SummaryMetric.OFFENDERS_UNREGISTERED) > mean(none, SummaryMetric.OFFENDERS_UNREGISTERED),
            "the cadres' registrations are spread over more unregistered households: floating offenders stay unknown longer");
        // the path: with no tenant turnover, rentals miss no registration
        double s0 = mean(sim(Map.of("rental_share", 0.0, "tenant_turnover", 0.0)), SummaryMetric.UNREGISTERED_SHARE);
        double s1 = mean(sim(Map.of("rental_share", 0.8, "tenant_turnover", 0.0)), SummaryMetric.UNREGISTERED_SHARE);
        assertEquals(s0, s1, 0.01, "turnover carries the rentals' registration misses");
    }

    @Test
    void landlordRegistrationKeepsNewcomersRegistered() {
        List<RunResult> base = sim(Map.of());
        List<RunResult> landlords = sim(Map.of("landlord_registration", 1.0));
        assertTrue(mean(landlords, SummaryMetric.UNREGISTERED_SHARE) < 0.25 * mean(base, SummaryMetric.UNREGISTERED_SHARE));
        assertTrue(mean(landlords, SummaryMetric.OFFENDERS_UNREGISTERED) < 0.5 * mean(base, SummaryMetric.OFFENDERS_UNREGISTERED));
    }

    @Test
    void informationSharingRegistersFloatingOffendersAndClearsThem() {
        List<RunResult> base = sim(Map.of());
        List<RunResult> shared = sim(Map.of("info_sharing", 1.0));
        assertTrue(mean(shared, SummaryMetric.OFFENDERS_UNREGISTERED) < 0.5 * mean(base, SummaryMetric.OFFENDERS_UNREGISTERED));
        assertTrue(mean(shared, SummaryMetric.UNREGISTERED_SHARE) < mean(base, SummaryMetric.UNREGISTERED_SHARE));
        assertEquals(0.3, CaseWork.unregisteredFactor(ParameterSpace.defaults()), 1e-12);
        assertEquals(0.65, CaseWork.unregisteredFactor(ParameterSpace.with(ParameterSpace.defaults(), "info_sharing", 1.0)), 1e-12,
            "shared records close half the clearance shortfall of an unregistered outsider");
    }
}
