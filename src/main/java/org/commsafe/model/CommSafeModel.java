package org.commsafe.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.commsafe.agents.CadreTeam;
import org.commsafe.agents.CaseQueue;
import org.commsafe.agents.CrimeType;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.agents.ReportingDecision;
import org.commsafe.agents.WatchGroup;
import org.commsafe.metrics.Counters;
import org.commsafe.metrics.Metric;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The commsafe model: one MASON step is one hour. A single repeating steppable runs the hour's
 * submodels in a fixed order (officers, watch patrols, offenders), with daily work at hour 0
 * (plans) and hour 23 (case work, observation) and monthly work every 30th day. The model reads
 * no files and knows nothing of the CLI or GUI: it takes {@link Parameters} and reports each
 * observed day to a {@link DayObserver}.
 */
public class CommSafeModel extends SimState implements CaseQueue.Completion {
    private static final long serialVersionUID = 1L;
    /** Offender activity by hour, mean 1: homes empty in working hours draw burglars. */
    static final double[] HOUR_PROFILE = hourProfile();
    /** Initial days since sighting are spread over this many days before day 0. */
    static final int INITIAL_SEEN_SPREAD = 30;

    /** Receives each observed (post burn-in) day: rows [community..., city] x {@link Metric}. */
    public interface DayObserver {
        void day(int day, double[][] metrics);
    }

    /** Told of every committed crime (the GUI draws them); null when headless. */
    public interface CrimeListener {
        void crime(int building, CrimeType type, boolean reported, boolean awarenessRelated);
    }

    public Parameters params;
    public transient CrimeListener crimeListener;
    /** Report burn-in days to the observer too (day numbers <= 0); the GUI shows them. */
    public boolean observeDuringBurnIn;
    /** Buildings visited by watch patrols in the current hour (for display), and their count. */
    public int[] watchStops = new int[64];
    public int watchStopCount;
    public final int burnInDays;
    public final int days;
    public transient DayObserver observer;

    public City city;
    public Households households;
    public Officer[] officers;
    public int[] officerOfBuilding;
    public Offender[] offenders;
    public WatchGroup[] watchGroups;
    public CadreTeam[] cadres;
    public Counters counters;
    public int[] cameraBuildings = new int[0];
    public boolean[] cameraCovers;
    public int[] crimesInBuilding;
    /** Cumulative attractiveness of buildings within their community (offenders' target choice). */
    private double[] attractivenessCum;
    /** Absolute hour at which an officer / a watch patrol was last in or next to a building. */
    public int[] officerPresentAt;
    public int[] watchPresentAt;

    private double[] awarenessExcessSum;
    private double[] trustExcessSum;
    private double[] awarenessBaseSum;
    private double[] trustBaseSum;
    private int[][] seenCount;
    private int seenOffset;
    private int[] techHomes;
    private int[] techInBuilding;
    private double[] perceivedClearance;
    private double[] monthReported;
    private double[] monthCleared;
    private double[] contributionPropensity;
    private double[] belongingSum;
    private double[] unregisteredFloating;
    private double[] floatingHouseholds;
    private double[][] metricRows;
    private final double[] delta = new double[2];
    private final double[] incidentsLeft;

    private long stepCount;
    private int day;
    private int hour;
    private boolean weekday;
    private Officer closingOfficer;

    public CommSafeModel(long seed, Parameters params, int burnInDays, int days) {
        super(seed);
        this.params = params;
        this.burnInDays = burnInDays;
        this.days = days;
        this.incidentsLeft = new double[params.communities()];
    }

    public int totalSteps() {
        return (burnInDays + days) * 24;
    }

    public int day() {
        return day;
    }

    public int hour() {
        return hour;
    }

    @Override
    public void start() {
        super.start();
        build();
        schedule.scheduleRepeating(0, 0, (Steppable) s -> hourStep(), 1.0);
    }

