package org.commsafe.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.commsafe.model.City;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/**
 * Agents' former constants, now parameters (issue 11): each one moves what the agent draws or
 * remembers. The defaults keep the former values ({@code GoldenOutputTest}).
 */
class AgentParametersTest {

    @Test
    void motivationSpreadSetsTheRangeOfBaseMotivation() {
        Parameters none = AgentsTest.params(Map.of("motivation_spread", 0.0));
        Parameters narrow = AgentsTest.params(Map.of("motivation_spread", 0.2));
        City city = new City(none);
        double lo = 2;
        double hi = 0;
        for (int k = 0; k < 300; k++) {
            Offender o = new Offender(k, city, none, new Stream(9, "city.offenders").at(k, 0));
            assertEquals(1.0, o.baseMotivation, 0.0, "spread 0: every offender's base motivation is exactly 1");
            Offender n = new Offender(k, city, narrow, new Stream(9, "city.offenders").at(k, 0));
            assertTrue(n.baseMotivation >= 0.8 && n.baseMotivation <= 1.2, "uniform on [0.8, 1.2]: " + n.baseMotivation);
            lo = Math.min(lo, n.baseMotivation);
            hi = Math.max(hi, n.baseMotivation);
        }
        assertTrue(lo < 0.82 && hi > 1.18, "the range is filled: " + lo + " - " + hi);
    }

    @Test
    void officerTraitSpreadsSetHowOfficersDiffer() {
        Parameters alike = AgentsTest.params(Map.of("officer_skill_sd", 0.0, "officer_orientation_sd", 0.0));
        Parameters spread = AgentsTest.params(Map.of("officer_skill_sd", 0.2, "officer_orientation_sd", 0.0));
        City city = new City(alike);
        Set<Double> skills = new HashSet<>();
        for (int k = 0; k < 20; k++) {
            Officer o = new Officer(k, 0, 3, city, alike, new Stream(1, "officer").at(k, 0));
            assertEquals(alike.officerSkill(), o.skill, 0.0);
            assertEquals(alike.preventionOrientation(), o.intrinsicOrientation, 0.0);
            Officer s = new Officer(k, 0, 3, city, spread, new Stream(1, "officer").at(k, 0));
            skills.add(s.skill);
            assertEquals(spread.preventionOrientation(), s.intrinsicOrientation, 0.0, "orientation sd 0");
        }
        assertTrue(skills.size() > 15, "skill spread 0.2: officers differ");
    }

    @Test
    void successMemoryLearnsUpToItsCapAndDecays() {
        Parameters p = AgentsTest.params(Map.of());
        City city = new City(p);
        Offender o = new Offender(0, city, p, new Stream(2, "o").at(0, 0));
        int c = o.known[0];
        o.learnSuccess(c, 0.0, 5);
        assertEquals(0.0, o.success[0], 0.0, "learning 0: nothing remembered");
        o.learnSuccess(c, 0.7, 1);
        assertEquals(0.7, o.success[0], 1e-15);
        o.learnSuccess(c, 0.7, 1);
        assertEquals(1.0, o.success[0], 0.0, "capped");
        o.forget(0, 0.0);
        assertEquals(1.0, o.success[0], 0.0, "decay 0: kept");
        o.forget(0, 0.25);
        assertEquals(0.75, o.success[0], 1e-15, "decay 0.25 a day");
        o.forget(0, 1.0);
        assertEquals(0.0, o.success[0], 0.0, "decay 1: forgotten in a day");
    }

    @Test
    void householdTraitSpreadsAndBelongingFactors() {
        Parameters p = AgentsTest.params(Map.of("trust_sd", 0.0, "belonging_sd", 0.0, "willingness_to_pay_sd", 0.0,
            "belonging_mean", 0.5, "belonging_settled_factor", 1.5, "belonging_mobile_factor", 0.2,
            "rental_share", 0.5, "floating_share", 0.0));
        Households h = new Households(90, p, 50, 30, new Stream(4, "city.households"));
        int settled = 0;
        int mobile = 0;
        for (int i = 0; i < 90; i++) {
            assertEquals((float) p.trustMean(), h.trustBase[i], 0.0f, "trust sd 0");
            assertEquals((float) p.willingnessToPayMean(), h.willingnessToPay[i], 0.0f, "willingness sd 0");
            boolean renter = h.has(i, Households.RENTAL);
            assertEquals(renter ? 0.1f : 0.75f, h.belonging[i], 1e-6f, "belonging_mean x factor, household " + i);
            settled += renter ? 0 : 1;
            mobile += renter ? 1 : 0;
        }
        assertTrue(settled > 0 && mobile > 0);
    }

    @Test
    void unpunishedMoraleFactorScalesTheLossToAnUnpunishedIncident() {
        double[] loss = new double[2];
        double[] factors = {1, 3};
        for (int f = 0; f < 2; f++) {
            Parameters p = AgentsTest.params(Map.of("assault_complaint_rate", 100.0, "assault_punished_share", 0.0,
                "morale_shock", 0.001, "morale_recovery", 0.0, "unpunished_morale_factor", factors[f]));
            Officer o = new Officer(0, 0, 3, new City(p), p, new Stream(1, "officer").at(0, 0));
            double before = o.morale;
            for (int d = 0; d < 365; d++) {
                o.updateMorale(p, new Stream(1, "m").at(0, d));
            }
            loss[f] = before - o.morale;
        }
        assertTrue(loss[0] > 0.05, "about 100 unpunished events a year: " + loss[0]);
        assertEquals(3 * loss[0], loss[1], 1e-9, "the same events cost three times as much");
    }
}
