package org.commsafe.agents;

import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * The community's cadres (seed section 3). Forms arrive from the tasks pushed down: routine
 * forms evenly on weekdays, inspection forms in the inspection week at the end of each month
 * (more at the end of a quarter, scaled by the appraisal pressure), and ledger forms for every
 * registration and mediation done. They join a backlog, in hours, that the team works off
 * first (inspections enforce it); funded departmental work pulls next; safety gets its weighted
 * share of what is left. Safety hours register unregistered floating and rental households (as
 * long as there are any left to register; spare registration hours go to mediation), support
 * the watch group and mediate disputes. The form share of the team's hours is an outcome of
 * this backlog, not a fixed ratio: inspection peaks that exceed the day's hours carry over into
 * the next month, and safety work adds its own paperwork.
 */
public final class CadreTeam {
    /** The inspection week: days 23-29 of each 30-day month (exactly five weekdays). */
    public static final int INSPECTION_WEEK_START = 23;
    /** Weekdays in a month (as in the monthly form and task rates). */
    public static final double WEEKDAYS_PER_MONTH = 30 * 5 / 7.0; // the model's 30-day month

    public final int community;
    /** Hours of forms owed (carried over from day to day and across months). */
    public double formBacklog;
    public double formsToday;
    public double fundedToday;
    public double safetyToday;
    /** Unregistered households registered today (by the team's registration hours). */
    public double registrationsToday;
    /** Incidents settled by mediation today. */
    public double mediationsToday;
    /** Registrations and mediations not yet documented: their ledger forms join the backlog next weekday. */
    public double pendingRecords;
    /** Households registered this month (read and reset by the monthly registration pass). */
    public double registrationsThisMonth;
    /** Households the team could have registered this month (its registration hours x rate; reset monthly). */
    public double registrationCapacityThisMonth;
    /** Households of the community known to be unregistered (set by the monthly registration pass; unknown: no limit). */
    public double unregisteredHouseholds = Double.POSITIVE_INFINITY;
    private double watchSupportToday;

    public CadreTeam(int community) {
        this.community = community;
    }

    /** Hours of one form: training cuts them. */
    public static double hoursPerForm(Parameters p) {
        return p.hoursPerForm() * (1 - p.trainingFormSaving() * p.cadreTraining());
    }

    /** Registrations and mediations per safety hour relative to an untrained team. */
    public static double productivity(Parameters p) {
        return 1 + p.trainingSafetyGain() * p.cadreTraining();
    }

    /** The team's hours on a weekday. */
    public static double hours(Parameters p) {
        return p.cadresPerCommunity() * p.cadreHoursPerDay();
    }

    /**
     * Expected task forms arriving on a weekday of day-of-month {@code dayOfMonth} (0-29):
     * routine forms every weekday; inspection forms, times the appraisal pressure, on the five
     * weekdays of the inspection week, with the quarter's last month weighted by
     * quarterly_inspection_factor (weights 3 / (2 + q) and 3q / (2 + q) keep the quarter's mean).
     */
    public static double formRate(Parameters p, int dayOfMonth, boolean quarterMonth) {
        double perMonth = p.tasksPushedDown() * p.formsPerTaskPerMonth();
        double routine = perMonth * (1 - p.inspectionFormShare()) / WEEKDAYS_PER_MONTH;
        if (dayOfMonth < INSPECTION_WEEK_START) {
            return routine;
        }
        double q = p.quarterlyInspectionFactor();
        double cycle = (quarterMonth ? 3 * q : 3) / (2 + q);
        return routine + perMonth * p.inspectionFormShare() * p.communityAppraisalPressure() * cycle / 5;
    }

    /**
     * One day. On a weekday: the day's task forms (Poisson, one draw from {@code rng}) and the
     * ledger forms of yesterday's records join the backlog; the team fills forms first, then
     * splits what is left between funded and safety work; registration hours register at most
     * the households still unregistered ({@link #unregisteredHouseholds}), the rest go to mediation.
     *
     * @param incidents    incidents expected today (mediation settles at most these)
     */
    public void day(Parameters p, Stream rng, boolean weekday, int dayOfMonth, boolean quarterMonth, double incidents) {
        formsToday = fundedToday = safetyToday = registrationsToday = mediationsToday = watchSupportToday = 0;
        if (!weekday) {
            return;
        }
        double hours = hours(p);
        double hpf = hoursPerForm(p);
        int forms = rng.poisson(formRate(p, dayOfMonth, quarterMonth));
        formBacklog += (forms + pendingRecords * p.formsPerSafetyRecord()) * hpf;
        pendingRecords = 0;
        formsToday = Math.min(formBacklog, hours);
        formBacklog -= formsToday;
        double left = hours - formsToday;
        double safetyPull = p.safetyBaseWeight() + p.safetyFunding() + p.safetyVetoStrength();
        safetyToday = left * safetyPull / (safetyPull + p.fundedTaskWeight());
        fundedToday = left - safetyToday;

        double productivity = productivity(p);
        double regHours = safetyToday * Math.min(1, p.cadreRegistrationShare());
        double regCapacity = regHours * p.registrationsPerSafetyHour() * productivity;
        double need = Math.max(0, unregisteredHouseholds - registrationsThisMonth);
        registrationsToday = Math.min(regCapacity, need);
        double spareRegHours = regCapacity > 0 ? regHours * (1 - registrationsToday / regCapacity) : regHours;
        registrationsThisMonth += registrationsToday;
        registrationCapacityThisMonth += regCapacity;
        watchSupportToday = safetyToday * p.cadreWatchSupportShare();
        double mediationHours = safetyToday * mediationShare(p) + spareRegHours;
        mediationsToday = Math.min(incidents, mediationHours * p.mediationsPerSafetyHour() * productivity);
        pendingRecords = registrationsToday + mediationsToday;
    }

    /**
     * Registrations a team can make in a month, estimated from the mean form load (ledger forms
     * left out): used only to start the registration stock near its equilibrium.
     */
    public static double expectedMonthlyRegistrationCapacity(Parameters p) {
        double formHours = p.tasksPushedDown() * p.formsPerTaskPerMonth()
            * ((1 - p.inspectionFormShare()) + p.inspectionFormShare() * p.communityAppraisalPressure())
            * hoursPerForm(p) / WEEKDAYS_PER_MONTH;
        double left = Math.max(0, hours(p) - formHours);
        double safetyPull = p.safetyBaseWeight() + p.safetyFunding() + p.safetyVetoStrength();
        double safety = left * safetyPull / (safetyPull + p.fundedTaskWeight());
        return safety * Math.min(1, p.cadreRegistrationShare()) * p.registrationsPerSafetyHour() * productivity(p) * WEEKDAYS_PER_MONTH;
    }

    /**
     * The month-end inspection: forms owed beyond form_backlog_limit_days weekdays of the team's
     * hours are written off (failed items). Returns the hours written off.
     */
    public double inspection(Parameters p) {
        double limit = p.formBacklogLimitDays() * hours(p);
        double over = Math.max(0, formBacklog - limit);
        formBacklog -= over;
        return over;
    }

    public double watchSupportHours() {
        return watchSupportToday;
    }

    /** Share of safety hours left to mediation: what registration and watch support do not take (never below 0). */
    public static double mediationShare(Parameters p) {
        return Math.max(0, 1 - p.cadreRegistrationShare() - p.cadreWatchSupportShare());
    }
}
