package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.commsafe.model.Parameters;
import org.commsafe.model.process.CaseWork;
import org.junit.jupiter.api.Test;

/**
 * Accounting identities and bounds that hold on every day and in every community of any run:
 * a wrong model (a miscounted path, a lost hour, a case counted twice, a share above 1) breaks
 * them. Each check runs a few small cities chosen so that every counter it reads is exercised
 * (asserted too, so a check cannot pass by having nothing to check).
 */
class ModelInvariantsTest {
    static final int BURN_IN = 20;
    static final int DAYS = 150;
    static final double REL = 1e-6;

    /** Everything busy: many offenders and cases, clearances, cameras, active watch groups, adoption, low morale; beats cross communities. */
    static Parameters busy() {
        Map<String, Object> m = new HashMap<>();
        m.put("offender_entry_rate", 0.48);
        m.put("clearance_probability", 0.8);
        m.put("incarceration_days", 10);
        m.put("public_cameras", 30);
        m.put("watch_government_budget", 5000.0);
        m.put("tech_defence_subsidy", 2.0);
        m.put("assault_complaint_rate", 20.0);
        m.put("statement_visits", 3);
        m.put("households_per_officer", 2000);
        m.put("awareness_campaign", 0.02);
        // human defence everywhere: gates, guards and property management are accounted for too
        m.put("gated_share", 1.0);
        m.put("guards_per_community", 2.0);
        m.put("property_management_share", 1.0);
        return TestCities.small(m);
    }

    static List<ObservedRun> runs() {
        return List.of(
            // frequent sightings, so the 10-day unseen share falls below a half on some days
            ObservedRun.run(TestCities.small(Map.of("sighting_probability", 0.5)), Seeds.replicationSeed(11, 0), BURN_IN, DAYS),
            ObservedRun.run(busy(), Seeds.replicationSeed(11, 1), BURN_IN, DAYS));
    }

    private static void close(double expected, double actual, String what) {
        double tol = REL * Math.max(1, Math.abs(expected));
        if (!(Math.abs(expected - actual) <= tol)) {
            fail(what + ": expected " + expected + " but was " + actual);
        }
    }

    private static void atMost(double small, double large, String what) {
        if (!(small <= large + 1e-9)) {
            fail(what + ": " + small + " > " + large);
        }
    }

    private static String where(ObservedRun r, int d, int row) {
        return " (model day " + d + ", " + (row == r.communities() ? "city" : "community " + row) + ")";
    }

    @Test
    void officerLedgerSumsToOnDutyHours() {
        for (ObservedRun r : runs()) {
            Parameters p = r.model.params;
            double idleSeen = 0;
            for (int d = 0; d < r.modelDays(); d++) {
                double[] expectedOnDuty = new double[r.communities() + 1];
                for (Officer o : r.model.officers) {
                    if (Math.floorMod(d + o.id, 7) < p.officerDaysPerWeek()) {
                        for (int k = 0; k < o.communities.length; k++) {
                            expectedOnDuty[o.communities[k]] += p.officerHoursPerDay() * o.communityShares[k];
                        }
                        expectedOnDuty[r.communities()] += p.officerHoursPerDay();
                    }
                }
                for (int row = 0; row <= r.communities(); row++) {
                    double[] x = r.rows(d)[row];
                    double parts = 0;
                    for (Metric m : new Metric[] {Metric.OFFICER_HOURS_ROSTER, Metric.OFFICER_HOURS_QUOTA,
                            Metric.OFFICER_HOURS_CASES, Metric.OFFICER_HOURS_PAPERWORK, Metric.OFFICER_HOURS_COMMUNITY,
                            Metric.OFFICER_HOURS_IDLE}) {
                        assertTrue(x[m.ordinal()] >= -1e-9, m.column() + " negative" + where(r, d, row));
                        parts += x[m.ordinal()];
                    }
                    close(x[Metric.OFFICER_HOURS_ON_DUTY.ordinal()], parts, "ledger" + where(r, d, row));
                    close(expectedOnDuty[row], x[Metric.OFFICER_HOURS_ON_DUTY.ordinal()],
                        "on-duty hours = working officers x hours" + where(r, d, row));
                }
                idleSeen += r.city(d, Metric.OFFICER_HOURS_IDLE);
            }
            assertTrue(r.totalCity(Metric.OFFICER_HOURS_CASES) > 0 && r.totalCity(Metric.OFFICER_HOURS_PAPERWORK) > 0
                && r.totalCity(Metric.OFFICER_HOURS_COMMUNITY) > 0 && r.totalCity(Metric.OFFICER_HOURS_QUOTA) > 0
                && idleSeen > 0, "every ledger line is used");
        }
    }

