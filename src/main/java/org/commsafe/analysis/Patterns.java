package org.commsafe.analysis;

import java.util.Arrays;
import org.commsafe.agents.CrimeType;
import org.commsafe.experiment.CrimeEvents;
import org.commsafe.model.City;

/**
 * Patterns the model was not fitted to (pattern-oriented modelling, Grimm et al. 2005), computed
 * from one run's crime events. Each {@link Statistic} names its pattern, the literature's range,
 * the citation and how pass/miss is judged. Only events on observed days count; repeat
 * victimisation looks back into the burn-in.
 *
 * <p>Mapping of the grid onto the literature's units (an assumption of the check, not of the
 * model): a building (one grid cell, 30 households, a 6-storey walk-up) stands for a "place"
 * (an address or short street segment) and is about 50 m across, so "within one building"
 * (Chebyshev distance 1 on the cell grid) is within about 100 m; a community (10 x 10 buildings)
 * is about 500 m across. Spatial crimes are burglary and vehicle theft; fraud is remote and has
 * no place.
 */
public final class Patterns {
    private Patterns() {
    }

    /** How the model value is judged against the literature. */
    public enum Judge {
        /** Pass when the model's mean (over replications) lies in [lit_low, lit_high]. */
        WITHIN,
        /** Pass when the model's 95% interval lies above lit_low. */
        ABOVE,
        /** Pass when the model's 95% interval lies below lit_high. */
        BELOW,
        /** Shown for context; not judged. */
        INFO
    }

    public enum Statistic {
        CRIME_AT_TOP10PCT_OF_CRIME_PLACES("concentration at places", "crime_at_top10pct_of_crime_places", 0.33, 0.53, Judge.WITHIN,
            "Lee et al. 2017 (Crime Sci 6:6), frequency condition (places with >= 1 crime): the top 10% hold 43% of crime "
                + "(fitted curve); band +/- 10 points assumed. Fair for sparse counts (Bernasco & Steenbeek 2017)"),
        PLACES_FOR_HALF_OF_CRIME("concentration at places", "places_for_half_of_crime", 0.021, 0.060, Judge.INFO,
            "Weisburd 2015 (Criminology 53:133): 50% of crime at 2.1-6.0% of street segments; not judged: with fewer "
                + "crimes than places the share is bounded by sparsity (Bernasco & Steenbeek 2017)"),
        SPATIAL_CRIMES_PER_PLACE("concentration at places", "spatial_crimes_per_place", Double.NaN, Double.NaN, Judge.INFO,
            "observed spatial crimes / buildings: below 1 means sparse data"),
        BURGLARIES_REPEAT_WITHIN_365D("repeat victimisation", "burglaries_repeat_within_365d", 0.10, 0.25, Judge.WITHIN,
            "Farrell & Pease 1993 (Home Office CPU paper 46); Home Office Crime Reduction Toolkit, domestic burglary "
                + "(British Crime Survey): repeats are about 17% of all domestic burglary; band assumed"),
        REPEATS_WITHIN_7D("repeat victimisation", "repeats_within_7d_share", 0.25, 0.50, Judge.WITHIN,
            "Robinson 1998 (Brit J Criminol 38:78, Tallahassee police records): 25% of repeat burglaries within one week; "
                + "Polvi et al. 1991 (Brit J Criminol 31:411, Saskatoon): half of second burglaries within 7 days of the "
                + "first; band = the two studies"),
        REPEATS_WITHIN_30D("repeat victimisation", "repeats_within_30d_share", Double.NaN, Double.NaN, Judge.INFO,
            "Robinson 1998: 51% of repeat burglaries within one month; Weisel 2005 (POP tool guide 4): about 60%"),
        KNOX_RATIO("near-repeat burglary", "knox_ratio_1building_14d", 1.0, Double.NaN, Judge.ABOVE,
            "Johnson et al. 2007 (J Quant Criminol 23:201): in all 10 areas homes within 200 m of a burglary were at "
                + "elevated risk for at least two weeks (Knox ratio > 1); Townsley et al. 2003; Johnson & Bowers 2004"),
        BURGLARIES_WITH_SOMEONE_HOME("daily profile of burglary", "burglaries_with_someone_home", 0.20, 0.35, Judge.WITHIN,
            "Catalano 2010 (BJS NCJ 227379, NCVS 2003-07): a household member was present in 27.6% of burglaries; "
                + "band assumed. Context: Budd 1999 (Home Office Statistical Bulletin 4/99, BCS 1998): someone at home "
                + "and aware in 25% (a lower bound for 'at home'); Japan's National Police Agency, 2022 rates per "
                + "100,000 households in apartment blocks of 4+ storeys (secondary report, radiolife.com): 1.1 "
                + "burglaries of sleeping homes against 8.8 of empty ones (11% of the two), at most about 23% with the "
                + "1.6 of homes whose occupants were awake (all housing types)"),
        BURGLARIES_DAYTIME("daily profile of burglary", "burglaries_06_18", 0.45, 0.65, Judge.WITHIN,
            "BJS 1985 (NCJ 96021, NCS 1973-82): time of burglary about evenly divided between day and night; "
                + "daytime = 06-18; band assumed"),
        BURGLARIES_WEEKDAY_08_18("daily profile of burglary", "burglaries_weekday_08_18", Double.NaN, Double.NaN, Judge.INFO,
            "share on weekdays 08-18, when workers' homes are empty (50 of 168 hours a week = 0.30)"),
        HOME_COMMUNITY_SHARE("journey-to-crime distance decay", "home_community_share", Double.NaN, Double.NaN, Judge.INFO,
            "share of spatial crimes in the offender's home community"),
        ADJACENT_TO_HOME_DENSITY("journey-to-crime distance decay", "adjacent_to_home_density_ratio", Double.NaN, 1.0,
            Judge.BELOW, "crimes per adjacent community / crimes in the home community: below 1 when crime decays with "
                + "distance (Rossmo 2000; Townsley & Sidebottom 2010, Criminology 48:897; Xiao et al. 2018, ISPRS IJGI "
                + "7:325, burglars in ZG city, China)"),
        BEYOND_ADJACENT_SHARE("journey-to-crime distance decay", "beyond_adjacent_share", Double.NaN, Double.NaN, Judge.INFO,
            "share of spatial crimes two or more communities from home: 0 by construction (offenders know only their "
                + "community and the 8 around it)");

