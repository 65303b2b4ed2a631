package org.commsafe.model.process;

import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Offending (ODD submodel "offending", seed process 3; routine activity theory). Each hour each
 * offender at large attempts a crime with a probability from its motivation, by default the same
 * in every hour (no source for offenders' own hours: flat is the no-information assumption; when
 * crimes succeed emerges from when targets are exposed: routine absences, the door search), or
 * spread by the hours offenders learn to be risky ({@link TimeRisk}, off by default). A burglar may first return to the home of its
 * last successful burglary (boost account of repeat victimisation). An attempt chooses a type
 * (burglary or vehicle theft: local offenders commit only spatial crimes; fraud is remote, {@link RemoteFraud}), a community, a building by
 * attractiveness and a household, meets the guardians, and succeeds or fails against the
 * household's self-protection and defences. Technical defence acts by crime type: against a
 * burglary an alarm that is armed at the attempt cuts the success of forced entries and of
 * walk-ins through an unlocked door alike; against a vehicle theft the household's vehicle
 * security (immobiliser, tracker) cuts success whether the vehicle was parked carefully or not;
 * a burglary at such a home leaves door-camera evidence for the case.
 *
 * <p>Common random numbers: the occurrence draw of (offender, hour) and the uniforms of
 * an attempt come from streams positioned at (offender, hour), every slot drawn whether it is
 * used or not, so the same attempt in two scenarios uses the same numbers for every decision.
 *
 * <p>Path accounting: a failed attempt is credited to the guardian that stopped it, or to
 * awareness when the same draws would have succeeded against a household with no
 * self-protection; a committed awareness-related crime is <em>attributable</em> when, with the
 * same success draw, it would have failed against a careful household (no lapse). Both are
 * one-step counterfactuals on the attempt's own numbers, with different references (awareness 0
 * for "prevented", no lapse for "attributable"), so they are not to be added. A failed attempt
 * against a home with technical defence is credited to it ({@code prevented_by_tech}) when the
 * same draws would have succeeded against the same household without it.
 */
public final class Offending implements Process {
    /** Attempt uniforms, by slot. */
    static final int U_TYPE = 0;
    /** Unused since fraud became remote ({@link RemoteFraud}); still drawn so the layout stays. */
    static final int U_UNUSED = 1;
    static final int U_BUILDING = 2;
    static final int U_HOUSEHOLD = 3;
    static final int U_OFFICER = 4;
    static final int U_WATCH = 5;
    static final int U_CAMERA = 6;
    static final int U_OCCUPANT = 7;
    static final int U_LAPSE = 8;
    static final int U_SUCCESS = 9;
    static final int U_REPORT = 10;
    static final int U_CLEARANCE = 11;
    static final int U_REHABILITATION = 12;
    /** One uniform per known community (exponential race, {@link Offender#chooseCommunity}). */
    static final int U_COMMUNITY = 13;
    /** Return to the last successful burglary target? (boost; appended so the slots before keep their numbers) */
    static final int U_RETURN = U_COMMUNITY + Offender.MAX_KNOWN;
    /** Acceptance of the first building candidate ({@link PlaceRisk#choose}; appended, the slots before keep their numbers). */
    static final int U_ACCEPT = U_RETURN + 1;
    /** Is the target home's alarm armed? (appended, the slots before keep their numbers) */
    static final int U_ALARM = U_ACCEPT + 1;
    /** Does a gated compound's access control turn an outsider away? (human defence; appended) */
    static final int U_GATE = U_ALARM + 1;
    /** Does a guard in or next to the building stop the attempt? (human defence; appended) */
    static final int U_GUARD = U_GATE + 1;
    /**
     * The burglar's search for an empty home in the building: for the k-th further door, the
     * household at {@code U_DOOR + 2(k-1)} and its occupancy check at the next slot (appended,
     * the slots before keep their numbers).
     */
    static final int U_DOOR = U_GUARD + 1;
    /** Most further doors a burglar tries (the range of burglar_door_tries). */
    static final int MAX_DOOR_TRIES = 10;
    static final int SLOTS = U_DOOR + 2 * MAX_DOOR_TRIES;

