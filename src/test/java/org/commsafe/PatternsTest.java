package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.CrimeType;
import org.commsafe.analysis.Patterns;
import org.commsafe.analysis.Patterns.Statistic;
import org.commsafe.cli.PatternsCommand;
import org.commsafe.experiment.CrimeEvents;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pattern statistics on hand-computed synthetic events, and the baseline's documented status. */
class PatternsTest {
    @TempDir
    Path dir;

    @Test
    void commandWritesTheTableAndIsDeterministic() throws Exception {
        Path f = dir.resolve("tiny.yaml");
        java.nio.file.Files.writeString(f, """
            name: tiny
            replications: 3
            days: 60
            burn_in_days: 20
            parameters:
              grid_width: 2
              grid_height: 2
              households_per_community: 600
              households_per_officer: 600
              offender_entry_rate: 0.6
            """);
        CliRun a = CliRun.of("patterns", f.toString(), "--out", dir.resolve("a").toString(), "--threads", "1");
        CliRun b = CliRun.of("patterns", f.toString(), "--out", dir.resolve("b").toString(), "--threads", "2");
        assertEquals(0, a.code(), a.err());
        String csv = java.nio.file.Files.readString(dir.resolve("a").resolve(PatternsCommand.FILE));
        assertTrue(csv.startsWith("pattern,statistic,model_mean,ci_low,ci_high,lit_low,lit_high,source,pass\n"), csv);
        assertEquals(Statistic.values().length + 1, csv.lines().count());
        assertEquals(csv, java.nio.file.Files.readString(dir.resolve("b").resolve(PatternsCommand.FILE)), "threads change nothing");
        assertTrue(a.out().contains("knox_ratio_1building_14d"), a.out());
        assertTrue(a.out().contains("patterns reproduced: "), a.out());
        // --strict: exit 1 when a judged pattern is missed (this tiny city misses some)
        boolean missed = csv.contains(",miss\n");
        assertEquals(missed ? 1 : 0, CliRun.of("patterns", f.toString(), "--strict").code());
    }
    /** 2 x 1 communities of 9 buildings (3 x 3) of 10 households: building b is at (b % 3 + 3 (b / 9), b % 9 / 3). */
    private static City tinyCity() {
        return new City(ParameterSpace.with(ParameterSpace.defaults(), Map.of("grid_width", 2, "grid_height", 1,
            "households_per_community", 90, "households_per_building", 10)));
    }

    /** Observed days 100-199; see each statistic's hand computation below. */
    private static CrimeEvents.Run synthetic() {
        CrimeEvents e = new CrimeEvents();
        e.add(50, 10, 0, 0, CrimeType.BURGLARY, false, false, 0);          // burn-in: only a prior for repeats
        e.add(110, 10, 0, 0, CrimeType.BURGLARY, true, false, 0);          // repeat of day 50 (60 days); Saturday
        e.add(112, 20, 1, 10, CrimeType.BURGLARY, false, true, 0);         // someone home; Monday
        e.add(115, 3, 1, 10, CrimeType.BURGLARY, false, false, 1);         // repeat of day 112 (3 days)
        e.add(150, 12, 8, 80, CrimeType.VEHICLE_THEFT, false, false, 1);   // community 0, offender from 1
        e.add(160, 9, 12, 120, CrimeType.BURGLARY, false, false, 1);       // community 1 at (3, 1); Sunday
        e.add(170, 14, 9, 90, CrimeType.FRAUD, true, false, -1);           // remote: no place, no journey
        e.add(250, 10, 0, 0, CrimeType.BURGLARY, false, false, 0);         // after the window
        return new CrimeEvents.Run(e, tinyCity(), 100, 200);
    }

