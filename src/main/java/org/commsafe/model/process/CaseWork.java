package org.commsafe.model.process;

import org.commsafe.agents.CaseQueue;
import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;

/**
 * Investigation and clearance (ODD submodel "case work", seed process 5). A reported crime joins
 * its officer's queue with the uniform that will decide its clearance; when the officer's hours
 * finish the case, it is cleared with a probability from skill, camera evidence (a public camera
 * covering the building; the victim's own door camera for a burglary at a home with technical
 * defence), the offender's registration and evidence decay. A clearance the same draw would not
 * have given without the home camera is counted ({@code cleared_by_home_camera}). A cleared offender is incarcerated and learns the place is
 * risky; the victim's trust rises or falls with the outcome. Whether the offender will accept
 * rehabilitation on release is decided by a uniform drawn with the crime that led to the sentence,
 * so two scenarios that sentence an offender for the same crime release it in the same state.
 * A remote fraud (no offender, {@link RemoteFraud#NO_OFFENDER}) is cleared with the local
 * clearance {@code fraud_local_clearance} and incarcerates no one.
 *
 * <p>Clearance cohort: cases reported on observed days 1 .. (days - {@link #HORIZON_DAYS}) are
 * the cohort; those cleared within {@link #HORIZON_DAYS} days of the report count as cleared.
 * Every cohort case has its whole horizon inside the observed window, so nothing is censored.
 */
public final class CaseWork implements CaseQueue.Completion, Process {
    public static final int HORIZON_DAYS = 90;

    private Parameters p;
    private final Clock clock;
    private final Counters counters;
    private final Offender[] offenders;
    private final Reporting reporting;
    private final Attitudes attitudes;
    private final int burnInDays;
    private final int days;
    /** Skill of the officer whose queue is being worked (set by the scheduler before each officer's case work). */
    public double closingSkill;

    public CaseWork(Parameters p, Clock clock, Counters counters, Offender[] offenders, Reporting reporting,
                    Attitudes attitudes, int burnInDays, int days) {
        this.p = p;
        this.clock = clock;
        this.counters = counters;
        this.offenders = offenders;
        this.reporting = reporting;
        this.attitudes = attitudes;
        this.burnInDays = burnInDays;
        this.days = days;
    }

    /** A crime is reported: the case goes to the officer of its building. */
    public void open(Officer officer, CrimeType type, int hh, int offender, int community, boolean cameraEvidence,
                     double clearanceU, double rehabilitationU) {
        open(officer, type, hh, offender, community, cameraEvidence, false, clearanceU, rehabilitationU);
    }

    /** A crime is reported, with or without the victim's home-camera footage (a burglary at a home with technical defence). */
    public void open(Officer officer, CrimeType type, int hh, int offender, int community, boolean cameraEvidence,
                     boolean homeCamera, double clearanceU, double rehabilitationU) {
        byte evidence = (byte) ((type != CrimeType.FRAUD && cameraEvidence ? CaseQueue.PUBLIC_CAMERA : 0)
            | (type == CrimeType.BURGLARY && homeCamera ? CaseQueue.HOME_CAMERA : 0));
        officer.queue.add(p.statementHours() * p.statementVisits(), p.investigationHours(),
            p.registersPerCase() * p.hoursPerRegister(), clock.day, hh, offender, community,
            evidence, clearanceU, rehabilitationU);
        if (inCohort(clock.day)) {
            counters.add(community, Counters.COHORT_REPORTED, 1);
        }
    }

    private boolean inCohort(int reportDay) {
        int observedDay = reportDay - burnInDays + 1;
        return observedDay >= 1 && observedDay <= days - HORIZON_DAYS;
    }

    /** The probability that a finished case is cleared. */
    public double clearanceProbability(double skill, boolean cameraEvidence, Offender off, int daysSinceReport) {
        return clearanceProbability(skill, cameraEvidence ? CaseQueue.PUBLIC_CAMERA : 0, off, daysSinceReport);
    }

    /** The probability that a finished case with these evidence bits ({@link CaseQueue#PUBLIC_CAMERA}, {@link CaseQueue#HOME_CAMERA}) is cleared. */
    public double clearanceProbability(double skill, byte evidence, Offender off, int daysSinceReport) {
        return p.clearanceProbability() * skill
            * ((evidence & CaseQueue.PUBLIC_CAMERA) != 0 ? 1 + p.cameraEvidenceBonus() : 1)
            * ((evidence & CaseQueue.HOME_CAMERA) != 0 ? 1 + p.techCameraEvidenceBonus() : 1)
            * (off.floating && !off.registered ? unregisteredFactor(p) : 1)
            * StrictMath.pow(0.5, daysSinceReport / p.evidenceHalfLifeDays());
    }

    /**
     * Clearance multiplier for an unregistered floating offender: unregistered_clearance_factor,
     * its shortfall narrowed by information sharing (records from other departments and places).
     */
    public static double unregisteredFactor(Parameters p) {
        double f = p.unregisteredClearanceFactor();
        return f + (1 - f) * p.infoSharing() * p.infoSharingClearanceGain();
    }

    @Override
    public void completed(int reportDay, int household, int offender, int community, byte evidence,
                          double clearanceU, double rehabilitationU) {
        if (household < 0) {
            return; // an incident: handled, nothing to clear
        }
        int day = clock.day;
        if (offender < 0) {
            // a remote fraud (RemoteFraud.NO_OFFENDER): the offenders are elsewhere; a clearance locks no one up
            boolean cleared = clearanceU < p.fraudLocalClearance();
            if (cleared) {
                countCleared(reportDay, community);
            }
            attitudes.adjust(household, 0, cleared ? p.clearedTrustGain() : -p.unclearedTrustLoss());
            return;
        }
        Offender off = offenders[offender];
        // the offender's life has ended (desisted, moved away) and its slot may hold another: not found
        boolean gone = !off.present || off.entryDay > reportDay;
        boolean homeCamera = (evidence & CaseQueue.HOME_CAMERA) != 0;
        if (homeCamera) {
            counters.add(community, Counters.HOME_CAMERA_CASES, 1);
        }
        boolean cleared = !gone && clearanceU < clearanceProbability(closingSkill, evidence, off, day - reportDay);
        if (cleared && homeCamera && clearanceU >= clearanceProbability(closingSkill,
                (byte) (evidence & ~CaseQueue.HOME_CAMERA), off, day - reportDay)) {
            counters.add(community, Counters.CLEARED_BY_HOME_CAMERA, 1);
        }
        if (cleared) {
            countCleared(reportDay, community);
            if (off.incarceratedUntil <= day || off.detained) { // a sentence replaces a short detention
                off.detained = false;
                off.incarceratedUntil = day + 1 + p.incarcerationDays();
                off.rehabilitationDraw = rehabilitationU;
            }
            off.learnRisk(community, p.riskLearning());
        }
        attitudes.adjust(household, 0, cleared ? p.clearedTrustGain() : -p.unclearedTrustLoss());
    }

    private void countCleared(int reportDay, int community) {
        counters.add(community, Counters.CLEARED, 1);
        if (inCohort(reportDay) && clock.day - reportDay <= HORIZON_DAYS) {
            counters.add(community, Counters.COHORT_CLEARED, 1);
        }
        reporting.cleared(community);
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
