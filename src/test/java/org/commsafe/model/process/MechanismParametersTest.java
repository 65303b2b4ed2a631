package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/**
 * The mechanism constants made parameters in issue 11 act where the ODD says they do: each test
 * moves one of them and checks the process outcome it drives (their defaults keep the former
 * constants, which {@code GoldenOutputTest} checks).
 */
class MechanismParametersTest {

    /** Occupants deter every attempt awake and none asleep: the hours with no deterrence are the sleep window. */
    private static boolean[] asleepHours(int bedtime, int wake) {
        OffendingTest.Rig r = new OffendingTest.Rig(OffendingTest.burglary("occupant_deterrence", 1.0,
            "occupant_deterrence_asleep", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 0.0, "awareness_sd", 0.0,
            "bedtime_hour", bedtime, "wake_hour", wake));
        boolean[] asleep = new boolean[24];
        for (int hour = 0; hour < 24; hour++) {
            double before = r.count(Counters.DETERRED_OCCUPANT);
            r.at(0, hour); // daytime_worker_share 0: everyone is at home
            for (Offender o : r.offenders) {
                r.offending.attempt(o);
            }
            double deterred = r.count(Counters.DETERRED_OCCUPANT) - before;
            assertTrue(deterred == 0 || deterred == r.offenders.length, "hour " + hour);
            asleep[hour] = deterred == 0;
        }
        return asleep;
    }

    @Test
    void sleepWindowFollowsBedtimeAndWakeHour() {
        boolean[] night = asleepHours(23, 7);
        boolean[] early = asleepHours(1, 5); // after midnight: no wrap
        boolean[] long_ = asleepHours(20, 9); // wraps midnight
        for (int h = 0; h < 24; h++) {
            assertEquals(h >= 23 || h < 7, night[h], "default 23:00-07:00, hour " + h);
            assertEquals(h >= 1 && h < 5, early[h], "01:00-05:00, hour " + h);
            assertEquals(h >= 20 || h < 9, long_[h], "20:00-09:00, hour " + h);
            assertFalse(Guardianship.asleep(h, 7, 7), "bedtime = wake: nobody sleeps, hour " + h);
        }
    }

    /** Attempts in the offenders' home communities when each has learnt the given risk of home. */
    private static double homeAttempts(double aversion, double homeRisk, double successLearning, double successCap) {
        OffendingTest.Rig r = new OffendingTest.Rig(Map.of("community_risk_aversion", aversion, "risk_learning", 0.0,
            "officer_deterrence", 0.0, "watch_deterrence", 0.0, "camera_deterrence", 0.0, "occupant_deterrence", 0.0,
            "occupant_deterrence_asleep", 0.0, "success_learning", successLearning, "success_cap", successCap));
        for (Offender o : r.offenders) {
            o.learnRisk(o.home, homeRisk);
        }
        r.attempts(96);
        return r.count(Counters.SPATIAL_ATTEMPTS) - r.count(Counters.OUTSIDE_HOME_ATTEMPTS);
    }

    @Test
    void communityRiskAversionWeighsTheLearntRiskOfACommunity() {
        double none = homeAttempts(0, 0, 0.2, 5);
        assertEquals(none, homeAttempts(0, 0.9, 0.2, 5), 0.0, "without aversion the learnt risk changes no choice");
        double averse = homeAttempts(4, 0.9, 0.2, 5);
        double veryAverse = homeAttempts(50, 0.9, 0.2, 5);
        assertTrue(averse < 0.7 * none, "a risky home is avoided: " + averse + " vs " + none);
        assertTrue(veryAverse < 0.5 * averse, "more aversion, fewer attempts at the risky home: " + veryAverse + " vs " + averse);
    }

    @Test
    void successLearningAndItsCapActOnTheChoiceOfCommunity() {
        double off = homeAttempts(4, 0.5, 0, 5);
        assertEquals(off, homeAttempts(4, 0.5, 3, 0), 0.0, "a cap of 0 switches success learning off");
        assertNotEquals(off, homeAttempts(4, 0.5, 3, 100), "remembered success moves choices");
    }

    @Test
    void clearancePerceptionWeightSetsHowFastPerceivedClearanceFollowsTheRecord() {
        for (double w : new double[] {0, 0.3, 1}) {
            Parameters p = CityProcessesTest.params("clearance_perception_weight", w);
            Reporting r = new Reporting(p, 1);
            double start = r.perceivedClearance(0);
            assertEquals(p.clearanceProbability() * p.officerSkill(), start, 1e-12);
            assertTrue(r.reports(CrimeType.BURGLARY, 1, 0, false, 0.0)); // u = 0: reported
            r.cleared(0);
            r.month();
            assertEquals((1 - w) * start + w * 1.0, r.perceivedClearance(0), 1e-12, "weight " + w);
        }
    }

