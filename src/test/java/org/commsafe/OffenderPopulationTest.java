package org.commsafe;

import static org.commsafe.TestCities.mean;
import static org.commsafe.TestCities.run;
import static org.commsafe.TestCities.small;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.commsafe.agents.Offender;
import org.commsafe.experiment.Replication;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * The open offender population (onset, floating newcomers, desistance, moving away) and the
 * enforcement that produces countable results (arrests, fines) under quota pressure and appraisal.
 */
class OffenderPopulationTest {
    static final int REPS = 4;

    private static double[] stock(RunResult r) {
        double[] a = r.citySeries(Metric.OFFENDERS_ACTIVE);
        double[] i = r.citySeries(Metric.OFFENDERS_INCARCERATED);
        double[] s = new double[a.length];
        for (int d = 0; d < a.length; d++) {
            s[d] = a[d] + i[d];
        }
        return s;
    }

    /** The default city from day 0: the stock starts at and stays near inflow / outflow, and entries and exits happen at their rates. */
    @Test
    void theStockStaysNearItsEquilibriumAndFlowsHappenAtTheirRates() {
        Parameters p = ParameterSpace.defaults();
        org.commsafe.model.City city = new org.commsafe.model.City(p);
        double equilibrium = Offender.localEquilibrium(p, city) + Offender.floatingEquilibrium(p, city);
        assertEquals(96, equilibrium, 2, "local 0.12 / 0.1 and floating newcomers 1.2 x 12,000 x 3.5 / 1000 / 1.3");
        int years = 3;
        double first = 0;
        double[] byYear = new double[years];
        double entered = 0;
        double desisted = 0;
        double left = 0;
        for (int r = 0; r < REPS; r++) {
            RunResult res = Replication.run(p, r, Seeds.replicationSeed(31, r), 0, years * 365);
            double[] s = stock(res);
            first += s[0] / REPS;
            for (int d = 0; d < s.length; d++) {
                byYear[d / 365] += s[d] / 365 / REPS;
            }
            entered += res.citySum(Metric.OFFENDERS_ENTERED);
            desisted += res.citySum(Metric.OFFENDERS_DESISTED);
            left += res.citySum(Metric.OFFENDERS_LEFT);
        }
        assertEquals(equilibrium, first, 0.15 * equilibrium, "day 0 starts at the equilibrium");
        for (int y = 0; y < years; y++) {
            assertEquals(equilibrium, byYear[y], 0.12 * equilibrium, "year " + (y + 1) + " mean stock");
        }
        double hhYears = city.households / 1000.0 * years * REPS;
        double inflow = p.offenderEntryRate() + Offender.floatingLeaveRate(p) * p.floatingShare() * p.floatingNewcomerOffenderRate();
        assertEquals(inflow, entered / hhYears, 0.2 * inflow, "entries per 1,000 households a year");
        assertEquals(p.offenderDesistanceRate() * equilibrium / (city.households / 1000.0), desisted / hhYears,
            0.35 * p.offenderDesistanceRate() * equilibrium / (city.households / 1000.0), "desistance: hazard x stock");
        assertTrue(left > desisted, "floating offenders move away more often than offenders desist: " + left + " vs " + desisted);
    }

    /** A floating newcomer arrives unregistered with the registration miss rate; a local entrant is registered; neither has been sentenced. */
    @Test
    void floatingNewcomersArriveUnregisteredWithTheMissRate() {
        Parameters p = ParameterSpace.with(ParameterSpace.defaults(), Map.of("registration_miss_rate", 0.3));
        org.commsafe.model.City city = new org.commsafe.model.City(p);
        int unregistered = 0;
        int n = 2000;
        for (int k = 0; k < n; k++) {
            Offender floating = new Offender(k, true);
            floating.begin(city, p, new org.commsafe.random.Stream(4, "lives").at(k, 1), false);
            unregistered += floating.registered ? 0 : 1;
            assertEquals(Math.min(p.motivationCap(), floating.baseMotivation), floating.motivation, 0.0, "a new entrant offends at its base rate");
            Offender local = new Offender(k, false);
            local.begin(city, p, new org.commsafe.random.Stream(4, "lives").at(k, 1), false);
            assertTrue(local.registered, "residents are registered");
        }
        assertEquals(0.3, unregistered / (double) n, 4 * Math.sqrt(0.3 * 0.7 / n), "unregistered share of newcomers");
    }

