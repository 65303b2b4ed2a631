package org.commsafe.agents;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/** Box-Muller on two draws, as the stream documents. */
final class StrictMathGaussian {
    private StrictMathGaussian() {
    }

    static double next(Stream s) {
        double u1 = 1.0 - s.nextDouble();
        double u2 = s.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u1)) * StrictMath.cos(2 * Math.PI * u2);
    }
}

/** The agents on their own, with hand-checked answers. */
class AgentsTest {
    static Parameters params(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>();
        m.put("grid_width", 2);
        m.put("grid_height", 2);
        m.put("households_per_community", 90);
        m.put("households_per_building", 30);
        m.putAll(changes);
        return ParameterSpace.with(ParameterSpace.defaults(), m);
    }

    // ------------------------------------------------------------------ offender

    @Test
    void offenderIsDrawnFromItsStream() {
        Parameters p = params(Map.of("registration_miss_rate", 0.5, "motivation_cap", 1.2));
        City city = new City(p);
        int floating = 0;
        int unregistered = 0;
        for (int k = 0; k < 200; k++) {
            Offender o = new Offender(k, city, p, new Stream(9, "city.offenders").at(k, 0));
            Stream ref = new Stream(9, "city.offenders").at(k, 0);
            assertEquals(k, o.id);
            assertEquals(ref.nextDouble() < Offender.floatingShareOfStock(p, city), o.floating);
            assertEquals(ref.nextInt(4), o.home);
            double uRegistered = ref.nextDouble();
            assertEquals(!(o.floating && uRegistered < 0.5), o.registered);
            double base = 0.5 + ref.nextDouble();
            assertEquals(base, o.baseMotivation, 0.0);
            // the stationary mixture: rehabilitated (factor 0.5) with the stationary share, else reoffending (factor 1.5)
            boolean rehabilitated = ref.nextDouble() < Offender.stationaryRehabilitatedShare(p);
            double factor = rehabilitated ? p.rehabilitationMotivationFactor() : p.reoffendMultiplier();
            assertEquals(Math.min(1.2, base * factor), o.motivation, 0.0, "capped from the start");
            assertEquals(1.0, o.rehabilitationDraw, 0.0, "no sentence yet: no rehabilitation draw");
            assertTrue(o.activeOn(0), "at large at the start");
            assertEquals(-1, o.lastBuilding);
            floating += o.floating ? 1 : 0;
            unregistered += o.registered ? 0 : 1;
        }
        assertEquals(0.4, Offender.floatingShareOfStock(p, city), 0.01, "the floating share of the equilibrium stock");
        assertTrue(floating > 55 && floating < 105, "floating " + floating);
        assertTrue(unregistered > 18 && unregistered < 65, "unregistered " + unregistered);
    }

    /** Release motivation is a multiple of the base motivation, capped, and not compounded. */
    @Test
    void releaseMotivationIsStationaryAndCapped() {
        Parameters uncapped = params(Map.of("rehabilitation_cooperation", 0.0, "reoffend_multiplier", 10.0, "motivation_cap", 100.0));
        Parameters capped = params(Map.of("rehabilitation_cooperation", 0.0, "reoffend_multiplier", 10.0, "motivation_cap", 3.0));
        Parameters cooperating = params(Map.of("rehabilitation_cooperation", 1.0, "rehabilitation_motivation_factor", 0.5));
        City city = new City(uncapped);
        for (int k = 0; k < 20; k++) {
            Offender o = new Offender(k, city, uncapped, new Stream(1, "city.offenders").at(k, 0));
            double base = o.baseMotivation;
            for (int release = 1; release <= 5; release++) {
                o.release(uncapped, 0.0);
                assertEquals(base * 10, o.motivation, 1e-12, "release " + release + ": base x 10, uncapped");
                o.release(capped, 0.999);
                assertEquals(Math.min(3.0, base * 10), o.motivation, 1e-12, "release " + release + ": capped at 3");
                assertEquals(3.0, o.motivation, 1e-12);
                o.release(cooperating, 0.999);
                assertEquals(base * 0.5, o.motivation, 1e-12, "release " + release + ": cooperating halves the base");
            }
            assertEquals(base, o.baseMotivation, 0.0, "the base never changes");
        }
        // the draw decides cooperation: u below the cooperation share cooperates
        Parameters split = params(Map.of("rehabilitation_cooperation", 0.4, "reoffend_multiplier", 2.0,
            "rehabilitation_motivation_factor", 0.5, "motivation_cap", 100.0));
        Offender o = new Offender(0, city, split, new Stream(1, "city.offenders").at(0, 0));
        o.release(split, 0.39);
        assertEquals(0.5 * o.baseMotivation, o.motivation, 1e-12);
        o.release(split, 0.41);
        assertEquals(2.0 * o.baseMotivation, o.motivation, 1e-12);
    }

