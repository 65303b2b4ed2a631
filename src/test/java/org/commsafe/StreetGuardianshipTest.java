package org.commsafe;

import static org.commsafe.TestCities.mean;
import static org.commsafe.TestCities.run;
import static org.commsafe.TestCities.small;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.Officer;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.Beats;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Guardianship on the street (issue 11): compact beats, presence by the minute, the patrol
 * strategies, sighting vs contact, and offenders learning places (displacement and diffusion).
 */
class StreetGuardianshipTest {

    @Test
    void realisedRatioIsReported() {
        List<RunResult> rs = run(small(Map.of("households_per_officer", 1400)), 1, 5, 10);
        // 6,000 households / 1,400 = 4.3 -> 4 officers: 1,500 each
        assertEquals(1500, mean(rs, SummaryMetric.HOUSEHOLDS_PER_OFFICER), 1e-9);
    }

    // ------------------------------------------------------------------ presence and deterrence

    @Test
    void moreOfficersMoreOfficerPresenceMoreDeterredAttempts() {
        Map<String, Object> base = Map.of("offender_entry_rate", 0.6, "prevention_orientation", 1.0);
        List<RunResult> few = run(small(with(base, "households_per_officer", 3000)), 3, 30, 120);
        List<RunResult> many = run(small(with(base, "households_per_officer", 300)), 3, 30, 120);
        double presenceFew = mean(few, SummaryMetric.OFFICER_PRESENCE_PER_1000);
        double presenceMany = mean(many, SummaryMetric.OFFICER_PRESENCE_PER_1000);
        assertTrue(presenceMany > 5 * presenceFew, "presence per 1000 households: 1:3000 " + presenceFew + " vs 1:300 " + presenceMany);
        double deterredFew = mean(few, SummaryMetric.DETERRED_BY_OFFICER) / mean(few, SummaryMetric.SPATIAL_ATTEMPTS);
        double deterredMany = mean(many, SummaryMetric.DETERRED_BY_OFFICER) / mean(many, SummaryMetric.SPATIAL_ATTEMPTS);
        assertTrue(deterredMany > 3 * deterredFew, "officer-deterred share of attempts: " + deterredFew + " vs " + deterredMany);
    }

    /**
     * Households seeing an officer per patrol hour. At the street prior (one at-home household in
     * ten notices a pass, 8 buildings an hour) it is tens, not hundreds (issue 11 found about 391
     * with the old sighting rule). The seed's "unseen for ten-odd days" target pulls the
     * calibrated defaults (0.95, 21 buildings an hour) to a couple of hundred: a tension stated in
     * docs/calibration.md, checked here so that a change to either side is noticed.
     */
    @Test
    void sightingReachPerPatrolHour() {
        double prior = reachPerPatrolHour(Map.of("publicity_share", 0.0, "patrol_share", 1.0, "households_per_officer", 1500,
            "sighting_probability", 0.1, "buildings_per_patrol_hour", 8.0));
        assertTrue(prior >= 10 && prior <= 100, "street prior: distinct households seeing the officer per patrol hour: " + prior);
        double calibrated = reachPerPatrolHour(Map.of("publicity_share", 0.0, "patrol_share", 1.0, "households_per_officer", 1500));
        assertTrue(calibrated > 100 && calibrated < 400, "calibrated defaults: " + calibrated);
    }

    private static double reachPerPatrolHour(Map<String, Object> levers) {
        CommSafeModel m = new CommSafeModel(3, small(levers), 0, 1);
        m.start();
        int sightings = 0;
        int patrolHours = 0;
        int[] lastSeenBefore = m.households.lastSeenDay.clone();
        for (int h = 0; h < 24; h++) {
            m.hourStep();
            for (Officer o : m.officers) {
                patrolHours += o.activity(h) == Officer.PATROL ? 1 : 0;
            }
        }
        for (int i = 0; i < m.households.n; i++) {
            sightings += m.households.lastSeenDay[i] != lastSeenBefore[i] ? 1 : 0;
        }
        assertTrue(patrolHours > 0);
        return (double) sightings / patrolHours;
    }

    // ------------------------------------------------------------------ publicity and trust

