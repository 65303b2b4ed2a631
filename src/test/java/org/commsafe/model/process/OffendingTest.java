package org.commsafe.model.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

/**
 * The path of an attempt, forced through each branch by parameters at 0 or 1: which guardian is
 * credited, success against lapses and defences, path accounting, reporting and the case.
 */
class OffendingTest {
    /** Offending wired to everything it talks to, on a 2 x 2 city of 4 buildings of 30 households per community. */
    static final class Rig {
        final Parameters p;
        final City city;
        final Clock clock = new Clock();
        final Households h;
        final Counters counters;
        final Offender[] offenders;
        final Officer[] officers;
        final Guardianship guardians;
        final Reporting reporting;
        final Attitudes attitudes;
        final CaseWork caseWork;
        final Offending offending;
        final RemoteFraud fraud;
        final List<String> crimes = new ArrayList<>();

        Rig(Map<String, Object> changes) {
            Map<String, Object> m = new HashMap<>();
            m.put("grid_width", 2);
            m.put("grid_height", 2);
            m.put("households_per_community", 120);
            m.put("households_per_building", 30);
            m.put("offender_entry_rate", 1.2);
            m.put("victim_awareness_gain", 0.0); // attempts stay independent unless a test wants learning
            m.put("neighbour_awareness_gain", 0.0);
            m.put("return_probability", 0.0); // and no offender returns to a known target unless a test wants it
            // homes empty only by the daytime-worker rule, no door search, a flat hourly profile
            // (OccupancyTest and TimeRiskTest test those) unless a test wants them
            m.put("evening_out_probability", 0.0);
            m.put("weekend_out_probability", 0.0);
            m.put("night_away_probability", 0.0);
            m.put("burglar_door_tries", 0);
            m.put("time_risk_learning", 0.0);
            m.putAll(changes);
            p = ParameterSpace.with(ParameterSpace.defaults(), m);
            city = new City(p);
            h = new Households(city.households, p, 100, 30, new Stream(8, "city.households"));
            counters = new Counters(city.communities + 1);
            offenders = new Offender[10];
            for (int k = 0; k < offenders.length; k++) {
                offenders[k] = new Offender(k, city, p, new Stream(8, "city.offenders").at(k, 0));
            }
            officers = new Officer[city.communities];
            int[] officerOfBuilding = new int[city.buildings];
            for (int c = 0; c < city.communities; c++) {
                int from = city.firstBuilding(c);
                officers[c] = new Officer(c, from, from + city.buildings(0), city, p, new Stream(8, "city.officers").at(c, 0));
                for (int b = from; b < from + city.buildings(0); b++) {
                    officerOfBuilding[b] = c;
                }
            }
            guardians = new Guardianship(city, p, clock);
            reporting = new Reporting(p, city.communities);
            attitudes = new Attitudes(city, h, p, clock);
            caseWork = new CaseWork(p, clock, counters, offenders, reporting, attitudes, 0, 100);
            offending = new Offending(p, city, h, clock, counters, offenders, officers, officerOfBuilding, guardians, reporting,
                caseWork, attitudes, new Stream(8, "offending.occurrence"), new Stream(8, "offending.attempt"),
                new Stream(8, "city.attractiveness"), new Stream(8, "offending.placechoice"));
            offending.listener = (b, type, reported, related) -> crimes.add(b + " " + type + " " + reported + " " + related);
            fraud = new RemoteFraud(p, city, h, clock, counters, officers, officerOfBuilding, reporting, caseWork, attitudes,
                new Stream(8, "fraud.count"), new Stream(8, "fraud.attempt"));
            fraud.listener = offending.listener;
            at(0, 12);
        }

        void at(int day, int hour) {
            clock.day = day;
            clock.hour = hour;
            clock.step = 24L * day + hour;
            clock.weekday = day % 7 < 5;
        }

        /** Every offender attempts once in each of n hours; returns the city-wide total of a counter. */
        void attempts(int hours) {
            for (int k = 0; k < hours; k++) {
                at(k / 24, k % 24);
                for (Offender o : offenders) {
                    offending.attempt(o);
                }
            }
        }

        double count(int counter) {
            double t = 0;
            for (int c = 0; c < city.communities; c++) {
                t += counters.byCommunity[c][counter];
            }
            return t;
        }

        void everywhere(boolean officer, boolean watch) {
            for (int b = 0; b < city.buildings; b++) {
                if (officer) {
                    guardians.markOfficer(b);
                }
                if (watch) {
                    guardians.markWatch(b);
                }
            }
        }

