package org.commsafe.model;

import org.commsafe.random.Stream;

/**
 * All households as parallel arrays (struct of arrays): about 40 bytes each, no objects.
 *
 * <p>Awareness and trust decay towards each household's own baseline at a common daily rate.
 * Rather than touching every household every day, each keeps its level as of the day it was
 * last changed ({@link #attitudeDay}); the current level is {@code base + excess * r^(days)}.
 * A household nothing happens to costs nothing. Per-community sums of the excesses decay by
 * the same factor once a day, so community means stay O(1) per day.
 */
public final class Households {
    public static final byte WORKER = 1;      // home empty on weekdays 08-18 (routine absences on top: atHome)
    public static final byte FLOATING = 2;    // floating population
    public static final byte RENTAL = 4;      // lives in a rented dwelling
    public static final byte PHYSICAL = 8;    // physical defence (security door, bars)
    public static final byte TECH = 16;       // technical defence (alarm and door camera; vehicle immobiliser or tracker)
    public static final byte REGISTERED = 32; // known to the residents' committee and the police (settled households always; set by Population)
    /** Households whose occupants change: rentals and the floating population. */
    public static final byte MOBILE = RENTAL | FLOATING;

    public final int n;
    public final byte[] flags;
    public final float[] awarenessBase;
    public final float[] awarenessExcess;   // at attitudeDay
    public final float[] trustBase;
    public final float[] trustExcess;       // at attitudeDay
    public final int[] attitudeDay;
    public final float[] belonging;
    public final float[] willingnessToPay;
    /** Each occupant's own belonging and willingness to pay, drawn when it moved in; the current values move around them monthly. */
    public final float[] belongingBase;
    public final float[] willingnessToPayBase;
    public final int[] lastSeenDay;         // last day the household saw its officer
    public final int[] lastVictimDay;
    public final short[] victimisations;

    /** decay[d] = (1 - attitudeDecay)^d. */
    private final double[] decay;

    /**
     * Routine absences (evenings out, weekend days out, days away) are a pure function of
     * (household, day): a hash of both with this salt, drawn from the city stream at build, is
     * compared with fixed-point thresholds. Nothing is stored per household, any caller at any
     * time sees the same answer, and no lever shifts it (common random numbers).
     */
    private final long routineSalt;
    private static final int FIELD_BITS = 21;
    private static final long FIELD = (1L << FIELD_BITS) - 1;
    private final long awayThreshold;
    private final long eveningThreshold;
    private final long weekendThreshold;

    /**
     * Draws every household from the "households" stream positioned at the household, in a
     * fixed order, so household i is the same in every scenario of the same city shape.
     * Technical defence is set later by the adoption process (at its equilibrium).
     *
     * @param initialSeenSpread initial days since sighting are uniform on 1 .. this
     */
    public Households(int n, Parameters p, int maxDays, int initialSeenSpread, Stream rng) {
        this(n, null, p, maxDays, initialSeenSpread, rng);
    }

    /**
     * Households of a city: the floating and rental shares are those of each household's
     * community (a district sets them per community), drawn with the same numbers as above.
     */
    public Households(City city, Parameters p, int maxDays, int initialSeenSpread, Stream rng) {
        this(city.households, city, p, maxDays, initialSeenSpread, rng);
    }

    private Households(int n, City city, Parameters p, int maxDays, int initialSeenSpread, Stream rng) {
        this.n = n;
        flags = new byte[n];
        awarenessBase = new float[n];
        awarenessExcess = new float[n];
        trustBase = new float[n];
        trustExcess = new float[n];
        attitudeDay = new int[n];
        belonging = new float[n];
        willingnessToPay = new float[n];
        belongingBase = new float[n];
        willingnessToPayBase = new float[n];
        lastSeenDay = new int[n];
        lastVictimDay = new int[n];
        victimisations = new short[n];
        decay = new double[maxDays + 2];
        double r = 1 - p.attitudeDecay();
        decay[0] = 1;
        for (int d = 1; d < decay.length; d++) {
            decay[d] = decay[d - 1] * r;
        }
        for (int i = 0; i < n; i++) {
            rng.at(i, 0);
            byte f = 0;
            if (rng.nextDouble() < p.daytimeWorkerShare()) {
                f |= WORKER;
            }
            int c = city == null ? -1 : city.communityOfHousehold(i);
            if (rng.nextDouble() < (c < 0 ? p.floatingShare() : city.floatingShare[c])) {
                f |= FLOATING;
            }
            if (rng.nextDouble() < (c < 0 ? p.rentalShare() : city.rentalShare[c])) {
                f |= RENTAL;
            }
            if (rng.nextDouble() < p.physicalDefenceShare()) {
                f |= PHYSICAL;
            }
            flags[i] = f;
            // renters and newcomers are less attached to the place (seed 'also': rentals)
            double belong = p.belongingMean() * ((f & (RENTAL | FLOATING)) != 0 ? p.belongingMobileFactor() : p.belongingSettledFactor());
            awarenessBase[i] = (float) clamp01(p.awarenessMean() + p.awarenessSd() * rng.nextGaussian());
            trustBase[i] = (float) clamp01(p.trustMean() + p.trustSd() * rng.nextGaussian());
            belonging[i] = (float) clamp01(belong + p.belongingSd() * rng.nextGaussian());
            willingnessToPay[i] = (float) clamp01(p.willingnessToPayMean() + p.willingnessToPaySd() * rng.nextGaussian());
            belongingBase[i] = belonging[i];
            willingnessToPayBase[i] = willingnessToPay[i];
            lastSeenDay[i] = -1 - rng.nextInt(initialSeenSpread);
            lastVictimDay[i] = Integer.MIN_VALUE / 2;
        }
        routineSalt = rng.at(n, 1).nextLong();
        awayThreshold = threshold(p.nightAwayProbability());
        eveningThreshold = threshold(p.eveningOutProbability());
        weekendThreshold = threshold(p.weekendOutProbability());
    }