    @Test
    void clearanceCohortIsConsistent() {
        for (ObservedRun r : runs()) {
            int lastCohortDay = r.days - CaseWork.HORIZON_DAYS; // observed day numbers 1 ..
            for (int row = 0; row <= r.communities(); row++) {
                double reported = 0;
                double cleared = 0;
                for (int d = 0; d < r.modelDays(); d++) {
                    int observedDay = d - r.burnIn + 1;
                    double rep = r.get(d, row, Metric.COHORT_REPORTED);
                    double clr = r.get(d, row, Metric.COHORT_CLEARED);
                    if (observedDay < 1 || observedDay > lastCohortDay) {
                        assertEquals(0, rep, "cohort cases are reported on observed days 1 .. days - 90" + where(r, d, row));
                    }
                    if (observedDay < 1) {
                        assertEquals(0, clr, "no cohort clearance before the cohort" + where(r, d, row));
                    }
                    atMost(rep, r.get(d, row, Metric.REPORTED), "cohort reports are reports" + where(r, d, row));
                    atMost(clr, r.get(d, row, Metric.CLEARED), "cohort clearances are clearances" + where(r, d, row));
                    reported += rep;
                    cleared += clr;
                    atMost(cleared, reported, "a cohort case is cleared after it is reported" + where(r, d, row));
                }
            }
            double rate = r.observedSum(r.communities(), Metric.COHORT_CLEARED) / r.observedSum(r.communities(), Metric.COHORT_REPORTED);
            assertTrue(rate >= 0 && rate <= 1, "clearance rate " + rate);
            if (r.model.params.clearanceProbability() > 0.5) {
                assertTrue(rate > 0, "the busy city clears cohort cases");
            }
        }
    }

    @Test
    void everyCompletedCaseIsClearedAtMostOnce() {
        // cases done on a day = yesterday's backlog + today's reports and incidents - today's backlog
        for (ObservedRun r : runs()) {
            int city = r.communities();
            double before = 0;
            double completedTotal = 0;
            for (int d = 0; d < r.modelDays(); d++) {
                double backlog = r.city(d, Metric.CASE_BACKLOG);
                double completed = before + r.city(d, Metric.REPORTED) + r.city(d, Metric.INCIDENTS) - backlog;
                assertTrue(completed >= -1e-6, "backlog grows only by reports and incidents" + where(r, d, city));
                atMost(r.city(d, Metric.CLEARED), completed, "cleared <= cases completed" + where(r, d, city));
                completedTotal += completed;
                before = backlog;
            }
            int open = 0;
            for (Officer o : r.model.officers) {
                open += o.queue.size();
            }
            close(open, before, "final backlog = cases in the officers' queues");
            assertTrue(completedTotal > 0, "cases were completed");
        }
    }