        public final String pattern;
        public final String column;
        public final double litLow;
        public final double litHigh;
        public final Judge judge;
        public final String source;

        Statistic(String pattern, String column, double litLow, double litHigh, Judge judge, String source) {
            this.pattern = pattern;
            this.column = column;
            this.litLow = litLow;
            this.litHigh = litHigh;
            this.judge = judge;
            this.source = source;
        }

        /** "pass", "miss" or "info" for a model mean and 95% interval [low, high]. */
        public String verdict(double mean, double low, double high) {
            boolean ok = switch (judge) {
                case INFO -> true;
                case WITHIN -> mean >= litLow && mean <= litHigh;
                case ABOVE -> low > litLow;
                case BELOW -> high < litHigh;
            };
            if (judge == Judge.INFO) {
                return "info";
            }
            return Double.isNaN(mean) || judge != Judge.WITHIN && (Double.isNaN(low) || Double.isNaN(high)) ? "miss"
                : ok ? "pass" : "miss";
        }
    }

    /** Space-time window of the Knox test: Chebyshev distance in buildings, days. */
    public static final int KNOX_BUILDINGS = 1;
    public static final int KNOX_DAYS = 14;
    public static final int REPEAT_WINDOW_DAYS = 365;
    public static final int QUICK_REPEAT_DAYS = 7;
    public static final int MONTH_REPEAT_DAYS = 30;