    /** Builds the city and its agents from the parameters and the model's random stream. */
    void build() {
        Parameters p = params;
        MersenneTwisterFast rng = random;
        stepCount = 0;
        day = 0;
        city = new City(p);
        int nC = city.communities;
        int maxDays = burnInDays + days + 2;
        households = new Households(city.households, p, maxDays + INITIAL_SEEN_SPREAD, rng);
        counters = new Counters(nC + 1);
        metricRows = new double[nC + 1][Metric.all().length];

        seenOffset = INITIAL_SEEN_SPREAD + 1;
        seenCount = new int[nC][maxDays + seenOffset + 1];
        awarenessExcessSum = new double[nC];
        trustExcessSum = new double[nC];
        awarenessBaseSum = new double[nC];
        trustBaseSum = new double[nC];
        techHomes = new int[nC];
        techInBuilding = new int[city.buildings];
        contributionPropensity = new double[nC];
        belongingSum = new double[nC];
        unregisteredFloating = new double[nC];
        floatingHouseholds = new double[nC];
        perceivedClearance = new double[nC];
        monthReported = new double[nC];
        monthCleared = new double[nC];
        Households h = households;
        for (int i = 0; i < h.n; i++) {
            int c = city.communityOfHousehold(i);
            h.lastSeenDay[i] = -1 - rng.nextInt(INITIAL_SEEN_SPREAD);
            seenCount[c][h.lastSeenDay[i] + seenOffset]++;
            awarenessBaseSum[c] += h.awarenessBase[i];
            trustBaseSum[c] += h.trustBase[i];
            contributionPropensity[c] += h.willingnessToPay[i] * h.belonging[i];
            belongingSum[c] += h.belonging[i];
            if (h.has(i, Households.TECH)) {
                techHomes[c]++;
                techInBuilding[city.householdBuilding[i]]++;
            }
            if (h.has(i, Households.FLOATING)) {
                floatingHouseholds[c]++;
                unregisteredFloating[c] += p.registrationMissRate();
            }
        }
        Arrays.fill(perceivedClearance, p.clearanceProbability() * p.officerSkill());

        int nOfficers = (int) Math.max(1, Math.round((double) city.households / p.householdsPerOfficer()));
        nOfficers = Math.min(nOfficers, city.buildings);
        officers = new Officer[nOfficers];
        officerOfBuilding = new int[city.buildings];
        for (int k = 0; k < nOfficers; k++) {
            int from = (int) ((long) city.buildings * k / nOfficers);
            int to = (int) ((long) city.buildings * (k + 1) / nOfficers);
            officers[k] = new Officer(k, from, to, city, p, rng);
            Arrays.fill(officerOfBuilding, from, to, k);
        }

        int nOffenders = (int) Math.round(p.offendersPer1000Households() * city.households / 1000.0);
        offenders = new Offender[nOffenders];
        for (int k = 0; k < nOffenders; k++) {
            offenders[k] = new Offender(k, rng.nextInt(nC), city, p, rng);
        }
        watchGroups = new WatchGroup[nC];
        cadres = new CadreTeam[nC];
        for (int c = 0; c < nC; c++) {
            watchGroups[c] = new WatchGroup(c, p);
            cadres[c] = new CadreTeam(c);
        }
        crimesInBuilding = new int[city.buildings];
        attractivenessCum = new double[city.buildings];
        double sd = p.buildingAttractivenessSd();
        for (int b = 0; b < city.buildings; b++) {
            // lognormal with mean 1: a few buildings draw much of the crime (hotspots)
            double w = StrictMath.exp(sd * rng.nextGaussian() - sd * sd / 2);
            boolean first = b == city.firstBuilding(city.buildingCommunity[b]);
            attractivenessCum[b] = (first ? 0 : attractivenessCum[b - 1]) + w;
        }
        officerPresentAt = new int[city.buildings];
        watchPresentAt = new int[city.buildings];
        Arrays.fill(officerPresentAt, -1);
        Arrays.fill(watchPresentAt, -1);
        cameraCovers = new boolean[city.buildings];
        placeCameras(p.cameraLayout() == CameraLayout.HOTSPOT ? CameraLayout.RANDOM : p.cameraLayout());
        // the first month's watch group: funds and members before any patrol
        for (int c = 0; c < nC; c++) {
            watchGroups[c].month(p, rng, contributionPropensity[c], belongingSum[c], city.householdsPerCommunity);
        }
    }

    // ------------------------------------------------------------------ the hour