    @Test
    void statisticsMatchHandComputedValues() {
        double[] v = Patterns.compute(synthetic());
        // places: b0 1, b1 2, b8 1, b12 1 (5 spatial crimes, 4 places with crime, 18 places)
        assertEquals(2.0 / 5, v[Statistic.CRIME_AT_TOP10PCT_OF_CRIME_PLACES.ordinal()], 1e-12, "top 1 of 4 places holds 2 of 5");
        assertEquals(2.0 / 18, v[Statistic.PLACES_FOR_HALF_OF_CRIME.ordinal()], 1e-12, "2 + 1 >= 2.5 at 2 of 18 places");
        assertEquals(5.0 / 18, v[Statistic.SPATIAL_CRIMES_PER_PLACE.ordinal()], 1e-12);
        // repeats: observed burglaries e1, e2, e3, e5; e1 (60 days) and e3 (3 days) are repeats
        assertEquals(0.5, v[Statistic.BURGLARIES_REPEAT_WITHIN_365D.ordinal()], 1e-12);
        assertEquals(0.5, v[Statistic.REPEATS_WITHIN_7D.ordinal()], 1e-12);
        assertEquals(0.5, v[Statistic.REPEATS_WITHIN_30D.ordinal()], 1e-12, "e3 (3 days) within 30 days, e1 (60 days) not");
        // Knox: 6 pairs; (e1,e2) (e1,e3) (e2,e3) are within 1 building and 14 days, the rest neither: 3 / (3 x 3 / 6)
        assertEquals(2.0, v[Statistic.KNOX_RATIO.ordinal()], 1e-12);
        // time: home e2; 06-18: e1 (10h), e5 (9h); weekday 08-18: none (e1, e5 fall on the weekend)
        assertEquals(0.25, v[Statistic.BURGLARIES_WITH_SOMEONE_HOME.ordinal()], 1e-12);
        assertEquals(0.5, v[Statistic.BURGLARIES_DAYTIME.ordinal()], 1e-12);
        assertEquals(0.0, v[Statistic.BURGLARIES_WEEKDAY_08_18.ordinal()], 1e-12);
        // journey: e1 e2 e5 at home, e3 e4 next door; each community has 1 neighbour: (2 / 1) / 3
        assertEquals(0.6, v[Statistic.HOME_COMMUNITY_SHARE.ordinal()], 1e-12);
        assertEquals(2.0 / 3, v[Statistic.ADJACENT_TO_HOME_DENSITY.ordinal()], 1e-12);
        assertEquals(0.0, v[Statistic.BEYOND_ADJACENT_SHARE.ordinal()], 1e-12);
    }

    @Test
    void knoxRatioOfALattice() {
        // every building on every 20th day (10 days): only same-day pairs are close in time
        City city = tinyCity();
        CrimeEvents e = new CrimeEvents();
        for (int d = 0; d < 200; d += 20) {
            for (int b = 0; b < city.buildings; b++) {
                e.add(d, 12, b, city.hhStart[b], CrimeType.BURGLARY, false, false, 0);
            }
        }
        double k = Patterns.knoxRatio(e, city, 0, 200, 1, 14);
        // 6 x 3 buildings: 47 Moore-adjacent pairs of 153 on a day; across two days 18 + 2 x 47 of 324 pairs are close
        double sameDay = 47.0 / 153;
        double all = (10 * 47 + 45 * 112.0) / (10 * 153 + 45 * 324);
        assertEquals(sameDay / all, k, 1e-12);
        assertTrue(k < 1, "a same-day pair cannot be the same building: no near repeat");
    }

    @Test
    void verdicts() {
        assertEquals("pass", Statistic.BURGLARIES_DAYTIME.verdict(0.5, 0.4, 0.6));
        assertEquals("miss", Statistic.BURGLARIES_DAYTIME.verdict(0.8, 0.4, 0.9));
        assertEquals("pass", Statistic.KNOX_RATIO.verdict(1.2, 1.01, 1.4));
        assertEquals("miss", Statistic.KNOX_RATIO.verdict(1.2, 0.99, 1.4));
        assertEquals("pass", Statistic.ADJACENT_TO_HOME_DENSITY.verdict(0.4, 0.3, 0.5));
        assertEquals("info", Statistic.PLACES_FOR_HALF_OF_CRIME.verdict(0.9, 0.8, 1));
    }

    @Test
    void recordingCrimesChangesNothing() {
        // the listener only reads: a run with it has the same crimes as a run without it
        var p = TestCities.small(Map.of());
        CrimeEvents.Run run = CrimeEvents.record(p, 11, 30, 60);
        CommSafeModel m = new CommSafeModel(11, p, 30, 60);
        m.start();
        int[] hashAndCount = {17, 0};
        m.setCrimeListener((b, type, reported, related) -> {
            hashAndCount[0] = 31 * hashAndCount[0] + b * 7 + type.ordinal();
            hashAndCount[1]++;
        });
        m.runAll();
        int h = 17;
        for (int i = 0; i < run.events().size; i++) {
            h = 31 * h + run.events().building[i] * 7 + run.events().type[i];
        }
        assertEquals(hashAndCount[1], run.events().size);
        assertEquals(hashAndCount[0], h);
    }