    /**
     * Offenders start in the stationary mixture of the release cycle: rehabilitated with share
     * (q / m_r) / (q / m_r + (1 - q) / m_n), the motivations capped.
     */
    @Test
    void offendersStartInTheStationaryMixture() {
        // defaults: q = 0.4, m_r = 0.5, m_n = 1.5: (0.8) / (0.8 + 0.4) = 2/3
        Parameters p = params(Map.of());
        assertEquals(2.0 / 3, Offender.stationaryRehabilitatedShare(p), 1e-12);
        // the cap bounds the reoffending motivation: m_n = min(1, 1.5) = 1: 0.8 / (0.8 + 0.6)
        assertEquals(0.8 / 1.4, Offender.stationaryRehabilitatedShare(params(Map.of("motivation_cap", 1.0))), 1e-12);
        // and the rehabilitated one: m_r = min(0.2, 0.5) = 0.2, m_n = 0.2: the share is q
        assertEquals(0.4, Offender.stationaryRehabilitatedShare(params(Map.of("motivation_cap", 0.2))), 1e-12);
        assertEquals(0.0, Offender.stationaryRehabilitatedShare(params(Map.of("rehabilitation_cooperation", 0.0))), 0.0);
        assertEquals(1.0, Offender.stationaryRehabilitatedShare(params(Map.of("rehabilitation_cooperation", 1.0))), 0.0);
        assertEquals(1.0, Offender.stationaryRehabilitatedShare(params(Map.of("rehabilitation_motivation_factor", 0.0))), 0.0,
            "a rehabilitated offender that never offends is never caught again: it stays rehabilitated");
        assertEquals(0.0, Offender.stationaryRehabilitatedShare(params(Map.of("reoffend_multiplier", 0.0))), 0.0,
            "the mirror case");
        assertEquals(0.0, Offender.stationaryRehabilitatedShare(params(Map.of("rehabilitation_cooperation", 0.0,
            "rehabilitation_motivation_factor", 0.0))), 0.0, "no cooperation: nobody is ever rehabilitated, whatever the factor");
        assertEquals(1.0, Offender.stationaryRehabilitatedShare(params(Map.of("rehabilitation_cooperation", 1.0,
            "reoffend_multiplier", 0.0))), 0.0, "full cooperation: everyone is, whatever the multiplier");
        // the drawn population follows the mixture
        City city = new City(p);
        int rehabilitated = 0;
        int n = 3000;
        for (int k = 0; k < n; k++) {
            Offender o = new Offender(k, city, p, new Stream(3, "city.offenders").at(k, 0));
            double m = o.motivation / o.baseMotivation;
            assertTrue(Math.abs(m - 0.5) < 1e-12 || Math.abs(m - 1.5) < 1e-12, "offender " + k + " starts at factor " + m);
            rehabilitated += Math.abs(m - 0.5) < 1e-12 ? 1 : 0;
        }
        assertEquals(2.0 / 3, rehabilitated / (double) n, 0.03, "rehabilitated at the start");
        Parameters none = params(Map.of("rehabilitation_cooperation", 0.0));
        for (int k = 0; k < 50; k++) {
            Offender o = new Offender(k, city, none, new Stream(3, "city.offenders").at(k, 0));
            assertEquals(o.baseMotivation * 1.5, o.motivation, 1e-12, "no cooperation: everyone starts reoffending");
        }
    }

    @Test
    void offendersPreferNearSuccessfulSafePlaces() {
        // a 3 x 1 city: community 0 knows itself and 1 (distance 1), not 2 (distance 2)
        Parameters p = params(Map.of("grid_width", 3, "grid_height", 1, "distance_decay", 1.0, "geometry", "BOUNDED"));
        City city = new City(p);
        Offender o = null;
        for (int k = 0; o == null; k++) {
            Offender c = new Offender(k, city, p, new Stream(2, "o").at(k, 0));
            if (c.home == 0) {
                o = c;
            }
        }
        assertArrayEquals(new int[] {0, 1}, o.known);
        // an exponential race: community k's time is -ln(1 - u[from + k]) / w_k, the earliest wins.
        // With community 1's time fixed at E1 / w1 (E1 = 1), community 0 wins when E0 < w0 / w1.
        double w0 = 1;
        double w1 = Math.exp(-1);
        double[] u = new double[5];
        int from = 2; // the uniforms start at 'from'
        u[from + 1] = 1 - Math.exp(-1);
        double cut = 1 - Math.exp(-w0 / w1); // u[from] below this: community 0
        u[from] = cut - 1e-6;
        assertEquals(0, o.chooseCommunity(u, from, 4));
        u[from] = cut + 1e-6;
        assertEquals(1, o.chooseCommunity(u, from, 4));
        u[from] = 1e-9;
        u[from + 1] = 0.0;
        assertEquals(1, o.chooseCommunity(u, from, 4), "E = 0 wins the race, whatever the weights");
        u[from + 1] = 1 - Math.exp(-1);
        u[0] = 0.999;
        u[1] = 0.999;
        assertEquals(0, o.chooseCommunity(u, from, 4), "uniforms before 'from' are not read");
        // risk at home: weight 1 / (1 + 4 x 0.5) = 1/3
        o.learnRisk(0, 0.5);
        assertEquals(0.5, o.risk[0], 1e-12);
        o.learnRisk(0, 0.5);
        assertEquals(0.75, o.risk[0], 1e-12, "risk rises by a share of the gap to 1");
        double h = 1 / (1 + 4 * 0.75);
        double cutRisky = 1 - Math.exp(-h / w1);
        u[from] = cutRisky - 1e-6;
        assertEquals(0, o.chooseCommunity(u, from, 4));
        u[from] = cutRisky + 1e-6;
        assertEquals(1, o.chooseCommunity(u, from, 4));
        o.learnRisk(2, 0.5); // not known: ignored
        assertEquals(0, o.risk[1], 0.0);
        o.learnSuccess(1, 0.2, 5);
        o.learnSuccess(1, 0.2, 5);
        assertEquals(0.4, o.success[1], 1e-12);
        double s1 = w1 * 1.4;
        double cutSuccess = 1 - Math.exp(-h / s1);
        u[from] = cutSuccess - 1e-6;
        assertEquals(0, o.chooseCommunity(u, from, 4));
        u[from] = cutSuccess + 1e-6;
        assertEquals(1, o.chooseCommunity(u, from, 4));
        for (int i = 0; i < 40; i++) {
            o.learnSuccess(1, 0.2, 5);
        }
        assertEquals(5.0, o.success[1], 1e-12, "remembered success is capped at 5");
        o.learnSuccess(2, 0.2, 5); // not known: ignored
        o.learnSuccess(0, 0.2, 5);
        assertEquals(0.2, o.success[0], 1e-12, "the first known community learns too");
        o.forget(0.1, 0.01);
        assertEquals(0.75 * 0.9, o.risk[0], 1e-12);
        assertEquals(5 * 0.99, o.success[1], 1e-12);
        assertEquals(0.2 * 0.99, o.success[0], 1e-12);
    }