        void allCameras() {
            int[] all = new int[city.buildings];
            for (int b = 0; b < all.length; b++) {
                all[b] = b;
            }
            guardians.installCameras(all);
        }
    }

    static Map<String, Object> burglary(Object... kv) {
        Map<String, Object> m = new HashMap<>(Map.of("burglary_share", 1.0,
            "daytime_worker_share", 0.0));
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        if (m.containsKey("occupant_deterrence")) { // occupants deter alike awake and asleep unless a test says otherwise
            m.putIfAbsent("occupant_deterrence_asleep", m.get("occupant_deterrence"));
        }
        return m;
    }

    @Test
    void firstPresentGuardianIsCredited() {
        Rig r = new Rig(burglary("officer_deterrence", 1.0, "watch_deterrence", 1.0, "camera_deterrence", 1.0,
            "occupant_deterrence", 1.0));
        r.allCameras();
        r.at(0, 12);
        r.everywhere(true, true);
        for (Offender o : r.offenders) {
            r.offending.attempt(o);
        }
        assertEquals(10, r.count(Counters.DETERRED_OFFICER));
        assertEquals(0, r.count(Counters.DETERRED_WATCH) + r.count(Counters.DETERRED_CAMERA) + r.count(Counters.DETERRED_OCCUPANT));
        assertEquals(10, r.count(Counters.SPATIAL_ATTEMPTS));
        assertEquals(10, r.count(Counters.ATTEMPTED));
        assertEquals(0, r.count(Counters.COMMITTED));
        // a deterred offender finds the place riskier than its twin who was never deterred
        for (Offender o : r.offenders) {
            Offender twin = new Offender(o.id, r.city, r.p, new Stream(8, "city.offenders").at(o.id, 0));
            int c = r.city.buildingCommunity[o.lastBuilding];
            assertTrue(ProcessUnitsTest.riskier(o, twin, c), "offender " + o.id + " learnt the risk of community " + c);
        }
        r.at(0, 13); // the officer's presence was the last hour: now only the watch (marked again) is there
        r.everywhere(false, true);
        for (Offender o : r.offenders) {
            r.offending.attempt(o);
        }
        assertEquals(10, r.count(Counters.DETERRED_WATCH));
        r.at(0, 14);
        for (Offender o : r.offenders) {
            r.offending.attempt(o);
        }
        assertEquals(10, r.count(Counters.DETERRED_CAMERA));
        r.guardians.installCameras(new int[0]);
        r.at(0, 15);
        for (Offender o : r.offenders) {
            r.offending.attempt(o);
        }
        assertEquals(10, r.count(Counters.DETERRED_OCCUPANT), "everyone is at home");
        assertEquals(40, r.count(Counters.SPATIAL_ATTEMPTS));
        assertEquals(0, r.count(Counters.COMMITTED));

    }

    @Test
    void absentOrUndeterringGuardiansStopNothing() {
        Rig r = new Rig(burglary("officer_deterrence", 0.0, "watch_deterrence", 0.0, "camera_deterrence", 0.0,
            "occupant_deterrence", 0.0));
        r.allCameras();
        r.everywhere(true, true);
        for (Offender o : r.offenders) {
            r.offending.attempt(o);
        }
        assertEquals(0, r.count(Counters.DETERRED_OFFICER) + r.count(Counters.DETERRED_WATCH)
            + r.count(Counters.DETERRED_CAMERA) + r.count(Counters.DETERRED_OCCUPANT));
        Rig out = new Rig(burglary("occupant_deterrence", 1.0, "daytime_worker_share", 1.0, "officer_deterrence", 1.0));
        out.at(0, 12); // a weekday at noon: every household is out at work, and no officer was here this hour
        for (Offender o : out.offenders) {
            out.offending.attempt(o);
        }
        assertEquals(0, out.count(Counters.DETERRED_OCCUPANT), "nobody home to deter");
        assertEquals(0, out.count(Counters.DETERRED_OFFICER), "no officer present");
        out.at(5, 12); // a Saturday: they are at home
        for (Offender o : out.offenders) {
            out.offending.attempt(o);
        }
        assertEquals(10, out.count(Counters.DETERRED_OCCUPANT));
    }

