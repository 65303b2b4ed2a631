package org.commsafe.model;

import java.util.Arrays;
import org.commsafe.agents.Offender;
import org.commsafe.agents.Officer;
import org.commsafe.agents.WatchGroup;
import org.commsafe.metrics.Counters;
import org.commsafe.metrics.Metric;
import org.commsafe.model.process.Adoption;
import org.commsafe.model.process.Attitudes;
import org.commsafe.model.process.CadreWork;
import org.commsafe.model.process.CameraPlacement;
import org.commsafe.model.process.CaseWork;
import org.commsafe.model.process.Contact;
import org.commsafe.model.process.Enforcement;
import org.commsafe.model.process.Guardianship;
import org.commsafe.model.process.HumanDefence;
import org.commsafe.model.process.Offending;
import org.commsafe.model.process.OfficerWork;
import org.commsafe.model.process.Population;
import org.commsafe.model.process.Process;
import org.commsafe.model.process.RemoteFraud;
import org.commsafe.model.process.Reporting;
import org.commsafe.model.process.WatchWork;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The commsafe model: the scheduler. One MASON step is one hour; a single repeating steppable
 * calls the processes of {@code docs/ODD.md} in its order: at hour 0 the morning (counters,
 * attitude decay, offenders entering and leaving, releases, minor-offender stock, cadres, officers'
 * morale, incidents and plans); every hour officer activities, enforcement arrests and fines,
 * watch patrols (by day 08-18 and in the evening 19-22) and offending; at hour 23 case work, cross-district enforcement, the monthly processes
 * every 30th day, and observation. Each process is a class of {@code model.process} with its own
 * random stream ({@link RandomStreams}). The model reads no files and knows nothing of the CLI or
 * GUI: it takes {@link Parameters} and reports each observed day to a {@link DayObserver}.
 */
public class CommSafeModel extends SimState {
    private static final long serialVersionUID = 1L;
    /** Initial days since sighting are spread over this many days before day 0. */
    static final int INITIAL_SEEN_SPREAD = 30;

    /** Receives each observed (post burn-in) day: rows [community..., city] x {@link Metric}. */
    public interface DayObserver {
        void day(int day, double[][] metrics);
    }

    public Parameters params;
    /** Report burn-in days to the observer too (day numbers <= 0); the GUI shows them. */
    public boolean observeDuringBurnIn;
    public final int burnInDays;
    public final int days;
    public transient DayObserver observer;
    private transient Offending.CrimeListener crimeListener;

    public City city;
    public Households households;
    public Officer[] officers;
    public Offender[] offenders;
    public WatchGroup[] watchGroups;
    public Counters counters;
    public final Clock clock = new Clock();

    private long seed64;
    private RandomStreams streams;
    private Attitudes attitudes;
    private Contact contact;
    private Guardianship guardians;
    private Reporting reporting;
    private CaseWork caseWork;
    private Offending offending;
    private RemoteFraud remoteFraud;
    private OfficerWork officerWork;
    private WatchWork watch;
    private CadreWork cadres;
    private Population population;
    private Adoption adoption;
    private Enforcement enforcement;
    private HumanDefence humanDefence;
    private double[][] metricRows;
    /** Officers per community (a beat over several communities counted by its share of buildings in each). */
    private double[] officerShare;
    private Process[] processes = new Process[0];

    public CommSafeModel(long seed, Parameters params, int burnInDays, int days) {
        super(seed);
        this.seed64 = seed;
        this.params = params;
        this.burnInDays = burnInDays;
        this.days = days;
    }

    /**
     * New levers for the running model (the GUI's live levers): the scheduler and every process
     * act with them from the next hour; levers read only at build wait for a restart.
     */
    public void setParameters(Parameters p) {
        params = p;
        for (Process proc : processes) {
            proc.use(p);
        }
    }

    /** The day trust is set at the equilibrium of measured contact: day 89, or the burn-in's last day if earlier. */
    public int trustSettleDay() {
        return Math.min(Contact.TRUST_SETTLE_DAY, burnInDays - 1);
    }

    /** The day technical defence is set at its equilibrium: day 359 (a monthly step), or the burn-in's last day if earlier. */
    public int adoptionSettleDay() {
        return burnInDays > Adoption.SETTLE_DAY ? Adoption.SETTLE_DAY : burnInDays - 1;
    }

