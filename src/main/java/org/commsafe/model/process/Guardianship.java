package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.metrics.Counters;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;

/**
 * Capable guardians (ODD submodel "guardianship"; Cohen and Felson 1979): an officer in or next
 * to the building for part of this hour (the attempt falls at a random minute, so the officer
 * deters with its deterrence probability times the share of the hour it was there, plus the
 * residual minutes after a hot-spot stop), a watch patrol in or next to the building (likewise
 * for the minutes of its passes), a guard near it (the share of the time one is), a public camera
 * covering it, or, for burglary,
 * someone at home (awake or asleep: occupant_deterrence or occupant_deterrence_asleep). Each present guardian stops the attempt with its own deterrence probability,
 * tried in a fixed order, and the first that stops it is credited (path accounting).
 */
public final class Guardianship implements Process {
    public static final int NONE = -1;
    public static final int OFFICER = 0;
    public static final int WATCH = 1;
    public static final int CAMERA = 2;
    public static final int OCCUPANT = 3;
    /** A security guard in or next to the building (human defence, {@link HumanDefence}). */
    public static final int GUARD = 4;
    /** A gated compound's access control, checked before the others ({@link Offending}). */
    public static final int GATE = 5;

    /** The counter of attempts stopped by each guardian. */
    public static int counter(int guardian) {
        return switch (guardian) {
            case OFFICER -> Counters.DETERRED_OFFICER;
            case WATCH -> Counters.DETERRED_WATCH;
            case CAMERA -> Counters.DETERRED_CAMERA;
            case OCCUPANT -> Counters.DETERRED_OCCUPANT;
            case GUARD -> Counters.DETERRED_GUARD;
            case GATE -> Counters.DETERRED_GATE;
            default -> throw new IllegalArgumentException("no guardian " + guardian);
        };
    }

    private final City city;
    private Parameters p;
    private final Clock clock;
    /** Absolute hour at which an officer / a watch patrol was last in or next to a building. */
    public final int[] officerPresentAt;
    public final int[] watchPresentAt;
    /** Minutes of that hour the officer was in or next to the building (an attempt falls at a random minute). */
    private final int[] officerMinutes;
    /** Minutes of that hour a watch patrol was in or next to the building (as for officers). */
    private final int[] watchMinutes;
    /** Hour of residual deterrence after a hot-spot stop (Koper 1995), and its minutes. */
    private final int[] residualAt;
    private final int[] residualMinutes;
    public final boolean[] cameraCovers;
    /** Buildings with a public camera. */
    public int[] cameraBuildings = new int[0];
    private Counters counters;
    /** Building-hours of officer presence in or next to each building since the start (tests, GUI). */
    public final double[] presenceHours;
    /** Share of the time a guard is in or next to each building (human defence, by building; all 0 without guards). */
    public double[] guardPresence;

    public Guardianship(City city, Parameters p, Clock clock) {
        this.city = city;
        this.p = p;
        this.clock = clock;
        officerPresentAt = new int[city.buildings];
        watchPresentAt = new int[city.buildings];
        officerMinutes = new int[city.buildings];
        watchMinutes = new int[city.buildings];
        residualAt = new int[city.buildings];
        residualMinutes = new int[city.buildings];
        Arrays.fill(officerPresentAt, -1);
        Arrays.fill(watchPresentAt, -1);
        Arrays.fill(residualAt, -1);
        cameraCovers = new boolean[city.buildings];
        presenceHours = new double[city.buildings];
        guardPresence = new double[city.buildings];
    }

    /** Where presence is counted (building-hours per community); null: not counted. */
    public void countPresenceIn(Counters c) {
        counters = c;
    }

    /**
     * Minutes of the hour the s-th of n passes lasts: the hour shared out in whole minutes that
     * add up to 60 (the first 60 mod n passes get one minute more), so no part of the hour is lost
     * to rounding whatever the pace (at more than 60 passes the passes beyond the 60th get none).
     */
    public static int passMinutes(int s, int n) {
        return 60 / n + (s < 60 % n ? 1 : 0);
    }

    /** An officer in building b for the whole hour (no residual). */
    public void markOfficer(int b) {
        markOfficer(b, 60, 0);
    }

