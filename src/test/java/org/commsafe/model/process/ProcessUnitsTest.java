package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
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

/** Processes built directly on tiny cities, with answers checked by hand. */
class ProcessUnitsTest {
    static final int MAX_DAYS = 400;
    static final int SPREAD = 30;

    static Parameters params(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>();
        m.put("grid_width", 1);
        m.put("grid_height", 1);
        m.put("households_per_community", 30);
        m.put("households_per_building", 30);
        m.putAll(changes);
        return ParameterSpace.with(ParameterSpace.defaults(), m);
    }

    /** A tiny world: the city, its households and attitudes, on a settable clock. */
    static final class World {
        final Parameters p;
        final City city;
        final Clock clock = new Clock();
        final Households h;
        final Attitudes attitudes;

        World(Parameters p) {
            this.p = p;
            city = new City(p);
            h = new Households(city.households, p, MAX_DAYS + SPREAD, SPREAD, new Stream(42, "city.households"));
            attitudes = new Attitudes(city, h, p, clock);
        }

        void day(int d) {
            clock.day = d;
            clock.step = 24L * d;
            clock.hour = 0;
            clock.weekday = d % 7 < 5;
        }

        /** Moves on to day d as the model does: each new day starts with the attitudes' decay. */
        void until(int d) {
            while (clock.day < d) {
                day(clock.day + 1);
                attitudes.decayDay();
            }
        }
    }

    // ------------------------------------------------------------------ contact

    /** The unseen window is 10 days: seen 9 days ago counts as seen, 10 or 11 days ago as unseen. */
    @Test
    void unseenMeansTenDaysOrMore() {
        World w = new World(params(Map.of()));
        Contact contact = new Contact(w.city, w.h, w.p, w.clock, w.attitudes, MAX_DAYS, SPREAD, Contact.TRUST_SETTLE_DAY);
        int n = w.city.households;
        int unseenAtStart = 0;
        for (int i = 0; i < n; i++) {
            unseenAtStart += w.h.lastSeenDay[i] <= -10 ? 1 : 0;
        }
        assertTrue(unseenAtStart > 0 && unseenAtStart < n, "initial sightings are spread over the 30 days before day 0");
        assertEquals(unseenAtStart, contact.unseen10Days(0), "unseen at the start: last seen on day -10 or before");
        w.day(9);
        contact.sighting(0);
        w.day(10);
        contact.sighting(1);
        w.day(11);
        contact.sighting(2);
        w.day(20);
        for (int i = 3; i < n; i++) {
            contact.sighting(i);
        }
        // household 0 last saw the officer 11 days ago, 1 ten days ago, 2 nine days ago
        assertEquals(2, contact.unseen10Days(0));
        assertEquals(9, w.h.lastSeenDay[0]);
        assertEquals(20, w.h.lastSeenDay[n - 1]);
        w.day(21);
        assertEquals(3, contact.unseen10Days(0), "a day later household 2 is ten days unseen too");
    }

    @Test
    void medianDaysSinceSightingAndRepeatSightings() {
        World w = new World(params(Map.of("contact_trust_gain", 0.05, "trust_mean", 0.3)));
        Contact contact = new Contact(w.city, w.h, w.p, w.clock, w.attitudes, MAX_DAYS, SPREAD, Contact.TRUST_SETTLE_DAY);
        int n = w.city.households; // 30
        for (int i = 0; i < n; i++) {
            w.day(i);
            contact.sighting(i); // household i last seen on day i
        }
        w.day(29);
        // days since sighting are 29, 28, ..., 0: the median (15th of 30) is 14, and 20 are 10+ days unseen
        assertEquals(14, contact.medianDaysSinceSighting(0, 1));
        assertEquals(20, contact.unseen10Days(0));
        double trust = w.h.trust(n - 1, 29);
        contact.sighting(n - 1);
        assertEquals(trust, w.h.trust(n - 1, 29), 1e-12, "a second sighting the same day changes nothing");
        assertEquals(20, contact.unseen10Days(0));
        w.day(40);
        assertEquals(25, contact.medianDaysSinceSighting(0, 1));
        assertEquals(n, contact.unseen10Days(0));
    }

