package org.commsafe.model.process;

import java.util.Arrays;
import org.commsafe.model.City;
import org.commsafe.model.Clock;
import org.commsafe.model.Parameters;

/**
 * Capable guardians (ODD submodel "guardianship"; Cohen and Felson 1979): an officer or a watch
 * patrol in or next to the building this hour, a public camera covering it, or, for burglary,
 * someone at home (awake or asleep: occupant_deterrence or occupant_deterrence_asleep). Each present guardian stops the attempt with its own deterrence probability,
 * tried in a fixed order, and the first that stops it is credited (path accounting).
 */
public final class Guardianship implements Process {
    public static final int NONE = -1;
    public static final int OFFICER = 0;
    public static final int WATCH = 1;
    public static final int CAMERA = 2;
    public static final int OCCUPANT = 3;

    private final City city;
    private Parameters p;
    private final Clock clock;
    /** Absolute hour at which an officer / a watch patrol was last in or next to a building. */
    public final int[] officerPresentAt;
    public final int[] watchPresentAt;
    public final boolean[] cameraCovers;
    /** Buildings with a public camera. */
    public int[] cameraBuildings = new int[0];

    public Guardianship(City city, Parameters p, Clock clock) {
        this.city = city;
        this.p = p;
        this.clock = clock;
        officerPresentAt = new int[city.buildings];
        watchPresentAt = new int[city.buildings];
        Arrays.fill(officerPresentAt, -1);
        Arrays.fill(watchPresentAt, -1);
        cameraCovers = new boolean[city.buildings];
    }

    public void markOfficer(int b) {
        mark(officerPresentAt, b);
    }

    public void markWatch(int b) {
        mark(watchPresentAt, b);
    }

    private void mark(int[] presentAt, int b) {
        int now = (int) clock.step;
        for (int k = city.nbStart[b]; k < city.nbStart[b + 1]; k++) {
            presentAt[city.nb[k]] = now;
        }
    }

    /**
     * Which guardian stops a spatial attempt on building b this hour, or {@link #NONE}. Each
     * guardian has its own uniform, so whether a camera deters does not depend on whether an
     * officer happened to be there.
     */
    public int stoppedBy(int b, boolean occupantHome, double uOfficer, double uWatch, double uCamera, double uOccupant) {
        int now = (int) clock.step;
        if (officerPresentAt[b] == now && uOfficer < p.officerDeterrence()) {
            return OFFICER;
        }
        if (watchPresentAt[b] == now && uWatch < p.watchDeterrence()) {
            return WATCH;
        }
        if (cameraCovers[b] && uCamera < p.cameraDeterrence()) {
            return CAMERA;
        }
        if (occupantHome && uOccupant < (asleep(clock.hour) ? p.occupantDeterrenceAsleep() : p.occupantDeterrence())) {
            return OCCUPANT;
        }
        return NONE;
    }

    /**
     * Occupants at home sleep 23:00-07:00 (assumption: an urban routine with 8 hours of night
     * sleep; NBS 2019, the 2018 China time use survey: 9 h 19 min a day of sleep and rest, naps
     * included). A constant, not a parameter: the record of parameters is at the JVM's limit of
     * 255 constructor slots (see docs/ODD.md, offending).
     */
    public static final int BEDTIME = 23;
    public static final int WAKE = 7;

    public static boolean asleep(int hour) {
        return hour >= BEDTIME || hour < WAKE;
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
