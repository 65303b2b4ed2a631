package org.commsafe.experiment;

/**
 * Number formatting for output files, identical on every JVM: integers as integers, other
 * values rounded to 6 decimals without trailing zeros, missing values as NA (read as missing
 * by R and pandas). Double.toString is avoided on purpose: its digits changed in JDK 19.
 */
public final class Csv {
    private Csv() {
    }

    public static void num(StringBuilder sb, double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            sb.append("NA");
            return;
        }
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            sb.append((long) x);
            return;
        }
        long scaled = Math.round(x * 1e6);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 1_000_000);
        long frac = scaled % 1_000_000;
        if (frac != 0) {
            sb.append('.');
            String f = Long.toString(frac + 1_000_000).substring(1);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            sb.append(f, 0, end);
        }
    }

    public static String num(double x) {
        StringBuilder sb = new StringBuilder();
        num(sb, x);
        return sb.toString();
    }

    /** Quotes a field when it holds a comma, quote or newline (RFC 4180). */
    public static String field(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }
}