    private static long threshold(double probability) {
        return Math.round(clamp01(probability) * (FIELD + 1));
    }

    public static double clamp01(double x) {
        return x < 0 ? 0 : (x > 1 ? 1 : x);
    }

    public double decayFactor(int days) {
        return decay[Math.min(days, decay.length - 1)];
    }

    public boolean has(int i, byte flag) {
        return (flags[i] & flag) != 0;
    }

    /**
     * Is anyone at home in household i at this hour of this day (days since the start of the
     * burn-in; days 0-4 of each week are weekdays)? Daytime workers' homes are empty on weekdays
     * 08-18; on top of that, routine activities empty a home for a whole day (away, with
     * {@code night_away_probability}), for the evening 18-22 ({@code evening_out_probability})
     * or for a weekend day 09-18 ({@code weekend_out_probability}), each drawn per household and
     * day (Cohen & Felson 1979: guardianship follows routine activities).
     */
    public boolean atHome(int i, int day, int hour) {
        boolean weekday = day % 7 < 5;
        if (weekday && hour >= 8 && hour < 18 && (flags[i] & WORKER) != 0) {
            return false;
        }
        boolean evening = hour >= 18 && hour < 22;
        boolean weekendDay = !weekday && hour >= 9 && hour < 18;
        if (awayThreshold == 0 && !evening && !weekendDay) {
            return true;
        }
        long z = Stream.mix(routineSalt + i * 0x9E3779B97F4A7C15L + day * 0xD1B54A32D192ED03L);
        if ((z & FIELD) < awayThreshold) {
            return false;
        }
        if (evening && ((z >>> FIELD_BITS) & FIELD) < eveningThreshold) {
            return false;
        }
        return !(weekendDay && ((z >>> (2 * FIELD_BITS)) & FIELD) < weekendThreshold);
    }

    public double awareness(int i, int day) {
        return awarenessBase[i] + awarenessExcess[i] * decayFactor(day - attitudeDay[i]);
    }

    public double trust(int i, int day) {
        return trustBase[i] + trustExcess[i] * decayFactor(day - attitudeDay[i]);
    }

    /**
     * Brings household i's stored attitudes to {@code day}, then moves awareness towards 1 by
     * share {@code awarenessGain} and trust by {@code trustDelta} (clamped to [0,1]).
     * Returns the change of (awareness excess, trust excess) for the caller's running sums,
     * packed as awareness change in [0] and trust change in [1] of {@code delta}.
     */
    public void adjust(int i, int day, double awarenessGain, double trustDelta, double[] delta) {
        double f = decayFactor(day - attitudeDay[i]);
        double aEx = awarenessExcess[i] * f;
        double tEx = trustExcess[i] * f;
        double a = awarenessBase[i] + aEx;
        double a2 = a + awarenessGain * (1 - a);
        double t = trustBase[i] + tEx;
        double t2 = clamp01(t + trustDelta);
        float newA = (float) (a2 - awarenessBase[i]);
        float newT = (float) (t2 - trustBase[i]);
        // the running sums track the stored floats exactly as they will be decayed
        delta[0] = newA - aEx;
        delta[1] = newT - tEx;
        awarenessExcess[i] = newA;
        trustExcess[i] = newT;
        attitudeDay[i] = day;
    }

    /**
     * A new tenant moves into dwelling i on {@code day}: its awareness is {@code awarenessFactor}
     * x the dwelling's baseline (the shortfall fades at the attitude decay like any excess), its
     * trust the baseline. Returns the changes of the excesses in {@code delta} as {@link #adjust}.
     */
    public void newTenant(int i, int day, double awarenessFactor, double[] delta) {
        double f = decayFactor(day - attitudeDay[i]);
        float newA = (float) (awarenessBase[i] * (awarenessFactor - 1));
        delta[0] = newA - awarenessExcess[i] * f;
        delta[1] = -trustExcess[i] * f;
        awarenessExcess[i] = newA;
        trustExcess[i] = 0;
        attitudeDay[i] = day;
    }
}
