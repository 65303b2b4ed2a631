package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.agents.CrimeType;
import org.commsafe.agents.ReportingDecision;
import org.commsafe.model.Parameters;

/**
 * Reporting (ODD submodel "reporting", seed 4): a victim reports with the probability of
 * {@link ReportingDecision}, using the clearance the community has come to expect, which follows
 * last month's cleared / reported with a lag (exponential smoothing, weight 0.3).
 */
public final class Reporting implements Process {
    private Parameters p;
    private final double[] perceivedClearance;
    private final double[] monthReported;
    private final double[] monthCleared;

    public Reporting(Parameters p, int communities) {
        this.p = p;
        perceivedClearance = new double[communities];
        managed = new boolean[communities];
        monthReported = new double[communities];
        monthCleared = new double[communities];
        Arrays.fill(perceivedClearance, p.clearanceProbability() * p.officerSkill());
    }

    /** Does the victim report? {@code u} is the crime's own reporting uniform. */
    public boolean reports(CrimeType type, double trust, int community, boolean awarenessRelated, double u) {
        double prob = ReportingDecision.probability(p, ReportingDecision.seriousness(p, type), trust,
            perceivedClearance[community], awarenessRelated, managed[community] ? p.propertyManagementReportingGain() : 0);
        boolean reported = u < prob;
        if (reported) {
            monthReported[community]++;
        }
        return reported;
    }

    /** Communities with property management (shared with {@link HumanDefence}; none until set). */
    private boolean[] managed;

    /** The communities' property management: its staff take incidents up with the police. */
    public void humanDefence(HumanDefence h) {
        managed = h.managed;
    }

    public void cleared(int community) {
        monthCleared[community]++;
    }

    /** Monthly: expectations follow what the community saw last month. */
    public void month() {
        double w = p.clearancePerceptionWeight();
        for (int c = 0; c < perceivedClearance.length; c++) {
            if (monthReported[c] > 0) {
                perceivedClearance[c] = (1 - w) * perceivedClearance[c] + w * monthCleared[c] / monthReported[c];
            }
            monthReported[c] = 0;
            monthCleared[c] = 0;
        }
    }

    public double perceivedClearance(int community) {
        return perceivedClearance[community];
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