    /**
     * Slots are reused for new lives: a new life knows no burglary target, so whatever target an
     * offender remembers it burgled in its current life (Population starts lives with begin()).
     */
    @Test
    void aNewLifeRemembersNoTarget() {
        Parameters p = small(Map.of("offender_desistance_rate", 3.0, "offender_entry_rate", 3.0, "return_memory_days", 1000));
        CommSafeModel m = new CommSafeModel(5, p, 0, 2 * 365);
        m.start();
        int checked = 0;
        int reborn = 0;
        for (int h = 0; h < 2 * 365 * 24; h++) {
            m.hourStep();
            if (h % (24 * 30) == 23) {
                for (Offender o : m.offenders) {
                    if (o.present && o.knownTarget >= 0) {
                        checked++;
                        reborn += o.generation > 0 ? 1 : 0;
                        assertTrue(o.knownTargetDay >= o.entryDay, "offender " + o.id + " remembers day " + o.knownTargetDay
                            + " from before its life began on day " + o.entryDay);
                    }
                }
            }
        }
        assertTrue(checked > 50 && reborn > 10, "remembered targets checked: " + checked + ", in later lives: " + reborn);
        Offender o = new Offender(0, false);
        o.begin(m.city, p, new org.commsafe.random.Stream(4, "lives").at(0, 1), false);
        o.rememberTarget(17, 40);
        o.begin(m.city, p, new org.commsafe.random.Stream(4, "lives").at(0, 2), false);
        assertEquals(-1, o.knownTarget);
        assertEquals(0, o.returnChance(41, 1.0, 1e3));
    }

    /** With no entries the population dies out at the desistance (and moving-away) hazard. */
    @Test
    void withoutEntriesThePopulationDiesOut() {
        Parameters p = small(Map.of("offender_entry_rate", 10.0, "offender_desistance_rate", 2.0));
        CommSafeModel m = new CommSafeModel(5, p, 0, 4 * 365);
        double[] stock = new double[4 * 365 + 1];
        m.observer = (day, rows) -> stock[day] = rows[rows.length - 1][Metric.OFFENDERS_ACTIVE.ordinal()]
            + rows[rows.length - 1][Metric.OFFENDERS_INCARCERATED.ordinal()];
        m.start();
        for (int h = 0; h < 30 * 24; h++) {
            m.hourStep();
        }
        m.setParameters(ParameterSpace.with(p, Map.of("offender_entry_rate", 0.0, "floating_newcomer_offender_rate", 0.0)));
        m.runAll();
        assertTrue(stock[1] > 10, "offenders at the start: " + stock[1]);
        double lastQuarter = 0;
        for (int d = stock.length - 90; d < stock.length; d++) {
            lastQuarter += stock[d] / 90;
        }
        assertTrue(lastQuarter < 0.05 * stock[1], "after 4 years without entries: " + lastQuarter + " of " + stock[1]);
        assertTrue(stock[stock.length - 1] <= 2, "left at the end: " + stock[stock.length - 1]);
    }

    /** Who is in the city when is lever-free: incarceration and enforcement change nobody's entry or exit (common random numbers). */
    @Test
    void noPolicyLeverMovesEntriesOrExits() {
        RunResult base = Replication.run(small(Map.of()), 0, Seeds.replicationSeed(3, 0), 30, 365);
        RunResult other = Replication.run(small(Map.of("incarceration_days", 0, "quota_pressure", 1.0, "offender_stop_probability", 0.05,
            "appraisal_enforcement_weight", 1.0)), 0, Seeds.replicationSeed(3, 0), 30, 365);
        for (Metric m : new Metric[] {Metric.OFFENDERS_ENTERED, Metric.OFFENDERS_DESISTED, Metric.OFFENDERS_LEFT}) {
            assertArrayEquals(base.citySeries(m), other.citySeries(m), m.column());
        }
        assertTrue(base.citySum(Metric.OFFENDERS_ENTERED) > 0, "not vacuous");
        assertEquals(SummaryMetric.OFFENDERS_TOTAL.compute(base), SummaryMetric.OFFENDERS_TOTAL.compute(other), 1e-9);
    }