    /** The centre of a 3 x 3 city: it knows all nine communities, the most an offender can know. */
    static Offender centreOffender(Parameters p, City city) {
        for (int k = 0; ; k++) {
            Offender c = new Offender(k, city, p, new Stream(2, "o").at(k, 0));
            if (c.home == 4) {
                return c;
            }
        }
    }

    /** The race picks each community with probability proportional to its weight, one uniform per known community. */
    @Test
    void exponentialRaceChoosesInProportionToTheWeights() {
        Parameters p = params(Map.of("grid_width", 3, "grid_height", 3, "distance_decay", 0.7));
        City city = new City(p);
        Offender o = centreOffender(p, city);
        assertEquals(Offender.MAX_KNOWN, o.known.length, "the centre knows itself and its eight neighbours");
        o.learnRisk(o.known[2], 0.6);
        o.learnSuccess(o.known[5], 0.2, 5);
        o.learnSuccess(o.known[5], 0.2, 5);
        double[] w = new double[o.known.length];
        double total = 0;
        for (int k = 0; k < w.length; k++) {
            w[k] = Math.exp(-0.7 * city.communityDistance(4, o.known[k])) * (1 + o.success[k]) / (1 + 4 * o.risk[k]);
            total += w[k];
        }
        int n = 40000;
        int[] chosen = new int[city.communities];
        double[] u = new double[Offender.MAX_KNOWN + 1];
        Stream s = new Stream(7, "race");
        for (int i = 0; i < n; i++) {
            s.at(i, 0);
            for (int k = 0; k < u.length; k++) {
                u[k] = s.nextDouble();
            }
            chosen[o.chooseCommunity(u, 1, 4)]++;
        }
        for (int k = 0; k < w.length; k++) {
            double share = w[k] / total;
            assertEquals(share, chosen[o.known[k]] / (double) n, 4 * Math.sqrt(share * (1 - share) / n),
                "community " + o.known[k] + " (weight " + w[k] + ")");
        }
    }

    /**
     * Common random numbers: when one community becomes riskier, the same uniforms either choose as
     * before or move a choice away from that community; no choice moves between the others.
     */
    @Test
    void aRiskierCommunityLosesChoicesOnlyToItself() {
        Parameters p = params(Map.of("grid_width", 3, "grid_height", 3));
        City city = new City(p);
        Offender before = centreOffender(p, city);
        Offender after = centreOffender(p, city);
        int target = after.known[3];
        after.learnRisk(target, 0.8);
        double[] u = new double[Offender.MAX_KNOWN];
        Stream s = new Stream(8, "race");
        int moved = 0;
        for (int i = 0; i < 5000; i++) {
            s.at(i, 0);
            for (int k = 0; k < u.length; k++) {
                u[k] = s.nextDouble();
            }
            int a = before.chooseCommunity(u, 0, 4);
            int b = after.chooseCommunity(u, 0, 4);
            if (a != b) {
                moved++;
                assertEquals(target, a, "draw " + i + ": a choice moved from " + a + " to " + b);
                assertTrue(b != target);
            }
        }
        assertTrue(moved > 50, "the risk moved some choices: " + moved);
    }

    @Test
    void incarcerationEndsOnTheReleaseDay() {
        Parameters p = params(Map.of());
        Offender o = new Offender(0, new City(p), p, new Stream(2, "o").at(0, 0));
        o.incarceratedUntil = 10;
        assertFalse(o.activeOn(9));
        assertTrue(o.activeOn(10));
        assertTrue(o.activeOn(11));
    }

    // ------------------------------------------------------------------ reporting decision

    @Test
    void reportingProbabilityIsTheDocumentedLogit() {
        Parameters p = params(Map.of("reporting_intercept", -1.0, "reporting_seriousness_weight", 2.0,
            "reporting_trust_weight", 1.5, "reporting_clearance_weight", 3.0, "reporting_cost_weight", 0.25,
            "statement_hours", 2.0, "statement_visits", 3, "carelessness_shame", 0.7));
        assertEquals(6.0, ReportingDecision.costHours(p), 1e-12);
        double z = -1.0 + 2.0 * 0.8 + 1.5 * 0.4 + 3.0 * 0.2 - 0.25 * 6.0;
        assertEquals(1 / (1 + Math.exp(-z)), ReportingDecision.probability(p, 0.8, 0.4, 0.2, false), 1e-12);
        assertEquals(1 / (1 + Math.exp(-(z - 0.7))), ReportingDecision.probability(p, 0.8, 0.4, 0.2, true), 1e-12);
        assertEquals(p.seriousnessBurglary(), ReportingDecision.seriousness(p, CrimeType.BURGLARY));
        assertEquals(p.seriousnessVehicleTheft(), ReportingDecision.seriousness(p, CrimeType.VEHICLE_THEFT));
        assertEquals(p.seriousnessFraud(), ReportingDecision.seriousness(p, CrimeType.FRAUD));
        assertTrue(p.seriousnessBurglary() != p.seriousnessVehicleTheft() && p.seriousnessFraud() != p.seriousnessVehicleTheft());
    }

    // ------------------------------------------------------------------ watch group

    /** The month of a group with its leave, join and rota streams of (seed, name), positioned by the group. */
    static void month(WatchGroup g, Parameters p, long seed, int m, double dayPropensity, double eveningPropensity,
                      double contributionPropensity, int households) {
        g.month(p, m, new Stream(seed, "leave"), new Stream(seed, "join"), new Stream(seed, "pay"),
            new double[] {dayPropensity, eveningPropensity}, contributionPropensity, households);
    }

    static Parameters watchParams(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>(Map.of("watch_government_budget", 500.0, "watch_contribution", 10.0,
            "taxpayer_attitude", 0.7, "watch_activity_income", 200.0, "watch_stipend", 300.0, "watch_initial_members", 20,
            "watch_churn", 0.0, "watch_unused_leave", 0.0, "watch_join_rate", 0.0, "watch_willing_share", 1.0));
        m.put("watch_active_threshold", 5);
        m.put("watch_reserve_months", 12.0);
        m.putAll(changes);
        return params(m);
    }

