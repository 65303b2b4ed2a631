package org.commsafe.model.process;

import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.Offender;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Offender and floating population (ODD submodel "population"): releases from prison (with or
 * without rehabilitation, decided with the crime that led to the sentence, which sets the
 * released offender's motivation), daily fading of what
 * offenders learnt, and the monthly stock of unregistered floating households that decides
 * whether floating offenders are registered (seed 'also': outsiders go unmonitored).
 */
public final class Population implements Process {
    private Parameters p;
    private final Clock clock;
    private final Offender[] offenders;
    private final CadreTeam[] cadres;
    private final Stream registration;
    private final double[] unregisteredFloating;
    private final double[] floatingHouseholds;

    public Population(Parameters p, Clock clock, Households h, City city,
                      Offender[] offenders, CadreTeam[] cadres, Stream registration) {
        this.p = p;
        this.clock = clock;
        this.offenders = offenders;
        this.cadres = cadres;
        this.registration = registration;
        unregisteredFloating = new double[city.communities];
        floatingHouseholds = new double[city.communities];
        for (int i = 0; i < h.n; i++) {
            if (h.has(i, Households.FLOATING)) {
                int c = city.communityOfHousehold(i);
                floatingHouseholds[c]++;
                unregisteredFloating[c] += p.registrationMissRate();
            }
        }
    }

    /** Morning: offenders whose sentence ends today are released; every offender's memory fades. */
    public void beginDay() {
        int day = clock.day;
        for (Offender o : offenders) {
            if (o.incarceratedUntil == day) {
                o.release(p, o.rehabilitationDraw);
            }
            o.forget(p.riskDecay());
        }
    }

    /**
     * Monthly: the unregistered floating population of each community as a stock: newcomers
     * arrive unregistered with the miss rate, leavers take their share of the unregistered with
     * them, cadres' registration hours register some. Floating offenders of the community are
     * unregistered with the stock's share.
     */
    public void month() {
        double turnover = p.floatingTurnover();
        double[] share = new double[unregisteredFloating.length];
        for (int c = 0; c < share.length; c++) {
            CadreTeam t = cadres[c];
            double u = unregisteredFloating[c];
            u += turnover * (floatingHouseholds[c] * p.registrationMissRate() - u);
            u = Math.max(0, u - t.registrationsThisMonth);
            unregisteredFloating[c] = u;
            t.registrationsThisMonth = 0;
            share[c] = floatingHouseholds[c] == 0 ? 0 : u / floatingHouseholds[c];
        }
        int m = clock.month();
        for (Offender o : offenders) {
            if (o.floating) {
                o.registered = registration.at(o.id, m).nextDouble() >= share[o.home];
            }
        }
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