    /**
     * Told of every committed crime, burn-in included (the GUI draws them; {@code commsafe
     * patterns} records them). Called only when a listener is set, with primitives only, so a
     * run without a listener allocates nothing.
     */
    public interface CrimeListener {
        void crime(int building, CrimeType type, boolean reported, boolean awarenessRelated);

        /**
         * The whole event: day and hour (since the start of the burn-in), target building and
         * household, type, reported?, awareness-related?, and the offender's id and home
         * community (-1 when no local offender committed it). The default passes the GUI's
         * fields on to {@link #crime(int, CrimeType, boolean, boolean)}.
         */
        default void event(int day, int hour, int building, int household, CrimeType type, boolean reported,
                           boolean awarenessRelated, int offender, int offenderHome) {
            crime(building, type, reported, awarenessRelated);
        }
    }

    private Parameters p;
    private final City city;
    private final Households households;
    private final Clock clock;
    private final Counters counters;
    private final Offender[] offenders;
    private final Officer[] officers;
    private final int[] officerOfBuilding;
    private final Guardianship guardians;
    private final Reporting reporting;
    private final CaseWork caseWork;
    private final Attitudes attitudes;
    private final Stream occurrence;
    private final Stream attemptStream;
    /** Offenders' street knowledge of places: building choice by attractiveness and learnt risk. */
    public final PlaceRisk placeRisk;
    /** Offenders' knowledge of when to offend: attempts move away from hours where attempts were stopped. */
    public final TimeRisk timeRisk;
    /** Spatial crimes committed in each building since the start (GUI). */
    public final int[] crimesInBuilding;
    /** Reported (recorded) spatial crimes in each building since the start: what the police see (hotspot cameras). */
    public final int[] recordedInBuilding;
    public CrimeListener listener;
    private final double[] u = new double[SLOTS];
    /** Gated compounds and property management per community (human defence; none until {@link #humanDefence} is set). */
    private boolean[] gated;
    private boolean[] managed;

    public Offending(Parameters p, City city, Households households, Clock clock, Counters counters,
                     Offender[] offenders, Officer[] officers, int[] officerOfBuilding, Guardianship guardians,
                     Reporting reporting, CaseWork caseWork, Attitudes attitudes, Stream occurrence,
                     Stream attemptStream, Stream attractiveness, Stream placeChoice) {
        this.p = p;
        this.city = city;
        this.households = households;
        this.clock = clock;
        this.counters = counters;
        this.offenders = offenders;
        this.officers = officers;
        this.officerOfBuilding = officerOfBuilding;
        this.guardians = guardians;
        this.reporting = reporting;
        this.caseWork = caseWork;
        this.attitudes = attitudes;
        this.occurrence = occurrence;
        this.attemptStream = attemptStream;
        this.crimesInBuilding = new int[city.buildings];
        this.recordedInBuilding = new int[city.buildings];
        this.timeRisk = new TimeRisk(p);
        this.placeRisk = new PlaceRisk(city, p, attractiveness(city, p.buildingAttractivenessSd(), attractiveness),
            placeChoice);
        this.gated = new boolean[city.communities];
        this.managed = new boolean[city.communities];
    }

    /** The communities' gates and property management (shared arrays, updated in place when levers change). */
    public void humanDefence(HumanDefence h) {
        gated = h.gated;
        managed = h.managed;
    }

    /** Lognormal attractiveness with mean 1 per building (Weisburd 2015: crime concentrates at few places). */
    static double[] attractiveness(City city, double sd, Stream s) {
        double[] w = new double[city.buildings];
        for (int b = 0; b < city.buildings; b++) {
            w[b] = StrictMath.exp(sd * s.at(b, 0).nextGaussian() - sd * sd / 2);
        }
        return w;
    }