    /** Everyone works 08-18 on weekdays; officers do only publicity inside those hours: no weekday contact at all. */
    @Test
    void publicityNeverReachesAnAbsentHousehold() {
        Parameters p = small(Map.of("daytime_worker_share", 1.0, "patrol_share", 0.0, "publicity_share", 1.0,
            "prevention_orientation", 1.0, "officer_shift_start", 9, "officer_hours_per_day", 8.0));
        List<RunResult> rs = run(p, 1, 0, 28);
        double[] contacts = rs.get(0).citySeries(Metric.CONTACTS);
        double weekend = 0;
        for (int d = 0; d < contacts.length; d++) {
            boolean weekday = d % 7 < 5; // burn-in 0: observed day d is model day d
            if (weekday) {
                assertEquals(0, contacts[d], "day " + d + ": publicity reached a household that is out at work");
            } else {
                weekend += contacts[d];
            }
        }
        assertTrue(weekend > 0, "at weekends publicity reaches households at home");
    }

    @Test
    void trustStaysBelowOneAndGainsDiminish() {
        Parameters p = small(Map.of("patrol_strategy", "DOOR_TO_DOOR", "households_per_officer", 100, "contact_trust_gain", 0.1,
            "prevention_orientation", 1.0, "patrol_share", 1.0, "publicity_share", 0.0, "attitude_decay", 0.0,
            "cleared_trust_gain", 0.0, // contact only: a cleared case's trust gain is additive and may reach 1
            "rental_share", 0.0, "floating_share", 0.0)); // and no new tenants arriving at baseline trust
        CommSafeModel m = new CommSafeModel(5, p, 0, 60);
        m.start();
        double previousGain = Double.NaN;
        double previousMean = meanTrust(m);
        for (int week = 0; week < 8; week++) {
            for (int h = 0; h < 24 * 7; h++) {
                m.hourStep();
            }
            double now = meanTrust(m);
            double gain = now - previousMean;
            if (!Double.isNaN(previousGain)) {
                assertTrue(gain <= previousGain + 1e-9, "week " + week + ": gain " + gain + " after " + previousGain);
            }
            previousGain = gain;
            previousMean = now;
        }
        for (int i = 0; i < m.households.n; i++) {
            assertTrue(m.households.trust(i, m.day()) < 1, "household " + i + " trust " + m.households.trust(i, m.day()));
        }
        assertTrue(previousMean > 0.6, "many contacts raise trust: " + previousMean);
    }

    private static double meanTrust(CommSafeModel m) {
        double t = 0;
        for (int i = 0; i < m.households.n; i++) {
            t += m.households.trust(i, m.day());
        }
        return t / m.households.n;
    }

    // ------------------------------------------------------------------ strategies

    @Test
    void doorToDoorMakesMoreContactsAndFewerSightings() {
        List<RunResult> walk = run(small(Map.of("patrol_strategy", "RANDOM_WALK", "publicity_share", 0.0)), 2, 10, 60);
        List<RunResult> doors = run(small(Map.of("patrol_strategy", "DOOR_TO_DOOR", "publicity_share", 0.0)), 2, 10, 60);
        double cWalk = mean(walk, SummaryMetric.CONTACTS_PER_1000);
        double cDoors = mean(doors, SummaryMetric.CONTACTS_PER_1000);
        double sWalk = mean(walk, SummaryMetric.SIGHTINGS_PER_1000);
        double sDoors = mean(doors, SummaryMetric.SIGHTINGS_PER_1000);
        assertTrue(cDoors > 1.5 * cWalk, "contacts: walk " + cWalk + " vs door-to-door " + cDoors);
        assertTrue(sDoors < 0.7 * sWalk, "sightings: walk " + sWalk + " vs door-to-door " + sDoors);
    }

    /** HOTSPOT puts a much larger share of patrol presence on the buildings with the most recorded crime. */
    @Test
    void hotspotPatrolConcentratesPresenceOnRecordedCrime() {
        double walk = presenceOnRecordedHotSpots("RANDOM_WALK");
        double hot = presenceOnRecordedHotSpots("HOTSPOT");
        // a stop watches the building and its 8 neighbours, and the list follows recent (not cumulative) records:
        // about twice the walk's share (1.96x on the merged model of issue 11, 1.8x once watch passes deter only while
        // there), and well above the 5% an even spread would give the top 5% of buildings
        assertTrue(hot > 1.5 * walk && hot > 1.5 * 0.05, "presence share on the top 5% recorded-crime buildings: walk " + walk + " vs hotspot " + hot);
    }