    @Test
    void watchGroupPaysOnlyWhoPatrols() {
        Parameters p = watchParams(Map.of());
        WatchGroup g = new WatchGroup(0, p);
        assertEquals(20, g.members);
        assertEquals(20, g.membersBy[WatchGroup.DAY] + g.membersBy[WatchGroup.EVENING]);
        assertFalse(g.active(), "nothing organised yet");
        g.mobilisationHours = 12;
        month(g, p, 1, 0, 0, 0, 100, 1000);
        assertEquals(500, g.incomeGovernment, 1e-9);
        assertEquals(100 * 0.3 * 10, g.incomeContributions, 1e-9);
        assertEquals(0, g.incomeActivities, 1e-9, "a group that did not work last month runs no activities");
        assertEquals(20, g.members, "no churn, no joiners");
        assertEquals(0, g.mobilisationHours, 0.0, "mobilisation is used up");
        assertTrue(g.active(), "20 willing members run a rota whatever the funds");
        assertEquals(20, g.activeMembers);
        assertEquals(2, g.paid, "800 yuan pay 2 stipends of 300: the rest patrol unpaid");
        assertEquals(200, g.balance, 1e-9);
        assertEquals(20 * p.watchHoursPerMember() / 30.0, g.dailyPatrolHours, 1e-12);
        assertEquals(g.rota[WatchGroup.DAY] * p.watchHoursPerMember() / 30.0, g.dailyHoursBy[WatchGroup.DAY], 1e-12);
        // an active group earns its activity income: 200 + 500 + 300 + 200 = 1200 -> 4 stipends
        month(g, p, 1, 1, 0, 0, 100, 1000);
        assertEquals(200, g.incomeActivities, 1e-9);
        assertEquals(4, g.paid);
        assertEquals(0, g.balance, 1e-9);
    }

    @Test
    void aGroupOnPaperSpendsNothingAndSavesUpToItsReserve() {
        Parameters p = watchParams(Map.of("watch_active_threshold", 50, "watch_reserve_months", 2.0));
        WatchGroup g = new WatchGroup(0, p);
        month(g, p, 1, 0, 0, 0, 100, 1000);
        assertFalse(g.active(), "20 willing < a rota of 50: on paper");
        assertEquals(0, g.paid, "a group on paper pays no stipends");
        assertEquals(0, g.dailyPatrolHours, 0.0, "and does not patrol");
        assertEquals(0, g.activeMembers);
        assertEquals(800, g.balance, 1e-9);
        month(g, p, 1, 1, 0, 0, 100, 1000);
        assertEquals(1600, g.balance, 1e-9, "it saves up");
        month(g, p, 1, 2, 0, 0, 100, 1000);
        assertEquals(1600, g.balance, 1e-9, "funds above two months of income go back");
    }

    @Test
    void fundingAloneCannotActivateAGroupWithNoWillingMembers() {
        Parameters rich = watchParams(Map.of("watch_government_budget", 1e6, "watch_initial_members", 0,
            "watch_join_rate", 0.01, "watch_stipend_attraction", 100.0));
        WatchGroup g = new WatchGroup(0, rich);
        for (int m = 0; m < 24; m++) {
            g.mobilisationHours = 100;
            month(g, rich, 3, m, 0, 0, 1000, 1000); // no resident belongs or trusts: nobody to join
            assertFalse(g.active(), "month " + m);
            assertEquals(0, g.members);
        }
        Parameters unwilling = watchParams(Map.of("watch_government_budget", 1e6, "watch_willing_share", 0.0));
        WatchGroup u = new WatchGroup(0, unwilling);
        month(u, unwilling, 3, 0, 500, 500, 1000, 1000);
        assertFalse(u.active(), "members who will not patrol make a group on paper, however rich");
        assertEquals(0, u.paid);
    }

    @Test
    void watchMembersJoinWithPullAndLeaveWhenUnused() {
        Parameters p = watchParams(Map.of("watch_initial_members", 0, "watch_join_rate", 0.01, "watch_mobilisation_effect", 0.1,
            "watch_stipend_attraction", 2.0, "watch_day_member_weight", 3.0, "watch_stipend", 100.0));
        for (int seed = 0; seed < 10; seed++) {
            WatchGroup g = new WatchGroup(1, p);
            g.mobilisationHours = 10;
            // income 500 + 30 (not active before: no activities) = 530: the offer is 530 / (100 x 5) -> 1
            double pull = 0.01 * (1 + 0.1 * 10) * (1 + 2.0 * 1);
            int day = new Stream(seed, "join").at(2, 0).poisson(pull * 3.0 * 40);
            int evening = new Stream(seed, "join").at(3, 0).poisson(pull * 60);
            month(g, p, seed, 0, 40, 60, 10, 1000);
            assertEquals(day, g.membersBy[WatchGroup.DAY], "seed " + seed);
            assertEquals(evening, g.membersBy[WatchGroup.EVENING], "seed " + seed);
            assertEquals(day + evening, g.members);
        }
        // a full community joins no one: the non-member share is 0
        WatchGroup full = new WatchGroup(0, watchParams(Map.of("watch_initial_members", 1000)));
        month(full, watchParams(Map.of("watch_join_rate", 1.0)), 4, 0, 100, 400, 0, 1000);
        assertEquals(1000, full.members);
        // willing members a group on paper does not use leave at watch_unused_leave; a working, paid group keeps them
        Parameters paper = watchParams(Map.of("watch_active_threshold", 1000, "watch_unused_leave", 0.5, "watch_initial_members", 100));
        Parameters paidWell = watchParams(Map.of("watch_government_budget", 1e6, "watch_unused_leave", 0.5, "watch_initial_members", 100));
        int leftPaper = 0;
        int leftPaid = 0;
        for (int seed = 0; seed < 10; seed++) {
            WatchGroup a = new WatchGroup(0, paper);
            WatchGroup b = new WatchGroup(0, paidWell);
            for (int m = 0; m < 2; m++) {
                month(a, paper, seed, m, 0, 0, 0, 1000);
                month(b, paidWell, seed, m, 0, 0, 0, 1000);
            }
            leftPaper += 100 - a.members;
            leftPaid += 100 - b.members;
        }
        assertEquals(0, leftPaid, "paid and used, no churn: nobody leaves");
        assertTrue(leftPaper > 400 && leftPaper < 600, "unused members leave at half a month: " + leftPaper + " of 1000");
    }