    /**
     * One hour: every offender at large draws whether it attempts. The draw is positioned at
     * (offender, hour), so skipping offenders in prison shifts no other number.
     */
    public void hour() {
        // the daily rate spread over the week's hours by what offenders have learnt of each hour's risk
        double rate = p.attemptsPerOffenderPerDay() / 24.0 * timeRisk.multiplier(TimeRisk.hourOfWeek(clock.day, clock.hour));
        long now = clock.step;
        int day = clock.day;
        for (Offender o : offenders) {
            if (o.activeOn(day) && occurrence.at(o.key, now).nextDouble() < rate * o.motivation) {
                attempt(o);
            }
        }
    }

    /** One attempt by an offender (seed process 3). */
    void attempt(Offender o) {
        Stream s = attemptStream.at(o.key, clock.step);
        for (int k = 0; k < SLOTS; k++) {
            u[k] = s.nextDouble();
        }
        CrimeType type = u[U_TYPE] < p.burglaryShare() ? CrimeType.BURGLARY : CrimeType.VEHICLE_THEFT;
        // boost (Pease 1998; Everson & Pease 2001; Bernasco 2008): back, with a chance decaying since
        // its last successful burglary, to that home; no community or building choice
        int hh = type == CrimeType.BURGLARY
            && u[U_RETURN] < o.returnChance(clock.day, p.returnProbability(), p.returnMemoryDays()) ? o.knownTarget : -1;
        boolean returning = hh >= 0;
        int c;
        int b;
        if (returning) {
            b = city.householdBuilding[hh];
            c = city.buildingCommunity[b];
        } else {
            c = o.chooseCommunity(u, U_COMMUNITY, p.communityRiskAversion());
            b = placeRisk.choose(c, u[U_BUILDING], u[U_ACCEPT], o.key, clock.step);
            hh = city.hhStart[b] + (int) (u[U_HOUSEHOLD] * (city.hhStart[b + 1] - city.hhStart[b]));
        }
        o.lastBuilding = b;
        counters.add(c, Counters.SPATIAL_ATTEMPTS, 1);
        if (c != o.home) {
            counters.add(c, Counters.OUTSIDE_HOME_ATTEMPTS, 1);
        }
        counters.add(c, Counters.ATTEMPTED, 1);
        // a gated compound: access control at the gate turns away an offender who does not live there
        if (gated[c] && o.home != c && u[U_GATE] < p.gateDeterrence()) {
            if (households.has(hh, Households.TECH)) {
                counters.add(c, Counters.TECH_TARGETED, 1);
            }
            counters.add(c, Counters.DETERRED_GATE, 1);
            o.learnRisk(c, p.riskLearning());
            return; // a gate stands at every hour: nothing to learn about the hour
        }
        // the building's guardians first (officer, watch patrol, camera, guard), then the occupants
        int guardian = guardians.stoppedBy(b, false, u[U_OFFICER], u[U_WATCH], u[U_CAMERA], u[U_GUARD], u[U_OCCUPANT]);
        if (guardian == Guardianship.NONE && type == CrimeType.BURGLARY) {
            hh = doorSearch(b, hh, returning);
            if (hh < 0) {
                guardian = Guardianship.OCCUPANT;
                hh = -hh - 1; // the last door tried
            }
        }
        boolean tech = households.has(hh, Households.TECH);
        if (tech) {
            counters.add(c, Counters.TECH_TARGETED, 1);
        }
        if (guardian != Guardianship.NONE) {
            counters.add(c, Guardianship.counter(guardian), 1);
            o.learnRisk(c, p.riskLearning());
            timeRisk.learn(TimeRisk.hourOfWeek(clock.day, clock.hour));
            if (guardian != Guardianship.OCCUPANT) {
                placeRisk.learn(b); // officers, watch patrols and cameras are learnt alike
            }
            return;
        }
        double aw = households.awareness(hh, clock.day);
        double lapseProb = lapseProbability(type); // with no self-protection at all
        boolean lapse = u[U_LAPSE] < lapseProb * (1 - aw);
        // the household's technical defence: an armed alarm against burglary, vehicle security against theft
        double techFactor = techFactor(type, tech, u[U_ALARM]);
        // property management keeps the common parts' doors, locks and lighting in repair: forced entries only
        double pmFactor = managed[c] ? 1 - p.propertyManagementLockEffect() : 1;
        boolean success = succeeds(type, hh, lapse, u[U_SUCCESS], techFactor, pmFactor);
        if (success) {
            // attributable: with the same luck, a careful household (no lapse) would have escaped
            boolean attributable = lapse && !succeeds(type, hh, false, u[U_SUCCESS], techFactor, pmFactor);
            commit(o, type, hh, c, b, lapse, attributable, tech);
            return;
        }
        if (u[U_LAPSE] < lapseProb && succeeds(type, hh, true, u[U_SUCCESS], techFactor, pmFactor)) {
            counters.add(c, Counters.PREVENTED_AWARENESS, 1);
        }
        if (pmFactor < 1 && type == CrimeType.BURGLARY && !lapse && succeeds(type, hh, false, u[U_SUCCESS], techFactor, 1)) {
            counters.add(c, Counters.PREVENTED_PROPERTY_MANAGEMENT, 1);
        }
        if (techFactor < 1 && succeeds(type, hh, lapse, u[U_SUCCESS], 1, pmFactor)) {
            counters.add(c, type == CrimeType.VEHICLE_THEFT ? Counters.PREVENTED_TECH_VEHICLE
                : lapse ? Counters.PREVENTED_TECH_WALK_IN : Counters.PREVENTED_TECH_FORCED, 1);
        }
    }