    /** More quota pressure -> more enforcement hours -> more fines and arrests; per hour a fine is far likelier than an arrest. */
    @Test
    void moreQuotaPressureMoreFinesAndArrests() {
        List<RunResult> none = run(small(Map.of("quota_pressure", 0.0)), REPS, 30, 365);
        List<RunResult> full = run(small(Map.of("quota_pressure", 1.0)), REPS, 30, 365);
        double fines0 = mean(none, SummaryMetric.FINES_PER_1000);
        double fines1 = mean(full, SummaryMetric.FINES_PER_1000);
        double arrests0 = mean(none, SummaryMetric.ARRESTS_PER_1000);
        double arrests1 = mean(full, SummaryMetric.ARRESTS_PER_1000);
        assertTrue(fines1 > 1.3 * fines0, "fines " + fines0 + " -> " + fines1);
        assertTrue(arrests1 > 1.3 * arrests0, "arrests " + arrests0 + " -> " + arrests1);
        assertTrue(fines1 > 20 * arrests1, "quota chasing favours easy targets: fines " + fines1 + " vs arrests " + arrests1);
        // cross-district hours count for the station too
        List<RunResult> outside = run(small(Map.of("quota_pressure", 1.0, "quota_outside_share", 1.0)), REPS, 30, 365);
        double outsideFines = 0;
        for (RunResult r : outside) {
            outsideFines += r.citySum(Metric.FINES_OUTSIDE);
            assertEquals(r.citySum(Metric.FINES), r.citySum(Metric.FINES_OUTSIDE), 1e-9, "all enforcement outside: every fine is outside");
        }
        assertTrue(outsideFines > 0, "outside hours fine");
        assertTrue(mean(outside, SummaryMetric.DETERRED_BY_OFFICER) < mean(full, SummaryMetric.DETERRED_BY_OFFICER),
            "outside hours are no guardian in the beat");
    }

    /** Arrests incapacitate: with no sentences at all, only enforcement detentions keep offenders inside. */
    @Test
    void arrestsIncapacitate() {
        List<RunResult> noStops = run(small(Map.of("incarceration_days", 0, "offender_stop_probability", 0.0)), REPS, 30, 365);
        List<RunResult> stops = run(small(Map.of("incarceration_days", 0, "offender_stop_probability", 0.02)), REPS, 30, 365);
        assertEquals(0, mean(noStops, SummaryMetric.OFFENDER_DAYS_INCAPACITATED), 0.0);
        double arrests = mean(stops, SummaryMetric.ARRESTS_PER_1000);
        double days = mean(stops, SummaryMetric.OFFENDER_DAYS_INCAPACITATED);
        assertTrue(arrests > 0 && days > 0, "arrests " + arrests + ", offender-days inside " + days);
        assertTrue(mean(stops, SummaryMetric.CRIMES_ATTEMPTED) < mean(noStops, SummaryMetric.CRIMES_ATTEMPTED),
            "offenders inside attempt nothing");
    }

    /** The appraisal lever moves officers' orientation month by month, and community hours with it (against an unchanged twin). */
    @Test
    void appraisalMovesOrientationAndCommunityHours() {
        Parameters p = small(Map.of());
        double[][] orientation = new double[3][];
        double[][] community = new double[3][];
        double[] weights = {p.appraisalEnforcementWeight(), 0.0, 1.0};
        CommSafeModel[] models = new CommSafeModel[3];
        for (int k = 0; k < 3; k++) {
            CommSafeModel m = new CommSafeModel(9, p, 0, 420);
            double[] o = new double[421];
            double[] c = new double[421];
            orientation[k] = o;
            community[k] = c;
            m.observer = (day, rows) -> {
                o[day] = rows[rows.length - 1][Metric.OFFICER_ORIENTATION.ordinal()];
                c[day] = rows[rows.length - 1][Metric.OFFICER_HOURS_COMMUNITY.ordinal()];
            };
            m.start();
            for (int h = 0; h < 60 * 24; h++) {
                m.hourStep();
            }
            m.setParameters(ParameterSpace.with(p, Map.of("appraisal_enforcement_weight", weights[k])));
            m.runAll();
            models[k] = m;
        }
        assertEquals(orientation[0][60], orientation[0][420], 1e-12, "no drift under the default appraisal");
        for (int k = 1; k < 3; k++) {
            double sign = weights[k] == 0 ? 1 : -1;
            double[] o = orientation[k];
            assertEquals(orientation[0][60], o[60], 1e-12, "the same city until the change");
            assertTrue(sign * (o[91] - o[60]) > 0, "first month after the change");
            assertTrue(sign * (o[420] - o[91]) > 0, "it keeps moving over months");
            double target = 0;
            for (var officer : models[k].officers) {
                target += org.commsafe.agents.Officer.appraisedOrientation(models[k].params, officer.intrinsicOrientation) / models[k].officers.length;
            }
            assertTrue(Math.abs(o[420] - target) < 0.35 * Math.abs(o[60] - target),
                "a year on, most of the gap to " + target + " is closed: " + o[60] + " -> " + o[420]);
            double twin = 0;
            double changed = 0;
            for (int d = 301; d <= 420; d++) {
                twin += community[0][d] / 120;
                changed += community[k][d] / 120;
            }
            assertTrue(sign * (changed - twin) > 0.08 * twin, "community hours " + twin + " -> " + changed + " (weight " + weights[k] + ")");
        }
        // built under another appraisal: officers start at its orientation
        double prevention = mean(run(small(Map.of("appraisal_enforcement_weight", 0.0)), 2, 30, 120), SummaryMetric.OFFICER_COMMUNITY_SHARE);
        double enforcement = mean(run(small(Map.of("appraisal_enforcement_weight", 1.0)), 2, 30, 120), SummaryMetric.OFFICER_COMMUNITY_SHARE);
        assertTrue(prevention > enforcement * 1.3, "community share " + enforcement + " -> " + prevention);
    }