    @Test
    void binomialHasTheRightMean() {
        Stream s = new Stream(5, "binomial");
        double small = 0;
        double large = 0;
        for (int i = 0; i < 2000; i++) {
            small += WatchGroup.binomial(100, 0.3, s.at(i, 0));
            large += WatchGroup.binomial(1000, 0.3, s.at(i, 1));
        }
        assertEquals(30, small / 2000, 0.4);
        assertEquals(300, large / 2000, 1.5);
        double var = 0;
        for (int i = 0; i < 2000; i++) {
            double k = WatchGroup.binomial(1000, 0.3, s.at(i, 1));
            var += (k - 300) * (k - 300);
        }
        assertEquals(1000 * 0.3 * 0.7, var / 2000, 30, "variance n q (1 - q)");
        // above 200 trials: the normal approximation, exactly two draws
        Stream approx = new Stream(5, "binomial").at(7, 7);
        Stream gauss = new Stream(5, "binomial").at(7, 7);
        int k201 = WatchGroup.binomial(201, 0.4, approx);
        double z = StrictMathGaussian.next(gauss);
        assertEquals(Math.max(0, Math.min(201, (int) Math.round(201 * 0.4 + Math.sqrt(201 * 0.4 * 0.6) * z))), k201);
        assertEquals(gauss.nextLong(), approx.nextLong(), "two draws");
        assertEquals(0, WatchGroup.binomial(150, 0.0, s.at(0, 2)));
        assertEquals(150, WatchGroup.binomial(150, 1.0, s.at(0, 2)));
        assertEquals(0, WatchGroup.binomial(500, 0.0, s.at(0, 2)));
        assertEquals(500, WatchGroup.binomial(500, 1.0, s.at(0, 2)));
        assertEquals(0, WatchGroup.binomial(0, 0.5, s.at(0, 2)));
        int same = 0;
        for (int i = 0; i < 50; i++) {
            int k = WatchGroup.binomial(200, 0.5, s.at(i, 3));
            assertTrue(k >= 0 && k <= 200);
            Stream ref = new Stream(5, "binomial").at(i, 3);
            int exact = 0;
            for (int j = 0; j < 200; j++) {
                exact += ref.nextDouble() < 0.5 ? 1 : 0;
            }
            same += k == exact ? 1 : 0;
        }
        assertEquals(50, same, "exact Bernoulli trials up to 200");
    }

    // ------------------------------------------------------------------ cadres

    @Test
    void cadresFillFormsFirstThenShareTheRest() {
        Parameters p = params(Map.of("cadres_per_community", 5, "cadre_hours_per_day", 8.0, "tasks_pushed_down", 0,
            "safety_base_weight", 0.1, "safety_funding", 0.5, "safety_veto_strength", 0.2, "funded_task_weight", 1.0,
            "registrations_per_safety_hour", 0.5, "mediations_per_safety_hour", 0.3, "forms_per_safety_record", 0.0));
        CadreTeam t = new CadreTeam(2);
        assertEquals(2, t.community);
        t.day(p, new Stream(1, "c").at(0, 0), false, 0, false, 1e9);
        assertEquals(0, t.formsToday + t.fundedToday + t.safetyToday, 0.0, "no work at weekends");
        assertEquals(0, t.registrationsThisMonth, 0.0);
        t.day(p, new Stream(1, "c").at(0, 1), true, 0, false, 1e9);
        double safety = 40 * 0.8 / 1.8;
        assertEquals(0, t.formsToday, 0.0);
        assertEquals(safety, t.safetyToday, 1e-12);
        assertEquals(40 - safety, t.fundedToday, 1e-12);
        assertEquals(safety * 0.4 * 0.5, t.registrationsThisMonth, 1e-12);
        assertEquals(safety * 0.3, t.watchSupportHours(), 1e-12);
        assertEquals(safety * 0.3 * 0.3, t.mediationsToday, 1e-12);
        t.day(p, new Stream(1, "c").at(0, 2), true, 0, false, 1e9);
        assertEquals(2 * safety * 0.4 * 0.5, t.registrationsThisMonth, 1e-12, "registrations accumulate over the month");
        t.formBacklog = 100;
        t.day(p, new Stream(1, "c").at(0, 3), true, 0, false, 1e9);
        assertEquals(40, t.formsToday, 1e-12, "a form backlog takes the whole day");
        assertEquals(60, t.formBacklog, 1e-12);
        assertEquals(0, t.safetyToday + t.fundedToday, 1e-12);
        t.formBacklog = 10;
        t.day(p, new Stream(1, "c").at(0, 4), true, 0, false, 1e9);
        assertEquals(10, t.formsToday, 1e-12);
        assertEquals(0, t.formBacklog, 1e-12);
        assertEquals(30 * 0.8 / 1.8, t.safetyToday, 1e-12);
        // routine forms arrive: Poisson with the month's routine forms over 21.75 weekdays, each taking hours_per_form
        Parameters busy = ParameterSpace.with(p, Map.of("tasks_pushed_down", 100, "forms_per_task_per_month", 2.0, "hours_per_form", 0.5));
        CadreTeam b = new CadreTeam(0);
        int forms = new Stream(1, "c").at(1, 0).poisson(100 * 2.0 * (1 - 0.4) / 21.75);
        b.day(busy, new Stream(1, "c").at(1, 0), true, 0, false, 1e9);
        assertEquals(Math.min(40, forms * 0.5), b.formsToday, 1e-12);
    }