    @Test
    void sightingRaisesTrustAndPublicityRaisesAwareness() {
        World w = new World(params(Map.of("contact_trust_gain", 0.05, "sighting_trust_gain", 0.01, "trust_mean", 0.3,
            "publicity_awareness_gain", 0.2)));
        Contact contact = new Contact(w.city, w.h, w.p, w.clock, w.attitudes, MAX_DAYS, SPREAD, Contact.TRUST_SETTLE_DAY);
        w.day(3);
        double t0 = w.h.trust(5, 3);
        double a0 = w.h.awareness(5, 3);
        contact.sighting(5);
        double t1 = t0 + 0.01 * (1 - t0);
        assertEquals(t1, w.h.trust(5, 3), 1e-6, "a sighting: a small share of the gap to 1");
        assertEquals(a0, w.h.awareness(5, 3), 1e-6, "a sighting is not publicity");
        contact.publicity(5);
        assertEquals(a0 + 0.2 * (1 - a0), w.h.awareness(5, 3), 1e-6);
        double t2 = t1 + 0.05 * (1 - t1);
        assertEquals(t2, w.h.trust(5, 3), 1e-6, "publicity is contact: the contact gain");
        contact.conversation(5);
        assertEquals(t2 + 0.05 * (1 - t2), w.h.trust(5, 3), 1e-6, "a conversation: the contact gain on the smaller gap");
        assertEquals(a0 + 0.2 * (1 - a0), w.h.awareness(5, 3), 1e-6, "a conversation is not publicity");
    }

    /**
     * The trust settle step: sightings (once a day) and contacts over days 0 .. settle day add
     * their trust-gain shares, at a total rate G a day; trust is set to base + G (1 - base) / (d + G),
     * whatever moved it before; contacts after the settle day, and a second settle, change nothing.
     */
    @Test
    void settleTrustSetsTheEquilibriumOfTheContactRate() {
        double gc = 0.02;
        double gs = 0.004;
        double d = 0.05;
        World w = new World(params(Map.of("contact_trust_gain", gc, "sighting_trust_gain", gs, "attitude_decay", d,
            "trust_mean", 0.3, "publicity_awareness_gain", 0.1)));
        int settle = 9; // days 0 .. 9: ten days
        Contact contact = new Contact(w.city, w.h, w.p, w.clock, w.attitudes, MAX_DAYS, SPREAD, settle);
        w.day(0);
        contact.sighting(0);
        contact.sighting(0); // the same day: one sighting
        contact.publicity(1);
        w.until(3);
        contact.sighting(0);
        contact.publicity(1);
        contact.publicity(1);
        w.attitudes.adjust(2, 0, 0.3); // a cleared case, say: not a contact
        w.until(5);
        contact.sighting(0);
        contact.sighting(1);
        for (int k = 0; k < 40; k++) {
            contact.conversation(4);
        }
        w.until(9);
        contact.sighting(0);
        contact.sighting(1);
        w.until(10);
        contact.sighting(3); // after the window
        contact.publicity(3);
        contact.settleTrust();
        double[] gains = {4 * gs, 3 * gc + 2 * gs, 0, 0, 40 * gc};
        for (int i = 0; i < 5; i++) {
            double base = w.h.trustBase[i];
            double g = gains[i] / 10;
            double expected = g == 0 ? base : base + g * (1 - base) / (d + g);
            assertEquals(expected, w.h.trust(i, 10), 1e-5, "household " + i);
            assertTrue(w.h.trust(i, 10) < 1, "trust below 1");
        }
        for (int i = 5; i < w.h.n; i++) {
            assertEquals(w.h.trustBase[i], w.h.trust(i, 10), 1e-6, "no contact: the baseline, household " + i);
        }
        double sum = 0;
        for (int i = 0; i < w.h.n; i++) {
            sum += w.h.trust(i, 10);
        }
        assertEquals(sum, w.attitudes.trustSum(0), 1e-4, "the community sum follows");
        // once only
        w.attitudes.adjust(5, 0, 0.2);
        double t5 = w.h.trust(5, 10);
        contact.sighting(6);
        contact.settleTrust();
        assertEquals(t5, w.h.trust(5, 10), 1e-9, "a second settle does nothing");
        // no settle day: nothing counted, nothing set
        World v = new World(w.p);
        Contact never = new Contact(v.city, v.h, v.p, v.clock, v.attitudes, MAX_DAYS, SPREAD, -1);
        v.day(0);
        never.sighting(0);
        double t0 = v.h.trust(0, 0);
        never.settleTrust();
        assertEquals(t0, v.h.trust(0, 0), 1e-9, "settle day -1: no settle");
    }

