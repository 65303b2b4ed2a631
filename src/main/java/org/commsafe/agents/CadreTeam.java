package org.commsafe.agents;

import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * The community's cadres (seed section 3). Forms from the tasks pushed down arrive every
 * weekday and are filled first (inspections enforce them); funded departmental work pulls
 * next; safety gets its weighted share of what is left. Safety hours register floating
 * households, support the watch group and mediate disputes.
 */
public final class CadreTeam {
    /** Fixed split of safety hours: registration, watch support, mediation (assumption). */
    public static final double REGISTRATION_SHARE = 0.4;
    public static final double WATCH_SUPPORT_SHARE = 0.3;
    public static final double MEDIATION_SHARE = 0.3;

    public final int community;
    public double formBacklog;
    public double formsToday;
    public double fundedToday;
    public double safetyToday;
    /** Floating households registered this month (monthly registration pass). */
    public double registrationsThisMonth;

    public CadreTeam(int community) {
        this.community = community;
    }

    public void day(Parameters p, Stream rng, boolean weekday) {
        formsToday = fundedToday = safetyToday = 0;
        if (!weekday) {
            return;
        }
        double hours = p.cadresPerCommunity() * p.cadreHoursPerDay();
        // 21.75 weekdays a month
        int forms = rng.poisson(p.tasksPushedDown() * p.formsPerTaskPerMonth() / 21.75);
        formBacklog += forms * p.hoursPerForm();
        formsToday = Math.min(formBacklog, hours);
        formBacklog -= formsToday;
        double left = hours - formsToday;
        double safetyPull = p.safetyBaseWeight() + p.safetyFunding() + p.safetyVetoStrength();
        safetyToday = left * safetyPull / (safetyPull + p.fundedTaskWeight());
        fundedToday = left - safetyToday;
        registrationsThisMonth += safetyToday * REGISTRATION_SHARE * p.registrationsPerSafetyHour();
    }

    public double watchSupportHours() {
        return safetyToday * WATCH_SUPPORT_SHARE;
    }

    /** Incidents settled by mediation today, before they reach the officer. */
    public double mediations(Parameters p) {
        return safetyToday * MEDIATION_SHARE * p.mediationsPerSafetyHour();
    }
}