    // ------------------------------------------------------------------ officer

    /** A 2 x 1 city of 3 buildings per community: an officer on buildings 2..4 covers 1/3 of community 0 and 2/3 of community 1. */
    static Officer officer(Parameters p, int id) {
        return new Officer(id, 2, 5, new City(p), p, new Stream(6, "city.officers").at(id, 0));
    }

    static Parameters officerParams(Map<String, Object> changes) {
        Map<String, Object> m = new HashMap<>(Map.of("grid_width", 2, "grid_height", 1, "officer_hours_per_day", 10.0,
            "officer_shift_start", 9, "roster_hours_per_day", 2.0, "quota_pressure", 0.5, "quota_max_hours", 4.0,
            "morale_base", 0.8, "patrol_share", 0.6, "publicity_share", 0.2));
        m.put("quota_outside_share", 0.5);
        m.putAll(changes);
        return params(m);
    }

    @Test
    void officerBeatAndTraits() {
        Parameters p = officerParams(Map.of("officer_skill", 0.7, "prevention_orientation", 0.6));
        City city = new City(p);
        Officer o = officer(p, 0);
        assertArrayEquals(new int[] {0, 1}, o.communities);
        assertEquals(1.0 / 3, o.communityShares[0], 1e-12);
        assertEquals(2.0 / 3, o.communityShares[1], 1e-12);
        assertEquals(1, o.homeCommunity, "the community with most of the beat");
        assertArrayEquals(new int[] {2, 3, 4}, o.beat);
        assertEquals(city.hhStart[5] - city.hhStart[2], o.beatHouseholds);
        assertEquals(3, o.beatBuildings());
        Stream ref = new Stream(6, "city.officers").at(0, 0);
        assertEquals(Math.max(0, Math.min(1, 0.7 + 0.1 * ref.nextGaussian())), o.skill, 1e-12);
        double own = Math.max(0, Math.min(1, 0.6 + 0.15 * ref.nextGaussian()));
        assertEquals(own, o.intrinsicOrientation, 1e-12);
        // starts at the appraised orientation: half its own, half what the default appraisal rewards (1 - 0.4)
        assertEquals(0.5 * own + 0.5 * 0.6, o.orientation, 1e-12);
        assertEquals(0.8, o.morale, 0.0);
        Officer first = new Officer(1, 0, 2, city, p, new Stream(6, "city.officers").at(1, 0));
        assertArrayEquals(new int[] {0}, first.communities);
        assertEquals(0, first.homeCommunity);
        Officer mostlyFirst = new Officer(2, 0, 4, city, p, new Stream(6, "city.officers").at(2, 0));
        assertEquals(0, mostlyFirst.homeCommunity, "3 of 4 buildings in community 0");
        Officer tie = new Officer(3, 2, 4, city, p, new Stream(6, "city.officers").at(3, 0));
        assertEquals(0, tie.homeCommunity, "a tie goes to the first community");
        Officer second = new Officer(4, 3, 6, city, p, new Stream(6, "city.officers").at(4, 0));
        assertArrayEquals(new int[] {1}, second.communities, "a beat inside community 1 touches it only");
        assertArrayEquals(new double[] {1.0}, second.communityShares, 1e-12);
        assertEquals(1, second.homeCommunity);
    }

    @Test
    void officersWorkTheirDaysOfTheWeek() {
        Parameters p = officerParams(Map.of("officer_days_per_week", 5));
        for (int id = 0; id < 7; id++) {
            Officer o = officer(p, id);
            int worked = 0;
            for (int d = 0; d < 7; d++) {
                boolean works = Math.floorMod(d + id, 7) < 5;
                assertEquals(works, o.worksOn(d, p), "officer " + id + " day " + d);
                worked += works ? 1 : 0;
            }
            assertEquals(5, worked);
        }
    }

    @Test
    void planClaimsHoursInTheSeedsOrder() {
        Parameters p = officerParams(Map.of());
        Officer o = officer(p, 0);
        int day = 0;
        while (!o.worksOn(day, p)) {
            day++;
        }
        o.queue.add(1.5, 0.5, 1.0, 0, 0, 0, 0, (byte) 0, 0.5, 0.25); // 3 hours of work queued
        o.planDay(p, day, new Stream(1, "plan").at(0, day));
        // 10 hours: roster 2, quota 2, cases 3, then 3 left: effort 3 x 0.8 = 2.4, idle 0.6
        double community = 2.4 * o.orientation;
        double quota = 2 + (2.4 - community);
        Counters cnt = new Counters(2);
        WatchGroup[] groups = {new WatchGroup(0, p), new WatchGroup(1, p)};
        List<Integer> done = new ArrayList<>();
        o.endDay(cnt, groups, (d, hh, off, comm, cam, u, r) -> done.add(hh));
        assertEquals(List.of(0), done, "the queued case is finished");
        double[] share = {1.0 / 3, 2.0 / 3};
        for (int c = 0; c < 2; c++) {
            double[] r = cnt.byCommunity[c];
            assertEquals(10 * share[c], r[Counters.OFFICER_ON_DUTY], 1e-9);
            assertEquals(2 * share[c], r[Counters.OFFICER_ROSTER], 1e-9);
            assertEquals(quota * share[c], r[Counters.OFFICER_QUOTA], 1e-9);
            assertEquals(2 * share[c], r[Counters.OFFICER_CASES], 1e-9, "statement and investigation");
            assertEquals(1 * share[c], r[Counters.OFFICER_PAPERWORK], 1e-9, "registers");
            assertEquals(community * share[c], r[Counters.OFFICER_COMMUNITY], 1e-9);
            assertEquals(0.6 * share[c], r[Counters.OFFICER_IDLE], 1e-9);
            assertEquals(0, r[Counters.CASE_BACKLOG], 0.0);
            assertEquals(community * 0.2 * share[c], groups[c].mobilisationHours, 1e-9, "organising hours go to the watch groups");
        }
        // the plan on the shift 09-19
        int patrol = 0;
        int publicity = 0;
        int enforce = 0;
        for (int h = 0; h < 24; h++) {
            byte a = o.activity(h);
            if (h < 9 || h >= 19) {
                assertEquals(Officer.OFF, a, "hour " + h);
            } else {
                assertTrue(a != Officer.OFF, "hour " + h + " is on the shift");
            }
            patrol += a == Officer.PATROL ? 1 : 0;
            publicity += a == Officer.PUBLICITY ? 1 : 0;
            enforce += a == Officer.ENFORCE_IN ? 1 : 0;
        }
        assertEquals(community * 0.6, patrol, 1.0);
        assertEquals(community * 0.2, publicity, 1.0);
        assertEquals(quota * 0.5, enforce, 1.0);
        assertEquals(-1, o.position);
    }