    private static double presenceOnRecordedHotSpots(String strategy) {
        // no enforcement hours (their presence is at random buildings of the beat): patrol presence only
        Parameters p = small(Map.of("patrol_strategy", strategy, "offender_entry_rate", 0.6, "quota_pressure", 0.0,
            "prevention_orientation", 1.0));
        CommSafeModel m = new CommSafeModel(11, p, 150, 90);
        m.start();
        for (int h = 0; h < 150 * 24; h++) {
            m.hourStep();
        }
        double[] before = m.officerPresenceInBuilding().clone();
        m.runAll();
        int[] rec = m.recordedInBuilding();
        double[] presence = m.officerPresenceInBuilding();
        Integer[] order = new Integer[rec.length];
        for (int b = 0; b < rec.length; b++) {
            order[b] = b;
        }
        java.util.Arrays.sort(order, (a, b) -> Integer.compare(rec[b], rec[a]));
        int top = rec.length / 20;
        double on = 0;
        double all = 0;
        for (int k = 0; k < rec.length; k++) {
            double x = presence[order[k]] - before[order[k]];
            all += x;
            if (k < top) {
                on += x;
            }
        }
        return on / all;
    }

    @Test
    void everyStrategyRuns() {
        for (String s : new String[] {"RANDOM_WALK", "HOTSPOT", "DOOR_TO_DOOR"}) {
            List<RunResult> rs = run(small(Map.of("patrol_strategy", s)), 1, 5, 20);
            assertTrue(mean(rs, SummaryMetric.OFFICER_PRESENCE_PER_1000) > 0, s + ": officers present");
            assertTrue(mean(rs, SummaryMetric.SPATIAL_ATTEMPTS) > 0, s);
        }
    }

    // ------------------------------------------------------------------ displacement and diffusion

    /**
     * Cameras (radius 0: each covers its own building) on a 3 x 3 block in the middle of each
     * community, strongly deterring and learnt like any guardian. Against the same city without
     * camera deterrence, crime falls in the covered block; in the ring of uncovered buildings
     * around it, it rises when offenders' learnt risk stays on the building where they were
     * stopped (displacement, spread 0) and falls when the learnt risk spreads to the neighbours
     * (diffusion of benefits, spread 1).
     */
    @Test
    void learntPlaceRiskCanDisplaceOrDiffuse() {
        Map<String, Object> base = Map.of("camera_radius", 0, "camera_layout", "NONE",
            "offender_entry_rate", 1.2, "place_risk_learning", 0.5, "place_risk_aversion", 10.0);
        double[] none = cameraBlock(with(base, "camera_deterrence", 0.0), 0.0);
        double[] displacement = cameraBlock(with(base, "camera_deterrence", 0.9), 0.0);
        double[] diffusion = cameraBlock(with(base, "camera_deterrence", 0.9), 1.0);
        assertTrue(displacement[0] < 0.5 * none[0], "covered block: " + none[0] + " -> " + displacement[0]);
        assertTrue(displacement[1] > 1.05 * none[1], "ring, no spread (displacement): " + none[1] + " -> " + displacement[1]);
        assertTrue(diffusion[1] < 0.9 * none[1], "ring, full spread (diffusion): " + none[1] + " -> " + diffusion[1]);
    }