    /** Every statistic of one run, in {@link Statistic} order (NaN where undefined). */
    public static double[] compute(CrimeEvents.Run run) {
        CrimeEvents e = run.events();
        City city = run.city();
        double[] out = new double[Statistic.values().length];
        int from = run.firstDay();
        int to = run.endDay();
        // ---- places: spatial crimes per building
        int[] perBuilding = new int[city.buildings];
        int spatial = 0;
        for (int i = 0; i < e.size; i++) {
            if (observed(e, i, from, to) && e.type(i) != CrimeType.FRAUD) {
                perBuilding[e.building[i]]++;
                spatial++;
            }
        }
        out[Statistic.CRIME_AT_TOP10PCT_OF_CRIME_PLACES.ordinal()] = topShareOfCrimePlaces(perBuilding, 0.10);
        out[Statistic.PLACES_FOR_HALF_OF_CRIME.ordinal()] = placesForShare(perBuilding, 0.5);
        out[Statistic.SPATIAL_CRIMES_PER_PLACE.ordinal()] = (double) spatial / city.buildings;
        // ---- repeats
        double[] rep = repeats(e, from, to);
        out[Statistic.BURGLARIES_REPEAT_WITHIN_365D.ordinal()] = rep[0];
        out[Statistic.REPEATS_WITHIN_7D.ordinal()] = rep[1];
        out[Statistic.REPEATS_WITHIN_30D.ordinal()] = rep[2];
        // ---- near repeats
        out[Statistic.KNOX_RATIO.ordinal()] = knoxRatio(e, city, from, to, KNOX_BUILDINGS, KNOX_DAYS);
        // ---- time of burglary
        int burglaries = 0;
        int home = 0;
        int daytime = 0;
        int weekdayWork = 0;
        for (int i = 0; i < e.size; i++) {
            if (observed(e, i, from, to) && e.type(i) == CrimeType.BURGLARY) {
                burglaries++;
                home += e.has(i, CrimeEvents.AT_HOME) ? 1 : 0;
                int h = e.hour[i];
                daytime += h >= 6 && h < 18 ? 1 : 0;
                weekdayWork += e.day[i] % 7 < 5 && h >= 8 && h < 18 ? 1 : 0;
            }
        }
        out[Statistic.BURGLARIES_WITH_SOMEONE_HOME.ordinal()] = ratio(home, burglaries);
        out[Statistic.BURGLARIES_DAYTIME.ordinal()] = ratio(daytime, burglaries);
        out[Statistic.BURGLARIES_WEEKDAY_08_18.ordinal()] = ratio(weekdayWork, burglaries);
        // ---- journey to crime
        double[] j = journey(e, city, from, to);
        out[Statistic.HOME_COMMUNITY_SHARE.ordinal()] = j[0];
        out[Statistic.ADJACENT_TO_HOME_DENSITY.ordinal()] = j[1];
        out[Statistic.BEYOND_ADJACENT_SHARE.ordinal()] = j[2];
        return out;
    }

    static boolean observed(CrimeEvents e, int i, int from, int to) {
        return e.day[i] >= from && e.day[i] < to;
    }

    static double ratio(double a, double b) {
        return b == 0 ? Double.NaN : a / b;
    }

    /**
     * Share of crime held by the top {@code top} (e.g. 10%) of the places with at least one crime
     * (Lee et al. 2017's frequency condition): k = max(1, round(top x places with crime)).
     */
    public static double topShareOfCrimePlaces(int[] counts, double top) {
        int[] c = Arrays.stream(counts).filter(x -> x > 0).sorted().toArray();
        if (c.length == 0) {
            return Double.NaN;
        }
        int k = Math.max(1, (int) Math.round(top * c.length));
        long total = 0;
        long sum = 0;
        for (int i = 0; i < c.length; i++) {
            total += c[i];
            if (i >= c.length - k) {
                sum += c[i];
            }
        }
        return (double) sum / total;
    }

