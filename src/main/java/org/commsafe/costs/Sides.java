package org.commsafe.costs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.analysis.ResultSet;

/**
 * The sides a cost-effectiveness analysis compares, read back from run and sweep outputs: each
 * scenario's or design point's summaries and seeds (via {@link ResultSet}, which refuses
 * unfinished or damaged outputs) and its resolved parameters (a run's scenario.yaml, a sweep's
 * points.csv), so runs need no cost columns of their own.
 */
public final class Sides {
    private Sides() {
    }

    public static Map<String, CostEffect.Side> read(List<Path> dirs) throws IOException {
        ResultSet rs = ResultSet.read(dirs);
        Map<String, Map<String, ?>> params = new LinkedHashMap<>();
        for (Path dir : dirs) {
            if (Files.exists(dir.resolve("points.csv"))) {
                List<String> lines = Files.readAllLines(dir.resolve("points.csv"), StandardCharsets.UTF_8);
                List<String> head = split(lines.get(0));
                for (int i = 1; i < lines.size(); i++) {
                    if (lines.get(i).isEmpty()) {
                        continue;
                    }
                    List<String> f = split(lines.get(i));
                    Map<String, String> m = new LinkedHashMap<>();
                    for (int k = 2; k < Math.min(head.size(), f.size()); k++) {
                        m.put(head.get(k), f.get(k));
                    }
                    params.put(f.get(1), m);
                }
            } else if (Files.exists(dir.resolve("scenario.yaml"))) {
                resolved(dir.resolve("scenario.yaml"), params);
            } else {
                throw new IOException(dir + ": neither points.csv nor scenario.yaml: the resolved parameters are needed to cost it");
            }
        }
        Map<String, CostEffect.Side> out = new LinkedHashMap<>();
        for (ResultSet.Group g : rs.groups.values()) {
            Map<String, ?> p = params.get(g.name);
            if (p == null) {
                throw new IOException("no resolved parameters for '" + g.name + "'");
            }
            long[] seeds = new long[g.seeds.size()];
            for (int i = 0; i < seeds.length; i++) {
                seeds[i] = g.seeds.get(i);
            }
            out.put(g.name, new CostEffect.Side(g.name, p, seeds, new ArrayList<>(g.summaries)));
        }
        return out;
    }

    private static final java.util.regex.Pattern LINE = java.util.regex.Pattern.compile(
        "^( *)([A-Za-z_][A-Za-z0-9_]*):\\s*(\"[^\"]*\"|[^#]*?)\\s*(#.*)?$");

    /**
     * The name and parameters of a run's resolved scenario.yaml (commsafe wrote it: every
     * parameter on a "  key: value  # unit" line under "parameters:").
     */
    static void resolved(Path file, Map<String, Map<String, ?>> params) throws IOException {
        String name = null;
        Map<String, String> m = new LinkedHashMap<>();
        boolean inParams = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            java.util.regex.Matcher x = LINE.matcher(line);
            if (!x.matches()) {
                continue;
            }
            String v = x.group(3).replace("\"", "");
            if (x.group(1).isEmpty()) {
                inParams = x.group(2).equals("parameters");
                if (x.group(2).equals("name")) {
                    name = v;
                }
            } else if (inParams) {
                m.put(x.group(2), v);
            }
        }
        if (name == null || m.isEmpty()) {
            throw new IOException(file + ": no name or no parameters: not a resolved scenario commsafe wrote");
        }
        params.put(name, m);
    }

    /** Fields of a line commsafe wrote (RFC 4180 quoting). */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        boolean q = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (q) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    sb.append('"');
                    i++;
                } else if (c == '"') {
                    q = false;
                } else {
                    sb.append(c);
                }
            } else if (c == '"') {
                q = true;
            } else if (c == ',') {
                out.add(sb.toString());
                sb.setLength(0);
            } else {
                sb.append(c);
            }
        }
        out.add(sb.toString());
        return out;
    }
}
