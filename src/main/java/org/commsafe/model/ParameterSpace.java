package org.commsafe.model;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameter space of {@link Parameters}, read once from its annotations: names, types,
 * defaults, ranges. Builds, validates and lists parameter sets; knows nothing of files.
 */
public final class ParameterSpace {

    /** One parameter: its scenario key, Java type and metadata. */
    public record Spec(String key, String component, Class<?> type, Param meta, int index) {
        public boolean isInteger() {
            return type == int.class || type == long.class;
        }

        public boolean isNumber() {
            return type == int.class || type == long.class || type == double.class;
        }

        public boolean isEnum() {
            return type.isEnum();
        }

        /** A human description of the valid values, for error messages and docs. */
        public String range() {
            if (isEnum()) {
                StringBuilder sb = new StringBuilder("one of ");
                Object[] cs = type.getEnumConstants();
                for (int i = 0; i < cs.length; i++) {
                    sb.append(i == 0 ? "" : ", ").append(cs[i]);
                }
                return sb.toString();
            }
            if (type == boolean.class) {
                return "true or false";
            }
            return "[" + fmt(meta.min()) + ", " + fmt(meta.max()) + "]";
        }

        private static String fmt(double d) {
            if (Double.isInfinite(d)) {
                return d > 0 ? "inf" : "-inf";
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
    }

    private static final List<Spec> SPECS;
    private static final Map<String, Spec> BY_KEY;
    private static final Constructor<Parameters> CANONICAL;
    private static final Parameters DEFAULTS;

    static {
        Field[] rc = fields();
        List<Spec> specs = new ArrayList<>();
        Map<String, Spec> byKey = new LinkedHashMap<>();
        for (int i = 0; i < rc.length; i++) {
            Param p = rc[i].getAnnotation(Param.class);
            if (p == null) {
                throw new IllegalStateException("Parameter " + rc[i].getName() + " lacks @Param");
            }
            Spec s = new Spec(snake(rc[i].getName()), rc[i].getName(), rc[i].getType(), p, i);
            specs.add(s);
            byKey.put(s.key(), s);
        }
        SPECS = Collections.unmodifiableList(specs);
        BY_KEY = Collections.unmodifiableMap(byKey);
        try {
            CANONICAL = Parameters.class.getDeclaredConstructor(Object[].class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
        Object[] values = new Object[specs.size()];
        for (Spec s : specs) {
            values[s.index()] = parse(s, s.meta().def());
        }
        DEFAULTS = construct(values);
        // values() is written in declaration order; the reflective field order must agree with it
        Object[] listed = DEFAULTS.values();
        for (int i = 0; i < rc.length; i++) {
            try {
                rc[i].setAccessible(true);
                if (!rc[i].get(DEFAULTS).equals(listed[i])) {
                    throw new IllegalStateException("Parameters.values() is out of order at " + rc[i].getName());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        List<String> problems = validate(DEFAULTS);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Defaults invalid: " + problems);
        }
    }

    private ParameterSpace() {
    }

    /** The parameter fields of {@link Parameters} in declaration order (the order of {@code Parameters.values()}). */
    static Field[] fields() {
        return java.util.Arrays.stream(Parameters.class.getDeclaredFields())
            .filter(f -> !Modifier.isStatic(f.getModifiers()) && f.getType() != District.class)
            .toArray(Field[]::new);
    }

    public static List<Spec> specs() {
        return SPECS;
    }

    public static Spec spec(String key) {
        return BY_KEY.get(key);
    }

    public static Parameters defaults() {
        return DEFAULTS;
    }

    /** camelCase to snake_case: householdsPerOfficer -> households_per_officer. */
    public static String snake(String camel) {
        StringBuilder sb = new StringBuilder();
        for (char c : camel.toCharArray()) {
            if (Character.isUpperCase(c) || Character.isDigit(c) && sb.length() > 0
                    && !Character.isDigit(sb.charAt(sb.length() - 1))) {
                sb.append('_');
            }
            sb.append(Character.toLowerCase(c));
        }
        return sb.toString();
    }

    /**
     * Parses a textual value for a parameter and checks its range.
     *
     * @throws IllegalArgumentException with a message fit for a user (no key; the caller adds it)
     */
    public static Object parse(Spec s, String raw) {
        String t = raw.trim();
        Object v;
        try {
            if (s.type() == int.class) {
                double d = Decimal.parse(t);
                if (d != Math.rint(d)) {
                    throw new IllegalArgumentException("expected a whole number, got '" + Decimal.clip(raw) + "'");
                }
                checkRange(s, d);
                v = (int) d;
            } else if (s.type() == double.class) {
                v = Decimal.parse(t);
            } else if (s.type() == boolean.class) {
                if (!t.equalsIgnoreCase("true") && !t.equalsIgnoreCase("false")) {
                    throw new IllegalArgumentException("expected true or false, got '" + Decimal.clip(raw) + "'");
                }
                v = Boolean.parseBoolean(t);
            } else if (s.isEnum()) {
                v = enumValue(s, t);
            } else {
                throw new IllegalStateException("unsupported type " + s.type());
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a " + (s.type() == int.class ? "whole " : "") + "number, got '"
                + Decimal.clip(raw) + "'" + (e.getMessage() != null && e.getMessage().startsWith("(") ? " " + e.getMessage() : ""));
        }
        checkRange(s, v);
        return v;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object enumValue(Spec s, String t) {
        try {
            return Enum.valueOf((Class) s.type(), t.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected " + s.range() + ", got '" + Decimal.clip(t) + "'");
        }
    }

    private static void checkRange(Spec s, Object v) {
        if (!s.isNumber()) {
            return;
        }
        double d = ((Number) v).doubleValue();
        if (Double.isNaN(d) || d < s.meta().min() || d > s.meta().max()) {
            throw new IllegalArgumentException("value " + v + " is out of range " + s.range()
                + " (" + s.meta().unit() + ")");
        }
    }

    /** Values of a parameter set, in declaration order, keyed by scenario key. */
    public static Map<String, Object> toMap(Parameters p) {
        Map<String, Object> m = new LinkedHashMap<>();
        Object[] values = p.values();
        for (Spec s : SPECS) {
            m.put(s.key(), values[s.index()]);
        }
        return m;
    }

    /** A copy of {@code base} with the given (already parsed) values replaced. */
    public static Parameters with(Parameters base, Map<String, Object> changes) {
        Map<String, Object> m = toMap(base);
        for (Map.Entry<String, Object> e : changes.entrySet()) {
            Spec s = BY_KEY.get(e.getKey());
            if (s == null) {
                throw new IllegalArgumentException("unknown parameter '" + e.getKey() + "'");
            }
            Object v = e.getValue() instanceof String str ? parse(s, str) : coerce(s, e.getValue());
            checkRange(s, v);
            m.put(e.getKey(), v);
        }
        Object[] values = new Object[SPECS.size()];
        for (Spec s : SPECS) {
            values[s.index()] = m.get(s.key());
        }
        Parameters out = construct(values);
        return base.district().isEmpty() ? out : out.withDistrict(base.district());
    }

    /** Shorthand for one change. */
    public static Parameters with(Parameters base, String key, Object value) {
        return with(base, Map.of(key, value));
    }

    private static Object coerce(Spec s, Object v) {
        if (s.type() == int.class && v instanceof Number n) {
            if (n.doubleValue() != Math.rint(n.doubleValue())) {
                throw new IllegalArgumentException("expected a whole number, got " + v);
            }
            return n.intValue();
        }
        if (s.type() == double.class && v instanceof Number n) {
            return n.doubleValue();
        }
        if (s.type().isInstance(v) || s.type() == boolean.class && v instanceof Boolean) {
            return v;
        }
        return parse(s, String.valueOf(v));
    }

    private static Parameters construct(Object[] values) {
        try {
            return CANONICAL.newInstance((Object) values);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks that involve more than one parameter. Returns problems, empty when valid. */
    public static List<String> validate(Parameters p) {
        List<String> out = new ArrayList<>();
        if (p.patrolShare() + p.publicityShare() > 1 + 1e-9) {
            out.add("patrol_share + publicity_share must not exceed 1 (organising takes the rest)");
        }
        if (p.cadreRegistrationShare() + p.cadreWatchSupportShare() > 1 + 1e-9) {
            out.add("cadre_registration_share + cadre_watch_support_share must not exceed 1 (mediation takes the rest)");
        }
        if (p.watchStartHour() + p.watchPatrolHours() > 24) {
            out.add("watch_start_hour + watch_patrol_hours must end the patrol by midnight (24)");
        }
        if (p.officerShiftStart() + p.officerHoursPerDay() > 24 + 1e-9) {
            out.add("officer_shift_start + officer_hours_per_day must end the shift by midnight (24)");
        }
        if (p.district().size() > p.communities()) {
            out.add("the district lists " + p.district().size() + " communities but grid_width x grid_height holds "
                + p.communities() + " (" + p.gridWidth() + " x " + p.gridHeight() + ")");
        }
        if (p.householdsPerBuilding() > p.householdsPerCommunity()) {
            out.add("households_per_building must not exceed households_per_community");
        }
        return out;
    }
}