    /**
     * The burglar at the door of household {@code hh} in building b checks for occupants
     * (Wright & Decker 1994: knocking, ringing; Nee & Meenaghan 2006: occupancy is the main cue).
     * Awake occupants stop the attempt with {@code occupant_deterrence}, sleeping ones with
     * {@code occupant_deterrence_asleep} (they are not noticed beforehand: they wake). A burglar
     * put off by awake occupants tries up to {@code burglar_door_tries} further doors of the
     * building, each a random household with its own check; one returning to a known target
     * does not. Returns the household entered, or -(h + 1) when the occupants of household h, the
     * last door tried, stopped the attempt.
     */
    private int doorSearch(int b, int hh, boolean returning) {
        boolean asleep = Guardianship.asleep(clock.hour, p.bedtimeHour(), p.wakeHour());
        double deterrence = asleep ? p.occupantDeterrenceAsleep() : p.occupantDeterrence();
        int tries = returning || asleep ? 0 : Math.min(p.burglarDoorTries(), MAX_DOOR_TRIES);
        int first = city.hhStart[b];
        int size = city.hhStart[b + 1] - first;
        for (int t = 0; ; t++) {
            if (!households.atHome(hh, clock.day, clock.hour)) {
                return hh;
            }
            double check = t == 0 ? u[U_OCCUPANT] : u[U_DOOR + 2 * (t - 1) + 1];
            if (check >= deterrence) {
                return hh; // occupied, and the occupants did not stop it
            }
            if (t == tries) {
                return -hh - 1;
            }
            hh = first + (int) (u[U_DOOR + 2 * t] * size);
        }
    }

    /**
     * Multiplier of success from the target household's technical defence: 1 - tech_defence_effect
     * against a burglary when the alarm is armed (uniform {@code uAlarm} below tech_alarm_armed_share),
     * 1 - tech_vehicle_effect against a vehicle theft; 1 without technical defence.
     */
    private double techFactor(CrimeType type, boolean tech, double uAlarm) {
        if (!tech) {
            return 1;
        }
        return switch (type) {
            case BURGLARY -> uAlarm < p.techAlarmArmedShare() ? 1 - p.techDefenceEffect() : 1;
            case VEHICLE_THEFT -> 1 - p.techVehicleEffect();
            case FRAUD -> throw new IllegalStateException("fraud is remote (RemoteFraud)");
        };
    }

