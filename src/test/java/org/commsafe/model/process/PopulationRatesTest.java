package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.agents.Offender;
import org.commsafe.model.City;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** The offender population's rate arithmetic and initial state, without running a city (fast; mutation set). */
class PopulationRatesTest {

    private static Parameters with(Map<String, Object> m) {
        return ParameterSpace.with(ParameterSpace.defaults(), m);
    }

    @Test
    void anExponentialDurationHasItsMeanAndEndsAfterAtLeastOneDay() {
        assertEquals(Integer.MAX_VALUE, Population.after(10, 0.5, 0), "a zero rate never ends");
        assertEquals(11, Population.after(10, 0.0, 2.0), "at least one day");
        Stream s = new Stream(3, "test");
        double rate = 2.0; // a year / 2 = 182.5 days
        double sum = 0;
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            sum += Population.after(0, s.nextDouble(), rate);
        }
        assertEquals(365 / rate + 0.5, sum / n, 1.5, "mean of the ceiling of an exponential with mean 182.5 days");
        assertEquals(1 + (int) Math.ceil(-Math.log(0.5) / rate * 365), Population.after(1, 0.5, rate), "the median's day");
    }

    @Test
    void theStationaryShareInsideFollowsSentencesAndTheirLength() {
        assertEquals(0, Population.initialInsideShare(with(Map.of("incarceration_days", 0))));
        Parameters p = ParameterSpace.defaults();
        double rd = Population.SENTENCES_PER_ATTEMPT_RATE * p.attemptsPerOffenderPerDay() * p.clearanceProbability()
            * p.incarcerationDays();
        assertEquals(rd / (1 + rd), Population.initialInsideShare(p), 1e-12);
        assertTrue(Population.initialInsideShare(with(Map.of("incarceration_days", 360)))
            > Population.initialInsideShare(with(Map.of("incarceration_days", 90))), "longer sentences, more inside");
        assertEquals(0, Population.initialInsideShare(with(Map.of("clearance_probability", 0.0))), "no clearance, nobody inside");
    }

    @Test
    void slotsFillAtTheRateThatKeepsTheEquilibriumStock() {
        Parameters p = ParameterSpace.defaults();
        City city = new City(p);
        for (boolean floating : new boolean[] {false, true}) {
            double stock = floating ? Offender.floatingEquilibrium(p, city) : Offender.localEquilibrium(p, city);
            int slots = Population.slotsFor(stock);
            assertEquals((int) Math.ceil(Population.SLOT_HEADROOM * stock) + 2, slots);
            double q = Population.occupancy(p, city, floating, slots);
            assertEquals(Math.min(Population.MAX_OCCUPANCY, stock / slots), q, 1e-12);
            double mu = Population.exitRate(p, floating);
            assertEquals(p.offenderDesistanceRate() + (floating ? Offender.floatingLeaveRate(p) : 0), mu, 1e-12);
            // inflow into empty slots = exits from full ones: (slots - stock) x reentry = stock x mu
            assertEquals(stock * mu, (slots - stock) * Population.reentryRate(p, city, floating, slots), 1e-9 * stock * mu);
        }
        assertEquals(0, Population.occupancy(p, city, false, 0));
        assertEquals(0, Population.reentryRate(with(Map.of("offender_entry_rate", 0.0)), city, false, 2));
    }

    @Test
    void theInitialSlotsHoldTheEquilibriumStockWithTheStationaryShareInside() {
        Parameters p = ParameterSpace.defaults();
        City city = new City(p);
        double present = 0;
        double inside = 0;
        int seeds = 40;
        for (int seed = 0; seed < seeds; seed++) {
            for (Offender o : Population.slots(p, city, new Stream(seed, "offenders.lives"))) {
                if (o.present) {
                    present++;
                    if (o.incarceratedUntil > 0) {
                        inside++;
                        assertTrue(o.incarceratedUntil >= 1 && o.incarceratedUntil <= 1 + p.incarcerationDays());
                    }
                } else {
                    assertTrue(o.entryDay > 0, "an empty slot fills later");
                }
            }
        }
        double stock = Offender.localEquilibrium(p, city) + Offender.floatingEquilibrium(p, city);
        assertEquals(stock, present / seeds, 0.06 * stock, "present at the start = equilibrium stock");
        assertEquals(Population.initialInsideShare(p), inside / present, 0.04, "stationary share inside");
    }
}