    @Test
    void adoptionSlopeSetsHowMuchUtilityMoves() {
        Parameters flat = CityProcessesTest.params("tech_adoption_utility_slope", 0.0, "tech_adoption_rate", 0.1);
        City city = new City(flat);
        Households h = CityProcessesTest.households(flat, city);
        Adoption a = new Adoption(flat, city, h, CityProcessesTest.clock(0, 0), new Stream(1, "a"));
        assertEquals(0.1, a.adoptionProbability(3, 0.0, 0.0, 0.5), 1e-15, "slope 0: every household adopts at the neutral rate");
        assertEquals(0.1, a.adoptionProbability(3, 1.0, 1.0, 0.5), 1e-15);
        Parameters steep = CityProcessesTest.params("tech_adoption_utility_slope", 10.0, "tech_adoption_rate", 0.1);
        Adoption b = new Adoption(steep, city, h, CityProcessesTest.clock(0, 0), new Stream(1, "a"));
        assertTrue(b.adoptionProbability(3, 1.0, 1.0, 0.5) > 0.19, "a steep slope: a keen household adopts at nearly twice the rate");
    }

    @Test
    void cadreSharesSplitSafetyHours() {
        Parameters p = CityProcessesTest.params("cadre_registration_share", 0.1, "cadre_watch_support_share", 0.6,
            "tasks_pushed_down", 0, "registrations_per_safety_hour", 2.0, "mediations_per_safety_hour", 0.5);
        CadreTeam t = new CadreTeam(0);
        t.day(p, new Stream(1, "c").at(0, 1), true, 0, false, 1e9);
        double safety = t.safetyToday;
        assertTrue(safety > 0);
        assertEquals(safety * 0.1 * 2.0, t.registrationsThisMonth, 1e-12);
        assertEquals(safety * 0.6, t.watchSupportHours(), 1e-12);
        assertEquals(safety * (1 - 0.1 - 0.6) * 0.5, t.mediationsToday, 1e-12, "mediation takes the rest");
        assertEquals(0.3, CadreTeam.mediationShare(ParameterSpace.defaults()), 0.0, "default split 40 / 30 / 30");
        assertTrue(ParameterSpace.validate(CityProcessesTest.params("cadre_registration_share", 0.7,
            "cadre_watch_support_share", 0.5)).size() == 1, "shares over 1 are rejected");
    }

    @Test
    void hotspotMemorySetsHowLongRecordsCount() {
        // one officer holds the whole city; its hot-spot list has one building
        int[] memory1 = hotspotsAfterTwoMonths(1);
        int[] memory12 = hotspotsAfterTwoMonths(12);
        assertArrayEquals(new int[] {7}, memory1, "memory of one month: only last month's records count");
        assertArrayEquals(new int[] {5}, memory12, "a year's memory: ten records two months ago outweigh six last month");
    }

    private static int[] hotspotsAfterTwoMonths(double memoryMonths) {
        Parameters p = CityProcessesTest.params("hotspot_memory_months", memoryMonths, "hotspot_share", 1.0 / 36);
        City city = new City(p);
        Households h = CityProcessesTest.households(p, city);
        Clock clock = CityProcessesTest.clock(0, 0);
        Officer[] officers = {new Officer(0, 0, city.buildings, city, p, new Stream(1, "officer").at(0, 0))};
        Attitudes at = new Attitudes(city, h, p, clock);
        OfficerWork work = new OfficerWork(p, city, h, clock, new Counters(city.communities), officers,
            new Guardianship(city, p, clock), new Contact(city, h, p, clock, at, 400, 30, Contact.TRUST_SETTLE_DAY),
            new Stream(1, "plan"), new Stream(1, "morale"), new Stream(1, "incidents"), new Stream(1, "patrol"));
        int[] recorded = new int[city.buildings]; // cumulative records per building
        recorded[5] = 10;
        work.month(recorded);
        recorded[7] = 6;
        work.month(recorded);
        return officers[0].hotspots;
    }

    @Test
    void theEveningWatchWindowFollowsItsParameters() {
        Parameters p = CityProcessesTest.params("watch_start_hour", 20, "watch_patrol_hours", 2);
        City city = new City(p);
        Households h = CityProcessesTest.households(p, city);
        Clock clock = CityProcessesTest.clock(0, 0);
        Counters cnt = new Counters(city.communities + 1);
        WatchWork w = new WatchWork(p, city, h, clock, cnt, new Guardianship(city, p, clock), new Attitudes(city, h, p, clock),
            new Stream(1, "watch"), new Stream(1, "publicity"), new Stream(1, "leave"), new Stream(1, "join"), new Stream(1, "pay"));
        for (int hour = 0; hour < 24; hour++) {
            boolean day = hour >= WatchWork.DAY_START && hour < WatchWork.DAY_END;
            assertEquals(day || hour == 20 || hour == 21, w.patrolling(hour), "day shifts 08-18 and the evening 20:00-22:00, hour " + hour);
        }
        assertEquals(1, ParameterSpace.validate(CityProcessesTest.params("watch_start_hour", 22, "watch_patrol_hours", 3)).size(),
            "a patrol past midnight is rejected");
    }
}
