package org.commsafe.model.process;

import org.commsafe.model.Parameters;

/**
 * Offenders' knowledge of when to offend (ODD submodel "offending", timing): one shared perceived
 * risk per hour of the week, learnt like the risk of places ({@link PlaceRisk}). An attempt stopped
 * by any guardian in hour h of the week (an officer on shift, an evening watch patrol, a camera,
 * occupants at home) raises that hour's risk by {@code time_risk_learning} of its gap to 1; risks
 * decay each day at {@code risk_decay}. An offender's attempt rate in hour h is its daily rate x
 * 1 / (1 + {@code time_risk_aversion} x risk[h]), renormalised so that the mean over the week's 168
 * hours is 1: offenders move their attempts between hours (temporal displacement; rational choice,
 * Cornish & Clarke 1986; burglars time their work to when homes are empty, Rengert & Wasilchick
 * 1985) but the total set by {@code attempts_per_offender_per_day} is unchanged.
 *
 * <p>With no risk learnt the profile is flat (the no-information assumption of earlier versions).
 * The hot path reads one array element and one cached sum; nothing is allocated.
 */
public final class TimeRisk implements Process {
    public static final int HOURS_PER_WEEK = 168;

    private Parameters p;
    /** Perceived risk of each hour of the week (day of week x 24 + hour), 0-1. */
    public final double[] risk = new double[HOURS_PER_WEEK];
    /** Sum over the week of 1 / (1 + aversion x risk), kept up to date. */
    private double weightSum = HOURS_PER_WEEK;
    private boolean anyRisk;

    public TimeRisk(Parameters p) {
        this.p = p;
    }

    /** Hour of the week of a day (since the start) and hour of day. */
    public static int hourOfWeek(int day, int hour) {
        return (day % 7) * 24 + hour;
    }

    /** An attempt in this hour of the week was stopped by a guardian. */
    public void learn(int hourOfWeek) {
        double gain = p.timeRiskLearning();
        if (gain <= 0) {
            return;
        }
        double before = weight(hourOfWeek);
        risk[hourOfWeek] += gain * (1 - risk[hourOfWeek]);
        weightSum += weight(hourOfWeek) - before;
        anyRisk = true;
    }

    /** Once a day: perceived risks fade (and the sum is recomputed, so rounding does not drift). */
    public void decayDay() {
        if (!anyRisk) {
            return;
        }
        double r = 1 - p.riskDecay();
        double sum = 0;
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            risk[h] *= r;
            sum += weight(h);
        }
        weightSum = sum;
    }

    /** The attempt-rate multiplier of this hour of the week (mean 1 over the week). */
    public double multiplier(int hourOfWeek) {
        return weight(hourOfWeek) * HOURS_PER_WEEK / weightSum;
    }

    private double weight(int h) {
        return 1 / (1 + p.timeRiskAversion() * risk[h]);
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
        double sum = 0;
        for (int h = 0; h < HOURS_PER_WEEK; h++) {
            sum += weight(h);
        }
        weightSum = sum; // a live change of the aversion reweights every hour
    }
}
