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
        registrationsThisMonth += safetyToday * p.cadreRegistrationShare() * p.registrationsPerSafetyHour();
    }

    public double watchSupportHours(Parameters p) {
        return safetyToday * p.cadreWatchSupportShare();
    }

    /** Incidents settled by mediation today, before they reach the officer. */
    public double mediations(Parameters p) {
        return safetyToday * mediationShare(p) * p.mediationsPerSafetyHour();
    }

    /** Share of safety hours left to mediation: what registration and watch support do not take (never below 0). */
    public static double mediationShare(Parameters p) {
        return Math.max(0, 1 - p.cadreRegistrationShare() - p.cadreWatchSupportShare());
    }
}