    /** One hour of the city. Public so benchmarks and tests can drive the model without a schedule. */
    public void hourStep() {
        day = (int) (stepCount / 24);
        hour = (int) (stepCount % 24);
        weekday = day % 7 < 5;
        watchStopCount = 0;
        if (hour == 0) {
            beginDay();
        }
        for (Officer o : officers) {
            o.actHour(this, hour, weekday);
        }
        if (hour >= 19 && hour < 22) {
            watchPatrols();
        }
        double hourFactor = HOUR_PROFILE[hour] / 24.0;
        for (Offender o : offenders) {
            if (o.incarceratedUntil <= day
                    && random.nextDouble() < params.attemptsPerOffenderPerDay() * o.motivation * hourFactor) {
                attempt(o);
            }
        }
        if (hour == 23) {
            endDay();
        }
        stepCount++;
    }

    /** Runs the whole configured period (burn-in and observed days). */
    public void runAll() {
        int n = totalSteps();
        while (stepCount < n) {
            hourStep();
        }
    }

    // ------------------------------------------------------------------ daily

    private void beginDay() {
        Parameters p = params;
        counters.reset();
        if (day > 0) {
            double r = 1 - p.attitudeDecay();
            for (int c = 0; c < city.communities; c++) {
                awarenessExcessSum[c] *= r;
                trustExcessSum[c] *= r;
            }
        }
        for (Offender o : offenders) {
            if (o.incarceratedUntil == day) {
                o.release(p, random);
            }
            o.forget(p.riskDecay());
        }
        for (int c = 0; c < city.communities; c++) {
            CadreTeam t = cadres[c];
            t.day(p, random, weekday);
            watchGroups[c].mobilisationHours += t.watchSupportHours();
            double expected = p.incidentsPer1000HouseholdsPerDay() * city.householdsPerCommunity / 1000.0;
            incidentsLeft[c] = Math.max(0, expected - t.mediations(p));
        }
        for (Officer o : officers) {
            o.updateMorale(this);
            receiveIncidents(o);
            o.planDay(this, day);
        }
    }

    /** Public-order incidents not settled by cadres' mediation reach the beat's officer. */
    private void receiveIncidents(Officer o) {
        Parameters p = params;
        double beat = o.buildingTo - o.buildingFrom;
        for (int k = 0; k < o.communities.length; k++) {
            int c = o.communities[k];
            double coverage = o.communityShares[k] * beat / city.buildingsPerCommunity;
            int n = poisson(incidentsLeft[c] * coverage, random);
            for (int e = 0; e < n; e++) {
                o.queue.add(p.incidentHours(), 0, p.registersPerCase() * p.hoursPerRegister(), day, -1, -1, c, false);
            }
            counters.add(c, Counters.INCIDENTS, n);
        }
    }

    private void endDay() {
        for (Officer o : officers) {
            closingOfficer = o;
            o.endDay(this, this);
        }
        closingOfficer = null;
        if (day % 30 == 29) {
            month();
        }
        if (day == burnInDays - 1 && params.cameraLayout() == CameraLayout.HOTSPOT) {
            placeCameras(CameraLayout.HOTSPOT);
        }
        if (day >= burnInDays || observeDuringBurnIn) {
            observe();
        }
    }

    /** A case leaves an officer's queue: the crime is cleared or not (seed process 5). */
    @Override
    public void completed(int reportDay, int household, int offender, int community, boolean cameraEvidence) {
        if (offender < 0) {
            return; // an incident: handled, nothing to clear
        }
        Parameters p = params;
        Offender off = offenders[offender];
        double prob = p.clearanceProbability() * closingOfficer.skill
            * (cameraEvidence ? 1 + p.cameraEvidenceBonus() : 1)
            * (off.floating && !off.registered ? p.unregisteredClearanceFactor() : 1)
            * StrictMath.pow(0.5, (day - reportDay) / p.evidenceHalfLifeDays());
        boolean cleared = random.nextDouble() < prob;
        if (cleared) {
            counters.add(community, Counters.CLEARED, 1);
            monthCleared[community]++;
            if (off.incarceratedUntil <= day) {
                off.incarceratedUntil = day + 1 + p.incarcerationDays();
            }
            off.learnRisk(community, p.riskLearning());
        }
        adjustAttitudes(household, 0, cleared ? p.clearedTrustGain() : -p.unclearedTrustLoss());
    }