    // ------------------------------------------------------------------ attitudes

    /** The community sums kept by Attitudes equal the sums over households, however they were moved. */
    @Test
    void communitySumsFollowTheHouseholds() {
        Parameters p = ParameterSpace.with(params(Map.of("grid_width", 2, "households_per_community", 60,
            "attitude_decay", 0.05, "awareness_campaign", 0.1, "neighbour_awareness_gain", 0.1)), Map.of());
        World w = new World(p);
        Stream s = new Stream(1, "test");
        for (int d = 0; d < 120; d++) {
            w.day(d);
            if (d > 0) {
                w.attitudes.decayDay();
            }
            s.at(d, 0);
            for (int k = 0; k < 5; k++) {
                int i = s.nextInt(w.city.households);
                switch (s.nextInt(3)) {
                    case 0 -> w.attitudes.adjust(i, 0.3, 0.1);
                    case 1 -> w.attitudes.adjust(i, 0, -0.2);
                    default -> w.attitudes.afterVictimisation(i, w.city.householdBuilding[i]);
                }
            }
            if (d % 30 == 29) {
                w.attitudes.campaign();
            }
            for (int c = 0; c < w.city.communities; c++) {
                double a = 0;
                double t = 0;
                for (int i = c * 60; i < (c + 1) * 60; i++) {
                    a += w.h.awareness(i, d);
                    t += w.h.trust(i, d);
                    assertTrue(w.h.awareness(i, d) >= 0 && w.h.awareness(i, d) <= 1 + 1e-6);
                    assertTrue(w.h.trust(i, d) >= -1e-6 && w.h.trust(i, d) <= 1 + 1e-6);
                }
                assertEquals(a, w.attitudes.awarenessSum(c), 1e-3, "awareness sum, community " + c + ", day " + d);
                assertEquals(t, w.attitudes.trustSum(c), 1e-3, "trust sum, community " + c + ", day " + d);
            }
        }
    }

    @Test
    void victimLearnsMoreThanNeighboursAndRaisedAttitudesDecay() {
        World w = new World(params(Map.of("victim_awareness_gain", 0.5, "neighbour_awareness_gain", 0.1,
            "attitude_decay", 0.1, "awareness_mean", 0.2, "awareness_sd", 0.0)));
        w.day(0);
        double base = w.h.awareness(0, 0);
        assertEquals(0.2, base, 1e-6);
        w.attitudes.afterVictimisation(0, 0);
        assertEquals(0.2 + 0.5 * 0.8, w.h.awareness(0, 0), 1e-6, "the victim");
        assertEquals(0.2 + 0.1 * 0.8, w.h.awareness(1, 0), 1e-6, "a neighbour in the building");
        assertEquals(0.2 + 0.1 * 0.8, w.h.awareness(29, 0), 1e-6, "the last neighbour");
        assertEquals(0.2 + 0.4 * 0.9 * 0.9, w.h.awareness(0, 2), 1e-6, "the excess decays by 10% a day");
        double sum0 = w.attitudes.awarenessSum(0);
        assertEquals(30 * 0.2 + 0.4 + 29 * 0.08, sum0, 1e-4);
        w.attitudes.decayDay();
        assertEquals(30 * 0.2 + 0.9 * (0.4 + 29 * 0.08), w.attitudes.awarenessSum(0), 1e-4);
    }

