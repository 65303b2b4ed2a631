package org.commsafe.model.process;

import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.WatchGroup;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Cadres (ODD submodel "cadres", seed 3): each weekday the teams fill forms, do funded work and
 * give safety what is left; safety hours support the watch group, mediate incidents before they
 * reach the officer, and register floating households (used monthly by {@link Population}).
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

    public void day() {
        for (int c = 0; c < teams.length; c++) {
            double expected = p.incidentsPer1000HouseholdsPerDay() * city.households(c) / 1000.0;
            CadreTeam t = teams[c];
            t.day(p, stream.at(c, clock.day), clock.weekday);
            groups[c].mobilisationHours += t.watchSupportHours(p);
            incidentsLeft[c] = Math.max(0, expected - t.mediations(p));
        }
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