    @Test
    void rosterAndQuotaNeverClaimMoreThanTheShift() {
        Parameters p = officerParams(Map.of("roster_hours_per_day", 8.0, "quota_pressure", 1.0, "quota_max_hours", 4.0));
        Officer o = officer(p, 0);
        o.queue.add(5, 0, 0, 0, 0, 0, 0, (byte) 0, 0.5, 0.25);
        o.planDay(p, 0, new Stream(1, "plan").at(0, 0));
        Counters cnt = new Counters(2);
        o.endDay(cnt, new WatchGroup[] {new WatchGroup(0, p), new WatchGroup(1, p)}, (d, hh, of, comm, cam, u, r) -> { });
        double[] total = new double[Counters.COUNT];
        for (int k = 0; k < Counters.COUNT; k++) {
            total[k] = cnt.byCommunity[0][k] + cnt.byCommunity[1][k];
        }
        assertEquals(10, total[Counters.OFFICER_ON_DUTY], 1e-9);
        assertEquals(8, total[Counters.OFFICER_ROSTER], 1e-9);
        assertEquals(2, total[Counters.OFFICER_QUOTA], 1e-9, "the quota gets what the roster leaves");
        assertEquals(0, total[Counters.OFFICER_CASES] + total[Counters.OFFICER_COMMUNITY] + total[Counters.OFFICER_IDLE], 1e-9);
    }

    /** Off-shift hours stay off whatever the plan's rounding, and a day off clears yesterday's plan. */
    @Test
    void planFillsTheShiftAndNothingElse() {
        Parameters p = officerParams(Map.of("roster_hours_per_day", 0.0, "quota_pressure", 0.0, "morale_base", 1.0,
            "patrol_share", 0.5, "publicity_share", 0.5, "quota_outside_share", 0.0, "prevention_orientation", 0.5,
            "officer_days_per_week", 6));
        int full = 0;
        for (int id = 0; id < 40; id++) {
            Officer o = officer(p, id);
            for (int day = 0; day < 14; day++) {
                o.planDay(p, day, new Stream(1, "plan").at(id, day));
                int planned = 0;
                for (int h = 0; h < 24; h++) {
                    boolean onShift = o.worksOn(day, p) && h >= 9 && h < 19;
                    assertEquals(onShift, o.activity(h) != Officer.OFF, "officer " + id + ", day " + day + ", hour " + h);
                    planned += o.activity(h) == Officer.PATROL || o.activity(h) == Officer.PUBLICITY
                        || o.activity(h) == Officer.ENFORCE_IN ? 1 : 0;
                }
                full += planned == 10 ? 1 : 0;
            }
        }
        assertTrue(full > 0, "some plans fill every shift hour, so rounding up could overflow the shift");
    }

    /** The plan's activities are spread over the shift (shuffled hours), not stacked at its start. */
    @Test
    void communityHoursAreSpreadOverTheShift() {
        Parameters p = officerParams(Map.of("roster_hours_per_day", 0.0, "quota_pressure", 0.0, "morale_base", 1.0,
            "patrol_share", 0.2, "publicity_share", 0.0, "prevention_orientation", 1.0, "officer_days_per_week", 7));
        int[] patrolAt = new int[24];
        int plans = 0;
        for (int id = 0; id < 20; id++) {
            Officer o = officer(p, id);
            for (int day = 0; day < 10; day++) {
                o.planDay(p, day, new Stream(1, "plan").at(id, day));
                plans++;
                for (int h = 0; h < 24; h++) {
                    patrolAt[h] += o.activity(h) == Officer.PATROL ? 1 : 0;
                }
            }
        }
        // two patrol hours of ten: each shift hour is a patrol hour in about a fifth of the plans
        for (int h = 9; h < 19; h++) {
            assertEquals(0.2, patrolAt[h] / (double) plans, 0.1, "hour " + h);
        }
    }

