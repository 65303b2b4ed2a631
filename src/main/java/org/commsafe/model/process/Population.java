package org.commsafe.model.process;

import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.Offender;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Offender and floating population (ODD submodel "population"). The offender population is
 * open: the offender array is a fixed set of <em>slots</em>, local and floating, each holding
 * one offender life at a time. A life enters (onset of a local resident, or a floating newcomer
 * who offends), lives until desistance or, if floating, until it moves away, and the slot stays
 * empty for a gap before the next life. Entry and exit days are drawn from the city-like lives
 * stream positioned at (slot key, generation), exit by the life's own uniforms (never by the events
 * of its career), so no policy lever moves who is in the city when: common random numbers pair
 * runs. Slot gaps are set so that the inflow equals the parameters' rates (see
 * {@link #reentryRate}); a slot is occupied with the equilibrium probability at the start and
 * all durations are exponential, so the stock starts at its stationary distribution.
 *
 * <p>Also: releases from prison (with or
 * without rehabilitation, decided with the crime that led to the sentence, which sets the
 * released offender's motivation), daily fading of what
 * offenders learnt, and the monthly stock of unregistered floating households that decides
 * whether floating offenders are registered (seed 'also': outsiders go unmonitored).
 */
public final class Population implements Process {
    private Parameters p;
    private final Clock clock;
    private final Offender[] offenders;
    private final CadreTeam[] cadres;
    private final Stream registration;
    private final Stream tenancy;
    private final Households households;
    /** Null in unit tests without attitudes: a new tenant's attitudes are then set without community sums. */
    private final Attitudes attitudes;
    /** Unregistered households per community (rentals and floating households not known to the committee). */
    private final int[] unregistered;
    private final double[] registrationRate;
    private final double[] tenantDelta = new double[2];
    private final City city;
    /** Null when the life cycle is off (unit tests with a fixed set of offenders). */
    private final Counters counters;
    private final Stream lives;
    private final int localSlots;
    private final int floatingSlots;

    /** Slots per equilibrium offender: the occupancy is about one half, so the inflow can double before slots run out. */
    public static final double SLOT_HEADROOM = 2;
    /** Occupancy the slots never exceed (a live lever asking for more is capped: the inflow falls short). */
    static final double MAX_OCCUPANCY = 0.9;

    /** A population without a life cycle: the offenders stay (unit tests). */
    public Population(Parameters p, Clock clock, Households h, City city,
                      Offender[] offenders, CadreTeam[] cadres, Stream registration) {
        this(p, clock, h, city, offenders, cadres, registration, new Stream(0, "population.tenancy"), null, null, null, 0);
    }

    public Population(Parameters p, Clock clock, Households h, City city, Offender[] offenders, CadreTeam[] cadres,
                      Stream registration, Stream tenancy, Attitudes attitudes, Counters counters, Stream lives, int localSlots) {
        this.p = p;
        this.city = city;
        this.counters = counters;
        this.lives = lives;
        this.localSlots = localSlots;
        this.floatingSlots = offenders.length - localSlots;
        this.clock = clock;
        this.offenders = offenders;
        this.cadres = cadres;
        this.registration = registration;
        this.tenancy = tenancy;
        this.households = h;
        this.attitudes = attitudes;
        int nC = city.communities;
        unregistered = new int[nC];
        registrationRate = new double[nC];
        // registration starts at the stationary share of each community's mobile households (city stream at (household, 0))
        double[][] start = initialUnregisteredShares(p, city, h);
        for (int i = 0; i < h.n; i++) {
            int c = city.communityOfHousehold(i);
            if (!h.has(i, Households.MOBILE)) {
                h.flags[i] |= Households.REGISTERED;
            } else if (tenancy.at(i, 0).nextDouble() >= start[h.has(i, Households.FLOATING) ? 0 : 1][c]) {
                h.flags[i] |= Households.REGISTERED;
            } else {
                unregistered[c]++;
            }
        }
        for (CadreTeam t : cadres) {
            t.unregisteredHouseholds = unregistered[t.community];
        }
    }

    /** Monthly chance that a mobile household of this kind gets a new tenant. */
    static double turnover(Parameters p, boolean floating) {
        return floating ? p.floatingTurnover() : p.tenantTurnover();
    }

    /**
     * Stationary share of unregistered households among the floating ([0]) and the settled
     * rental ([1]) households of each community: with turnover T, newcomer miss rate m, the
     * monthly chance r = min(1, R / U) that the cadres register an unregistered household (R
     * their expected registrations a month, U the unregistered stock) and q that shared records
     * do, a household is unregistered with x = T m / (1 - (1 - T)(1 - r)(1 - q)); U and r are
     * solved together by fixed-point iteration.
     */
    static double[][] initialUnregisteredShares(Parameters p, City city, Households h) {
        int nC = city.communities;
        double[] nF = new double[nC];
        double[] nFR = new double[nC]; // floating households that rent (the landlord lever reaches them)
        double[] nR = new double[nC];
        for (int i = 0; i < h.n; i++) {
            if (h.has(i, Households.FLOATING)) {
                nF[city.communityOfHousehold(i)]++;
                if (h.has(i, Households.RENTAL)) {
                    nFR[city.communityOfHousehold(i)]++;
                }
            } else if (h.has(i, Households.RENTAL)) {
                nR[city.communityOfHousehold(i)]++;
            }
        }
        double mRental = Offender.newcomerMissRate(p, true);
        double mOwner = Offender.newcomerMissRate(p, false);
        double q = Offender.sharedRecordsChance(p);
        double capacity = CadreTeam.expectedMonthlyRegistrationCapacity(p);
        double[][] x = new double[2][nC];
        for (int c = 0; c < nC; c++) {
            double rentFrac = nF[c] > 0 ? nFR[c] / nF[c] : 0;
            double mf = rentFrac * mRental + (1 - rentFrac) * mOwner;
            double u = nF[c] * mf + nR[c] * mRental;
            double xf = mf;
            double xr = mRental;
            for (int it = 0; it < 200; it++) {
                double r = u <= 0 ? 1 : Math.min(1, capacity / u);
                xf = stationaryUnregistered(turnover(p, true), mf, r, q);
                xr = stationaryUnregistered(turnover(p, false), mRental, r, q);
                u = 0.5 * u + 0.5 * (nF[c] * xf + nR[c] * xr);
            }
            x[0][c] = xf;
            x[1][c] = xr;
        }
        return x;
    }

    static double stationaryUnregistered(double t, double m, double r, double q) {
        double d = 1 - (1 - t) * (1 - r) * (1 - q);
        return d <= 1e-12 ? m : t * m / d;
    }

    /** Slots for an equilibrium stock: twice the stock, at least two. */
    public static int slotsFor(double equilibriumStock) {
        return (int) Math.ceil(SLOT_HEADROOM * equilibriumStock) + 2;
    }

    /**
     * The offender slots of a city, local ones first: each starts occupied with the equilibrium
     * occupancy, its life or its gap drawn from {@code lives} at (slot key, 0) (local slot k:
     * key k; floating slot k: key 2^20 + k, so a change in the number of local slots does not
     * renumber floating offenders). A life present at the start is inside on a sentence with
     * the stationary share {@link #initialInsideShare}, its remaining sentence uniform on 1 ..
     * incarceration_days and its rehabilitation decision drawn, from the same stream after the
     * life's own draws.
     */
    public static Offender[] slots(Parameters p, City city, Stream lives) {
        int nLocal = slotsFor(Offender.localEquilibrium(p, city));
        int nFloating = slotsFor(Offender.floatingEquilibrium(p, city));
        Offender[] all = new Offender[nLocal + nFloating];
        for (int k = 0; k < all.length; k++) {
            boolean floating = k >= nLocal;
            Offender o = new Offender(k, floating, floating ? Offender.FLOATING_KEY + (k - nLocal) : k);
            all[k] = o;
            double occupancy = occupancy(p, city, floating, floating ? nFloating : nLocal);
            Stream s = lives.at(o.key, 0);
            double uGap = s.nextDouble();
            if (s.nextDouble() < occupancy) {
                startLife(o, p, city, s, 0, true);
                // appended draws (the life's draws before keep their positions): inside at the start?
                double uInside = s.nextDouble();
                double uRemaining = s.nextDouble();
                double uRehabilitation = s.nextDouble();
                if (uInside < initialInsideShare(p)) {
                    o.incarceratedUntil = 1 + (int) (uRemaining * p.incarcerationDays());
                    o.rehabilitationDraw = uRehabilitation;
                }
            } else {
                o.entryDay = after(0, uGap, reentryRate(p, city, floating, floating ? nFloating : nLocal));
            }
        }
        return all;
    }

    /**
     * Sentences per offender-day at large per unit of {@code attempts_per_offender_per_day} x
     * {@code clearance_probability} (the clearance chance of a finished case is proportional to
     * it): 0.0533, measured on the calibrated baseline (8 replications, 365 observed days: 31.4
     * offenders inside on sentences of 180 days, so 0.174 sentences a day, over 55.4 at
     * large, over the attempt rate 0.2 and the clearance probability 0.3). Used only to start the incarcerated stock near its
     * stationary level ({@link #initialInsideShare}); the stock then relaxes to the model's own
     * level within one sentence length, so the constant goes stale only as a small transient.
     */
    static final double SENTENCES_PER_ATTEMPT_RATE = 0.0533;

    /**
     * Share of the offenders present at the start who are inside on a sentence: with sentences
     * at rate r per day at large and length D, an offender alternates between a mean 1 / r days
     * at large and D days inside, so the stationary share inside is r D / (1 + r D), with
     * r = {@link #SENTENCES_PER_ATTEMPT_RATE} x attempts_per_offender_per_day x
     * clearance_probability (a lever that
     * changes the chance of a sentence per attempt starts off by that change and relaxes). Short
     * enforcement detentions (about ten days) are left to settle by themselves. At the default
     * 180 days: 0.0533 x 0.2 x 0.3 x 180 = 0.58, share 0.37; with no clearance, nobody.
     */
    public static double initialInsideShare(Parameters p) {
        if (p.incarcerationDays() <= 0) {
            return 0;
        }
        double rd = SENTENCES_PER_ATTEMPT_RATE * p.attemptsPerOffenderPerDay() * p.clearanceProbability() * p.incarcerationDays();
        return rd / (1 + rd);
    }

    /** Equilibrium occupancy of one slot kind: stock / slots, capped. */
    static double occupancy(Parameters p, City city, boolean floating, int slots) {
        double stock = floating ? Offender.floatingEquilibrium(p, city) : Offender.localEquilibrium(p, city);
        return slots == 0 ? 0 : Math.min(MAX_OCCUPANCY, stock / slots);
    }

    /** Yearly hazard that a life ends: desistance, plus moving away for floating offenders. */
    static double exitRate(Parameters p, boolean floating) {
        return p.offenderDesistanceRate() + (floating ? Offender.floatingLeaveRate(p) : 0);
    }

    /**
     * Yearly rate at which an empty slot fills: with occupancy q and exit hazard mu, gaps of mean
     * (1 - q) / (q mu) make a slot occupied a share q of the time, so the inflow is
     * slots x q x mu = stock x mu = the parameters' entries a year.
     */
    static double reentryRate(Parameters p, City city, boolean floating, int slots) {
        double q = occupancy(p, city, floating, slots);
        return q <= 0 ? 0 : exitRate(p, floating) * q / (1 - q);
    }

    /** The day after {@code from} when an exponential duration with this yearly rate ends (uniform u), or never. */
    static int after(int from, double u, double ratePerYear) {
        if (ratePerYear <= 0) {
            return Integer.MAX_VALUE;
        }
        double days = Math.ceil(-StrictMath.log(1 - u) / ratePerYear * 365);
        return (int) Math.min(Integer.MAX_VALUE, from + Math.max(1, days));
    }

    /** A life begins on {@code day}: its exit (own uniforms, memoryless) and its traits. */
    private static void startLife(Offender o, Parameters p, City city, Stream s, int day, boolean inCityAtStart) {
        double uDesist = s.nextDouble();
        double uLeave = s.nextDouble();
        int desist = after(day, uDesist, p.offenderDesistanceRate());
        int leave = o.floating ? after(day, uLeave, Offender.floatingLeaveRate(p)) : Integer.MAX_VALUE;
        o.begin(city, p, s, inCityAtStart);
        o.present = true;
        o.entryDay = day;
        o.exitDay = Math.min(desist, leave);
        o.leaves = leave < desist;
    }

    /**
     * Morning: lives that end today leave (desistance or moving away) and their slot's next gap
     * is drawn; lives that enter today begin; offenders whose sentence or detention ends today
     * are released; every offender's memory fades.
     */
    public void beginDay() {
        int day = clock.day;
        if (lives != null) {
            for (Offender o : offenders) {
                lifeCycle(o, day);
            }
        }
        for (Offender o : offenders) {
            if (!o.present) {
                continue;
            }
            if (o.incarceratedUntil == day) {
                o.release(p, o.rehabilitationDraw);
            }
            o.forget(p.riskDecay(), p.successDecay());
        }
    }

    private void lifeCycle(Offender o, int day) {
        int slots = o.floating ? floatingSlots : localSlots;
        if (o.present && day >= o.exitDay) {
            o.present = false;
            counters.add(o.home, o.leaves ? Counters.OFFENDERS_LEFT : Counters.OFFENDERS_DESISTED, 1);
            o.generation++;
            o.entryDay = after(day, lives.at(o.key, o.generation).nextDouble(), reentryRate(p, city, o.floating, slots));
        }
        if (!o.present && day >= o.entryDay) {
            Stream s = lives.at(o.key, o.generation);
            s.nextDouble(); // the gap's uniform, used when the slot emptied
            s.nextDouble(); // the occupancy uniform of generation 0
            startLife(o, p, city, s, day, false);
            counters.add(o.home, Counters.OFFENDERS_ENTERED, 1);
        }
    }

    /**
     * Monthly, for every rental and floating household (positioned at (household, month + 1) of
     * the tenancy stream): an unregistered one is registered by the cadres' pass (chance r, the
     * month's cadre registrations over the community's unregistered stock) or through records
     * shared by other departments (info_sharing x info_sharing_coverage); then the dwelling gets a
     * new tenant with its turnover (floating_turnover, tenant_turnover): the newcomer is
     * registered unless missed (registration_miss_rate, unless the landlord registers it or shared
     * records show it), has less awareness (newcomer_awareness_factor), baseline trust and its own
     * belonging and willingness to pay. An unregistered floating offender is registered with the
     * same monthly chance as the unregistered households of its community; registration stays.
     */
    public void month() {
        int m = clock.month();
        double q = Offender.sharedRecordsChance(p);
        double missRental = Offender.newcomerMissRate(p, true);
        double missOwner = Offender.newcomerMissRate(p, false);
        for (int c = 0; c < unregistered.length; c++) {
            CadreTeam t = cadres.length > c ? cadres[c] : null;
            double done = t == null ? 0 : t.registrationsThisMonth;
            double capacity = t == null ? 0 : t.registrationCapacityThisMonth;
            registrationRate[c] = unregistered[c] > 0 ? Math.min(1, done / unregistered[c]) : (capacity > 0 ? 1 : 0);
            registrationRate[c] = 1 - (1 - registrationRate[c]) * (1 - q);
            unregistered[c] = 0;
        }
        Households h = households;
        for (int i = 0; i < h.n; i++) {
            byte f = h.flags[i];
            if ((f & Households.MOBILE) == 0) {
                continue;
            }
            int c = city.communityOfHousehold(i);
            Stream s = tenancy.at(i, m + 1);
            double uRegister = s.nextDouble();
            double uMove = s.nextDouble();
            double uNewcomer = s.nextDouble();
            boolean registered = (f & Households.REGISTERED) != 0 || uRegister < registrationRate[c];
            if (uMove < turnover(p, (f & Households.FLOATING) != 0)) {
                registered = uNewcomer >= ((f & Households.RENTAL) != 0 ? missRental : missOwner);
                newTenant(i, s);
                if (counters != null) {
                    counters.add(c, Counters.NEW_TENANTS, 1);
                }
            }
            h.flags[i] = (byte) (registered ? f | Households.REGISTERED : f & ~Households.REGISTERED);
            if (!registered) {
                unregistered[c]++;
            }
        }
        for (CadreTeam t : cadres) {
            t.registrationsThisMonth = 0;
            t.registrationCapacityThisMonth = 0;
            t.unregisteredHouseholds = unregistered[t.community];
        }
        for (Offender o : offenders) {
            if (o.floating && o.present && !o.registered) {
                o.registered = registration.at(o.key, m).nextDouble() < registrationRate[o.home];
            }
        }
    }

    /** A new tenant in dwelling i: attitudes of a newcomer, its own belonging and willingness to pay (from {@code s}). */
    private void newTenant(int i, Stream s) {
        // the newcomer has not been burgled here (the dwelling's count of victimisations stays: repeats are by address)
        households.lastVictimDay[i] = Integer.MIN_VALUE / 2;
        if (attitudes != null) {
            attitudes.newTenant(i);
        } else {
            households.newTenant(i, clock.day, p.newcomerAwarenessFactor(), tenantDelta);
        }
        double belong = p.belongingMean() * p.belongingMobileFactor();
        households.belonging[i] = (float) Households.clamp01(belong + p.belongingSd() * s.nextGaussian());
        households.willingnessToPay[i] = (float) Households.clamp01(p.willingnessToPayMean() + p.willingnessToPaySd() * s.nextGaussian());
        households.belongingBase[i] = households.belonging[i];
        households.willingnessToPayBase[i] = households.willingnessToPay[i];
    }

    /** Unregistered households of community c. */
    public int unregistered(int c) {
        return unregistered[c];
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
