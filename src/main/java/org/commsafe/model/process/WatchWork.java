package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.agents.WatchGroup;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Watch groups (ODD submodel "watch groups", seed 2): the monthly cycle of funds and members
 * ({@link WatchGroup#month}), computed from the households as they are that month (belonging,
 * trust, willingness to pay, whether they saw the group, crime in their building), and the
 * patrols. Members at home in the day walk two-hour shifts between 08:00 and 18:00, while
 * daytime workers' homes stand empty; working members walk the evening, 19:00-22:00. Each
 * patrolling member passes a few buildings an hour and is a guardian there, and talks to a
 * few residents at home (publicity: awareness).
 */
public final class WatchWork implements Process, Attitudes.Participation {
    /** Daytime patrols: [DAY_START, DAY_END), the hours daytime workers are out ({@link Households#atHome}), in shifts of DAY_SHIFT hours. */
    public static final int DAY_START = 8;
    public static final int DAY_END = 18;
    public static final int DAY_SHIFT = 2;
    // Evening patrols: [watch_start_hour, watch_start_hour + watch_patrol_hours), one shift (19-22 by default).
    /** A household "saw the group" when a patrol passed its building, or a member talked to it, in the last this many days. */
    public static final int SEEN_DAYS = 30;
    /** A building's crime is "recent" for this many days. */
    public static final int CRIME_DAYS = 90;

    private Parameters p;
    private final City city;
    private final Households households;
    private final Clock clock;
    private final Counters counters;
    private final Attitudes attitudes;
    public final WatchGroup[] groups;
    private final Guardianship guardians;
    private final Stream patrol;
    private final Stream publicity;
    private final Stream leave;
    private final Stream join;
    private final Stream pay;
    /** Members on the current shift, per community, by type (drawn at each shift's start). */
    private final int[][] onShift;
    /** Last day a patrol passed each building, and a member talked to each household. */
    private final int[] buildingSeenDay;
    private final int[] householdSeenDay;
    private final double[][] joinPropensity;
    private final double[] contributionPropensity;
    /** Buildings visited by watch patrols in the current hour (for display), and their count. */
    private int[] stops = new int[64];
    private int stopCount;

    public WatchWork(Parameters p, City city, Households h, Clock clock, Counters counters, Guardianship guardians,
                     Attitudes attitudes, Stream patrol, Stream publicity, Stream leave, Stream join, Stream pay) {
        this.p = p;
        this.city = city;
        this.households = h;
        this.clock = clock;
        this.counters = counters;
        this.guardians = guardians;
        this.attitudes = attitudes;
        this.patrol = patrol;
        this.publicity = publicity;
        this.leave = leave;
        this.join = join;
        this.pay = pay;
        int nC = city.communities;
        groups = new WatchGroup[nC];
        onShift = new int[nC][2];
        joinPropensity = new double[nC][2];
        contributionPropensity = new double[nC];
        buildingSeenDay = new int[city.buildings];
        householdSeenDay = new int[h.n];
        Arrays.fill(buildingSeenDay, Integer.MIN_VALUE / 2);
        Arrays.fill(householdSeenDay, Integer.MIN_VALUE / 2);
        for (int c = 0; c < nC; c++) {
            groups[c] = new WatchGroup(c, p);
        }
    }

    /** The monthly cycle of every group (also run once at build: funds and members before any patrol). */
    public void month() {
        propensities();
        int m = clock.month();
        for (int c = 0; c < groups.length; c++) {
            groups[c].month(p, m, leave, join, pay, joinPropensity[c], contributionPropensity[c], city.households(c));
        }
    }

    /** Virtual months the groups run through when they are settled (about three time constants 1 / watch_churn). */
    public static final int SETTLE_MONTHS = 60;

    /**
     * Sets the groups' members, balance and status near their stationary state: every group runs
     * its full stochastic monthly cycle {@link #SETTLE_MONTHS} times, on its own draws at months
     * -1, -2, ... (before any real month), with the households as they are now (trust settled)
     * and last month's mobilisation hours. Membership under a paid rota has a time constant of
     * 1 / {@code watch_churn} = 20 months, which a burn-in from the initial roll would not cover.
     * Run once, at the day trust is settled; the month's own accumulation of mobilisation hours is kept.
     */
    public void settle() {
        propensities();
        int daysIntoMonth = clock.day % 30 + 1;
        for (int c = 0; c < groups.length; c++) {
            WatchGroup g = groups[c];
            double accumulated = g.mobilisationHours;
            double monthly = daysIntoMonth == 30 || g.lastMobilisationHours > 0 ? g.lastMobilisationHours
                : accumulated * 30.0 / daysIntoMonth;
            for (int k = 0; k < SETTLE_MONTHS; k++) {
                g.mobilisationHours = monthly;
                g.month(p, -1 - k, leave, join, pay, joinPropensity[c], contributionPropensity[c], city.households(c));
            }
            g.lastMobilisationHours = monthly;
            g.mobilisationHours = accumulated;
        }
    }

    /** Sums over each community's households of what makes them join and pay, as they are today. */
    private void propensities() {
        int day = clock.day;
        for (int c = 0; c < groups.length; c++) {
            joinPropensity[c][0] = joinPropensity[c][1] = contributionPropensity[c] = 0;
        }
        Households h = households;
        for (int b = 0; b < city.buildings; b++) {
            int c = city.buildingCommunity[b];
            boolean crimeNear = false;
            for (int i = city.hhStart[b]; i < city.hhStart[b + 1]; i++) {
                crimeNear |= day - h.lastVictimDay[i] < CRIME_DAYS;
            }
            boolean patrolSeen = day - buildingSeenDay[b] < SEEN_DAYS;
            for (int i = city.hhStart[b]; i < city.hhStart[b + 1]; i++) {
                double bt = h.belonging[i] * h.trust(i, day);
                joinPropensity[c][h.has(i, Households.WORKER) ? WatchGroup.EVENING : WatchGroup.DAY] += bt;
                boolean seen = patrolSeen || day - householdSeenDay[i] < SEEN_DAYS;
                contributionPropensity[c] += h.willingnessToPay[i] * bt
                    * (1 + (seen ? p.watchResultsEffect() : 0) + (crimeNear ? p.watchCrimeConcern() : 0));
            }
        }
    }

    public boolean patrolling(int hour) {
        return (hour >= DAY_START && hour < DAY_END) || evening(hour);
    }

    private boolean evening(int hour) {
        return hour >= p.watchStartHour() && hour < p.watchStartHour() + p.watchPatrolHours();
    }

    /**
     * One hour of patrols. At the start of each shift the members walking it are drawn
     * (stochastic rounding of the day's hours of that type over the window's hours, so the
     * month's hours are kept on average); every hour each passes a few buildings, guards them
     * with their neighbours, and talks to residents at home.
     */
    public void hour() {
        stopCount = 0;
        int hour = clock.hour;
        boolean day = hour >= DAY_START && hour < DAY_END;
        if (!day && !evening(hour)) {
            return;
        }
        int type = day ? WatchGroup.DAY : WatchGroup.EVENING;
        boolean shiftStart = day ? (hour - DAY_START) % DAY_SHIFT == 0 : hour == p.watchStartHour();
        double window = day ? DAY_END - DAY_START : p.watchPatrolHours();
        for (int c = 0; c < groups.length; c++) {
            WatchGroup w = groups[c];
            if (w.dailyHoursBy[type] <= 0) {
                continue;
            }
            Stream rng = patrol.at(c, clock.step);
            if (shiftStart) {
                // members on a shift: day hours / window hours are present each hour
                onShift[c][type] = rng.round(w.dailyHoursBy[type] / window);
                counters.add(c, Counters.WATCH_PATROLLING, onShift[c][type]);
            }
            int units = onShift[c][type];
            counters.add(c, Counters.WATCH_PATROL_HOURS, units);
            if (day) {
                counters.add(c, Counters.WATCH_DAY_PATROL_HOURS, units);
            }
            int first = city.firstBuilding(c);
            for (int u = 0; u < units; u++) {
                int n = rng.round(p.watchBuildingsPerHour());
                for (int s = 0; s < n; s++) {
                    int b = first + rng.nextInt(city.buildings(c));
                    guardians.markWatch(b, Guardianship.passMinutes(s, n)); // each pass: its share of the hour
                    buildingSeenDay[b] = clock.day;
                    if (stopCount == stops.length) {
                        stops = Arrays.copyOf(stops, stops.length * 2);
                    }
                    stops[stopCount++] = b;
                }
            }
            talk(c, units);
        }
    }

    /** Patrolling members talk to residents at home (publicity: awareness, as officer publicity; no trust in the police). */
    private void talk(int c, int units) {
        if (p.watchPublicityPerHour() <= 0 || units == 0) {
            return;
        }
        Stream rng = publicity.at(c, clock.step);
        int tries = rng.poisson(units * p.watchPublicityPerHour());
        int first = city.firstBuilding(c);
        for (int t = 0; t < tries; t++) {
            int b = first + rng.nextInt(city.buildings(c));
            int i = city.hhStart[b] + rng.nextInt(city.hhStart[b + 1] - city.hhStart[b]);
            if (households.atHome(i, clock.day, clock.hour)) {
                attitudes.raise(i, p.publicityAwarenessGain(), 0);
                householdSeenDay[i] = clock.day;
                counters.add(c, Counters.WATCH_PUBLICITY, 1);
            }
        }
    }

    /** Did household i see its watch group (a patrol passing its building, or a talk) in the last 30 days? */
    @Override
    public boolean participates(int i) {
        return sawGroup(i);
    }

    public boolean sawGroup(int i) {
        int day = clock.day;
        return day - buildingSeenDay[city.householdBuilding[i]] < SEEN_DAYS || day - householdSeenDay[i] < SEEN_DAYS;
    }

    /** Households of community c that saw the group (a patrol passing their building, or a talk) in the last 30 days. */
    public int seenRecently(int c) {
        int day = clock.day;
        int n = 0;
        int first = city.firstBuilding(c);
        for (int b = first; b < first + city.buildings(c); b++) {
            boolean patrolSeen = day - buildingSeenDay[b] < SEEN_DAYS;
            for (int i = city.hhStart[b]; i < city.hhStart[b + 1]; i++) {
                n += patrolSeen || day - householdSeenDay[i] < SEEN_DAYS ? 1 : 0;
            }
        }
        return n;
    }

    public int[] stops() {
        return stops;
    }

    public int stopCount() {
        return stopCount;
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
