package org.commsafe.model.process;

import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Officer;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Remote fraud (ODD submodel "remote fraud"): telephone and online fraud against the city's
 * households by organised offenders elsewhere, an external process no local offender takes part
 * in. Each day each community receives a Poisson number of attempts per channel (mean: the
 * channel's yearly rate per household x households / 365), each against a household drawn
 * uniformly. No guardian can be present; the attempt succeeds only through a lapse (falling for
 * the scam: probability 1 - awareness) and then with {@code fraud_success_probability}. A victim
 * reports with the reporting decision of every crime; a reported fraud goes to the officer of the
 * victim's building as a case with no offender ({@link #NO_OFFENDER}), cleared with the low
 * local clearance {@code fraud_local_clearance}, which incarcerates no one.
 *
 * <p>Common random numbers: the counts of (community, day) come from the "fraud.count" stream
 * positioned at (community x 2 + channel, day); attempt k of a channel draws its
 * {@link #SLOTS} uniforms from "fraud.attempt" positioned at ((community x 2 + channel) x 2^20 + k,
 * day), every slot drawn, so a lever that changes awareness or reporting meets the same
 * attempts with the same numbers.
 */
public final class RemoteFraud implements Process {
    /** The case of a remote fraud has no offender in the model. */
    public static final int NO_OFFENDER = -1;
    public static final int PHONE = 0;
    public static final int ONLINE = 1;
    static final int U_HOUSEHOLD = 0;
    static final int U_LAPSE = 1;
    static final int U_SUCCESS = 2;
    static final int U_REPORT = 3;
    static final int U_CLEARANCE = 4;
    static final int U_REHABILITATION = 5;
    static final int SLOTS = 6;

    private Parameters p;
    private final City city;
    private final Households households;
    private final Clock clock;
    private final Counters counters;
    private final Officer[] officers;
    private final int[] officerOfBuilding;
    private final Reporting reporting;
    private final CaseWork caseWork;
    private final Attitudes attitudes;
    private final Stream count;
    private final Stream attempt;
    private final double[] u = new double[SLOTS];
    public Offending.CrimeListener listener;

    public RemoteFraud(Parameters p, City city, Households households, Clock clock, Counters counters, Officer[] officers,
                       int[] officerOfBuilding, Reporting reporting, CaseWork caseWork, Attitudes attitudes, Stream count,
                       Stream attempt) {
        this.p = p;
        this.city = city;
        this.households = households;
        this.clock = clock;
        this.counters = counters;
        this.officers = officers;
        this.officerOfBuilding = officerOfBuilding;
        this.reporting = reporting;
        this.caseWork = caseWork;
        this.attitudes = attitudes;
        this.count = count;
        this.attempt = attempt;
    }

    /** Attempts per household per year by channel. */
    public double rate(int channel) {
        return channel == PHONE ? p.fraudAttemptsPhone() : p.fraudAttemptsOnline();
    }

    /** The day's remote fraud attempts, community by community, channel by channel. */
    public void day() {
        int day = clock.day;
        for (int c = 0; c < city.communities; c++) {
            for (int ch = PHONE; ch <= ONLINE; ch++) {
                long key = (long) c * 2 + ch;
                int n = count.at(key, day).poisson(rate(ch) * city.households(c) / 365.0);
                for (int k = 0; k < n; k++) {
                    attempt(c, attempt.at((key << 20) + k, day));
                }
            }
        }
    }

    private void attempt(int c, Stream s) {
        for (int k = 0; k < SLOTS; k++) {
            u[k] = s.nextDouble();
        }
        int hh = city.firstHousehold(c) + (int) (u[U_HOUSEHOLD] * city.households(c));
        counters.add(c, Counters.ATTEMPTED, 1);
        counters.add(c, Counters.FRAUD_ATTEMPTS, 1);
        double aw = households.awareness(hh, clock.day);
        boolean lapse = u[U_LAPSE] < 1 - aw; // falling for the scam; a careful household (awareness 1) never does
        boolean wouldSucceed = u[U_SUCCESS] < p.fraudSuccessProbability();
        if (lapse && wouldSucceed) {
            commit(c, hh);
        } else if (wouldSucceed) {
            counters.add(c, Counters.PREVENTED_AWARENESS, 1); // with no self-protection the same draws succeed
        }
    }

    /** A successful fraud: always awareness-related and attributable (a careful household is never defrauded). */
    private void commit(int c, int hh) {
        int b = city.householdBuilding[hh];
        counters.add(c, Counters.COMMITTED, 1);
        counters.add(c, Counters.FRAUDS, 1);
        counters.add(c, Counters.AWARENESS_RELATED, 1);
        counters.add(c, Counters.AWARENESS_ATTRIBUTABLE, 1);
        households.victimisations[hh]++;
        households.lastVictimDay[hh] = clock.day;
        boolean reported = reporting.reports(CrimeType.FRAUD, households.trust(hh, clock.day), c, true, u[U_REPORT]);
        if (listener != null) {
            listener.event(clock.day, clock.hour, b, hh, CrimeType.FRAUD, reported, true, NO_OFFENDER, -1);
        }
        if (reported) {
            counters.add(c, Counters.REPORTED, 1);
            counters.add(c, Counters.REPORTED_FRAUD, 1);
            counters.add(c, Counters.AWARENESS_RELATED_REPORTED, 1);
            caseWork.open(officers[officerOfBuilding[b]], CrimeType.FRAUD, hh, NO_OFFENDER, c, false, u[U_CLEARANCE],
                u[U_REHABILITATION]);
        }
        attitudes.afterVictimisation(hh, b);
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
