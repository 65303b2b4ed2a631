package org.commsafe.model.process;

import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;

/**
 * Sighting and contact (ODD submodel "sighting and contact"): a household that sees its officer
 * records the day and gains trust. Households are also counted per community by the day they last
 * saw the officer, so "not seen for 10+ days" and the median cost O(days) per community, not
 * O(households).
 */
public final class Contact implements Process {
    private final City city;
    private final Households households;
    private Parameters p;
    private final Clock clock;
    private final Attitudes attitudes;
    private final int[][] seenCount;
    private final int seenOffset;
    /** Contacts (sighting days and publicity visits) of each household up to the settle day (null afterwards). */
    private short[] earlyContacts;
    private final int settleDay;

    /**
     * The last day of the window over which each household's contact rate is measured; at its end
     * trust is set at the equilibrium that rate implies (see {@link #settleTrust}); earlier when
     * the burn-in is shorter (the model's {@code trustSettleDay}).
     */
    public static final int TRUST_SETTLE_DAY = 89;

    public Contact(City city, Households households, Parameters p, Clock clock, Attitudes attitudes,
                   int maxDays, int initialSeenSpread, int settleDay) {
        this.city = city;
        this.households = households;
        this.p = p;
        this.clock = clock;
        this.attitudes = attitudes;
        seenOffset = initialSeenSpread + 1;
        seenCount = new int[city.communities][maxDays + seenOffset + 1];
        this.settleDay = settleDay;
        earlyContacts = settleDay >= 0 ? new short[households.n] : null;
        for (int i = 0; i < households.n; i++) {
            seenCount[city.communityOfHousehold(i)][households.lastSeenDay[i] + seenOffset]++;
        }
    }

    /** Household i sees its officer today (seed process 2). */
    public void sighting(int i) {
        int last = households.lastSeenDay[i];
        int day = clock.day;
        if (last == day) {
            return;
        }
        int c = city.communityOfHousehold(i);
        seenCount[c][last + seenOffset]--;
        seenCount[c][day + seenOffset]++;
        households.lastSeenDay[i] = day;
        countContact(i);
        attitudes.adjust(i, 0, p.contactTrustGain());
    }

    /**
     * Sets each household's trust near the equilibrium its contact rate implies: contacts
     * (sightings and publicity visits) at rate lambda, measured over days 0 .. settle day, each
     * adding g = {@code contact_trust_gain} and decaying at d = {@code attitude_decay} a day, hold
     * the excess over baseline near g lambda / d (capped at 1 - baseline; the cap makes this an
     * approximation near 1). Trust's own time constant is 1 / d = 100 days; starting at baseline
     * it took about 500 days to settle. Case outcomes, which move the trust of a few victims, are
     * left to the burn-in.
     */
    public void settleTrust() {
        if (earlyContacts == null) {
            return;
        }
        double g = p.contactTrustGain();
        double d = p.attitudeDecay();
        int days = settleDay + 1;
        for (int i = 0; i < households.n; i++) {
            double lambda = (double) earlyContacts[i] / days;
            double base = households.trustBase[i];
            // no contact (or no gain) leaves trust at baseline; with no decay any contact accumulates to 1
            double target = lambda == 0 || g == 0 ? base : d <= 0 ? 1 : Math.min(1, base + g * lambda / d);
            attitudes.adjust(i, 0, target - households.trust(i, clock.day));
        }
        earlyContacts = null;
    }

    /** A publicity hour reaches household i: awareness and a little trust. */
    public void publicity(int i) {
        countContact(i);
        attitudes.adjust(i, p.publicityAwarenessGain(), p.contactTrustGain());
    }

    private void countContact(int i) {
        if (earlyContacts != null && clock.day <= settleDay && earlyContacts[i] < Short.MAX_VALUE) {
            earlyContacts[i]++;
        }
    }

    /** Households of community c that have not seen their officer in the last 10 days (today included). */
    public int unseen10Days(int c) {
        int seenRecently = 0;
        for (int d = 0; d < 10; d++) {
            seenRecently += seenCount[c][clock.day - d + seenOffset];
        }
        return city.householdsPerCommunity - seenRecently;
    }

    /** Median days since sighting over communities [from, to), from the by-day counts. */
    public double medianDaysSinceSighting(int from, int to) {
        int day = clock.day;
        long total = (long) (to - from) * city.householdsPerCommunity;
        long half = (total + 1) / 2;
        long acc = 0;
        for (int d = 0; day - d + seenOffset >= 0; d++) {
            for (int c = from; c < to; c++) {
                acc += seenCount[c][day - d + seenOffset];
            }
            if (acc >= half) {
                return d;
            }
        }
        return day + seenOffset;
    }

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