    /**
     * Floating slots are keyed apart from local ones (key 2^20 + k), so a lever that changes the
     * number of local slots (here the local onset rate, doubled) does not renumber floating
     * offenders: the first floating slot's lives (entry day, home, base motivation, exit) are the
     * same at the start and after a year. Keyed by array index, they would be drawn from another
     * slot's numbers.
     */
    @Test
    void changingTheLocalInflowLeavesFloatingLivesUnchanged() {
        Parameters p = small(Map.of());
        Parameters more = ParameterSpace.with(p, Map.of("offender_entry_rate", 2 * p.offenderEntryRate()));
        CommSafeModel a = new CommSafeModel(Seeds.replicationSeed(41, 0), p, 0, 365);
        CommSafeModel b = new CommSafeModel(Seeds.replicationSeed(41, 0), more, 0, 365);
        a.start();
        b.start();
        Offender fa = firstFloating(a.offenders);
        Offender fb = firstFloating(b.offenders);
        assertTrue(fa.id != fb.id, "the local slots changed in number: " + fa.id + " vs " + fb.id);
        assertEquals(fa.key, fb.key);
        int presentDays = 0;
        for (int d = 0; d < 365; d++) {
            assertEquals(fa.present, fb.present, "day " + d);
            assertEquals(fa.entryDay, fb.entryDay, "entry day, day " + d);
            assertEquals(fa.generation, fb.generation, "day " + d);
            if (fa.present) {
                assertEquals(fa.home, fb.home, "home, day " + d);
                assertEquals(fa.baseMotivation, fb.baseMotivation, "motivation, day " + d);
                assertEquals(fa.exitDay, fb.exitDay, "exit day, day " + d);
            }
            presentDays += fa.present ? 1 : 0;
            for (int h = 0; h < 24; h++) {
                a.hourStep();
                b.hourStep();
            }
        }
        assertTrue(presentDays > 0, "the slot held a life on some day");
    }

    private static Offender firstFloating(Offender[] all) {
        for (Offender o : all) {
            if (o.floating) {
                return o;
            }
        }
        throw new AssertionError("no floating slot");
    }

    /**
     * The incarcerated stock starts near its stationary level: at build, an offender present at
     * the start is inside on a sentence with the stationary share r D / (1 + r D), its remaining
     * sentence uniform on 1 .. D (mean about D / 2); without sentences nobody starts inside.
     */
    @Test
    void theIncarceratedStockStartsNearItsStationaryShare() {
        Parameters p = ParameterSpace.defaults();
        double share = org.commsafe.model.process.Population.initialInsideShare(p);
        assertEquals(0.365, share, 0.01, "0.0533 x 0.2 x 0.3 x 180 = 0.576; 0.576 / 1.576");
        int present = 0;
        int inside = 0;
        double remaining = 0;
        for (int r = 0; r < 8; r++) {
            CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(43, r), p, 0, 10);
            m.start();
            for (Offender o : m.offenders) {
                if (o.present) {
                    present++;
                    if (!o.activeOn(0)) {
                        inside++;
                        remaining += o.incarceratedUntil;
                        assertTrue(o.incarceratedUntil >= 1 && o.incarceratedUntil <= p.incarcerationDays(), "remaining sentence");
                    }
                }
            }
        }
        double sd = Math.sqrt(share * (1 - share) / present);
        assertEquals(share, inside / (double) present, 4 * sd, inside + " of " + present + " inside at the start");
        assertEquals(p.incarcerationDays() / 2.0, remaining / inside, 0.2 * p.incarcerationDays(), "mean remaining sentence");
        Parameters none = ParameterSpace.with(p, Map.of("incarceration_days", 0));
        CommSafeModel m = new CommSafeModel(Seeds.replicationSeed(43, 0), none, 0, 10);
        m.start();
        for (Offender o : m.offenders) {
            assertTrue(!o.present || o.activeOn(0), "no sentence, nobody inside at the start");
        }
    }
}