    @Test
    void planOnADayOffIsEmptyAndUnusedCaseHoursAreIdle() {
        Parameters p = officerParams(Map.of("morale_base", 1.0, "prevention_orientation", 1.0));
        Officer o = officer(p, 0);
        int off = 0;
        while (o.worksOn(off, p)) {
            off++;
        }
        o.planDay(p, off, new Stream(1, "plan").at(0, off));
        for (int h = 0; h < 24; h++) {
            assertEquals(Officer.OFF, o.activity(h));
        }
        Counters cnt = new Counters(2);
        WatchGroup[] groups = {new WatchGroup(0, p), new WatchGroup(1, p)};
        o.endDay(cnt, groups, (d, hh, of, comm, cam, u, r) -> { });
        for (int k = 0; k < Counters.COUNT; k++) {
            assertEquals(0, cnt.byCommunity[0][k] + cnt.byCommunity[1][k], 0.0, "counter " + k);
        }
        // a heavy queue takes every free hour; nothing is idle at full morale
        for (int i = 0; i < 5; i++) {
            o.queue.add(2, 2, 2, 0, i, 0, 0, (byte) 0, 0.5, 0.25);
        }
        o.planDay(p, off + 1, new Stream(1, "plan").at(0, off + 1));
        o.endDay(cnt, groups, (d, hh, of, comm, cam, u, r) -> { });
        assertEquals(0, cnt.byCommunity[0][Counters.OFFICER_IDLE] + cnt.byCommunity[1][Counters.OFFICER_IDLE], 1e-9);
        assertEquals(0, cnt.byCommunity[0][Counters.OFFICER_COMMUNITY] + cnt.byCommunity[1][Counters.OFFICER_COMMUNITY], 1e-9);
        assertEquals(4, cnt.byCommunity[0][Counters.OFFICER_CASES] + cnt.byCommunity[1][Counters.OFFICER_CASES], 1e-9);
        assertEquals(2, cnt.byCommunity[0][Counters.OFFICER_PAPERWORK] + cnt.byCommunity[1][Counters.OFFICER_PAPERWORK], 1e-9);
        assertEquals(4, cnt.byCommunity[0][Counters.CASE_BACKLOG] + cnt.byCommunity[1][Counters.CASE_BACKLOG], 1e-9);
        assertEquals(24, o.queue.totalHours(), 1e-9);
    }

    @Test
    void moraleFallsWithAssaultsAndRecovers() {
        Parameters calm = officerParams(Map.of("assault_complaint_rate", 0.0, "morale_base", 0.8, "morale_recovery", 0.1));
        Officer o = officer(calm, 0);
        o.morale = 0.3;
        o.updateMorale(calm, new Stream(1, "m").at(0, 0));
        assertEquals(0.3 + 0.1 * 0.5, o.morale, 1e-12);
        Parameters hostile = officerParams(Map.of("assault_complaint_rate", 100.0, "assault_punished_share", 0.3,
            "morale_shock", 0.05, "morale_recovery", 0.1, "morale_base", 0.8));
        int shocks = 0;
        for (int d = 0; d < 200; d++) {
            Officer x = officer(hostile, 0);
            Stream ref = new Stream(1, "m").at(0, d);
            double m = 0.8;
            int events = ref.poisson(100 / 365.0);
            for (int e = 0; e < events; e++) {
                m -= ref.nextDouble() < 0.3 ? 0.05 : 0.1;
            }
            m = Math.max(0, Math.min(1, m + 0.1 * (0.8 - m)));
            x.updateMorale(hostile, new Stream(1, "m").at(0, d));
            assertEquals(m, x.morale, 1e-12, "day " + d);
            shocks += events;
        }
        assertTrue(shocks > 30, "events happened: " + shocks);
    }

    // ------------------------------------------------------------------ case queue

    @Test
    void caseQueueKeepsEveryFieldThroughGrowth() {
        CaseQueue q = new CaseQueue();
        List<String> done = new ArrayList<>();
        CaseQueue.Completion c = (day, hh, off, comm, cam, u, r) ->
            done.add(day + "/" + hh + "/" + off + "/" + comm + "/" + cam + "/" + u + "/" + r);
        double[] spent = new double[2];
        for (int i = 0; i < 10; i++) {
            q.add(1, 0, 0, 100 + i, i, 200 + i, i % 3, (byte) (i % 4), i / 10.0, i / 100.0);
        }
        q.work(6, spent, c); // head moves to 6: later additions wrap around the ring before it grows
        assertEquals(6, done.size());
        for (int i = 10; i < 40; i++) {
            q.add(1, 0, 0, 100 + i, i, 200 + i, i % 3, (byte) (i % 4), i / 10.0, i / 100.0);
        }
        assertEquals(34, q.size());
        assertEquals(34, q.totalHours(), 1e-9);
        q.work(100, spent, c);
        assertEquals(34, spent[0], 1e-9);
        assertEquals(0, q.totalHours(), 0.0);
        for (int i = 0; i < 40; i++) {
            assertEquals((100 + i) + "/" + i + "/" + (200 + i) + "/" + (i % 3) + "/" + (i % 4) + "/" + (i / 10.0) + "/" + (i / 100.0),
                done.get(i));
        }
    }

    @Test
    void caseQueueSpendsHoursInOrderAndKeepsTheRest() {
        CaseQueue q = new CaseQueue();
        double[] spent = new double[2];
        List<Integer> done = new ArrayList<>();
        q.add(2, 3, 1, 0, 7, 1, 0, (byte) 0, 0.5, 0.25);
        q.work(1.5, spent, (d, hh, off, comm, cam, u, r) -> done.add(hh));
        assertEquals(1.5, spent[0], 1e-12);
        assertEquals(0, spent[1], 1e-12);
        assertEquals(4.5, q.totalHours(), 1e-12);
        q.work(3, spent, (d, hh, off, comm, cam, u, r) -> done.add(hh));
        assertEquals(3, spent[0], 1e-12, "0.5 statement + 2.5 investigation");
        assertEquals(1.5, q.totalHours(), 1e-12);
        assertTrue(done.isEmpty());
        q.work(10, spent, (d, hh, off, comm, cam, u, r) -> done.add(hh));
        assertEquals(0.5, spent[0], 1e-12);
        assertEquals(1, spent[1], 1e-12);
        assertEquals(List.of(7), done);
        assertEquals(0, q.size());
        assertTrue(q.toString().startsWith("CaseQueue[size=0"));
        for (int i = 0; i < 7; i++) {
            q.add(1.0 / 3, 0.1, 0.7, 0, i, 0, 0, (byte) 0, 0.5, 0.25); // hours whose running total drifts by rounding
        }
        for (int i = 0; i < 11; i++) {
            q.work(0.45, spent, (d, hh, off, comm, cam, u, r) -> { });
        }
        q.work(100, spent, (d, hh, off, comm, cam, u, r) -> { });
        assertEquals(0, q.size());
        assertEquals(0.0, q.totalHours(), 0.0, "an empty queue needs exactly no hours, rounding dropped");
    }
}
