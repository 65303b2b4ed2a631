package org.commsafe.model.process;

import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.WatchGroup;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Cadres (ODD submodel "cadres", seed 3): each weekday the teams work off their form backlog
 * (routine, inspection-week and ledger forms), do funded work and give safety what is left;
 * safety hours support the watch group, mediate incidents before they reach the officer, and
 * register unregistered households (applied monthly by {@link Population}). At each month end
 * the inspection writes off forms owed beyond what the team can carry.
 */
public final class CadreWork implements Process {
    private Parameters p;
    private final City city;
    private final Clock clock;
    public final CadreTeam[] teams;
    private final WatchGroup[] groups;
    private final Stream stream;
    /** Incidents expected today that mediation did not settle, per community (they reach officers). */
    public final double[] incidentsLeft;
    private Counters counters;

    public CadreWork(Parameters p, City city, Clock clock, WatchGroup[] groups, Stream stream) {
        this.p = p;
        this.city = city;
        this.clock = clock;
        this.groups = groups;
        this.stream = stream;
        teams = new CadreTeam[city.communities];
        incidentsLeft = new double[city.communities];
        for (int c = 0; c < teams.length; c++) {
            teams[c] = new CadreTeam(c);
        }
    }

    /** Where the teams' backlog, registrations, mediations and write-offs are counted (null: not counted). */
    public void countIn(Counters c) {
        counters = c;
    }

    public void day() {
        int dayOfMonth = clock.day % 30;
        boolean quarterMonth = clock.month() % 3 == 2;
        for (int c = 0; c < teams.length; c++) {
            double expected = p.incidentsPer1000HouseholdsPerDay() * city.households(c) / 1000.0;
            CadreTeam t = teams[c];
            t.day(p, stream.at(c, clock.day), clock.weekday, dayOfMonth, quarterMonth, expected);
            groups[c].mobilisationHours += t.watchSupportHours();
            incidentsLeft[c] = Math.max(0, expected - t.mediationsToday);
            if (counters != null) {
                counters.add(c, Counters.CADRE_REGISTRATIONS, t.registrationsToday);
                counters.add(c, Counters.CADRE_MEDIATIONS, t.mediationsToday);
            }
        }
    }

    /** Month end: the inspection writes off what the teams cannot carry. */
    public void month() {
        for (CadreTeam t : teams) {
            double over = t.inspection(p);
            if (counters != null) {
                counters.add(t.community, Counters.CADRE_FORMS_WRITTEN_OFF, over);
            }
        }
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
