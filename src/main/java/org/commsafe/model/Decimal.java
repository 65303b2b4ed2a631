package org.commsafe.model;

/**
 * Strict decimal numbers for every number read from a file or the command line, and values
 * quoted safely in error messages.
 */
public final class Decimal {
    private Decimal() {
    }

    private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile(
        "[+-]?(?:\\d+(?:_\\d+)*(?:\\.(?:\\d+(?:_\\d+)*)?)?|\\.\\d+(?:_\\d+)*)(?:[eE][+-]?\\d{1,4})?");

    /**
     * A strict decimal number: digits with an optional sign, fraction and exponent, '_' allowed
     * between digits (1_000). Java's suffixes and hexadecimal forms ("3000d", "0x1p10"), "NaN",
     * "Infinity" and numbers too large for a double are refused.
     *
     * @throws NumberFormatException when the text is not such a number
     */
    public static double parse(String text) {
        String t = text.trim();
        if (t.length() > 100 || !DECIMAL.matcher(t).matches()) {
            throw new NumberFormatException("(write plain decimal digits, e.g. 1500, 0.25 or 2.5e-3)");
        }
        double d = Double.parseDouble(t.replace("_", ""));
        if (Double.isInfinite(d)) {
            throw new NumberFormatException("(too large)");
        }
        return d;
    }

    /** A value quoted in a message: control characters escaped, at most 40 characters. */
    public static String clip(String raw) {
        return clip(raw, 40);
    }

    /** A value quoted in a message: control characters escaped, at most {@code max} characters. */
    public static String clip(String raw, int max) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length() && sb.length() < max; i++) {
            char c = raw.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.length() >= max && raw.length() > max ? sb + "..." : sb.toString();
    }

}