    /** Repeat statistics {365-day repeat share, share of repeats within 7 days} of a small city, pooled over replications. */
    private static double[] repeatShares(Map<String, Object> changes, int reps) {
        var p = TestCities.small(changes);
        double[] sum = new double[2];
        for (int r = 0; r < reps; r++) {
            CrimeEvents.Run run = CrimeEvents.record(p, 100 + r, 365, 365);
            double[] x = Patterns.repeats(run.events(), run.firstDay(), run.endDay());
            sum[0] += x[0] / reps;
            sum[1] += (Double.isNaN(x[1]) ? 0 : x[1]) / reps;
        }
        return sum;
    }

    /**
     * The boost account of repeat victimisation at the outcome level: with no return to known
     * targets the repeat share stays at its no-boost level (heterogeneity alone); returning
     * raises it, and repeats come soon after the first burglary. 8 replications: with 4, the
     * no-boost share scattered around the 0.05 bound (0.050 on main, 0.052 here; 0.035 over 8,
     * 0.034 over 12).
     */
    @Test
    void returningToKnownTargetsMakesRepeats() {
        double[] none = repeatShares(Map.of("return_probability", 0.0), 8);
        double[] boost = repeatShares(Map.of("return_probability", 0.2), 8);
        double[] strong = repeatShares(Map.of("return_probability", 1.0), 8);
        // without the boost, repeats come from chance and heterogeneity: homes empty by day (daytime
        // workers) are where the door search and the hours offenders learn lead burglars again and
        // again (the flag account, Tseloni & Pease 2003), so they are not negligible
        assertTrue(none[0] < 0.08, "no boost: repeats only by chance and heterogeneity " + none[0]);
        assertTrue(boost[0] > none[0], "boost raises the repeat share: " + none[0] + " -> " + boost[0]);
        assertTrue(strong[0] > boost[0] + 0.05, "more return, more repeats: " + boost[0] + " -> " + strong[0]);
        assertTrue(boost[1] > none[1], "returns come soon after the success: " + none[1] + " -> " + boost[1]);
    }

    /**
     * The baseline against the literature, with the documented status of each judged statistic
     * (docs/ODD.md "Patterns"): a change of status means the model's mechanisms changed; update
     * the documentation with it.
     */
    @Test
    void baselineHasTheDocumentedPatterns() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/baseline.yaml")).withReplications(20);
        List<PatternsCommand.Row> rows = PatternsCommand.run(s, 2);
        Map<Statistic, PatternsCommand.Row> by = new EnumMap<>(Statistic.class);
        rows.forEach(r -> by.put(r.statistic(), r));
        // produced by the mechanisms
        assertEquals("pass", by.get(Statistic.ADJACENT_TO_HOME_DENSITY).verdict(), "distance decay of community choice");
        assertEquals("pass", by.get(Statistic.KNOX_RATIO).verdict(), "offenders return to homes they burgled (boost)");
        assertEquals("pass", by.get(Statistic.BURGLARIES_DAYTIME).verdict(),
            "flat offending hours; homes empty by routine absences; burglars move on from occupied doors");
        assertEquals("pass", by.get(Statistic.CRIME_AT_TOP10PCT_OF_CRIME_PLACES).verdict(),
            "at the band's lower edge (0.33): sparse counts, about 0.56 spatial crimes per building a year");
        assertTrue(by.get(Statistic.PLACES_FOR_HALF_OF_CRIME).stats().mean() < 0.10, "crime concentrates at attractive buildings");
        // documented misses, with the reason (docs/ODD.md)
        Map<Statistic, String> misses = Map.of(
            Statistic.BURGLARIES_REPEAT_WITHIN_365D, "about 0.10, just below the band: the boost is weak (a return meets the guardians of a random hour)",
            Statistic.REPEATS_WITHIN_7D, "boost too slow in its first week: about 0.22 of repeats within 7 days (band 0.25-0.50)",
            Statistic.BURGLARIES_WITH_SOMEONE_HOME, "about 0.38: sleeping occupants deter half as often as awake ones");
        misses.forEach((st, why) -> assertEquals("miss", by.get(st).verdict(), st.column + ": " + why));
        double repeats = by.get(Statistic.BURGLARIES_REPEAT_WITHIN_365D).stats().mean();
        assertTrue(repeats > 0.05, "the boost raises repeats above the no-boost level of about 0.03: " + repeats);
        assertEquals(0.0, by.get(Statistic.BEYOND_ADJACENT_SHARE).stats().mean(), 0.0);
    }
}
