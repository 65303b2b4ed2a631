package org.commsafe.model.process;

import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * The officers' day in the city (ODD submodels "officer day" and "sighting and contact"): each
 * morning morale, incidents and the plan (drawn per officer and day); each hour the planned
 * activity: a patrol hour visits buildings (presence for guardianship, sightings for households
 * at home), a publicity hour reaches households, an enforcement hour inside the beat is
 * presence without contact; each evening the case queue is worked and the ledger booked.
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
            double coverage = o.communityShares[k] * beat / city.buildingsPerCommunity;
            // positioned per (officer, community, day): one community's mediation does not shift another's draws
            int n = incidents.at((long) o.id * city.communities + c, day()).poisson(incidentsLeft[c] * coverage);
            for (int e = 0; e < n; e++) {
                o.queue.add(p.incidentHours(), 0, p.registersPerCase() * p.hoursPerRegister(), day(), -1, -1, c, false, 1, 1);
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
                    int b = o.buildingFrom + patrol.at(o.id, clock.step).nextInt(o.beatBuildings());
                    guardians.markOfficer(b);
                    o.position = b;
                }
                default -> o.position = -1;
            }
        }
    }

    /**
     * One patrol hour: a few building visits. Households at home in the visited building see
     * the officer with the sighting probability, those next door with half of it.
     */
    private void patrolHour(Officer o, Stream rng) {
        double pIn = p.sightingProbability();
        int stops = rng.round(p.buildingsPerPatrolHour());
        boolean weekday = clock.weekday;
        int hour = clock.hour;
        for (int s = 0; s < stops; s++) {
            int b = o.buildingFrom + rng.nextInt(o.beatBuildings());
            o.position = b;
            guardians.markOfficer(b);
            for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
                int nbB = city.nb[k];
                if (nbB < o.buildingFrom || nbB >= o.buildingTo) {
                    continue; // next door but another officer's beat: not "its" officer
                }
                // Bernoulli draws 4 at a time from one 64-bit word, 16 bits each: the sighting
                // probability is quantised to 1/65536, and the hottest loop of the model
                // makes a quarter of the random calls.
                int threshold = (int) ((nbB == b ? pIn : pIn * 0.5) * 65536);
                long bits = 0;
                int left = 0;
                for (int i = city.hhStart[nbB]; i < city.hhStart[nbB + 1]; i++) {
                    if (!households.atHome(i, hour, weekday)) {
                        continue;
                    }
                    if (left == 0) {
                        bits = rng.nextLong();
                        left = 4;
                    }
                    int draw = (int) (bits & 0xFFFF);
                    bits >>>= 16;
                    left--;
                    if (draw < threshold) {
                        contact.sighting(i);
                    }
                }
            }
        }
    }

    /** One publicity hour reaches a number of the beat's households and raises awareness. */
    private void publicityHour(Officer o, Stream rng) {
        int reach = rng.round(p.householdsPerPublicityHour());
        int n = o.householdTo - o.householdFrom;
        for (int k = 0; k < reach; k++) {
            contact.publicity(o.householdFrom + rng.nextInt(n));
        }
        o.position = -1;
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
