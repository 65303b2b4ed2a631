package org.commsafe.model.process;

import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.GeometricSkip;
import org.commsafe.random.Stream;

/**
 * The officers' day in the city (ODD submodels "officer day" and "sighting and contact"): each
 * morning morale, incidents and the plan (drawn per officer and day); each hour the planned
 * activity: a patrol hour follows the patrol strategy (beat walk, hot-spot stops or door-to-door
 * visits: presence for guardianship, sightings and conversations with households at home), a
 * publicity hour reaches households at home, an enforcement hour inside the beat is presence
 * without contact; each evening the case queue is worked and the ledger booked.
 */
public final class OfficerWork implements Process {
    private Parameters p;
    private final City city;
    private final Households households;
    private final Clock clock;
    private final Counters counters;
    private final Officer[] officers;
    private final Guardianship guardians;
    private final Contact contact;
    private final Stream plan;
    private final Stream morale;
    private final Stream incidents;
    private final Stream patrol;
    /** The officer whose beat holds each building. */
    private final int[] officerOf;
    /** Buildings of the current patrol hour's stops. */
    private final int[] stopBuf = new int[64];
    /** Geometric skips over the households of the building passed and of those next door. */
    private final GeometricSkip skipIn = new GeometricSkip();
    private final GeometricSkip skipNb = new GeometricSkip();
    /** Recent recorded spatial crime per building (hot-spot lists) and the count already taken in. */
    private final double[] recent;
    private final int[] recordedSeen;

    public OfficerWork(Parameters p, City city, Households households, Clock clock, Counters counters, Officer[] officers,
                       Guardianship guardians, Contact contact, Stream plan, Stream morale, Stream incidents, Stream patrol) {
        this.p = p;
        this.city = city;
        this.households = households;
        this.clock = clock;
        this.counters = counters;
        this.officers = officers;
        this.guardians = guardians;
        this.contact = contact;
        this.plan = plan;
        this.morale = morale;
        this.incidents = incidents;
        this.patrol = patrol;
        officerOf = new int[city.buildings];
        for (Officer o : officers) {
            for (int b : o.beat) {
                officerOf[b] = o.id;
            }
        }
        recent = new double[city.buildings];
        recordedSeen = new int[city.buildings];
    }

    /** Morning: morale events, the day's incidents reaching each officer, and the day's plan. */
    public void beginDay(double[] incidentsLeft) {
        int day = clock.day;
        for (Officer o : officers) {
            o.updateMorale(p, morale.at(o.id, day));
            receiveIncidents(o, incidentsLeft);
            o.planDay(p, day, plan.at(o.id, day));
        }
    }

    /** Public-order incidents not settled by cadres' mediation reach the beat's officer. */
    private void receiveIncidents(Officer o, double[] incidentsLeft) {
        double beat = o.beatBuildings();
        for (int k = 0; k < o.communities.length; k++) {
            int c = o.communities[k];
            double coverage = o.communityShares[k] * beat / city.buildings(c);
            // positioned per (officer, community, day): one community's mediation does not shift another's draws
            int n = incidents.at((long) o.id * city.communities + c, day()).poisson(incidentsLeft[c] * coverage);
            for (int e = 0; e < n; e++) {
                o.queue.add(p.incidentHours(), 0, p.registersPerCase() * p.hoursPerRegister(), day(), -1, -1, c, (byte) 0, 1, 1);
            }
            counters.add(c, Counters.INCIDENTS, n);
        }
    }

    private int day() {
        return clock.day;
    }

    /** Acts out every officer's planned activity of this hour. */
    public void hour() {
        for (Officer o : officers) {
            switch (o.activity(clock.hour)) {
                case Officer.PATROL -> patrolHour(o, patrol.at(o.id, clock.step));
                case Officer.PUBLICITY -> publicityHour(o, patrol.at(o.id, clock.step));
                case Officer.ENFORCE_IN -> {
                    int b = o.beat[patrol.at(o.id, clock.step).nextInt(o.beatBuildings())];
                    guardians.markOfficer(b);
                    o.position = b;
                }
                default -> o.position = -1;
            }
        }
    }

    private void patrolHour(Officer o, Stream rng) {
        switch (p.patrolStrategy()) {
            case RANDOM_WALK -> beatWalk(o, rng);
            case HOTSPOT -> hotspotPatrol(o, rng);
            case DOOR_TO_DOOR -> doorToDoor(o, rng);
        }
    }