    @Test
    void everyAttemptHasOneFate() {
        for (ObservedRun r : runs()) {
            for (int d = 0; d < r.modelDays(); d++) {
                for (int row = 0; row <= r.communities(); row++) {
                    double[] x = r.rows(d)[row];
                    String w = where(r, d, row);
                    double attempted = x[Metric.CRIMES_ATTEMPTED.ordinal()];
                    double committed = x[Metric.CRIMES_COMMITTED.ordinal()];
                    double spatial = x[Metric.SPATIAL_ATTEMPTS.ordinal()];
                    double deterred = x[Metric.DETERRED.ordinal()];
                    close(x[Metric.DETERRED_BY_OFFICER.ordinal()] + x[Metric.DETERRED_BY_WATCH.ordinal()]
                        + x[Metric.DETERRED_BY_CAMERA.ordinal()] + x[Metric.DETERRED_BY_OCCUPANT.ordinal()]
                        + x[Metric.DETERRED_BY_GUARD.ordinal()] + x[Metric.DETERRED_BY_GATE.ordinal()], deterred, "deterred" + w);
                    atMost(deterred + committed + x[Metric.PREVENTED_BY_AWARENESS.ordinal()], attempted,
                        "deterred + committed + prevented by awareness <= attempted" + w);
                    atMost(spatial, attempted, "spatial <= attempted" + w);
                    atMost(deterred, spatial, "only spatial attempts meet guardians" + w);
                    atMost(x[Metric.ATTEMPTS_OUTSIDE_HOME_COMMUNITY.ordinal()], spatial, "outside-home attempts are spatial" + w);
                    close(committed, x[Metric.BURGLARIES.ordinal()] + x[Metric.VEHICLE_THEFTS.ordinal()] + x[Metric.FRAUDS.ordinal()],
                        "committed = burglaries + vehicle thefts + frauds" + w);
                    atMost(committed - x[Metric.FRAUDS.ordinal()] + deterred, spatial,
                        "committed spatial crimes and deterred attempts are spatial attempts" + w);
                    atMost(x[Metric.AWARENESS_ATTRIBUTABLE.ordinal()], x[Metric.AWARENESS_RELATED.ordinal()], "attributable <= related" + w);
                    atMost(x[Metric.AWARENESS_RELATED.ordinal()], committed, "awareness related <= committed" + w);
                    atMost(x[Metric.FRAUDS.ordinal()], x[Metric.AWARENESS_RELATED.ordinal()], "every fraud is awareness-related" + w);
                    atMost(x[Metric.REPORTED.ordinal()], committed, "reported <= committed" + w);
                    close(x[Metric.REPORTED.ordinal()], x[Metric.REPORTED_BURGLARY.ordinal()]
                        + x[Metric.REPORTED_VEHICLE_THEFT.ordinal()] + x[Metric.REPORTED_FRAUD.ordinal()], "reported by type" + w);
                    atMost(x[Metric.REPORTED_BURGLARY.ordinal()], x[Metric.BURGLARIES.ordinal()], "reported burglaries" + w);
                    atMost(x[Metric.REPORTED_VEHICLE_THEFT.ordinal()], x[Metric.VEHICLE_THEFTS.ordinal()], "reported vehicle thefts" + w);
                    atMost(x[Metric.REPORTED_FRAUD.ordinal()], x[Metric.FRAUDS.ordinal()], "reported frauds" + w);
                    atMost(x[Metric.AWARENESS_RELATED_REPORTED.ordinal()], x[Metric.AWARENESS_RELATED.ordinal()], "related reported <= related" + w);
                    atMost(x[Metric.AWARENESS_RELATED_REPORTED.ordinal()], x[Metric.REPORTED.ordinal()], "related reported <= reported" + w);
                    atMost(x[Metric.REPORTED_FRAUD.ordinal()], x[Metric.AWARENESS_RELATED_REPORTED.ordinal()],
                        "a reported fraud is a reported awareness-related crime" + w);
                    for (Metric m : Metric.all()) {
                        assertTrue(!(x[m.ordinal()] < 0), m.column() + " negative" + w);
                    }
                }
            }
            ObservedRun busy = r;
            if (busy.model.params.offenderEntryRate() > 0.3) {
                for (Metric m : new Metric[] {Metric.DETERRED_BY_OFFICER, Metric.DETERRED_BY_WATCH, Metric.DETERRED_BY_CAMERA,
                        Metric.DETERRED_BY_OCCUPANT, Metric.PREVENTED_BY_AWARENESS, Metric.AWARENESS_ATTRIBUTABLE,
                        Metric.REPORTED_BURGLARY, Metric.REPORTED_VEHICLE_THEFT, Metric.REPORTED_FRAUD,
                        Metric.ATTEMPTS_OUTSIDE_HOME_COMMUNITY, Metric.AWARENESS_RELATED_REPORTED, Metric.DETERRED_BY_GUARD,
                        Metric.DETERRED_BY_GATE, Metric.PREVENTED_BY_PROPERTY_MANAGEMENT}) {
                    assertTrue(busy.totalCity(m) > 0, m.column() + " never counted in the busy city");
                }
                assertTrue(busy.totalCity(Metric.AWARENESS_ATTRIBUTABLE) < busy.totalCity(Metric.AWARENESS_RELATED),
                    "some awareness-related crimes would have succeeded against a careful household too");
            }
        }
    }