    /** Smallest share of all places (crime-free ones included) that holds at least {@code share} of crime. */
    public static double placesForShare(int[] counts, double share) {
        int[] c = counts.clone();
        Arrays.sort(c);
        long total = 0;
        for (int x : c) {
            total += x;
        }
        if (total == 0) {
            return Double.NaN;
        }
        long sum = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            sum += c[i];
            if (sum >= share * total) {
                return (double) (c.length - i) / c.length;
            }
        }
        return 1;
    }

    /**
     * Repeat burglary: {share of observed burglaries whose household was burgled in the
     * preceding 365 days (burn-in included), share of those whose previous burglary was at most 7
     * days before, and at most 30 days before}.
     */
    public static double[] repeats(CrimeEvents e, int from, int to) {
        java.util.Map<Integer, Integer> last = new java.util.HashMap<>();
        int n = 0;
        int repeat = 0;
        int quick = 0;
        int month = 0;
        // events arrive in time order
        for (int i = 0; i < e.size; i++) {
            if (e.type(i) != CrimeType.BURGLARY) {
                continue;
            }
            Integer prev = last.put(e.household[i], e.day[i]);
            if (observed(e, i, from, to)) {
                n++;
                if (prev != null && e.day[i] - prev <= REPEAT_WINDOW_DAYS) {
                    repeat++;
                    if (e.day[i] - prev <= QUICK_REPEAT_DAYS) {
                        quick++;
                    }
                    if (e.day[i] - prev <= MONTH_REPEAT_DAYS) {
                        month++;
                    }
                }
            }
        }
        return new double[] {ratio(repeat, n), ratio(quick, repeat), ratio(month, repeat)};
    }

    /**
     * Knox ratio of observed burglaries: pairs within {@code space} buildings (Chebyshev, same
     * building and same household included) and {@code days} days, over the number expected if
     * the days were shuffled among the events, N_s N_t / N (N pairs, N_s close in space, N_t close
     * in time): the mean of the Knox permutation distribution, exactly.
     */
    public static double knoxRatio(CrimeEvents e, City city, int from, int to, int space, int days) {
        int[] idx = new int[e.size];
        int n = 0;
        for (int i = 0; i < e.size; i++) {
            if (observed(e, i, from, to) && e.type(i) == CrimeType.BURGLARY) {
                idx[n++] = i;
            }
        }
        long pairs = 0;
        long ns = 0;
        long nt = 0;
        long both = 0;
        for (int a = 0; a < n; a++) {
            int i = idx[a];
            for (int b = a + 1; b < n; b++) {
                int j = idx[b];
                pairs++;
                boolean s = Math.max(Math.abs(city.buildingX[e.building[i]] - city.buildingX[e.building[j]]),
                    Math.abs(city.buildingY[e.building[i]] - city.buildingY[e.building[j]])) <= space;
                boolean t = Math.abs(e.day[i] - e.day[j]) <= days;
                ns += s ? 1 : 0;
                nt += t ? 1 : 0;
                both += s && t ? 1 : 0;
            }
        }
        double expected = pairs == 0 ? 0 : (double) ns * nt / pairs;
        return expected == 0 ? Double.NaN : both / expected;
    }

    /**
     * Journey to crime of observed spatial crimes by local offenders: {share in the home
     * community, crimes per adjacent community / crimes in the home community, share two or more
     * communities away}. Crimes per adjacent community: crimes at distance 1 divided by the sum,
     * over the crimes, of the number of communities adjacent to the offender's home (so an edge
     * offender's fewer neighbours are allowed for).
     */
    public static double[] journey(CrimeEvents e, City city, int from, int to) {
        int n = 0;
        int home = 0;
        int adjacent = 0;
        int beyond = 0;
        double neighbours = 0;
        for (int i = 0; i < e.size; i++) {
            if (!observed(e, i, from, to) || e.type(i) == CrimeType.FRAUD || e.offenderHome[i] < 0) {
                continue;
            }
            int h = e.offenderHome[i];
            int d = city.communityDistance(h, city.buildingCommunity[e.building[i]]);
            n++;
            home += d == 0 ? 1 : 0;
            adjacent += d == 1 ? 1 : 0;
            beyond += d >= 2 ? 1 : 0;
            neighbours += city.commNbStart[h + 1] - city.commNbStart[h] - 1;
        }
        double perAdjacent = neighbours == 0 ? Double.NaN : adjacent / (neighbours / n);
        return new double[] {ratio(home, n), ratio(perAdjacent, home), ratio(beyond, n)};
    }
}
