package org.commsafe.model;

import org.commsafe.random.Stream;

/**
 * One random stream per process, each derived from the replication seed and its name (rule in
 * {@link Stream}). The city streams are drawn once at build, positioned at each building,
 * household, offender or officer, and no lever other than the city's shape changes what they
 * give: replication r of every scenario has the same households, hotspots, offenders and camera
 * candidate order. The process streams are positioned at (entity, time) for every decision, so
 * a lever that changes one decision does not shift the numbers of any other.
 */
public final class RandomStreams {
    // the city, drawn at build
    public final Stream households;
    public final Stream attractiveness;
    public final Stream offenders;
    public final Stream officers;
    public final Stream cameras;
    public final Stream adoptionInit;
    /** Which communities are gated compounds and which have property management (human defence), at (community, 0 / 1). */
    public final Stream compounds;
    // the processes, positioned per decision
    public final Stream offending;
    public final Stream attempt;
    public final Stream placeChoice;
    public final Stream officerPlan;
    public final Stream morale;
    public final Stream incidents;
    public final Stream patrol;
    public final Stream watch;
    public final Stream watchPublicity;
    public final Stream watchLeave;
    public final Stream watchJoin;
    public final Stream watchPay;
    public final Stream cadre;
    public final Stream registration;
    public final Stream tenancy;
    public final Stream adoption;
    public final Stream fraudCount;
    public final Stream fraudAttempt;
    public final Stream enforcementStop;
    public final Stream enforcementFine;

    public RandomStreams(long seed) {
        households = new Stream(seed, "city.households");
        attractiveness = new Stream(seed, "city.attractiveness");
        offenders = new Stream(seed, "city.offenders");
        officers = new Stream(seed, "city.officers");
        cameras = new Stream(seed, "city.cameras");
        adoptionInit = new Stream(seed, "city.adoption");
        compounds = new Stream(seed, "city.compounds");
        offending = new Stream(seed, "offending.occurrence");
        attempt = new Stream(seed, "offending.attempt");
        placeChoice = new Stream(seed, "offending.placechoice");
        officerPlan = new Stream(seed, "officer.plan");
        morale = new Stream(seed, "officer.morale");
        incidents = new Stream(seed, "officer.incidents");
        patrol = new Stream(seed, "contact.patrol");
        watch = new Stream(seed, "watch.patrol");
        watchPublicity = new Stream(seed, "watch.publicity");
        watchLeave = new Stream(seed, "watch.leave");
        watchJoin = new Stream(seed, "watch.join");
        watchPay = new Stream(seed, "watch.pay");
        cadre = new Stream(seed, "cadre.day");
        registration = new Stream(seed, "population.registration");
        tenancy = new Stream(seed, "population.tenancy");
        adoption = new Stream(seed, "adoption.month");
        fraudCount = new Stream(seed, "fraud.count");
        fraudAttempt = new Stream(seed, "fraud.attempt");
        enforcementStop = new Stream(seed, "enforcement.stop");
        enforcementFine = new Stream(seed, "enforcement.fine");
    }
}