    private void watchPatrols() {
        Parameters p = params;
        for (int c = 0; c < city.communities; c++) {
            WatchGroup w = watchGroups[c];
            if (w.dailyPatrolHours <= 0) {
                continue;
            }
            int units = stochasticRound(w.dailyPatrolHours / 3.0, random);
            counters.add(c, Counters.WATCH_PATROL_HOURS, units);
            int first = city.firstBuilding(c);
            for (int u = 0; u < units; u++) {
                int stops = stochasticRound(p.watchBuildingsPerHour(), random);
                for (int s = 0; s < stops; s++) {
                    int b = first + random.nextInt(city.buildingsPerCommunity);
                    markPresence(watchPresentAt, b);
                    if (watchStopCount == watchStops.length) {
                        watchStops = Arrays.copyOf(watchStops, watchStops.length * 2);
                    }
                    watchStops[watchStopCount++] = b;
                }
            }
        }
    }

    // ------------------------------------------------------------------ offending

    /** One attempt by an offender (seed process 3). */
    void attempt(Offender o) {
        Parameters p = params;
        double u = random.nextDouble();
        CrimeType type = u < p.burglaryShare() ? CrimeType.BURGLARY
            : u < p.burglaryShare() + p.vehicleTheftShare() ? CrimeType.VEHICLE_THEFT : CrimeType.FRAUD;
        int hh;
        int c;
        int b;
        if (type == CrimeType.FRAUD) {
            hh = random.nextInt(city.households); // by phone or online: anywhere in the city
            c = city.communityOfHousehold(hh);
            b = city.householdBuilding[hh];
        } else {
            c = o.chooseCommunity(random);
            b = targetBuilding(c);
            hh = city.hhStart[b] + random.nextInt(city.hhStart[b + 1] - city.hhStart[b]);
            o.lastBuilding = b;
            if (c != o.home) {
                counters.add(c, Counters.OUTSIDER_ATTEMPTS, 1);
            }
        }
        counters.add(c, Counters.ATTEMPTED, 1);
        int now = (int) stepCount;
        double aw = households.awareness(hh, day);
        boolean success;
        boolean awarenessRelated = false;
        if (type == CrimeType.FRAUD) {
            awarenessRelated = true;
            success = random.nextDouble() < p.fraudSuccessProbability() * (1 - aw);
        } else if (deterredByGuardians(b, now) || type == CrimeType.BURGLARY
                && households.atHome(hh, hour, weekday) && random.nextDouble() < p.occupantDeterrence()) {
            counters.add(c, Counters.DETERRED, 1);
            o.learnRisk(c, p.riskLearning());
            return;
        } else if (type == CrimeType.BURGLARY) {
            if (random.nextDouble() < p.unlockedDoorProbability() * (1 - aw)) {
                awarenessRelated = true; // walked in through an unlocked door
                success = true;
            } else {
                success = random.nextDouble() < p.forcedEntrySuccess()
                    * (households.has(hh, Households.PHYSICAL) ? 1 - p.physicalDefenceEffect() : 1)
                    * (households.has(hh, Households.TECH) ? 1 - p.techDefenceEffect() : 1);
            }
        } else {
            if (random.nextDouble() < p.carelessParkingProbability() * (1 - aw)) {
                awarenessRelated = true;
                success = random.nextDouble() < p.carelessVehicleTheftSuccess();
            } else {
                success = random.nextDouble() < p.securedVehicleTheftSuccess();
            }
        }
        if (success) {
            commit(o, type, hh, c, b, awarenessRelated);
        }
    }

