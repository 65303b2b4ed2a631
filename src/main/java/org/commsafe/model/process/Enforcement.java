package org.commsafe.model.process;

import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Enforcement and appraisal (ODD submodel "enforcement"; seed 1: quotas, cross-district
 * enforcement, bad appraisal). An enforcement hour inside the beat stops and arrests active
 * offenders living in the beat (a short detention: incapacitation, and the offender learns that
 * its home community is risky) and fines minor offenders, a per-community stock of easy targets
 * (unlicensed vendors, traffic and public-order violators) that fining depletes and that renews
 * daily. Per hour, a fine is far more likely than an arrest, so quota chasing yields mostly
 * fines. Enforcement hours outside the beat (cross-district) fine and arrest in another district:
 * counted as the station's indicators, with no presence, contact or incapacitation in the
 * modelled city. Monthly, officers' orientation drifts towards the one the appraisal rewards.
 *
 * <p>Random numbers: whether offender j is stopped by officer o in hour t is drawn from the stop
 * stream at (j, o, t); fines from the fine stream at (officer, community, t); outside results at
 * (officer, day). A lever that changes who enforces when shifts no other decision's numbers.
 */
public final class Enforcement implements Process {
    private Parameters p;
    private final City city;
    private final Clock clock;
    private final Counters counters;
    private final Offender[] offenders;
    private final Officer[] officers;
    private final Stream stop;
    private final Stream fine;
    /** Minor offenders (easy targets) in each community. */
    final double[] minor;
    /** Offenders at large per community this morning (city mean): the density outside hours meet. */
    private double activePerCommunity;
    /**
     * Offender slots by home community, rebuilt each morning after the day's lives begin (homes
     * change only then): slots of community c are byHome[homeStart[c] .. homeStart[c + 1]), in
     * slot order. An enforcement hour visits only the offenders of the beat's communities.
     */
    private final int[] byHome;
    private final int[] homeStart;

    public Enforcement(Parameters p, City city, Clock clock, Counters counters, Offender[] offenders, Officer[] officers,
                       Stream stop, Stream fine) {
        this.p = p;
        this.city = city;
        this.clock = clock;
        this.counters = counters;
        this.offenders = offenders;
        this.officers = officers;
        this.stop = stop;
        this.fine = fine;
        minor = new double[city.communities];
        for (int c = 0; c < minor.length; c++) {
            minor[c] = capacity(c);
        }
        byHome = new int[offenders.length];
        homeStart = new int[city.communities + 1];
        indexByHome();
    }

    /** Counting sort of the offender slots by home community (no allocation). */
    private void indexByHome() {
        java.util.Arrays.fill(homeStart, 0);
        for (Offender o : offenders) {
            homeStart[o.home + 1]++;
        }
        for (int c = 0; c < city.communities; c++) {
            homeStart[c + 1] += homeStart[c];
        }
        for (Offender o : offenders) {
            byHome[homeStart[o.home]++] = o.id;
        }
        for (int c = city.communities; c > 0; c--) {
            homeStart[c] = homeStart[c - 1];
        }
        homeStart[0] = 0;
    }

    /** Minor offenders community c holds when nobody fines them. */
    double capacity(int c) {
        return p.minorOffendersPer1000Households() * city.households(c) / 1000.0;
    }

    /** Morning: the minor-offender stock renews; the day's density of active offenders. */
    public void beginDay() {
        for (int c = 0; c < minor.length; c++) {
            minor[c] += p.minorOffenderRenewal() * (capacity(c) - minor[c]);
        }
        int active = 0;
        for (Offender o : offenders) {
            active += o.activeOn(clock.day) ? 1 : 0;
        }
        activePerCommunity = (double) active / city.communities;
        indexByHome();
    }

    /** Every hour: officers enforcing inside their beat this hour stop offenders and fine minor offenders. */
    public void hour() {
        int hour = clock.hour;
        for (Officer o : officers) {
            if (o.activity(hour) == Officer.ENFORCE_IN) {
                inBeatHour(o);
            }
        }
    }

    private double coverage(Officer o, int k) {
        return o.communityShares[k] * o.beatBuildings() / city.buildings(o.communities[k]);
    }

    private void inBeatHour(Officer o) {
        long step = clock.step;
        int day = clock.day;
        double pStop = p.offenderStopProbability();
        if (pStop > 0) {
            for (int k = 0; k < o.communities.length; k++) {
                int c = o.communities[k];
                double prob = pStop * coverage(o, k);
                for (int j = homeStart[c]; j < homeStart[c + 1]; j++) {
                    Offender off = offenders[byHome[j]];
                    if (off.activeOn(day) && stop.at(off.key * officers.length + o.id, step).nextDouble() < prob) {
                        off.incarceratedUntil = day + 1 + p.enforcementDetentionDays();
                        off.detained = true;
                        off.learnRisk(off.home, p.riskLearning());
                        counters.add(off.home, Counters.ARRESTS, 1);
                    }
                }
            }
        }
        for (int k = 0; k < o.communities.length; k++) {
            int c = o.communities[k];
            double cap = capacity(c);
            if (cap <= 0) {
                continue;
            }
            double expected = p.finesPerEnforcementHour() * o.communityShares[k] * minor[c] / cap;
            int n = Math.min((int) minor[c], fine.at((long) o.id * city.communities + c, step).poisson(expected));
            minor[c] -= n;
            counters.add(c, Counters.FINES, n);
        }
    }

    /**
     * Evening: the day's enforcement hours outside the beat, in another district, where the
     * minor-offender stock is untouched and offenders are as dense as in this city's communities;
     * counted for the officer's home community. Also books the officers' orientation and the stock.
     */
    public void endDay() {
        int day = clock.day;
        for (Officer o : officers) {
            double h = o.enforceOutsideHours();
            if (h > 0) {
                // an outside hour covers an area of the size of the beat, as an hour inside does; fines
                // and arrests on their own stream positions (a Poisson draw uses a variable count of numbers)
                double area = o.beatBuildings() / city.meanBuildings();
                counters.add(o.homeCommunity, Counters.FINES_OUTSIDE,
                    fine.at(-1 - o.id, day).poisson(h * p.finesPerEnforcementHour()));
                counters.add(o.homeCommunity, Counters.ARRESTS_OUTSIDE,
                    stop.at(-1 - o.id, day).poisson(h * p.offenderStopProbability() * area * activePerCommunity));
            }
            counters.add(o.homeCommunity, Counters.OFFICER_ORIENTATION_SUM, o.orientation);
            counters.add(o.homeCommunity, Counters.OFFICERS_HOME, 1);
        }
        for (int c = 0; c < minor.length; c++) {
            counters.add(c, Counters.MINOR_OFFENDERS, minor[c]);
        }
    }

    /** Monthly: each officer's orientation drifts towards the one the appraisal rewards. */
    public void month() {
        for (Officer o : officers) {
            o.adjustOrientation(p);
        }
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
