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
 * ({@link WatchGroup#month}) and the evening patrols ({@code watch_patrol_hours} from {@code watch_start_hour}, 19:00-22:00), in which each patrolling
 * member passes a few buildings an hour and is a guardian there.
 */
public final class WatchWork implements Process {
    private Parameters p;
    private final City city;
    private final Clock clock;
    private final Counters counters;
    public final WatchGroup[] groups;
    private final Guardianship guardians;
    private final Stream patrol;
    private final Stream leave;
    private final Stream join;
    private final Stream pay;
    /** Members out on patrol this evening, per community (drawn at 19:00; each walks the whole evening). */
    private final int[] unitsTonight;
    private final double[] contributionPropensity;
    private final double[] belongingSum;
    /** Buildings visited by watch patrols in the current hour (for display), and their count. */
    private int[] stops = new int[64];
    private int stopCount;

    public WatchWork(Parameters p, City city, Households h, Clock clock, Counters counters, Guardianship guardians,
                     Stream patrol, Stream leave, Stream join, Stream pay) {
        this.p = p;
        this.city = city;
        this.clock = clock;
        this.counters = counters;
        this.guardians = guardians;
        this.patrol = patrol;
        this.leave = leave;
        this.join = join;
        this.pay = pay;
        int nC = city.communities;
        groups = new WatchGroup[nC];
        unitsTonight = new int[nC];
        contributionPropensity = new double[nC];
        belongingSum = new double[nC];
        for (int c = 0; c < nC; c++) {
            groups[c] = new WatchGroup(c, p);
        }
        for (int i = 0; i < h.n; i++) {
            int c = city.communityOfHousehold(i);
            contributionPropensity[c] += h.willingnessToPay[i] * h.belonging[i];
            belongingSum[c] += h.belonging[i];
        }
    }

    /** The monthly cycle of every group (also run once at build: funds and members before any patrol). */
    public void month() {
        int m = clock.month();
        for (int c = 0; c < groups.length; c++) {
            groups[c].month(p, leave.at(c, m), join.at(c, m), pay.at(c, m), contributionPropensity[c], belongingSum[c],
                city.householdsPerCommunity);
        }
    }

    public boolean patrolling(int hour) {
        return hour >= p.watchStartHour() && hour < p.watchStartHour() + p.watchPatrolHours();
    }

    /**
     * One evening hour of patrols: at {@code watch_start_hour} (19:00) the evening's patrolling
     * members are drawn (each walks the whole evening, a unit of watch_patrol_hours, 3 by
     * default); every hour each passes a few buildings and guards them.
     */
    public void hour() {
        stopCount = 0;
        if (!patrolling(clock.hour)) {
            return;
        }
        double unitHours = p.watchPatrolHours();
        for (int c = 0; c < groups.length; c++) {
            WatchGroup w = groups[c];
            if (w.dailyPatrolHours <= 0) {
                continue;
            }
            Stream rng = patrol.at(c, clock.step);
            if (clock.hour == p.watchStartHour()) {
                unitsTonight[c] = rng.round(w.dailyPatrolHours / unitHours);
                counters.add(c, Counters.WATCH_PATROLLING, unitsTonight[c]);
            }
            int units = unitsTonight[c];
            counters.add(c, Counters.WATCH_PATROL_HOURS, units);
            int first = city.firstBuilding(c);
            for (int u = 0; u < units; u++) {
                int n = rng.round(p.watchBuildingsPerHour());
                for (int s = 0; s < n; s++) {
                    int b = first + rng.nextInt(city.buildingsPerCommunity);
                    guardians.markWatch(b);
                    if (stopCount == stops.length) {
                        stops = Arrays.copyOf(stops, stops.length * 2);
                    }
                    stops[stopCount++] = b;
                }
            }
        }
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
