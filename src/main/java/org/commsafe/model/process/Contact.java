package org.commsafe.model.process;

import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Households;
import org.commsafe.model.Parameters;

/**
 * Sighting and contact (ODD submodel "sighting and contact"). A sighting is seeing the officer
 * pass: it records the day (for "not seen for 10 days" and the median days since sighting) and
 * moves trust a little ({@code sighting_trust_gain}, once a day at most). A contact is a
 * conversation, a household visit or publicity reaching someone at home: it raises trust by
 * {@code contact_trust_gain} (publicity also raises awareness) and counts as a sighting too.
 * Trust gains are shares of the gap to 1, so they diminish as trust rises and trust stays below 1.
 * Households are also counted per community by the day they last saw the officer, so "not seen
 * for 10+ days" and the median cost O(days) per community, not O(households).
 */
public final class Contact implements Process {
    private final City city;
    private final Households households;
    private Parameters p;
    private final Clock clock;
    private final Attitudes attitudes;
    private final int[][] seenCount;
    private final int seenOffset;
    /** Trust-gain shares received by each household up to the settle day (null afterwards). */
    private float[] earlyGains;
    private final int settleDay;
    private Counters counters;

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
        earlyGains = settleDay >= 0 ? new float[households.n] : null;
        for (int i = 0; i < households.n; i++) {
            seenCount[city.communityOfHousehold(i)][households.lastSeenDay[i] + seenOffset]++;
        }
    }

    /** Where sightings and contacts are counted per community (null: not counted). */
    public void countIn(Counters c) {
        counters = c;
    }

    /** Household i sees its officer pass today (seed process 2): recorded once a day, a small trust gain. */
    public void sighting(int i) {
        if (seen(i)) {
            double g = p.sightingTrustGain();
            gained(i, g);
            attitudes.raise(i, 0, g);
        }
    }

    /** Records today's sighting of household i; false when it had already seen the officer today. */
    private boolean seen(int i) {
        int last = households.lastSeenDay[i];
        int day = clock.day;
        if (last == day) {
            return false;
        }
        int c = city.communityOfHousehold(i);
        seenCount[c][last + seenOffset]--;
        seenCount[c][day + seenOffset]++;
        households.lastSeenDay[i] = day;
        if (counters != null) {
            counters.add(c, Counters.SIGHTINGS, 1);
        }
        return true;
    }

    /** A conversation or household visit with household i (at home): trust, and the officer is seen. */
    public void conversation(int i) {
        seen(i);
        countContact(i);
        double g = p.contactTrustGain();
        gained(i, g);
        attitudes.raise(i, 0, g);
    }

    /** Publicity reaches household i (at home): awareness and a little trust; the officer is seen. */
    public void publicity(int i) {
        seen(i);
        countContact(i);
        double g = p.contactTrustGain();
        gained(i, g);
        attitudes.raise(i, p.publicityAwarenessGain(), g);
    }

    private void countContact(int i) {
        if (counters != null) {
            counters.add(city.communityOfHousehold(i), Counters.CONTACTS, 1);
        }
    }

    private void gained(int i, double g) {
        if (earlyGains != null && clock.day <= settleDay) {
            earlyGains[i] += (float) g;
        }
    }

    /**
     * Sets each household's trust near the equilibrium its contact rate implies. Sightings and
     * contacts over days 0 .. settle day add trust-gain shares at a total rate G a day (the sum of
     * the shares over the days); each moves trust by its share of the gap to 1, and the excess
     * over baseline decays at d = {@code attitude_decay} a day, so the excess settles near
     * G (1 - base) / (d + G). Trust's own time constant is 1 / d = 100 days; starting at baseline
     * it took about 500 days to settle. Case outcomes, which move the trust of a few victims, are
     * left to the burn-in.
     */
    public void settleTrust() {
        if (earlyGains == null) {
            return;
        }
        double d = p.attitudeDecay();
        int days = settleDay + 1;
        for (int i = 0; i < households.n; i++) {
            double rate = (double) earlyGains[i] / days;
            double base = households.trustBase[i];
            double target = rate == 0 ? base : base + rate * (1 - base) / (d + rate);
            attitudes.adjust(i, 0, target - households.trust(i, clock.day));
        }
        earlyGains = null;
    }

    /** Households of community c that have not seen their officer in the last 10 days (today included). */
    public int unseen10Days(int c) {
        int seenRecently = 0;
        for (int d = 0; d < 10; d++) {
            seenRecently += seenCount[c][clock.day - d + seenOffset];
        }
        return city.households(c) - seenRecently;
    }

    /** Median days since sighting over communities [from, to), from the by-day counts. */
    public double medianDaysSinceSighting(int from, int to) {
        int day = clock.day;
        long total = city.households(from, to);
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