    @Test
    void noNeighbourGainTouchesOnlyTheVictim() {
        World w = new World(params(Map.of("victim_awareness_gain", 0.5, "neighbour_awareness_gain", 0.0,
            "awareness_mean", 0.2, "awareness_sd", 0.0)));
        w.day(5);
        w.attitudes.afterVictimisation(3, 0);
        assertEquals(0.6, w.h.awareness(3, 5), 1e-6);
        assertEquals(5, w.h.attitudeDay[3]);
        for (int i = 0; i < 30; i++) {
            if (i != 3) {
                assertEquals(0.2, w.h.awareness(i, 5), 1e-6);
                assertEquals(0, w.h.attitudeDay[i], "untouched");
            }
        }
        w.attitudes.campaign(); // campaign 0: nothing, no household touched
        assertEquals(0.2, w.h.awareness(0, 5), 1e-6);
        assertEquals(0, w.h.attitudeDay[0]);
        World c = new World(params(Map.of("awareness_campaign", 0.5, "awareness_mean", 0.2, "awareness_sd", 0.0)));
        c.day(5);
        c.attitudes.campaign();
        for (int i = 0; i < 30; i++) {
            assertEquals(0.6, c.h.awareness(i, 5), 1e-6, "the campaign reaches every household");
        }
        assertEquals(18, c.attitudes.awarenessSum(0), 1e-4);
    }

    // ------------------------------------------------------------------ case work

    /**
     * True when {@code o} chooses community c for fewer draws than its unlearnt twin: the same 1000
     * vectors of race uniforms (common random numbers) for both.
     */
    static boolean riskier(Offender o, Offender twin, int c) {
        int a = 0;
        int b = 0;
        double[] u = new double[Offender.MAX_KNOWN];
        Stream s = new Stream(11, "race");
        for (int i = 0; i < 1000; i++) {
            s.at(i, 0);
            for (int k = 0; k < u.length; k++) {
                u[k] = s.nextDouble();
            }
            a += o.chooseCommunity(u, 0, 4) == c ? 1 : 0;
            b += twin.chooseCommunity(u, 0, 4) == c ? 1 : 0;
        }
        return a < b;
    }

    static final class Cases {
        final World w;
        final Counters counters = new Counters(2);
        final Offender[] offenders;
        final Reporting reporting;
        final CaseWork work;
        final Officer officer;

        Cases(Parameters p, int burnIn, int days) {
            w = new World(p);
            offenders = new Offender[] {new Offender(0, w.city, p, new Stream(3, "o").at(0, 0)),
                new Offender(1, w.city, p, new Stream(3, "o").at(1, 0))};
            reporting = new Reporting(p, 1);
            work = new CaseWork(p, w.clock, counters, offenders, reporting, w.attitudes, burnIn, days);
            officer = new Officer(0, 0, 1, w.city, p, new Stream(3, "officer").at(0, 0));
        }

        double count(int counter) {
            return counters.byCommunity[0][counter];
        }
    }

    @Test
    void cohortIsObservedDaysOneToDaysMinusHorizon() {
        Cases k = new Cases(params(Map.of()), 10, 120); // observed days 1..120 are model days 10..129; cohort days 1..30
        int[] reportDays = {9, 10, 39, 40};
        for (int d : reportDays) {
            k.w.day(d);
            k.work.open(k.officer, CrimeType.BURGLARY, 0, 0, 0, false, 0.5, 0.5);
        }
        assertEquals(2, k.count(Counters.COHORT_REPORTED), "model days 10 and 39 are observed days 1 and 30");
        assertEquals(4, k.officer.queue.size());
        Parameters p = k.w.p;
        assertEquals(p.statementHours() * p.statementVisits() + p.investigationHours() + p.registersPerCase() * p.hoursPerRegister(),
            k.officer.queue.totalHours() / 4, 1e-9, "a case needs statements, investigation and registers");
    }