    @Test
    void walkInBurglaryIsAwarenessRelatedAttributableAndReported() {
        Rig r = new Rig(burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 0.0,
            "awareness_sd", 0.0, "forced_entry_success", 0.0, "reporting_intercept", 20.0, "victim_awareness_gain", 0.5,
            "neighbour_awareness_gain", 0.0));
        Offender o = r.offenders[0];
        r.offending.attempt(o);
        int b = o.lastBuilding;
        int c = r.city.buildingCommunity[b];
        double[] row = r.counters.byCommunity[c];
        assertEquals(1, row[Counters.COMMITTED]);
        assertEquals(1, row[Counters.BURGLARIES]);
        assertEquals(1, row[Counters.AWARENESS_RELATED]);
        assertEquals(1, row[Counters.AWARENESS_ATTRIBUTABLE], "a careful household would have stopped a forced entry at 0 success");
        assertEquals(1, row[Counters.REPORTED]);
        assertEquals(1, row[Counters.REPORTED_BURGLARY]);
        assertEquals(1, row[Counters.AWARENESS_RELATED_REPORTED]);
        assertEquals(1, row[Counters.COHORT_REPORTED]);
        assertEquals(1, r.offending.crimesInBuilding[b]);
        assertEquals(List.of(b + " BURGLARY true true"), r.crimes);
        assertEquals(1, r.officers[c].queue.size(), "the case joins the officer of the building");
        int victims = 0;
        for (int i = r.city.hhStart[b]; i < r.city.hhStart[b + 1]; i++) {
            if (r.h.victimisations[i] > 0) {
                victims++;
                assertEquals(0, r.h.lastVictimDay[i]);
                assertEquals(0.5, r.h.awareness(i, 0), 1e-6, "the victim learns");
            }
        }
        assertEquals(1, victims);
        assertEquals(c == o.home ? 0 : 1, row[Counters.OUTSIDE_HOME_ATTEMPTS]);
    }

    @Test
    void victimsAreSpreadOverTheBuildingsHouseholds() {
        Rig r = new Rig(burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 0.0,
            "awareness_sd", 0.0, "building_attractiveness_sd", 0.0));
        r.attempts(60);
        int victims = 0;
        for (int i = 0; i < r.h.n; i++) {
            victims += r.h.victimisations[i] > 0 ? 1 : 0;
        }
        assertEquals(600, r.count(Counters.COMMITTED));
        assertTrue(victims > 250, "600 burglaries over 480 households hit " + victims + " of them");
        for (int b = 0; b < r.city.buildings; b++) {
            int inBuilding = 0;
            for (int i = r.city.hhStart[b]; i < r.city.hhStart[b + 1]; i++) {
                inBuilding += r.h.victimisations[i];
            }
            assertEquals(inBuilding, r.offending.crimesInBuilding[b], "crimes in building " + b + " are its households' victimisations");
        }
    }

    @Test
    void awarenessPreventsWhatALapseWouldHaveLetThrough() {
        Rig r = new Rig(burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 1.0,
            "awareness_sd", 0.0, "forced_entry_success", 0.0));
        r.attempts(5);
        assertEquals(50, r.count(Counters.PREVENTED_AWARENESS), "every attempt met a locked door that would have been open");
        assertEquals(0, r.count(Counters.COMMITTED));
        Rig forced = new Rig(burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 1.0,
            "awareness_sd", 0.0, "forced_entry_success", 1.0, "physical_defence_share", 0.0));
        forced.attempts(5);
        assertEquals(50, forced.count(Counters.COMMITTED), "forced entry always succeeds against undefended homes");
        assertEquals(0, forced.count(Counters.AWARENESS_RELATED));
        assertEquals(0, forced.count(Counters.PREVENTED_AWARENESS));
        Rig neverOpen = new Rig(burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 0.0, "awareness_mean", 0.0,
            "awareness_sd", 0.0, "forced_entry_success", 0.0));
        neverOpen.attempts(5);
        assertEquals(0, neverOpen.count(Counters.PREVENTED_AWARENESS), "no lapse possible: nothing to credit to awareness");
        assertEquals(0, neverOpen.count(Counters.COMMITTED));
    }

    @Test
    void defencesStopForcedEntry() {
        Map<String, Object> base = burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 0.0,
            "forced_entry_success", 1.0, "physical_defence_share", 1.0, "physical_defence_effect", 1.0);
        Rig r = new Rig(base);
        r.attempts(5);
        assertEquals(0, r.count(Counters.COMMITTED), "full physical defence");
        Map<String, Object> half = new HashMap<>(base);
        half.put("physical_defence_effect", 0.5);
        Rig h = new Rig(half);
        h.attempts(40);
        assertEquals(0.5, h.count(Counters.COMMITTED) / 400, 0.08, "half the forced entries succeed");
        Map<String, Object> tech = new HashMap<>(base);
        tech.put("physical_defence_share", 0.0);
        tech.put("tech_defence_effect", 1.0);
        tech.put("tech_alarm_armed_share", 1.0); // the alarm always armed
        Rig t = new Rig(tech);
        for (int i = 0; i < t.h.n; i++) {
            t.h.flags[i] |= Households.TECH;
        }
        t.attempts(5);
        assertEquals(0, t.count(Counters.COMMITTED), "full technical defence");
        Map<String, Object> techHalf = new HashMap<>(tech);
        techHalf.put("tech_defence_effect", 0.25);
        Rig t2 = new Rig(techHalf);
        for (int i = 0; i < t2.h.n; i++) {
            t2.h.flags[i] |= Households.TECH;
        }
        t2.attempts(40);
        assertEquals(0.75, t2.count(Counters.COMMITTED) / 400, 0.08);
        // an alarm armed half the time stops half the forced entries, even at full effect
        Map<String, Object> halfArmed = new HashMap<>(tech);
        halfArmed.put("tech_alarm_armed_share", 0.5);
        Rig t3 = new Rig(halfArmed);
        for (int i = 0; i < t3.h.n; i++) {
            t3.h.flags[i] |= Households.TECH;
        }
        t3.attempts(40);
        assertEquals(0.5, t3.count(Counters.COMMITTED) / 400, 0.08, "alarm armed half the time");
        assertEquals(400 - t3.count(Counters.COMMITTED), t3.count(Counters.PREVENTED_TECH_FORCED), "each failure credited to the alarm");
    }

    @Test
    void localOffendersCommitNoFraud() {
        // the whole fraud success chain open, every spatial guardian off: local offenders still commit no fraud
        Rig r = new Rig(Map.of("fraud_success_probability", 1.0, "awareness_mean", 0.0, "awareness_sd", 0.0,
            "occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "careless_parking_probability", 1.0));
        r.attempts(50);
        assertEquals(500, r.count(Counters.ATTEMPTED));
        assertEquals(500, r.count(Counters.SPATIAL_ATTEMPTS), "every local attempt is a burglary or a vehicle theft");
        assertEquals(0, r.count(Counters.FRAUDS) + r.count(Counters.FRAUD_ATTEMPTS));
        assertEquals(r.count(Counters.COMMITTED), r.count(Counters.BURGLARIES) + r.count(Counters.VEHICLE_THEFTS));
        // the type shares renormalised: burglary_share of the local attempts are burglaries, the rest vehicle thefts
        Rig half = new Rig(Map.of("burglary_share", 0.25, "occupant_deterrence", 0.0, "unlocked_door_probability", 1.0,
            "careless_parking_probability", 1.0, "careless_vehicle_theft_success", 1.0, "awareness_mean", 0.0, "awareness_sd", 0.0));
        half.attempts(100);
        assertEquals(0.25, half.count(Counters.BURGLARIES) / half.count(Counters.COMMITTED), 0.04);
    }

    @Test
    void hotspotCamerasGoWhereRecordedSpatialCrimeWas() {
        Map<String, Object> open = burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 0.0,
            "awareness_sd", 0.0, "fraud_attempts_phone", 5.0, "fraud_success_probability", 1.0);
        // nobody reports: crime everywhere, nothing on record
        Map<String, Object> silent = new HashMap<>(open);
        silent.put("reporting_intercept", -20.0);
        Rig quiet = new Rig(silent);
        quiet.attempts(20);
        int crimes = 0;
        for (int b = 0; b < quiet.city.buildings; b++) {
            crimes += quiet.offending.crimesInBuilding[b];
            assertEquals(0, quiet.offending.recordedInBuilding[b], "building " + b + ": unreported crime is not on record");
        }
        assertTrue(crimes > 100);
        // everybody reports: every spatial crime on record, and no remote fraud (reported or not) adds to a building's record
        Map<String, Object> loud = new HashMap<>(open);
        loud.put("reporting_intercept", 20.0);
        Rig r = new Rig(loud);
        r.attempts(20);
        RemoteFraudTest.days(r, 60);
        assertTrue(r.count(Counters.REPORTED_FRAUD) > 50, "frauds reported: " + r.count(Counters.REPORTED_FRAUD));
        int recorded = 0;
        for (int b = 0; b < r.city.buildings; b++) {
            assertEquals(r.offending.crimesInBuilding[b], r.offending.recordedInBuilding[b], "building " + b);
            recorded += r.offending.recordedInBuilding[b];
        }
        assertEquals(r.count(Counters.REPORTED_BURGLARY) + r.count(Counters.REPORTED_VEHICLE_THEFT), recorded);
        // HOTSPOT ranks the record: the building with the most unrecorded crime gets no camera over one with a record
        int[] record = new int[r.city.buildings];
        record[5] = 1;
        int[] chosen = CameraPlacement.choose(org.commsafe.model.CameraLayout.HOTSPOT, 1, r.city, record, new Stream(3, "city.cameras"));
        assertEquals(5, chosen[0]);
    }

    @Test
    void vehicleTheftIsAttributableOnlyWhenASecuredVehicleWouldHaveBeenSafe() {
        Map<String, Object> base = Map.of("burglary_share", 0.0, "careless_parking_probability", 1.0,
            "careless_vehicle_theft_success", 1.0, "awareness_mean", 0.0, "awareness_sd", 0.0);
        Map<String, Object> safe = new HashMap<>(base);
        safe.put("secured_vehicle_theft_success", 0.0);
        Rig r = new Rig(safe);
        r.attempts(3);
        assertEquals(30, r.count(Counters.VEHICLE_THEFTS));
        assertEquals(30, r.count(Counters.AWARENESS_ATTRIBUTABLE));
        assertEquals(0, r.count(Counters.DETERRED_OCCUPANT), "occupants guard homes, not parked vehicles");
        Map<String, Object> unsafe = new HashMap<>(base);
        unsafe.put("secured_vehicle_theft_success", 1.0);
        Rig u = new Rig(unsafe);
        u.attempts(3);
        assertEquals(30, u.count(Counters.AWARENESS_RELATED));
        assertEquals(0, u.count(Counters.AWARENESS_ATTRIBUTABLE), "it would have been stolen anyway");
        Map<String, Object> secured = new HashMap<>(unsafe);
        secured.put("careless_parking_probability", 0.0);
        Rig s = new Rig(secured);
        s.attempts(3);
        assertEquals(30, s.count(Counters.VEHICLE_THEFTS));
        assertEquals(0, s.count(Counters.AWARENESS_RELATED));
    }

    @Test
    void offendersAttemptAtTheirRateOnlyWhileAtLarge() {
        Rig r = new Rig(Map.of("attempts_per_offender_per_day", 2.0, "burglary_share", 0.0));
        for (Offender o : r.offenders) {
            o.motivation = 1.0;
        }
        r.offenders[0].incarceratedUntil = 1000;
        r.offenders[1].motivation = 0.0;
        for (int step = 0; step < 24 * 100; step++) {
            r.at(step / 24, step % 24);
            r.offending.hour();
        }
        // 8 offenders x 2 attempts a day x 100 days
        assertEquals(1600, r.count(Counters.ATTEMPTED), 120);
    }

    /** Households offender 0 burgles in n successive hours (every attempt is a successful burglary). */
    private static List<Integer> victimsOfOne(Rig r, int n) {
        List<Integer> victims = new ArrayList<>();
        Offender o = r.offenders[0];
        for (int k = 0; k < n; k++) {
            r.at(k / 24, k % 24);
            int before = o.knownTarget;
            r.offending.attempt(o);
            assertTrue(o.knownTarget >= 0 && (o.knownTarget != before || k > 0), "every attempt succeeds and is remembered");
            assertEquals(r.clock.day, o.knownTargetDay);
            victims.add(o.knownTarget);
        }
        return victims;
    }

    private static Map<String, Object> sureBurglary(Object... kv) {
        Map<String, Object> m = burglary("occupant_deterrence", 0.0, "unlocked_door_probability", 1.0, "awareness_mean", 0.0,
            "awareness_sd", 0.0, "building_attractiveness_sd", 0.0, "return_memory_days", 1000);
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void offendersReturnToTheirLastSuccessfulTarget() {
        // always back to the same home
        List<Integer> same = victimsOfOne(new Rig(sureBurglary("return_probability", 1.0)), 30);
        assertEquals(1, same.stream().distinct().count(), "always back to the first home: " + same);
        // never back: the targets are spread over the known communities' 480 households
        List<Integer> spread = victimsOfOne(new Rig(sureBurglary("return_probability", 0.0)), 30);
        assertTrue(spread.stream().distinct().count() > 20, "no return: " + spread);
    }

    @Test
    void theChanceToReturnDecaysWithTheTimeSinceTheSuccess() {
        Rig r = new Rig(sureBurglary());
        Offender o = r.offenders[0];
        assertEquals(0, o.returnChance(10, 0.2, 30), "no known target, no return");
        o.rememberTarget(5, 10);
        assertEquals(0.2, o.returnChance(10, 0.2, 30), 1e-12);
        assertEquals(0.2 * Math.exp(-1), o.returnChance(40, 0.2, 30), 1e-12);
        assertEquals(0, o.returnChance(40, 0.0, 30));
        // a vehicle theft is not remembered as a burglary target
        Rig v = new Rig(Map.of("burglary_share", 0.0, "secured_vehicle_theft_success", 1.0, "careless_vehicle_theft_success", 1.0));
        v.attempts(24);
        for (Offender x : v.offenders) {
            assertEquals(-1, x.knownTarget);
        }
        assertTrue(v.count(Counters.VEHICLE_THEFTS) > 0);
    }

    @Test
    void sleepingOccupantsDeterWithTheirOwnProbability() {
        Rig r = new Rig(burglary("occupant_deterrence", 1.0, "occupant_deterrence_asleep", 0.0, "unlocked_door_probability", 1.0,
            "awareness_mean", 0.0, "awareness_sd", 0.0));
        for (int hour = 0; hour < 24; hour++) {
            double before = r.count(Counters.DETERRED_OCCUPANT);
            double committed = r.count(Counters.COMMITTED);
            r.at(0, hour); // daytime_worker_share 0: everyone is at home
            for (Offender o : r.offenders) {
                r.offending.attempt(o);
            }
            boolean asleep = hour >= 23 || hour < 7;
            assertEquals(asleep, Guardianship.asleep(hour, 23, 7), "asleep 23:00-07:00, hour " + hour);
            assertEquals(asleep ? 0 : 10, r.count(Counters.DETERRED_OCCUPANT) - before, "hour " + hour);
            assertEquals(asleep ? 10 : 0, r.count(Counters.COMMITTED) - committed, "hour " + hour);
        }
    }

    @Test
    void attractivenessIsLognormalWithMeanOne() {
        Rig r = new Rig(Map.of());
        double[] weights = Offending.attractiveness(r.city, 1.0, new Stream(3, "a"));
        for (int b = 0; b < r.city.buildings; b++) {
            double w = Math.exp(1.0 * new Stream(3, "a").at(b, 0).nextGaussian() - 0.5);
            assertEquals(w, weights[b], 1e-12, "building " + b);
            assertTrue(w > 0);
        }
        // lognormal with mean 1
        double[] big = Offending.attractiveness(new City(ParameterSpace.with(r.p, Map.of("households_per_community", 30000))),
            1.0, new Stream(3, "a"));
        double sum = 0;
        for (int b = 0; b < 1000; b++) {
            sum += big[b];
        }
        assertEquals(1.0, sum / 1000, 0.15, "mean attractiveness over the 1000 buildings of community 0");
        double[] flat = Offending.attractiveness(r.city, 0.0, new Stream(3, "a"));
        for (double w : flat) {
            assertEquals(1.0, w, 1e-12, "sd 0: every building weighs 1");
        }
    }

    @Test
    void targetsFollowAttractivenessWithinTheChosenCommunity() {
        Rig r = new Rig(Map.of("burglary_share", 1.0, "building_attractiveness_sd", 0.0,
            "occupant_deterrence", 1.0, "daytime_worker_share", 0.0));
        int[] hits = new int[r.city.buildings];
        for (int step = 0; step < 400; step++) {
            r.at(step / 24, step % 24);
            for (Offender o : r.offenders) {
                double before = r.count(Counters.SPATIAL_ATTEMPTS);
                r.offending.attempt(o);
                assertEquals(before + 1, r.count(Counters.SPATIAL_ATTEMPTS));
                hits[o.lastBuilding]++;
                // the building belongs to a community the offender knows
                int c = r.city.buildingCommunity[o.lastBuilding];
                boolean known = false;
                for (int k : o.known) {
                    known |= k == c;
                }
                assertTrue(known);
            }
        }
        // equal attractiveness: buildings of a community are hit about equally
        for (int c = 0; c < 4; c++) {
            int first = r.city.firstBuilding(c);
            int total = 0;
            for (int b = first; b < first + 4; b++) {
                total += hits[b];
            }
            for (int b = first; b < first + 4; b++) {
                assertEquals(total / 4.0, hits[b], Math.max(25, total * 0.08), "building " + b);
            }
        }
    }
}