    /**
     * One hour of beat walk: the officer walks from building to a neighbouring building of the
     * beat, {@code buildings_per_patrol_hour} of them, each (with its neighbours) watched for its
     * share of the hour; at-home households of the building passed see the officer with the
     * sighting probability, those next door with {@code sighting_neighbour_factor} of it; a few
     * conversations with at-home residents of the buildings passed are contacts.
     */
    private void beatWalk(Officer o, Stream rng) {
        int stops = Math.min(stopBuf.length, rng.round(p.buildingsPerPatrolHour()));
        if (stops <= 0) {
            o.position = -1;
            return;
        }
        int b = o.walkAt >= 0 ? o.walkAt : o.beat[rng.nextInt(o.beatBuildings())];
        for (int s = 0; s < stops; s++) {
            if (s > 0 || o.walkAt >= 0) {
                b = nextOnWalk(o, b, rng);
            }
            stopBuf[s] = b;
            guardians.markOfficer(b, Guardianship.passMinutes(s, stops), 0);
            sightings(o, b, rng);
        }
        o.walkAt = b;
        o.position = b;
        conversations(rng, stops);
    }

    /**
     * One hour of hot-spot patrol (Koper 1995): stops of {@code hotspot_dwell_minutes} at
     * buildings drawn from the beat's hot-spot list (the most recorded spatial crime), in an
     * unpredictable order; each stop watches the building and its neighbours for the dwell time
     * and deters for {@code residual_deterrence_minutes} of the next hour after the officer
     * leaves. Without a list yet (no recorded crime), stops are at random buildings of the beat.
     */
    private void hotspotPatrol(Officer o, Stream rng) {
        int dwell = (int) Math.max(1, Math.round(p.hotspotDwellMinutes()));
        int stops = Math.min(stopBuf.length, Math.max(1, 60 / dwell));
        int residual = (int) Math.round(p.residualDeterrenceMinutes());
        int n = o.hotspots.length;
        int b = -1;
        for (int s = 0; s < stops; s++) {
            b = n > 0 ? o.hotspots[rng.nextInt(n)] : o.beat[rng.nextInt(o.beatBuildings())];
            stopBuf[s] = b;
            guardians.markOfficer(b, dwell, residual);
            sightings(o, b, rng);
        }
        o.position = b;
        conversations(rng, stops);
    }

    /**
     * One hour of door-to-door visits: the officer works along the beat in walking order, door
     * after door; a door where someone is at home is a visit of {@code visit_minutes} (a contact),
     * an empty home costs {@code knock_minutes}. The building being visited (and its neighbours)
     * is watched for the minutes spent there. No sightings beyond the households visited.
     */
    private void doorToDoor(Officer o, Stream rng) {
        double left = 60;
        double visit = Math.max(1, p.visitMinutes());
        double knock = p.knockMinutes(); // at least 0.5 (its range): an empty door costs time
        int hour = clock.hour;
        for (int moves = 0; left > 0 && moves <= o.beatBuildings(); ) {
            int b = o.beat[o.sweepAt];
            if (o.doorNext < 0) {
                o.doorNext = city.hhStart[b];
            }
            double spent = 0;
            while (left - spent > 0 && o.doorNext < city.hhStart[b + 1]) {
                int i = o.doorNext++;
                if (households.atHome(i, clock.day, hour)) {
                    contact.conversation(i);
                    spent += visit;
                } else {
                    spent += knock;
                }
            }
            spent = Math.min(spent, left);
            guardians.markOfficer(b, (int) Math.round(spent), 0);
            left -= spent;
            o.position = b;
            if (o.doorNext >= city.hhStart[b + 1]) {
                o.sweepAt = (o.sweepAt + 1) % o.beatBuildings();
                o.doorNext = -1;
                moves++;
            }
        }
    }