    @Test
    void cohortClearanceCountsWithinNinetyDaysOnly() {
        Parameters p = params(Map.of("clearance_probability", 1.0, "evidence_half_life_days", 3650.0, "incarceration_days", 5));
        Cases k = new Cases(p, 10, 200);
        k.work.closingSkill = 1.0;
        k.w.day(100);
        k.work.completed(10, 0, 0, 0, (byte) 0, 0.0, 0.5); // reported on observed day 1, cleared 90 days later
        assertEquals(1, k.count(Counters.CLEARED));
        assertEquals(1, k.count(Counters.COHORT_CLEARED), "cleared on the 90th day: inside the horizon");
        k.w.day(102);
        k.work.completed(11, 1, 1, 0, (byte) 0, 0.0, 0.5); // 91 days after its report
        assertEquals(2, k.count(Counters.CLEARED));
        assertEquals(1, k.count(Counters.COHORT_CLEARED), "cleared on the 91st day: outside the horizon");
        k.work.completed(9, 2, 1, 0, (byte) 0, 0.0, 0.5); // reported in the burn-in
        assertEquals(3, k.count(Counters.CLEARED));
        assertEquals(1, k.count(Counters.COHORT_CLEARED), "reported before the cohort");
        k.w.day(130);
        k.work.completed(120, 3, 1, 0, (byte) 0, 0.0, 0.5); // reported on observed day 111, after the cohort (200 - 90 = 110)
        assertEquals(1, k.count(Counters.COHORT_CLEARED), "reported after the cohort");
        k.work.completed(119, 3, 1, 0, (byte) 0, 0.0, 0.5); // observed day 110: last cohort day
        assertEquals(2, k.count(Counters.COHORT_CLEARED), "reported on the last cohort day");
        assertEquals(5, k.count(Counters.CLEARED), "each clearance counted once");
    }

    /**
     * A crime is reported, then the offender's life ends and its slot refills before the case is
     * finished: the case is not cleared (the offender is gone) and the slot's new life is not
     * sentenced for it; with the slot still empty, not cleared either; the same life is.
     */
    @Test
    void aCaseIsNotClearedOnTheNextLifeOfTheOffendersSlot() {
        Parameters p = params(Map.of("clearance_probability", 1.0, "evidence_half_life_days", 3650.0, "incarceration_days", 5,
            "uncleared_trust_loss", 0.1, "trust_mean", 0.5));
        Cases k = new Cases(p, 0, 100);
        k.work.closingSkill = 1.0;
        Offender o = k.offenders[0];
        o.entryDay = 0;
        // reported on day 20; the life ends on day 22, a new one enters on day 25
        o.present = false;
        o.generation++;
        k.w.day(23);
        k.work.completed(20, 3, 0, 0, (byte) 0, 0.0, 0.5);
        assertEquals(0, k.count(Counters.CLEARED), "the slot is empty: the offender is gone");
        o.begin(k.w.city, p, new Stream(3, "o").at(0, o.generation), false);
        o.present = true;
        o.entryDay = 25;
        k.w.day(30);
        double t = k.w.h.trust(4, 30);
        k.work.completed(20, 4, 0, 0, (byte) 0, 0.0, 0.5);
        assertEquals(0, k.count(Counters.CLEARED), "the slot's new life did not commit the crime");
        assertTrue(o.activeOn(30), "the new life is not sentenced");
        assertEquals(Integer.MIN_VALUE, o.incarceratedUntil);
        assertEquals(Math.max(0, t - 0.1), k.w.h.trust(4, 30), 1e-6, "an uncleared case: the victim's trust falls");
        // a crime of the new life (reported on its entry day or after) is cleared and sentenced
        k.work.completed(25, 5, 0, 0, (byte) 0, 0.0, 0.5);
        assertEquals(1, k.count(Counters.CLEARED));
        assertEquals(36, o.incarceratedUntil, "the new life's own crime: sentenced the day after, for 5 days");
    }