    /** A building of community c, drawn by attractiveness (binary search on the cumulative weights). */
    private int targetBuilding(int c) {
        int lo = city.firstBuilding(c);
        int hi = lo + city.buildingsPerCommunity - 1;
        double u = random.nextDouble() * attractivenessCum[hi];
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (attractivenessCum[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** A capable guardian in or next to the building may stop the attempt. */
    private boolean deterredByGuardians(int b, int now) {
        Parameters p = params;
        return officerPresentAt[b] == now && random.nextDouble() < p.officerDeterrence()
            || watchPresentAt[b] == now && random.nextDouble() < p.watchDeterrence()
            || cameraCovers[b] && random.nextDouble() < p.cameraDeterrence();
    }

    private void commit(Offender o, CrimeType type, int hh, int c, int b, boolean awarenessRelated) {
        Parameters p = params;
        counters.add(c, Counters.COMMITTED, 1);
        counters.add(c, switch (type) {
            case BURGLARY -> Counters.BURGLARIES;
            case VEHICLE_THEFT -> Counters.VEHICLE_THEFTS;
            case FRAUD -> Counters.FRAUDS;
        }, 1);
        if (awarenessRelated) {
            counters.add(c, Counters.AWARENESS_RELATED, 1);
        }
        o.learnSuccess(c);
        crimesInBuilding[b]++;
        households.victimisations[hh]++;
        households.lastVictimDay[hh] = day;
        double trust = households.trust(hh, day);
        double pReport = ReportingDecision.probability(p, ReportingDecision.seriousness(p, type), trust,
            perceivedClearance[c], awarenessRelated);
        boolean reported = random.nextDouble() < pReport;
        if (crimeListener != null) {
            crimeListener.crime(b, type, reported, awarenessRelated);
        }
        if (reported) {
            counters.add(c, Counters.REPORTED, 1);
            monthReported[c]++;
            if (awarenessRelated) {
                counters.add(c, Counters.AWARENESS_RELATED_REPORTED, 1);
            }
            Officer officer = officers[officerOfBuilding[b]];
            officer.queue.add(p.statementHours() * p.statementVisits(), p.investigationHours(),
                p.registersPerCase() * p.hoursPerRegister(), day, hh, o.id, c,
                type != CrimeType.FRAUD && cameraCovers[b]);
        }
        // residents adapt: the victim a lot, the neighbours in the building a little
        adjustAttitudes(hh, p.victimAwarenessGain(), 0);
        if (p.neighbourAwarenessGain() > 0) {
            for (int j = city.hhStart[b]; j < city.hhStart[b + 1]; j++) {
                if (j != hh) {
                    adjustAttitudes(j, p.neighbourAwarenessGain(), 0);
                }
            }
        }
    }

    // ------------------------------------------------------------------ residents

    /** Household i sees its officer today (seed process 2). */
    public void sighting(int i) {
        int last = households.lastSeenDay[i];
        if (last == day) {
            return;
        }
        int c = city.communityOfHousehold(i);
        seenCount[c][last + seenOffset]--;
        seenCount[c][day + seenOffset]++;
        households.lastSeenDay[i] = day;
        adjustAttitudes(i, 0, params.contactTrustGain());
    }

    public void publicityReaches(int i) {
        adjustAttitudes(i, params.publicityAwarenessGain(), params.contactTrustGain());
    }

    private void adjustAttitudes(int i, double awarenessGain, double trustDelta) {
        households.adjust(i, day, awarenessGain, trustDelta, delta);
        int c = city.communityOfHousehold(i);
        awarenessExcessSum[c] += delta[0];
        trustExcessSum[c] += delta[1];
    }

    public void markOfficerPresence(int b) {
        markPresence(officerPresentAt, b);
    }

    private void markPresence(int[] presentAt, int b) {
        int now = (int) stepCount;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            presentAt[city.nb[k]] = now;
        }
    }

    public void addOrganisingHours(int community, double hours) {
        watchGroups[community].mobilisationHours += hours;
    }

    // ------------------------------------------------------------------ monthly

    private void month() {
        Parameters p = params;
        for (int c = 0; c < city.communities; c++) {
            watchGroups[c].month(p, random, contributionPropensity[c], belongingSum[c], city.householdsPerCommunity);
            if (monthReported[c] > 0) {
                perceivedClearance[c] = 0.7 * perceivedClearance[c] + 0.3 * monthCleared[c] / monthReported[c];
            }
            monthReported[c] = 0;
            monthCleared[c] = 0;
            registerFloating(c);
        }
        adoptTechDefence();
        if (p.awarenessCampaign() > 0) {
            for (int i = 0; i < households.n; i++) {
                adjustAttitudes(i, p.awarenessCampaign(), 0);
            }
        }
    }

    /**
     * The unregistered floating population of a community as a stock: newcomers arrive
     * unregistered with the miss rate, leavers take their share of the unregistered with them,
     * cadres' registration hours register some. Floating offenders of the community are
     * unregistered with the stock's share (seed 'also': outsiders go unmonitored).
     */
    private void registerFloating(int c) {
        Parameters p = params;
        CadreTeam t = cadres[c];
        double turnover = p.floatingTurnover();
        double u = unregisteredFloating[c];
        u += turnover * (floatingHouseholds[c] * p.registrationMissRate() - u);
        u = Math.max(0, u - t.registrationsThisMonth);
        unregisteredFloating[c] = u;
        t.registrationsThisMonth = 0;
        double unregisteredShare = floatingHouseholds[c] == 0 ? 0 : u / floatingHouseholds[c];
        for (Offender o : offenders) {
            if (o.home == c && o.floating) {
                o.registered = random.nextDouble() >= unregisteredShare;
            }
        }
    }

    /**
     * Households without technical defence adopt when willingness to pay, awareness and subsidy
     * outweigh the cost; neighbours' adoption in the building spreads it (seed process 6).
     */
    private void adoptTechDefence() {
        Parameters p = params;
        Households h = households;
        double rate = p.techAdoptionRate();
        if (rate <= 0) {
            return;
        }
        for (int b = 0; b < city.buildings; b++) {
            int from = city.hhStart[b];
            int to = city.hhStart[b + 1];
            double neighbourShare = (double) techInBuilding[b] / (to - from);
            double fixed = p.techDefenceSubsidy() - p.techDefenceCost() + p.techNeighbourWeight() * neighbourShare;
            for (int i = from; i < to; i++) {
                if (h.has(i, Households.TECH)) {
                    continue;
                }
                double utility = fixed + h.willingnessToPay[i] + h.awareness(i, day);
                double prob = rate * 2 / (1 + StrictMath.exp(-3 * utility));
                if (random.nextDouble() < prob) {
                    h.flags[i] |= Households.TECH;
                    techInBuilding[b]++;
                    techHomes[city.buildingCommunity[b]]++;
                }
            }
        }
    }

    // ------------------------------------------------------------------ cameras

    /** Places the public cameras by layout and recomputes their coverage. */
    void placeCameras(CameraLayout layout) {
        Parameters p = params;
        int n = layout == CameraLayout.NONE ? 0 : Math.min(p.publicCameras(), city.buildings);
        int[] chosen = new int[n];
        switch (layout) {
            case NONE -> { }
            case RANDOM -> {
                int[] all = identity(city.buildings);
                for (int k = 0; k < n; k++) {
                    int j = k + random.nextInt(all.length - k);
                    int t = all[k];
                    all[k] = all[j];
                    all[j] = t;
                    chosen[k] = all[k];
                }
            }
            case UNIFORM -> {
                for (int k = 0; k < n; k++) {
                    chosen[k] = (int) (((long) k * city.buildings + city.buildings / 2) / n);
                }
            }
            case ENTRANCES -> {
                int[] perimeter = new int[city.buildings];
                int m = 0;
                for (int b = 0; b < city.buildings; b++) {
                    if (city.onPerimeter(b)) {
                        perimeter[m++] = b;
                    }
                }
                for (int k = 0; k < n; k++) {
                    chosen[k] = k < m ? perimeter[(int) ((long) k * m / Math.min(n, m))] : (k * 7919) % city.buildings;
                }
            }
            case HOTSPOT -> {
                // most burn-in crime first; ties in random order (a stable sort of a shuffled list),
                // so equal counts do not favour low building numbers
                int[] shuffled = identity(city.buildings);
                for (int k = shuffled.length - 1; k > 0; k--) {
                    int j = random.nextInt(k + 1);
                    int t = shuffled[k];
                    shuffled[k] = shuffled[j];
                    shuffled[j] = t;
                }
                Integer[] order = new Integer[city.buildings];
                for (int k = 0; k < order.length; k++) {
                    order[k] = shuffled[k];
                }
                Arrays.sort(order, (a, bb) -> Integer.compare(crimesInBuilding[bb], crimesInBuilding[a]));
                for (int k = 0; k < n; k++) {
                    chosen[k] = order[k];
                }
            }
            default -> throw new IllegalStateException();
        }
        cameraBuildings = chosen;
        Arrays.fill(cameraCovers, false);
        int r = p.cameraRadius();
        for (int b : chosen) {
            for (int dx = -r; dx <= r; dx++) {
                for (int dy = -r; dy <= r; dy++) {
                    int cb = city.buildingAt(city.buildingX[b] + dx, city.buildingY[b] + dy);
                    if (cb >= 0) {
                        cameraCovers[cb] = true;
                    }
                }
            }
        }
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    // ------------------------------------------------------------------ observation

    private void observe() {
        int nC = city.communities;
        double[][] raw = counters.byCommunity;
        for (int c = 0; c < nC; c++) {
            double[] r = raw[c];
            WatchGroup w = watchGroups[c];
            CadreTeam t = cadres[c];
            int hh = city.householdsPerCommunity;
            r[Counters.HOUSEHOLDS] = hh;
            r[Counters.WATCH_MEMBERS] = w.members;
            r[Counters.WATCH_ACTIVE] = w.activeMembers;
            r[Counters.WATCH_FUNDING] = w.balance;
            r[Counters.WATCH_GROUPS_ACTIVE] = w.active(params) ? 1 : 0;
            r[Counters.CADRE_FORMS] = t.formsToday;
            r[Counters.CADRE_FUNDED] = t.fundedToday;
            r[Counters.CADRE_SAFETY] = t.safetyToday;
            r[Counters.TECH_HOMES] = techHomes[c];
            r[Counters.AWARENESS_SUM] = awarenessBaseSum[c] + awarenessExcessSum[c];
            r[Counters.TRUST_SUM] = trustBaseSum[c] + trustExcessSum[c];
            int seenRecently = 0;
            for (int d = 0; d < 10; d++) {
                seenRecently += seenCount[c][day - d + seenOffset];
            }
            r[Counters.UNSEEN_10D] = hh - seenRecently;
            r[Counters.MEDIAN_DAYS_SINCE_SIGHTING] = medianDaysSinceSighting(c, c + 1);
        }
        for (Offender o : offenders) {
            raw[o.home][o.incarceratedUntil > day ? Counters.OFFENDERS_INCARCERATED : Counters.OFFENDERS_ACTIVE]++;
        }
        double[] city = raw[nC];
        Arrays.fill(city, 0);
        for (int c = 0; c < nC; c++) {
            for (int k = 0; k < Counters.COUNT; k++) {
                city[k] += raw[c][k];
            }
        }
        city[Counters.MEDIAN_DAYS_SINCE_SIGHTING] = medianDaysSinceSighting(0, nC);
        Metric[] ms = Metric.all();
        for (int row = 0; row <= nC; row++) {
            for (int k = 0; k < ms.length; k++) {
                metricRows[row][k] = ms[k].compute(raw[row]);
            }
        }
        if (observer != null) {
            observer.day(day - burnInDays + 1, metricRows);
        }
    }

    /** Median days since sighting over communities [from, to), from the by-day counts. */
    private double medianDaysSinceSighting(int from, int to) {
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

    // ------------------------------------------------------------------ helpers

    /** Rounds x up with probability equal to its fraction, so integer activities keep the mean. */
    public static int stochasticRound(double x, MersenneTwisterFast rng) {
        int f = (int) Math.floor(x);
        return f + (rng.nextDouble() < x - f ? 1 : 0);
    }

    /** Poisson draw (Knuth for small means, normal approximation above 30). */
    public static int poisson(double mean, MersenneTwisterFast rng) {
        if (mean <= 0) {
            return 0;
        }
        if (mean > 30) {
            return Math.max(0, (int) Math.round(mean + Math.sqrt(mean) * rng.nextGaussian()));
        }
        double l = StrictMath.exp(-mean);
        int k = 0;
        double prod = rng.nextDouble();
        while (prod > l) {
            k++;
            prod *= rng.nextDouble();
        }
        return k;
    }

    private static double[] hourProfile() {
        double[] w = new double[24];
        for (int h = 0; h < 24; h++) {
            w[h] = h < 6 ? 0.8 : h < 8 ? 0.6 : h < 18 ? 1.3 : 0.8;
        }
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        for (int h = 0; h < 24; h++) {
            w[h] *= 24 / sum;
        }
        return w;
    }
}
