package org.commsafe.scenario;

import java.util.Locale;
import java.util.Map;
import org.commsafe.model.ParameterSpace;

/** Writes a scenario with every parameter spelled out: the resolved configuration of a run. */
public final class ScenarioWriter {
    private ScenarioWriter() {
    }

    public static String toYaml(Scenario s) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Resolved scenario: every parameter, defaults included. Loadable as a scenario file.\n");
        sb.append("name: ").append(s.name()).append('\n');
        sb.append("description: ").append(quote(s.description())).append('\n');
        sb.append("replications: ").append(s.replications()).append('\n');
        sb.append("seed: ").append(s.seed()).append('\n');
        sb.append("days: ").append(s.days()).append('\n');
        sb.append("burn_in_days: ").append(s.burnInDays()).append('\n');
        sb.append("parameters:\n");
        for (Map.Entry<String, Object> e : ParameterSpace.toMap(s.parameters()).entrySet()) {
            ParameterSpace.Spec spec = ParameterSpace.spec(e.getKey());
            sb.append("  ").append(e.getKey()).append(": ").append(value(e.getValue()))
                .append("  # ").append(spec.meta().unit()).append('\n');
        }
        org.commsafe.model.District dist = s.parameters().district();
        if (!dist.isEmpty()) {
            sb.append("communities:  # the planner's district; fields not listed take the parameters above\n");
            for (org.commsafe.model.District.Community c : dist.communities()) {
                sb.append("  - {name: ").append(quote(c.name()));
                for (org.commsafe.model.District.Column col : org.commsafe.model.District.Column.values()) {
                    if (c.has(col)) {
                        double v = c.get(col);
                        sb.append(", ").append(col.key).append(": ")
                            .append(col.bool ? (v != 0 ? "true" : "false") : col.integer ? Long.toString((long) v) : value(v));
                    }
                }
                sb.append("}\n");
            }
        }
        if (!s.expectations().isEmpty()) {
            sb.append("expect:\n");
            s.expectations().forEach((m, d) -> sb.append("  ").append(m.column()).append(": ")
                .append(d.name().toLowerCase(Locale.ROOT)).append('\n'));
        }
        return sb.toString();
    }

    public static String value(Object v) {
        if (v instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? String.format(Locale.ROOT, "%.1f", d) : Double.toString(d);
        }
        return String.valueOf(v);
    }

    /** A YAML double-quoted string: backslash, quote and every control character escaped, so it reloads as written. */
    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' || c == '"') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append(' ');
            } else if (c < 0x20 || c >= 0x7f && c < 0xa0 || c == '\u2028' || c == '\u2029' || c == '\ufeff') {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
