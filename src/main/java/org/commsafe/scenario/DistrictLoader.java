package org.commsafe.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commsafe.model.Decimal;
import org.commsafe.model.District;
import org.commsafe.model.Parameters;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A planner's own district ({@link District}) from a scenario: a {@code communities:} list of
 * mappings, or a CSV file named by {@code communities_file:} (path relative to the scenario
 * file) with a header line naming the columns. Every problem names the file, the line and the
 * field.
 *
 * <pre>
 * communities:
 *   - {name: old-town, households: 2400, rental_share: 0.2}
 *   - {name: urban-village, households: 5200, rental_share: 0.8, floating_share: 0.6}
 *
 * communities_file: districts/example-district.csv
 *   name,households,rental_share,floating_share,gated,guards,property_management,cameras
 *   old-town,2400,0.2,,false,0,false,0
 * </pre>
 */
public final class DistrictLoader {
    /** Communities a district may list: as many as the largest grid (100 x 100) holds. */
    public static final int MAX_COMMUNITIES = 10_000;

    private DistrictLoader() {
    }

    /** Columns a community may set, for messages. */
    public static String columns() {
        StringBuilder sb = new StringBuilder("name");
        for (District.Column c : District.Column.values()) {
            sb.append(", ").append(c.key);
        }
        return sb.toString();
    }

    /** The {@code communities:} list of a scenario file. */
    public static District fromYaml(Path file, YamlFile.Entry section) throws ScenarioException {
        List<Node> items = YamlFile.sequence(file, section.value(), section.key(), section.line());
        if (items.isEmpty()) {
            throw new ScenarioException(file, section.line(), section.key(), "the list is empty; list at least one community or remove the key");
        }
        if (items.size() > MAX_COMMUNITIES) {
            throw new ScenarioException(file, section.line(), section.key(), "more than " + MAX_COMMUNITIES + " communities");
        }
        List<District.Community> out = new ArrayList<>();
        int[] lines = new int[items.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int k = 0; k < items.size(); k++) {
            Node item = items.get(k);
            int line = YamlFile.line(item);
            Map<String, YamlFile.Entry> m = YamlFile.mapping(file, item, "communities[" + (k + 1) + "]");
            double[] values = unset();
            String name = null;
            for (YamlFile.Entry e : m.values()) {
                if (e.key().equals("name")) {
                    name = YamlFile.scalar(file, e);
                    continue;
                }
                District.Column col = column(file, e.line(), e.key());
                values[col.ordinal()] = value(file, e.line(), col, YamlFile.scalar(file, e));
            }
            if (name == null) {
                throw new ScenarioException(file, line, "name", "community " + (k + 1) + " has no name");
            }
            checkName(file, line, name, k, seen);
            out.add(new District.Community(name, values));
            lines[k] = line;
        }
        return new District(out, file.toString(), lines);
    }

    /** The CSV file a {@code communities_file:} entry names, relative to the scenario file. */
    public static District fromCsv(Path scenario, YamlFile.Entry e) throws ScenarioException {
        String raw = YamlFile.scalar(scenario, e);
        if (!raw.toLowerCase(Locale.ROOT).endsWith(".csv") || raw.indexOf('\0') >= 0) {
            throw new ScenarioException(scenario, e.line(), e.key(), "must name a .csv file, got '" + YamlFile.clip(raw) + "'");
        }
        Path csv;
        try {
            Path dir = scenario.toAbsolutePath().getParent();
            csv = dir == null ? Path.of(raw) : dir.resolve(raw).normalize();
        } catch (java.nio.file.InvalidPathException ex) {
            throw new ScenarioException(scenario, e.line(), e.key(), "not a valid path: '" + YamlFile.clip(raw) + "'");
        }
        String text;
        try {
            text = YamlFile.read(csv);
        } catch (ScenarioException ex) {
            throw new ScenarioException(scenario, e.line(), e.key(), YamlFile.clip(csv.toString(), 200) + ": "
                + ex.getMessage().replace("not a YAML file", "not a CSV file"));
        }
        return parseCsv(csv, text);
    }