    /** Crimes per building in the covered block and in the ring of uncovered buildings around it. */
    static double[] cameraBlock(Map<String, Object> changes, double spread) {
        Parameters p = small(with(changes, "place_risk_spread", spread));
        double covered = 0;
        double ring = 0;
        int nCovered = 0;
        int nRing = 0;
        for (int r = 0; r < 6; r++) { // six cities: with three, the ring's counts (about 1.3 crimes a building) were noise-bound
            CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(13, r), p, 30, 180);
            m.start();
            City city = m.city;
            int[] block = new int[9 * city.communities];
            int n = 0;
            for (int c = 0; c < city.communities; c++) {
                int x0 = (c % city.gridWidth) * city.blockSide + city.blockSide / 2 - 1;
                int y0 = (c / city.gridWidth) * city.blockSide + 2;
                for (int dx = 0; dx < 3; dx++) {
                    for (int dy = 0; dy < 3; dy++) {
                        block[n++] = city.buildingAt(x0 + dx, y0 + dy);
                    }
                }
            }
            m.installCameras(block);
            m.runAll();
            boolean[] cov = m.cameraCovers();
            int[] crimes = m.crimesInBuilding();
            for (int b = 0; b < city.buildings; b++) {
                if (cov[b]) {
                    covered += crimes[b];
                    nCovered++;
                    continue;
                }
                boolean next = false;
                for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
                    next |= cov[city.nb[k]];
                }
                if (next) {
                    ring += crimes[b];
                    nRing++;
                }
            }
        }
        return new double[] {covered / nCovered, ring / nRing};
    }

    /**
     * Hot-spot patrol (many officers, all community hours on patrol) against the same city with
     * officer deterrence 0: crime falls in the patrolled buildings (the 5% with the most officer
     * presence) and, at the default spread of learnt risk, in the ring of buildings next to them
     * too (diffusion of benefits: officers at a stop are seen from next door, and the learnt risk
     * spreads); the rest of the city changes little. Measured (4 replications, 300 days): patrolled
     * -36%, ring -13%, rest -0.4%; this test's 6 replications: patrolled -29% (212 -> 151 crimes),
     * ring -18% (3 replications were too few: about 80 crimes in the patrolled buildings, so the
     * ratio moved by 15% with the draws).
     */
    @Test
    void hotspotPatrolLowersCrimeWhereItPatrolsAndAround() {
        Map<String, Object> base = new HashMap<>(Map.of("households_per_officer", 300, "public_cameras", 0, "patrol_strategy", "HOTSPOT",
            "offender_entry_rate", 1.2, "prevention_orientation", 1.0, "quota_pressure", 0.0, "patrol_share", 1.0,
            "publicity_share", 0.0));
        double[] patrolled = new double[2];
        double[] ring = new double[2];
        for (int r = 0; r < 6; r++) {
            boolean[] hot = null;
            int[] cls = null;
            for (int k = 0; k < 2; k++) {
                CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(5, r), small(with(base, "officer_deterrence", k == 0 ? 0.8 : 0.0)),
                    60, 300);
                m.start();
                m.runAll();
                City city = m.city;
                if (k == 0) {
                    double[] presence = m.officerPresenceInBuilding();
                    Integer[] order = new Integer[city.buildings];
                    for (int b = 0; b < city.buildings; b++) {
                        order[b] = b;
                    }
                    java.util.Arrays.sort(order, (a, b) -> Double.compare(presence[b], presence[a]));
                    hot = new boolean[city.buildings];
                    for (int j = 0; j < city.buildings / 20; j++) {
                        hot[order[j]] = true;
                    }
                    cls = new int[city.buildings];
                    for (int b = 0; b < city.buildings; b++) {
                        if (hot[b]) {
                            cls[b] = 1;
                            continue;
                        }
                        for (int j = city.nbStart[b]; j < city.nbStart[b + 1]; j++) {
                            if (hot[city.nb[j]]) {
                                cls[b] = 2;
                            }
                        }
                    }
                }
                int[] crimes = m.crimesInBuilding();
                for (int b = 0; b < city.buildings; b++) {
                    if (cls[b] == 1) {
                        patrolled[k] += crimes[b];
                    } else if (cls[b] == 2) {
                        ring[k] += crimes[b];
                    }
                }
            }
        }
        assertTrue(patrolled[0] < 0.8 * patrolled[1], "patrolled buildings: " + patrolled[1] + " -> " + patrolled[0]);
        assertTrue(ring[0] < 0.95 * ring[1], "the ring around them: " + ring[1] + " -> " + ring[0]);
    }

    private static Map<String, Object> with(Map<String, Object> m, String k, Object v) {
        Map<String, Object> out = new HashMap<>(m);
        out.put(k, v);
        return out;
    }
}