    @Test
    void zeroWorkCasesClose() {
        Parameters p = TestCities.small(Map.of("statement_hours", 0.0, "investigation_hours", 0.0,
            "hours_per_register", 0.0, "incident_hours", 0.0, "offender_entry_rate", 0.72));
        ObservedRun r = ObservedRun.run(p, Seeds.replicationSeed(11, 2), 10, 120);
        for (int d = 0; d < r.modelDays(); d++) {
            for (int row = 0; row <= r.communities(); row++) {
                assertEquals(0, r.get(d, row, Metric.CASE_BACKLOG), "backlog" + where(r, d, row));
                assertEquals(0, r.get(d, row, Metric.OFFICER_HOURS_CASES), "case hours" + where(r, d, row));
                assertEquals(0, r.get(d, row, Metric.OFFICER_HOURS_PAPERWORK), "paperwork" + where(r, d, row));
            }
        }
        double reported = r.observedSum(r.communities(), Metric.COHORT_REPORTED);
        double cleared = r.observedSum(r.communities(), Metric.COHORT_CLEARED);
        assertTrue(reported > 0 && cleared > 0, "cohort " + cleared + " / " + reported);
        assertTrue(r.totalCity(Metric.INCIDENTS) > 0, "incidents arrived and closed");
    }

    @Test
    void everyOffenderIsActiveOrIncarceratedAndTheStockMovesOnlyByItsFlows() {
        double flows = 0;
        for (ObservedRun r : runs()) {
            int[] perCommunity = new int[r.communities()];
            int present = 0;
            for (Offender o : r.model.offenders) {
                if (o.present) {
                    perCommunity[o.home]++;
                    present++;
                }
            }
            double incarcerated = 0;
            int last = r.modelDays() - 1;
            for (int d = 0; d <= last; d++) {
                for (int c = 0; c < r.communities(); c++) {
                    double stock = r.get(d, c, Metric.OFFENDERS_ACTIVE) + r.get(d, c, Metric.OFFENDERS_INCARCERATED);
                    if (d > 0) {
                        double before = r.get(d - 1, c, Metric.OFFENDERS_ACTIVE) + r.get(d - 1, c, Metric.OFFENDERS_INCARCERATED);
                        double net = r.get(d, c, Metric.OFFENDERS_ENTERED) - r.get(d, c, Metric.OFFENDERS_DESISTED)
                            - r.get(d, c, Metric.OFFENDERS_LEFT);
                        assertEquals(before + net, stock, "offenders of community " + c + " on day " + d + ": yesterday's plus today's flows");
                    }
                    if (d == last) {
                        assertEquals(perCommunity[c], stock, "offenders of community " + c + " on the last day");
                    }
                }
                flows += r.city(d, Metric.OFFENDERS_ENTERED) + r.city(d, Metric.OFFENDERS_DESISTED) + r.city(d, Metric.OFFENDERS_LEFT);
                incarcerated += r.city(d, Metric.OFFENDERS_INCARCERATED);
            }
            assertEquals(present, r.city(last, Metric.OFFENDERS_ACTIVE) + r.city(last, Metric.OFFENDERS_INCARCERATED));
            assertTrue(present > 0 && incarcerated > 0, "some offenders were incarcerated");
        }
        assertTrue(flows > 0, "offenders entered and left");
    }