    @Test
    void clearanceIncarceratesOnceAndMovesTrust() {
        Parameters p = params(Map.of("clearance_probability", 1.0, "incarceration_days", 5, "cleared_trust_gain", 0.2,
            "uncleared_trust_loss", 0.1, "trust_mean", 0.5, "risk_learning", 0.3, "grid_width", 2));
        Cases k = new Cases(p, 0, 100);
        k.work.closingSkill = 1.0;
        k.w.day(20);
        Offender o = k.offenders[0];
        double t = k.w.h.trust(4, 20);
        k.work.completed(20, 4, 0, 0, (byte) 0, 0.0, 0.11);
        assertEquals(26, o.incarceratedUntil, "the day after, for 5 days");
        assertEquals(0.11, o.rehabilitationDraw, 0.0, "the sentence carries its crime's rehabilitation draw to the release");
        assertFalse(o.activeOn(20));
        assertFalse(o.activeOn(25));
        assertTrue(o.activeOn(26));
        assertEquals(Math.min(1, t + 0.2), k.w.h.trust(4, 20), 1e-6, "a cleared case raises the victim's trust");
        // the cleared offender finds community 0 riskier: it now chooses other communities more
        Offender twin = new Offender(0, k.w.city, p, new Stream(3, "o").at(0, 0));
        assertTrue(riskier(o, twin, 0), "risk learnt on clearance");
        k.w.day(22);
        k.work.completed(21, 5, 0, 0, (byte) 0, 0.0, 0.22);
        assertEquals(26, o.incarceratedUntil, "a second clearance during the sentence does not extend it");
        assertEquals(0.11, o.rehabilitationDraw, 0.0, "nor does it change the coming release");
        assertEquals(2, k.count(Counters.CLEARED));
        double t6 = k.w.h.trust(6, 22);
        k.work.completed(21, 6, 0, 0, (byte) 0, 0.999999, 0.33); // the draw fails
        assertEquals(2, k.count(Counters.CLEARED));
        assertEquals(Math.max(0, t6 - 0.1), k.w.h.trust(6, 22), 1e-6, "an uncleared case lowers trust");
        assertEquals(0.11, o.rehabilitationDraw, 0.0);
        // released this morning (sentence ended today), cleared again today: a new sentence
        k.w.day(26);
        k.work.completed(24, 8, 0, 0, (byte) 0, 0.0, 0.44);
        assertEquals(32, o.incarceratedUntil, "re-incarcerated on the day of release");
        assertEquals(0.44, o.rehabilitationDraw, 0.0, "a new sentence, a new draw");
        assertEquals(3, k.count(Counters.CLEARED));
        k.w.day(22);
        k.work.completed(21, -1, -1, 0, (byte) 0, 0.0, 0.5); // an incident (no household, no offender): nothing to clear
        assertEquals(3, k.count(Counters.CLEARED));
        assertEquals(0, k.w.h.attitudeDay[7], "an incident leaves the household's attitudes alone");
        int[] sentences = new int[k.offenders.length];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = k.offenders[i].incarceratedUntil;
        }
        k.work.completed(21, 7, -1, 0, (byte) 0, 0.0, 0.5); // a remote fraud (no offender), cleared locally
        assertEquals(4, k.count(Counters.CLEARED));
        for (int i = 0; i < sentences.length; i++) {
            assertEquals(sentences[i], k.offenders[i].incarceratedUntil, "a cleared remote fraud locks no one up");
        }
        k.work.completed(21, 7, -1, 0, (byte) 0, 0.5, 0.5); // above fraud_local_clearance (0.10): not cleared
        assertEquals(4, k.count(Counters.CLEARED));
        // the perceived clearance of next month: the 4 clearances over 6 reports
        double prior = k.reporting.perceivedClearance(0);
        for (int i = 0; i < 6; i++) {
            k.reporting.reports(CrimeType.BURGLARY, 0.5, 0, false, 0.0);
        }
        k.reporting.month();
        assertEquals(0.7 * prior + 0.3 * 4 / 6, k.reporting.perceivedClearance(0), 1e-12, "clearances tell the community");
    }

    @Test
    void clearanceProbabilityFollowsItsFactors() {
        Parameters p = params(Map.of("clearance_probability", 0.4, "camera_evidence_bonus", 0.5,
            "unregistered_clearance_factor", 0.25, "evidence_half_life_days", 10.0, "offender_entry_rate", 0.0,
            "registration_miss_rate", 1.0));
        Cases k = new Cases(p, 0, 100);
        Offender unregistered = k.offenders[0];
        assertTrue(unregistered.floating && !unregistered.registered);
        assertEquals(0.4 * 0.7 * 0.25, k.work.clearanceProbability(0.7, false, unregistered, 0), 1e-12);
        assertEquals(0.4 * 0.7 * 1.5 * 0.25, k.work.clearanceProbability(0.7, true, unregistered, 0), 1e-12);
        assertEquals(0.4 * 0.7 * 0.25 * 0.5, k.work.clearanceProbability(0.7, false, unregistered, 10), 1e-12);
        assertEquals(0.4 * 0.7 * 0.25 * 0.25, k.work.clearanceProbability(0.7, false, unregistered, 20), 1e-12);
        unregistered.registered = true;
        assertEquals(0.4 * 0.7, k.work.clearanceProbability(0.7, false, unregistered, 0), 1e-12);
        // the clearance draw is compared with that probability
        k.work.closingSkill = 0.7;
        k.w.day(0);
        k.work.completed(0, 0, 0, 0, (byte) 0, 0.27, 0.5);
        assertEquals(1, k.count(Counters.CLEARED), "0.27 < 0.28");
        k.work.completed(0, 0, 1, 0, (byte) 0, 0.29, 0.5);
        assertEquals(1, k.count(Counters.CLEARED), "0.29 > 0.28 * factor");
    }

    @Test
    void fraudCasesCarryNoCameraEvidence() {
        Parameters p = params(Map.of("clearance_probability", 0.5, "camera_evidence_bonus", 1.0, "statement_hours", 0.0,
            "investigation_hours", 0.0, "hours_per_register", 0.0, "floating_newcomer_offender_rate", 0.0));
        Cases k = new Cases(p, 0, 100);
        k.work.closingSkill = 1.0;
        k.w.day(0);
        k.work.open(k.officer, CrimeType.FRAUD, 0, 0, 0, true, 0.7, 0.5);
        k.work.open(k.officer, CrimeType.BURGLARY, 1, 0, 0, true, 0.7, 0.123);
        k.work.open(k.officer, CrimeType.VEHICLE_THEFT, 2, 1, 0, false, 0.7, 0.5);
        k.officer.queue.work(0, new double[2], k.work);
        // 0.7 < 0.5 * 2 only with camera evidence: the burglary is cleared, the fraud and the uncovered theft are not
        assertEquals(1, k.count(Counters.CLEARED));
        assertEquals(0, k.officer.queue.size());
        assertEquals(0.123, k.offenders[0].rehabilitationDraw, 0.0, "the queue carried the burglary's rehabilitation draw");
        assertEquals(1.0, k.offenders[1].rehabilitationDraw, 0.0, "no sentence, no draw");
    }

    // ------------------------------------------------------------------ reporting

    @Test
    void perceivedClearanceFollowsLastMonth() {
        Parameters p = params(Map.of("clearance_probability", 0.5, "officer_skill", 0.6));
        Reporting r = new Reporting(p, 2);
        assertEquals(0.3, r.perceivedClearance(0), 1e-12, "starts at clearance x skill");
        for (int i = 0; i < 10; i++) {
            assertTrue(r.reports(CrimeType.BURGLARY, 0.5, 0, false, 0.0), "u = 0 always reports");
            assertFalse(r.reports(CrimeType.BURGLARY, 0.5, 1, false, 1.0), "u = 1 never reports");
        }
        for (int i = 0; i < 4; i++) {
            r.cleared(0);
        }
        r.month();
        assertEquals(0.7 * 0.3 + 0.3 * 0.4, r.perceivedClearance(0), 1e-12, "10 reported, 4 cleared");
        assertEquals(0.3, r.perceivedClearance(1), 1e-12, "nothing reported: unchanged");
        r.reports(CrimeType.FRAUD, 0.5, 0, false, 0.0);
        r.month();
        double after = 0.7 * (0.7 * 0.3 + 0.3 * 0.4);
        assertEquals(after, r.perceivedClearance(0), 1e-12, "the month's tallies were reset: 1 reported, 0 cleared");
    }

    @Test
    void reportingUsesTheDecisionProbability() {
        Parameters p = params(Map.of());
        Reporting r = new Reporting(p, 1);
        double prob = org.commsafe.agents.ReportingDecision.probability(p, p.seriousnessVehicleTheft(), 0.4,
            r.perceivedClearance(0), true);
        assertTrue(r.reports(CrimeType.VEHICLE_THEFT, 0.4, 0, true, prob - 1e-9));
        assertFalse(r.reports(CrimeType.VEHICLE_THEFT, 0.4, 0, true, prob + 1e-9));
    }
}