    /** Parses CSV text (header line first; '#' comment lines and blank lines skipped). */
    static District parseCsv(Path csv, String text) throws ScenarioException {
        String[] rows = text.split("\r?\n", -1);
        List<District.Column> header = null;
        int nameAt = -1;
        List<District.Community> out = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < rows.length; r++) {
            int line = r + 1;
            String row = rows[r];
            if (row.isBlank() || row.stripLeading().startsWith("#")) {
                continue;
            }
            List<String> fields = split(csv, line, row);
            if (header == null) {
                header = new ArrayList<>();
                for (int i = 0; i < fields.size(); i++) {
                    String key = fields.get(i).trim().toLowerCase(Locale.ROOT);
                    if (key.equals("name")) {
                        nameAt = i;
                        header.add(null);
                        continue;
                    }
                    District.Column col = column(csv, line, key);
                    if (header.contains(col)) {
                        throw new ScenarioException(csv, line, key, "column named twice");
                    }
                    header.add(col);
                }
                if (nameAt < 0) {
                    throw new ScenarioException(csv, line, "name", "the header line has no 'name' column (columns: " + columns() + ")");
                }
                continue;
            }
            if (fields.size() != header.size()) {
                throw new ScenarioException(csv, line, null, "expected " + header.size() + " fields as in the header line, got "
                    + fields.size());
            }
            if (out.size() >= MAX_COMMUNITIES) {
                throw new ScenarioException(csv, line, null, "more than " + MAX_COMMUNITIES + " communities");
            }
            double[] values = unset();
            String name = fields.get(nameAt).trim();
            for (int i = 0; i < fields.size(); i++) {
                District.Column col = header.get(i);
                String v = fields.get(i).trim();
                if (col != null && !v.isEmpty()) {
                    values[col.ordinal()] = value(csv, line, col, v);
                }
            }
            checkName(csv, line, name, out.size(), seen);
            out.add(new District.Community(name, values));
            lines.add(line);
        }
        if (header == null) {
            throw new ScenarioException(csv, 1, null, "the file is empty; it needs a header line (" + columns() + ") and a line per community");
        }
        if (out.isEmpty()) {
            throw new ScenarioException(csv, 1, null, "no community after the header line");
        }
        return new District(out, csv.toString(), lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** Fields of a CSV line: commas separate, double quotes enclose a field with commas ("" is a quote). */
    private static List<String> split(Path csv, int line, String row) throws ScenarioException {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < row.length() && row.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    f.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(ch);
            }
        }
        if (quoted) {
            throw new ScenarioException(csv, line, null, "a quoted field is not closed on this line");
        }
        out.add(f.toString());
        return out;
    }

    private static double[] unset() {
        double[] v = new double[District.Column.values().length];
        java.util.Arrays.fill(v, Double.NaN);
        return v;
    }

    private static District.Column column(Path file, int line, String key) throws ScenarioException {
        District.Column col = District.Column.byKey(key);
        if (col == null) {
            List<String> keys = new ArrayList<>(List.of("name"));
            for (District.Column c : District.Column.values()) {
                keys.add(c.key);
            }
            String near = Suggest.nearest(key, keys);
            throw new ScenarioException(file, line, key, "unknown community field"
                + (near != null ? " (did you mean '" + near + "'?)" : "; fields: " + columns()));
        }
        return col;
    }

    private static double value(Path file, int line, District.Column col, String raw) throws ScenarioException {
        String t = raw.trim();
        if (col.bool) {
            switch (t.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1":
                    return 1;
                case "false", "no", "0":
                    return 0;
                default:
                    throw new ScenarioException(file, line, col.key, "expected true or false, got '" + YamlFile.clip(raw) + "'");
            }
        }
        double d;
        try {
            d = Decimal.parse(t);
        } catch (NumberFormatException ex) {
            throw new ScenarioException(file, line, col.key, "expected a " + (col.integer ? "whole " : "") + "number, got '"
                + YamlFile.clip(raw) + "'");
        }
        if (col.integer && d != Math.rint(d)) {
            throw new ScenarioException(file, line, col.key, "expected a whole number, got '" + YamlFile.clip(raw) + "'");
        }
        if (Double.isNaN(d) || d < col.min || d > col.max) {
            throw new ScenarioException(file, line, col.key, "value " + YamlFile.clip(t) + " is out of range ["
                + fmt(col.min) + ", " + fmt(col.max) + "] (" + col.unit + ")");
        }
        return d;
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
    }

    /** Names label outputs and charts: 1 to 40 letters, digits, '.', '_', '-' or spaces, unique, not 'city'. */
    private static void checkName(Path file, int line, String name, int index, Map<String, Integer> seen) throws ScenarioException {
        if (name.isEmpty() || name.length() > 40
                || !name.matches("[\\p{L}\\p{N}_][\\p{L}\\p{N} ._-]*")) {
            throw new ScenarioException(file, line, "name", "community " + (index + 1) + ": '" + YamlFile.clip(name)
                + "' is not a usable name: 1 to 40 letters, digits, spaces, '.', '_' or '-', starting with a letter or digit");
        }
        if (name.equalsIgnoreCase("city")) {
            throw new ScenarioException(file, line, "name", "'city' names the whole city's row in the outputs; choose another name");
        }
        Integer before = seen.put(name, line);
        if (before != null) {
            throw new ScenarioException(file, line, "name", "community name '" + YamlFile.clip(name) + "' used twice (first on line "
                + before + ")");
        }
    }

    /**
     * Refuses a district with more communities than the resolved scenario's grid holds, naming
     * the first community beyond it (file and line) and the fields to change.
     */
    public static void checkGrid(Path file, String field, Parameters p) throws ScenarioException {
        District d = p.district();
        if (d.size() <= p.communities()) {
            return;
        }
        int extra = p.communities();
        Path where = d.origin() == null ? file : Path.of(d.origin());
        throw new ScenarioException(where, d.line(extra), d.origin() == null ? field : "name",
            "community " + (extra + 1) + " ('" + YamlFile.clip(d.community(extra).name()) + "') is beyond the city's grid: "
            + "grid_width x grid_height = " + p.gridWidth() + " x " + p.gridHeight() + " holds " + p.communities()
            + " communities; enlarge the grid or list fewer communities");
    }
}