    /** Chance of a lapse of self-protection for a household with awareness 0. */
    private double lapseProbability(CrimeType type) {
        return switch (type) {
            case BURGLARY -> p.unlockedDoorProbability();
            case VEHICLE_THEFT -> p.carelessParkingProbability();
            case FRAUD -> throw new IllegalStateException("fraud is remote (RemoteFraud)");
        };
    }

    /**
     * Success with the given lapse, success uniform, technical-defence factor and property-management
     * factor: a walk-in succeeds unless an armed alarm stops it; a forced entry faces physical
     * defence, the common parts' upkeep (property management) and technical defence; a careless
     * or secured vehicle faces the household's vehicle security.
     */
    private boolean succeeds(CrimeType type, int hh, boolean lapse, double uSuccess, double techFactor, double pmFactor) {
        return switch (type) {
            case BURGLARY -> uSuccess < (lapse ? 1 : p.forcedEntrySuccess()
                * (households.has(hh, Households.PHYSICAL) ? 1 - p.physicalDefenceEffect() : 1) * pmFactor) * techFactor;
            case VEHICLE_THEFT -> uSuccess < (lapse ? p.carelessVehicleTheftSuccess() : p.securedVehicleTheftSuccess()) * techFactor;
            case FRAUD -> throw new IllegalStateException("fraud is remote (RemoteFraud)");
        };
    }

    private void commit(Offender o, CrimeType type, int hh, int c, int b, boolean awarenessRelated, boolean attributable,
                        boolean tech) {
        counters.add(c, Counters.COMMITTED, 1);
        counters.add(c, switch (type) {
            case BURGLARY -> Counters.BURGLARIES;
            case VEHICLE_THEFT -> Counters.VEHICLE_THEFTS;
            case FRAUD -> Counters.FRAUDS;
        }, 1);
        if (awarenessRelated) {
            counters.add(c, Counters.AWARENESS_RELATED, 1);
        }
        if (attributable) {
            counters.add(c, Counters.AWARENESS_ATTRIBUTABLE, 1);
        }
        o.learnSuccess(c, p.successLearning(), p.successCap());
        if (type == CrimeType.BURGLARY) {
            o.rememberTarget(hh, clock.day);
        }
        crimesInBuilding[b]++;
        households.victimisations[hh]++;
        households.lastVictimDay[hh] = clock.day;
        boolean reported = reporting.reports(type, households.trust(hh, clock.day), c, awarenessRelated, u[U_REPORT]);
        if (listener != null) {
            listener.event(clock.day, clock.hour, b, hh, type, reported, awarenessRelated, o.id, o.home);
        }
        if (reported) {
            counters.add(c, Counters.REPORTED, 1);
            recordedInBuilding[b]++; // a reported burglary or vehicle theft: what the police can map
            counters.add(c, switch (type) {
                case BURGLARY -> Counters.REPORTED_BURGLARY;
                case VEHICLE_THEFT -> Counters.REPORTED_VEHICLE_THEFT;
                case FRAUD -> Counters.REPORTED_FRAUD;
            }, 1);
            if (awarenessRelated) {
                counters.add(c, Counters.AWARENESS_RELATED_REPORTED, 1);
            }
            // a burglary at a home with technical defence: its door camera recorded the burglar
            caseWork.open(officers[officerOfBuilding[b]], type, hh, o.id, c, guardians.cameraCovers[b], tech, u[U_CLEARANCE],
                u[U_REHABILITATION]);
        }
        attitudes.afterVictimisation(hh, b);
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
        placeRisk.use(p);
        timeRisk.use(p);
    }
}
