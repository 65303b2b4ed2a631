package org.commsafe.model;

/** The model's time: the absolute hour (MASON step), and the day, hour of day and weekday it falls on. */
public final class Clock {
    /** Hours since the start of the burn-in. */
    public long step;
    public int day;
    public int hour;
    public boolean weekday;

    void set(long step) {
        this.step = step;
        this.day = (int) (step / 24);
        this.hour = (int) (step % 24);
        this.weekday = day % 7 < 5;
    }

    /** Months of 30 days since the start: the monthly processes' time index. */
    public int month() {
        return day / 30;
    }
}