    /** MASON's own generator keeps 32 bits of a seed; the model's streams take all 64 (used at the next start). */
    @Override
    public void setSeed(long seed) {
        super.setSeed(seed);
        this.seed64 = seed;
    }

    public int totalSteps() {
        return (burnInDays + days) * 24;
    }

    public int day() {
        return clock.day;
    }

    public int hour() {
        return clock.hour;
    }

    @Override
    public void start() {
        super.start();
        build();
        // the hour schedules the next one until the configured period (burn-in + days) is over: the
        // schedule is then empty, and MASON (and the GUI's Console) stops instead of running past the arrays
        schedule.scheduleOnce(0, 0, new Hour());
    }

    /** The model's one steppable: an hour of the city, then the next hour while the period lasts. */
    private static final class Hour implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState state) {
            CommSafeModel m = (CommSafeModel) state;
            m.hourStep();
            if (!m.finished()) {
                m.schedule.scheduleOnce(m.schedule.getTime() + 1.0, 0, this);
            }
        }
    }

    /** True once the configured period (burn-in + days) has been simulated: further hours do nothing. */
    public boolean finished() {
        return clock.step >= totalSteps();
    }

    /** Builds the city and its agents from the parameters and the city streams. */
    void build() {
        Parameters p = params;
        streams = new RandomStreams(seed64);
        clock.set(0);
        city = new City(p);
        int nC = city.communities;
        int maxDays = burnInDays + days + 2;
        households = new Households(city, p, maxDays + INITIAL_SEEN_SPREAD, INITIAL_SEEN_SPREAD, streams.households);
        counters = new Counters(nC + 1);
        metricRows = new double[nC + 1][Metric.all().length];

        int nOfficers = Beats.officerCount(p);
        int[][] beats = Beats.assign(city, nOfficers);
        officers = new Officer[nOfficers];
        int[] officerOfBuilding = new int[city.buildings];
        officerShare = new double[nC];
        for (int k = 0; k < nOfficers; k++) {
            officers[k] = new Officer(k, beats[k], city, p, streams.officers.at(k, 0));
            for (int b : beats[k]) {
                officerOfBuilding[b] = k;
                officerShare[city.buildingCommunity[b]] += 1.0 / beats[k].length;
            }
        }
        // offender slots (open population): lives drawn from the city stream at (slot, generation)
        offenders = Population.slots(p, city, streams.offenders);
        int localSlots = 0;
        for (Offender o : offenders) {
            localSlots += o.floating ? 0 : 1;
        }

        attitudes = new Attitudes(city, households, p, clock);
        contact = new Contact(city, households, p, clock, attitudes, maxDays, INITIAL_SEEN_SPREAD, trustSettleDay());
        contact.countIn(counters);
        guardians = new Guardianship(city, p, clock);
        guardians.countPresenceIn(counters);
        reporting = new Reporting(p, nC);
        caseWork = new CaseWork(p, clock, counters, offenders, reporting, attitudes, burnInDays, days);
        offending = new Offending(p, city, households, clock, counters, offenders, officers, officerOfBuilding, guardians,
            reporting, caseWork, attitudes, streams.offending, streams.attempt, streams.attractiveness, streams.placeChoice);
        offending.listener = crimeListener;
        humanDefence = new HumanDefence(p, city, streams.compounds);
        guardians.guardPresence = humanDefence.guardPresence;
        offending.humanDefence(humanDefence);
        reporting.humanDefence(humanDefence);
        remoteFraud = new RemoteFraud(p, city, households, clock, counters, officers, officerOfBuilding, reporting, caseWork,
            attitudes, streams.fraudCount, streams.fraudAttempt);
        remoteFraud.listener = crimeListener;
        officerWork = new OfficerWork(p, city, households, clock, counters, officers, guardians, contact,
            streams.officerPlan, streams.morale, streams.incidents, streams.patrol);
        watch = new WatchWork(p, city, households, clock, counters, guardians, attitudes, streams.watch, streams.watchPublicity,
            streams.watchLeave, streams.watchJoin, streams.watchPay);
        watchGroups = watch.groups;
        cadres = new CadreWork(p, city, clock, watchGroups, streams.cadre);
        cadres.countIn(counters);
        population = new Population(p, clock, households, city, offenders, cadres.teams, streams.registration, streams.tenancy,
            attitudes, counters, streams.offenders, localSlots);
        enforcement = new Enforcement(p, city, clock, counters, offenders, officers, streams.enforcementStop,
            streams.enforcementFine);
        adoption = new Adoption(p, city, households, clock, streams.adoption);
        adoption.initialise(streams.adoptionInit, false);
        processes = new Process[] {attitudes, contact, guardians, reporting, caseWork, offending, remoteFraud, officerWork, watch,
            cadres, population, adoption, enforcement, humanDefence};
        // hotspot cameras go where the burn-in's recorded crime was; until then they stand at random sites
        CameraLayout first = p.cameraLayout() == CameraLayout.HOTSPOT ? CameraLayout.RANDOM : p.cameraLayout();
        guardians.installCameras(CameraPlacement.withCommunityCameras(
            CameraPlacement.choose(first, p.publicCameras(), city, offending.recordedInBuilding, streams.cameras), city, streams.cameras));
        // the first month's watch group: funds and members before any patrol
        watch.month();
    }

    // ------------------------------------------------------------------ the hour

    /**
     * One hour of the city. Public so benchmarks and tests can drive the model without a schedule.
     * After the last hour of the configured period it does nothing ({@link #finished()}).
     */
    public void hourStep() {
        if (finished()) {
            return; // the period is over: its day-indexed arrays end here
        }
        if (clock.hour == 0) {
            beginDay();
        }
        officerWork.hour();
        enforcement.hour();
        watch.hour();
        offending.hour();
        if (clock.hour == 23) {
            endDay();
        }
        clock.set(clock.step + 1);
    }

    /** Runs the whole configured period (burn-in and observed days). */
    public void runAll() {
        int n = totalSteps();
        while (clock.step < n) {
            hourStep();
        }
    }

    private void beginDay() {
        counters.reset();
        if (clock.day > 0) {
            attitudes.decayDay();
            offending.placeRisk.decayDay();
            offending.timeRisk.decayDay();
        }
        population.beginDay();
        // the offender stock of the day, after the morning's releases: an offender arrested tonight
        // was at large today, so a sentence of N days keeps it inside on exactly N days
        for (Offender o : offenders) {
            if (o.present) {
                counters.add(o.home, o.activeOn(clock.day) ? Counters.OFFENDERS_ACTIVE : Counters.OFFENDERS_INCARCERATED, 1);
                if (o.floating && !o.registered) {
                    counters.add(o.home, Counters.OFFENDERS_UNREGISTERED, 1);
                }
            }
        }
        enforcement.beginDay();
        cadres.day();
        officerWork.beginDay(cadres.incidentsLeft);
    }

    private void endDay() {
        remoteFraud.day(); // the day's remote frauds, reported before the officers' case work
        for (Officer o : officers) {
            caseWork.closingSkill = o.skill;
            o.endDay(counters, watchGroups, caseWork);
        }
        enforcement.endDay();
        boolean monthEnd = clock.day % 30 == 29;
        if (monthEnd) {
            month();
        }
        if (clock.day == adoptionSettleDay() && !monthEnd) {
            adoption.initialise(streams.adoptionInit, true); // a short burn-in: settle at its end
        }
        if (clock.day == trustSettleDay()) {
            contact.settleTrust(); // trust at the equilibrium of each household's contact rate
            watch.settle(); // then watch groups near their stationary members, funds and status
        }
        if (clock.day == burnInDays - 1 && params.cameraLayout() == CameraLayout.HOTSPOT) {
            guardians.installCameras(CameraPlacement.withCommunityCameras(CameraPlacement.choose(CameraLayout.HOTSPOT,
                params.publicCameras(), city, offending.recordedInBuilding, streams.cameras), city, streams.cameras));
        }
        if (clock.day >= burnInDays || observeDuringBurnIn) {
            observe();
        }
    }

    private void month() {
        watch.month();
        officerWork.month(offending.recordedInBuilding);
        reporting.month();
        cadres.month();
        population.month();
        attitudes.month(watch); // belonging and willingness to pay, after the month's new tenants
        enforcement.month();
        if (clock.day == adoptionSettleDay()) {
            adoption.initialise(streams.adoptionInit, true); // the slow stock, at the equilibrium of settled attitudes
        } else {
            adoption.month();
        }
        attitudes.campaign();
    }

    // ------------------------------------------------------------------ observation

    private void observe() {
        int nC = city.communities;
        double[][] raw = counters.byCommunity;
        for (int c = 0; c < nC; c++) {
            double[] r = raw[c];
            WatchGroup w = watchGroups[c];
            r[Counters.HOUSEHOLDS] = city.households(c);
            r[Counters.OFFICERS] = officerShare[c];
            r[Counters.WATCH_MEMBERS] = w.members;
            r[Counters.WATCH_PAID] = w.paid;
            r[Counters.WATCH_FUNDING] = w.balance;
            r[Counters.WATCH_GROUPS_ACTIVE] = w.active() ? 1 : 0;
            r[Counters.WATCH_GROUPS] = 1;
            r[Counters.WATCH_SEEN] = watch.seenRecently(c);
            r[Counters.CADRE_FORMS] = cadres.teams[c].formsToday;
            r[Counters.CADRE_FUNDED] = cadres.teams[c].fundedToday;
            r[Counters.CADRE_SAFETY] = cadres.teams[c].safetyToday;
            r[Counters.CADRE_BACKLOG] = cadres.teams[c].formBacklog;
            r[Counters.UNREGISTERED_HOUSEHOLDS] = population.unregistered(c);
            r[Counters.BELONGING_SUM] = attitudes.belongingSum(c);
            r[Counters.WILLINGNESS_TO_PAY_SUM] = attitudes.willingnessToPaySum(c);
            r[Counters.TECH_HOMES] = adoption.techHomes(c);
            r[Counters.AWARENESS_SUM] = attitudes.awarenessSum(c);
            r[Counters.TRUST_SUM] = attitudes.trustSum(c);
            r[Counters.UNSEEN_10D] = contact.unseen10Days(c);
            r[Counters.MEDIAN_DAYS_SINCE_SIGHTING] = contact.medianDaysSinceSighting(c, c + 1);
            r[Counters.GATED] = humanDefence.gated[c] ? 1 : 0;
            r[Counters.GUARDS] = humanDefence.guards[c];
            r[Counters.PROPERTY_MANAGED] = humanDefence.managed[c] ? 1 : 0;
            r[Counters.HUMAN_DEFENCE_COST] = humanDefence.yearlyCost(c) / 365;
        }
        double[] cityRow = raw[nC];
        Arrays.fill(cityRow, 0);
        for (int c = 0; c < nC; c++) {
            for (int k = 0; k < Counters.COUNT; k++) {
                cityRow[k] += raw[c][k];
            }
        }
        cityRow[Counters.MEDIAN_DAYS_SINCE_SIGHTING] = contact.medianDaysSinceSighting(0, nC);
        Metric[] ms = Metric.all();
        for (int row = 0; row <= nC; row++) {
            for (int k = 0; k < ms.length; k++) {
                metricRows[row][k] = ms[k].compute(raw[row]);
            }
        }
        if (observer != null) {
            observer.day(clock.day - burnInDays + 1, metricRows);
        }
    }

    // ------------------------------------------------------------------ for the GUI and tests

    /** Told of every committed crime (the GUI draws them); null when headless. */
    public void setCrimeListener(Offending.CrimeListener l) {
        crimeListener = l;
        if (offending != null) {
            offending.listener = l;
            remoteFraud.listener = l;
        }
    }

    public int[] watchStops() {
        return watch.stops();
    }

    public int watchStopCount() {
        return watch.stopCount();
    }

    /** Puts public cameras on exactly these buildings (tests and experiments with a hand-made layout; after start). */
    public void installCameras(int[] buildings) {
        guardians.installCameras(buildings);
    }

    public int[] cameraBuildings() {
        return guardians.cameraBuildings;
    }

    public boolean[] cameraCovers() {
        return guardians.cameraCovers;
    }

    public int[] crimesInBuilding() {
        return offending.crimesInBuilding;
    }

    /** Reported burglaries and vehicle thefts per building since the start: where HOTSPOT cameras go. */
    public int[] recordedInBuilding() {
        return offending.recordedInBuilding;
    }

    /** Building-hours of officer presence in or next to each building since the start. */
    public double[] officerPresenceInBuilding() {
        return guardians.presenceHours;
    }

    public double perceivedClearance(int community) {
        return reporting.perceivedClearance(community);
    }
}