    /**
     * An officer in building b for {@code minutes} of this hour: b and its neighbours are watched
     * for that long (minutes add up over stops, at most 60); {@code residual} minutes of the next
     * hour keep deterring after the officer has left (hot-spot stops).
     */
    public void markOfficer(int b, int minutes, int residual) {
        int now = (int) clock.step;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int nb = city.nb[k];
            int before = officerPresentAt[nb] == now ? officerMinutes[nb] : 0;
            int after = Math.min(60, before + minutes);
            officerPresentAt[nb] = now;
            officerMinutes[nb] = after;
            presenceHours[nb] += (after - before) / 60.0;
            if (counters != null) {
                counters.add(city.buildingCommunity[nb], Counters.OFFICER_PRESENCE, (after - before) / 60.0);
            }
            if (residual > 0 && (residualAt[nb] != now + 1 || residualMinutes[nb] < residual)) {
                residualAt[nb] = now + 1;
                residualMinutes[nb] = residual;
            }
        }
    }

    /** A watch patrol in building b for the whole hour. */
    public void markWatch(int b) {
        markWatch(b, 60);
    }

    /**
     * A watch patrol in building b for {@code minutes} of this hour: b and its neighbours are
     * watched for that long (minutes add up over passes, at most 60). A pass deters only while the
     * patrol is there, as an officer's does: a patrol passing 4 buildings an hour watches each for
     * 15 minutes, not for the whole hour.
     */
    public void markWatch(int b, int minutes) {
        int now = (int) clock.step;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            int nb = city.nb[k];
            int before = watchPresentAt[nb] == now ? watchMinutes[nb] : 0;
            watchPresentAt[nb] = now;
            watchMinutes[nb] = Math.min(60, before + minutes);
        }
    }

    /** Share of this hour a watch patrol deters at building b (its present minutes). */
    public double watchShare(int b) {
        return watchPresentAt[b] == (int) clock.step ? watchMinutes[b] / 60.0 : 0;
    }

    /** Share of this hour an officer deters at building b (present minutes, or residual minutes after a hot-spot stop). */
    public double officerShare(int b) {
        int now = (int) clock.step;
        int m = officerPresentAt[b] == now ? officerMinutes[b] : 0;
        if (residualAt[b] == now) {
            m = Math.min(60, m + residualMinutes[b]);
        }
        return m / 60.0;
    }

    /**
     * Which guardian stops a spatial attempt on building b this hour, or {@link #NONE}. Each
     * guardian has its own uniform, so whether a camera deters does not depend on whether an
     * officer happened to be there.
     */
    public int stoppedBy(int b, boolean occupantHome, double uOfficer, double uWatch, double uCamera, double uOccupant) {
        return stoppedBy(b, occupantHome, uOfficer, uWatch, uCamera, 1, uOccupant);
    }

    /** As above, with a guard of the building's community (guard_deterrence times its presence) tried after the camera. */
    public int stoppedBy(int b, boolean occupantHome, double uOfficer, double uWatch, double uCamera, double uGuard,
                         double uOccupant) {
        int now = (int) clock.step;
        if (uOfficer < p.officerDeterrence() * officerShare(b)) {
            return OFFICER;
        }
        if (uWatch < p.watchDeterrence() * watchShare(b)) {
            return WATCH;
        }
        if (cameraCovers[b] && uCamera < p.cameraDeterrence()) {
            return CAMERA;
        }
        if (uGuard < p.guardDeterrence() * guardPresence[b]) {
            return GUARD;
        }
        if (occupantHome && uOccupant < (asleep(clock.hour, p.bedtimeHour(), p.wakeHour()) ? p.occupantDeterrenceAsleep() : p.occupantDeterrence())) {
            return OCCUPANT;
        }
        return NONE;
    }

    /**
     * Occupants at home are asleep in this hour: from {@code bedtime} (inclusive) to {@code wake}
     * (exclusive), the window wrapping midnight when bedtime is after wake (default 23:00-07:00,
     * {@code bedtime_hour} and {@code wake_hour}); bedtime = wake is an empty window.
     */
    public static boolean asleep(int hour, int bedtime, int wake) {
        return bedtime > wake ? hour >= bedtime || hour < wake : hour >= bedtime && hour < wake;
    }

    /** Installs cameras on the given buildings and recomputes their coverage. */
    public void installCameras(int[] buildings) {
        cameraBuildings = buildings;
        Arrays.fill(cameraCovers, false);
        int r = p.cameraRadius();
        for (int b : buildings) {
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

    @Override
    public void use(Parameters p) {
        this.p = p;
    }
}
