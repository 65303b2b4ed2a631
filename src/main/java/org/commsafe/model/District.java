package org.commsafe.model;

import java.util.Arrays;
import java.util.List;

/**
 * A planner's own district: settings of individual communities, in the order of the community
 * grid (row by row: community 0 at the top left, then along the x axis). Each community has a
 * name and any of the {@link Column}s; a column a community leaves empty, and every community
 * beyond the list, takes the scenario's global value of the parameter the column names. Part of
 * {@link Parameters} (not a parameter itself); the scenario loader reads it from a
 * {@code communities:} list or a CSV file named by {@code communities_file:}.
 */
public final class District {
    /** What a community may set: each column falls back to the global parameter of the same meaning. */
    public enum Column {
        HOUSEHOLDS("households", "households_per_community", true, false, 30, 200000, "households"),
        RENTAL_SHARE("rental_share", "rental_share", false, false, 0, 1, "share"),
        FLOATING_SHARE("floating_share", "floating_share", false, false, 0, 1, "share"),
        CAMERAS("cameras", null, true, false, 0, 10000, "cameras"),
        GATED("gated", "gated_share", false, true, 0, 1, "true/false"),
        GUARDS("guards", "guards_per_community", false, false, 0, 200, "guards on duty"),
        PROPERTY_MANAGEMENT("property_management", "property_management_share", false, true, 0, 1, "true/false");

        public final String key;
        /** The global parameter a community without this column takes (null: none, the column's default is 0). */
        public final String fallback;
        public final boolean integer;
        public final boolean bool;
        public final double min;
        public final double max;
        public final String unit;

        Column(String key, String fallback, boolean integer, boolean bool, double min, double max, String unit) {
            this.key = key;
            this.fallback = fallback;
            this.integer = integer;
            this.bool = bool;
            this.min = min;
            this.max = max;
            this.unit = unit;
        }

        public static Column byKey(String key) {
            for (Column c : values()) {
                if (c.key.equals(key)) {
                    return c;
                }
            }
            return null;
        }
    }

    /** One community: its name and a value per {@link Column} (NaN: not given; booleans as 0 or 1). */
    public record Community(String name, double[] values) {
        public Community {
            if (values.length != Column.values().length) {
                throw new IllegalArgumentException("expected " + Column.values().length + " values");
            }
            values = values.clone();
        }

        public boolean has(Column c) {
            return !Double.isNaN(values[c.ordinal()]);
        }

        public double get(Column c) {
            return values[c.ordinal()];
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Community q && name.equals(q.name) && Arrays.equals(values, q.values);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + Arrays.hashCode(values);
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("{name: ").append(name);
            for (Column c : Column.values()) {
                if (has(c)) {
                    double v = get(c);
                    sb.append(", ").append(c.key).append(": ")
                        .append(c.bool ? (v != 0 ? "true" : "false") : c.integer ? Long.toString((long) v) : Double.toString(v));
                }
            }
            return sb.append('}').toString();
        }
    }

    /** No per-community settings: every community takes the global values (named c00, c01, ...). */
    public static final District NONE = new District(List.of(), null, new int[0]);

    private final List<Community> communities;
    /** Where the list came from (a scenario or CSV file), for messages; not part of equality. */
    private final String origin;
    /** Line of each community in its file (0: unknown), for messages; not part of equality. */
    private final int[] lines;

    public District(List<Community> communities) {
        this(communities, null, new int[communities.size()]);
    }

    public District(List<Community> communities, String origin, int[] lines) {
        if (lines.length != communities.size()) {
            throw new IllegalArgumentException("one line per community");
        }
        this.communities = List.copyOf(communities);
        this.origin = origin;
        this.lines = lines.clone();
    }

    /** Line of community c in {@link #origin()} (0: unknown). */
    public int line(int c) {
        return lines[c];
    }

    public List<Community> communities() {
        return communities;
    }

    public int size() {
        return communities.size();
    }

    public boolean isEmpty() {
        return communities.isEmpty();
    }

    public String origin() {
        return origin;
    }

    /** Community c's settings, or null when the list does not reach it. */
    public Community community(int c) {
        return c < communities.size() ? communities.get(c) : null;
    }

    /** True when some community sets this column. */
    public boolean sets(Column col) {
        for (Community c : communities) {
            if (c.has(col)) {
                return true;
            }
        }
        return false;
    }

    /** Community c's value of a column, or {@code global} when the list does not set it. */
    public double value(int c, Column col, double global) {
        Community k = community(c);
        return k != null && k.has(col) ? k.get(col) : global;
    }

    /** Default name of community c when the list does not name it: c00, c01, ... */
    public static String defaultName(int c) {
        return "c" + (c < 10 ? "0" : "") + c;
    }

    public String name(int c) {
        Community k = community(c);
        return k != null ? k.name() : defaultName(c);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof District d && communities.equals(d.communities);
    }

    @Override
    public int hashCode() {
        return communities.hashCode();
    }

    @Override
    public String toString() {
        return communities.toString();
    }
}