    @Test
    void sharesAndStatesStayInRange() {
        for (ObservedRun r : runs()) {
            Parameters p = r.model.params;
            double unseenSeenBelowHalf = 0;
            for (int d = 0; d < r.modelDays(); d++) {
                boolean weekday = d % 7 < 5;
                for (int row = 0; row <= r.communities(); row++) {
                    double[] x = r.rows(d)[row];
                    String w = where(r, d, row);
                    for (Metric m : new Metric[] {Metric.SHARE_UNSEEN_10D, Metric.TECH_ADOPTION_SHARE, Metric.AWARENESS_MEAN,
                            Metric.TRUST_MEAN}) {
                        double v = x[m.ordinal()];
                        assertTrue(v >= 0 && v <= 1, m.column() + " = " + v + w);
                    }
                    double rate = x[Metric.REPORTING_RATE.ordinal()];
                    if (x[Metric.CRIMES_COMMITTED.ordinal()] > 0) {
                        assertTrue(rate >= 0 && rate <= 1, "reporting rate " + rate + w);
                    } else {
                        assertTrue(Double.isNaN(rate), "reporting rate without crime is NA" + w);
                    }
                    double households = row == r.communities() ? r.model.city.households : r.model.city.households(0);
                    close(1000 * x[Metric.CRIMES_COMMITTED.ordinal()] / households, x[Metric.VICTIMISATION_PER_1000.ordinal()],
                        "victimisation per 1000" + w);
                    // the median and the 10-day share read the same sighting counts
                    double median = x[Metric.MEDIAN_DAYS_SINCE_SIGHTING.ordinal()];
                    double unseen = x[Metric.SHARE_UNSEEN_10D.ordinal()];
                    assertTrue(median >= 0 && median == Math.rint(median), "median " + median + w);
                    assertEquals(median >= 10, unseen > 0.5, "median " + median + " vs unseen share " + unseen + w);
                    if (unseen < 0.5) {
                        unseenSeenBelowHalf++;
                    }
                    // watch groups
                    double members = x[Metric.WATCH_MEMBERS.ordinal()];
                    double paid = x[Metric.WATCH_PAID_MEMBERS.ordinal()];
                    double patrolling = x[Metric.WATCH_PATROLLING_MEMBERS.ordinal()];
                    atMost(paid, members, "paid <= members" + w);
                    double hours = x[Metric.WATCH_PATROL_HOURS.ordinal()];
                    double dayHours = x[Metric.WATCH_DAY_PATROL_HOURS.ordinal()];
                    atMost(dayHours, hours, "day patrol hours <= patrol hours" + w);
                    // two-hour day shifts and three-hour evening shifts
                    assertEquals(0, dayHours % 2, 0.0, "whole day shifts" + w);
                    assertEquals(0, (hours - dayHours) % 3, 0.0, "whole evening shifts" + w);
                    assertEquals(dayHours / 2 + (hours - dayHours) / 3, patrolling, 1e-9, "shifts walked" + w);
                    double share = x[Metric.WATCH_ACTIVE_SHARE.ordinal()];
                    double seen = x[Metric.WATCH_SEEN_SHARE.ordinal()];
                    assertTrue(share >= 0 && share <= 1 && seen >= 0 && seen <= 1, "watch shares" + w);
                    double groupsActive = x[Metric.WATCH_GROUPS_ACTIVE.ordinal()];
                    if (row < r.communities()) {
                        assertTrue(groupsActive == 0 || groupsActive == 1, "groups active" + w);
                        assertEquals(groupsActive, share, 0.0, "one group per community" + w);
                        // (on a month's last day, and the day groups are settled, the status is the next month's and the
                        // patrols were this month's)
                        if (groupsActive == 0 && d % 30 != 29 && d != r.model.trustSettleDay()) {
                            assertEquals(0, patrolling, "a group on paper does not patrol" + w);
                            assertEquals(0, hours, "a group on paper does not patrol" + w);
                            assertEquals(0, paid, "a group on paper pays no stipends" + w);
                            assertEquals(0, x[Metric.WATCH_PUBLICITY_CONTACTS.ordinal()], "nor talks to residents" + w);
                        }
                    }
                    // cadres: every weekday hour goes somewhere, no hours at weekends
                    double cadre = x[Metric.CADRE_HOURS_FORMS.ordinal()] + x[Metric.CADRE_HOURS_FUNDED.ordinal()]
                        + x[Metric.CADRE_HOURS_SAFETY.ordinal()];
                    int communities = row == r.communities() ? r.communities() : 1;
                    close(weekday ? communities * p.cadresPerCommunity() * p.cadreHoursPerDay() : 0, cadre, "cadre hours" + w);
                }
            }
            assertTrue(unseenSeenBelowHalf > 0 || r.model.params.householdsPerOfficer() > 1500, "both sides of the median check occur");
        }
    }
}
