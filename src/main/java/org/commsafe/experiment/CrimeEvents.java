package org.commsafe.experiment;

import java.util.Arrays;
import org.commsafe.agents.CrimeType;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.Parameters;
import org.commsafe.model.process.Offending;

/**
 * Every committed crime of one run, burn-in included, in primitive columns (the input of
 * {@link org.commsafe.analysis.Patterns}). Filled by a {@link Offending.CrimeListener}; a run
 * without it allocates nothing.
 */
public final class CrimeEvents {
    public static final int REPORTED = 1;
    /** Someone of the target household was at home at the hour of the crime. */
    public static final int AT_HOME = 2;

    public int size;
    public int[] day = new int[256];
    public int[] hour = new int[256];
    public int[] building = new int[256];
    public int[] household = new int[256];
    public byte[] type = new byte[256];
    public byte[] flags = new byte[256];
    /** Offender's home community, -1 when no local offender committed the crime. */
    public int[] offenderHome = new int[256];

    /** Appends one event. */
    public void add(int d, int h, int b, int hh, CrimeType t, boolean reported, boolean atHome, int home) {
        if (size == day.length) {
            int n = size * 2;
            day = Arrays.copyOf(day, n);
            hour = Arrays.copyOf(hour, n);
            building = Arrays.copyOf(building, n);
            household = Arrays.copyOf(household, n);
            type = Arrays.copyOf(type, n);
            flags = Arrays.copyOf(flags, n);
            offenderHome = Arrays.copyOf(offenderHome, n);
        }
        day[size] = d;
        hour[size] = h;
        building[size] = b;
        household[size] = hh;
        type[size] = (byte) t.ordinal();
        flags[size] = (byte) ((reported ? REPORTED : 0) | (atHome ? AT_HOME : 0));
        offenderHome[size] = home;
        size++;
    }

    public CrimeType type(int i) {
        return CrimeType.values()[type[i]];
    }

    public boolean has(int i, int flag) {
        return (flags[i] & flag) != 0;
    }

    /** A run's events with its city and observation window (days {@code firstDay} .. {@code endDay - 1}). */
    public record Run(CrimeEvents events, City city, int firstDay, int endDay) {
    }

    /**
     * Runs one replication headless (as {@link Replication#run}) and records its crimes. Whether
     * the household was at home is read from the model's households at the hour of the crime.
     */
    public static Run record(Parameters p, long seed, int burnInDays, int days) {
        CommSafeModel m = new CommSafeModel(seed, p, burnInDays, days);
        CrimeEvents ev = new CrimeEvents();
        m.start();
        m.setCrimeListener(new Offending.CrimeListener() {
            @Override
            public void crime(int building, CrimeType type, boolean reported, boolean awarenessRelated) {
                throw new AssertionError("event() is overridden");
            }

            @Override
            public void event(int d, int h, int b, int hh, CrimeType t, boolean reported, boolean awarenessRelated,
                              int offender, int home) {
                ev.add(d, h, b, hh, t, reported, m.households.atHome(hh, d, h), home);
            }
        });
        m.runAll();
        m.finish();
        return new Run(ev, m.city, burnInDays, burnInDays + days);
    }
}