    /** A neighbouring building of b in the officer's beat (Moore neighbourhood), or b when it has none. */
    private int nextOnWalk(Officer o, int b, Stream rng) {
        int count = 0;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int n = city.nb[k];
            if (n != b && officerOf[n] == o.id) {
                count++;
            }
        }
        if (count == 0) {
            return b;
        }
        int pick = rng.nextInt(count);
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int n = city.nb[k];
            if (n != b && officerOf[n] == o.id && pick-- == 0) {
                return n;
            }
        }
        return b;
    }

    /**
     * Sightings from a stop at building b: each at-home household of b sees the officer with the
     * sighting probability, of the beat's buildings next door with {@code sighting_neighbour_factor}
     * of it. The candidates are drawn by geometric skips over the households (each household is a
     * candidate with the probability, independently; only candidates are checked for being at
     * home), so the loop touches a few households per building, not all of them.
     */
    private void sightings(Officer o, int b, Stream rng) {
        double pIn = p.sightingProbability();
        if (pIn <= 0) {
            return;
        }
        double pNb = pIn * p.sightingNeighbourFactor();
        int hour = clock.hour;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int nbB = city.nb[k];
            if (officerOf[nbB] != o.id) {
                continue; // next door but another officer's beat: not "its" officer
            }
            double q = nbB == b ? pIn : pNb;
            if (q <= 0) {
                continue;
            }
            int end = city.hhStart[nbB + 1];
            if (q >= 1) {
                for (int i = city.hhStart[nbB]; i < end; i++) {
                    if (households.atHome(i, clock.day, hour)) {
                        contact.sighting(i);
                    }
                }
                continue;
            }
            GeometricSkip g = nbB == b ? skipIn.use(q) : skipNb.use(q);
            int i = city.hhStart[nbB] + g.next(rng);
            while (i < end) {
                if (households.atHome(i, clock.day, hour)) {
                    contact.sighting(i);
                }
                i += 1 + g.next(rng);
            }
        }
    }

    /** The hour's conversations: each with a random household of a building passed, if someone is at home. */
    private void conversations(Stream rng, int stops) {
        int n = rng.round(p.conversationsPerPatrolHour());
        for (int k = 0; k < n; k++) {
            int b = stopBuf[rng.nextInt(stops)];
            int i = city.hhStart[b] + rng.nextInt(city.hhStart[b + 1] - city.hhStart[b]);
            if (households.atHome(i, clock.day, clock.hour)) {
                contact.conversation(i);
            }
        }
    }

    /**
     * One publicity hour: talks and leaflets at the doors and gates of the beat's buildings
     * approach {@code households_per_publicity_hour} households; only those at home are reached
     * (awareness and a little trust).
     */
    private void publicityHour(Officer o, Stream rng) {
        int reach = rng.round(p.householdsPerPublicityHour());
        int hour = clock.hour;
        for (int k = 0; k < reach; k++) {
            int b = o.beat[rng.nextInt(o.beatBuildings())];
            int i = city.hhStart[b] + rng.nextInt(city.hhStart[b + 1] - city.hhStart[b]);
            if (households.atHome(i, clock.day, hour)) {
                contact.publicity(i);
            }
        }
        o.position = -1;
    }

    /**
     * Once a month: each officer's hot-spot list, the share {@code hotspot_share} of the beat's
     * buildings with the most recorded spatial crime (reports over about the last year: the
     * monthly counts are discounted by (m - 1) / m a month, m = {@code hotspot_memory_months}); buildings with no recorded crime are not
     * hot spots.
     */
    public void month(int[] recordedInBuilding) {
        double memory = p.hotspotMemoryMonths();
        double keep = (memory - 1) / memory;
        for (int b = 0; b < recent.length; b++) {
            recent[b] = recent[b] * keep + (recordedInBuilding[b] - recordedSeen[b]);
            recordedSeen[b] = recordedInBuilding[b];
        }
        for (Officer o : officers) {
            int h = (int) Math.max(1, Math.round(p.hotspotShare() * o.beatBuildings()));
            int[] list = new int[h];
            int m = 0;
            double bound = Double.POSITIVE_INFINITY;
            int boundB = -1;
            // selection by repeated scan: the next hottest below (bound, boundB) in (count desc, building asc) order
            for (; m < h; m++) {
                int best = -1;
                for (int b : o.beat) {
                    double r = recent[b];
                    if (r <= 0) {
                        continue;
                    }
                    boolean below = r < bound || (r == bound && b > boundB);
                    if (below && (best < 0 || r > recent[best] || (r == recent[best] && b < best))) {
                        best = b;
                    }
                }
                if (best < 0) {
                    break;
                }
                list[m] = best;
                bound = recent[best];
                boundB = best;
            }
            o.hotspots = java.util.Arrays.copyOf(list, m);
        }
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
