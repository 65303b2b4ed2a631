package org.commsafe.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;

/**
 * The output of one or more runs and sweeps read back for comparison: groups (a scenario of a
 * run, or a design point of a sweep), each with its replications' summary outcomes, and the
 * daily city series and community means needed for charts.
 */
public final class ResultSet {
    /** One scenario or design point. */
    public static final class Group {
        public final String name;
        public final Map<String, String> factors;
        public final List<Long> seeds = new ArrayList<>();
        /** Summary outcomes per replication, in {@link SummaryMetric} order (NaN when absent). */
        public final List<double[]> summaries = new ArrayList<>();
        /** Daily city rows: per metric, per day, sum / sum of squares / count over replications. */
        final List<double[][]> daily = new ArrayList<>();
        /** Community means over replications and days, per metric. */
        final Map<String, double[]> communitySums = new LinkedHashMap<>();
        final Map<String, Integer> communityCounts = new HashMap<>();
        public int gridWidth = 1;

        Group(String name, Map<String, String> factors) {
            this.name = name;
            this.factors = factors;
        }

        public double[] values(SummaryMetric m) {
            double[] v = new double[summaries.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = summaries.get(i)[m.ordinal()];
            }
            return v;
        }

        public int days() {
            return daily.size();
        }

        /** Mean and 95% interval across replications of a daily city metric on day d (0-based). */
        public double[] dailyBand(Metric m, int d) {
            double[] cell = daily.get(d)[m.ordinal()];
            double n = cell[2];
            double mean = cell[0] / n;
            double var = n > 1 ? Math.max(0, (cell[1] - n * mean * mean) / (n - 1)) : Double.NaN;
            double half = n > 1 ? new org.apache.commons.math3.distribution.TDistribution(n - 1)
                .inverseCumulativeProbability(0.975) * Math.sqrt(var / n) : 0;
            return new double[] {mean, mean - half, mean + half};
        }

        /** Mean of a daily metric per community over replications and days. */
        public Map<String, Double> communityMeans(Metric m) {
            Map<String, Double> out = new LinkedHashMap<>();
            communitySums.forEach((c, sums) -> out.put(c, sums[m.ordinal()] / communityCounts.get(c)));
            return out;
        }
    }

    public final Map<String, Group> groups = new LinkedHashMap<>();
    public final List<String> factorKeys = new ArrayList<>();
    public String design = "scenarios";

    /** Reads each directory: a run (summary.csv) or a sweep (runs.csv). */
    public static ResultSet read(List<Path> dirs) throws IOException {
        ResultSet rs = new ResultSet();
        for (Path dir : dirs) {
            if (Files.exists(dir.resolve("runs.csv"))) {
                rs.readSweep(dir);
            } else if (Files.exists(dir.resolve("summary.csv"))) {
                rs.readRun(dir);
            } else {
                throw new IOException(dir + ": neither a run (summary.csv) nor a sweep (runs.csv) directory");
            }
        }
        return rs;
    }

    private void readRun(Path dir) throws IOException {
        String yaml = Files.exists(dir.resolve("scenario.yaml")) ? Files.readString(dir.resolve("scenario.yaml")) : "";
        String name = field(yaml, "name", dir.getFileName().toString());
        int width = Integer.parseInt(field(yaml, "grid_width", "1"));
        if (groups.containsKey(name)) {
            throw new IOException(dir + ": a second result named '" + name + "'");
        }
        Group g = new Group(name, Map.of());
        g.gridWidth = width;
        groups.put(name, g);
        readSummaries(dir.resolve("summary.csv"), row -> g);
        if (Files.exists(dir.resolve("daily.csv"))) {
            readDaily(Files.newInputStream(dir.resolve("daily.csv")), row -> g);
        }
    }

    private void readSweep(Path dir) throws IOException {
        String manifest = Files.exists(dir.resolve("manifest.json")) ? Files.readString(dir.resolve("manifest.json")) : "";
        Matcher dm = Pattern.compile("\"design\": \"([^\"]*)\"").matcher(manifest);
        if (dm.find()) {
            design = dm.group(1);
        }
        Map<String, Integer> widths = new HashMap<>();
        if (Files.exists(dir.resolve("points.csv"))) {
            List<String> lines = Files.readAllLines(dir.resolve("points.csv"));
            List<String> head = Csv.split(lines.get(0));
            int w = head.indexOf("grid_width");
            for (String l : lines.subList(1, lines.size())) {
                List<String> f = Csv.split(l);
                widths.put(f.get(1), Integer.parseInt(f.get(w)));
            }
        }
        List<String> header = Csv.split(firstLine(dir.resolve("runs.csv")));
        int nameCol = header.indexOf("point_name");
        int repCol = header.indexOf("replication");
        for (int i = nameCol + 1; i < repCol; i++) {
            if (!factorKeys.contains(header.get(i))) {
                factorKeys.add(header.get(i));
            }
        }
        readSummaries(dir.resolve("runs.csv"), row -> {
            String name = row.get(nameCol);
            return groups.computeIfAbsent(name, n -> {
                Map<String, String> f = new LinkedHashMap<>();
                for (int i = nameCol + 1; i < repCol; i++) {
                    f.put(header.get(i), row.get(i));
                }
                Group g = new Group(n, f);
                g.gridWidth = widths.getOrDefault(n, 1);
                return g;
            });
        });
        if (Files.exists(dir.resolve("daily.csv.gz"))) {
            int col = Csv.split(firstLineGz(dir.resolve("daily.csv.gz"))).indexOf("point_name");
            readDaily(new GZIPInputStream(Files.newInputStream(dir.resolve("daily.csv.gz")), 1 << 16),
                row -> groups.get(row.get(col)));
        }
    }

    interface GroupOf {
        Group of(List<String> row);
    }

    private void readSummaries(Path file, GroupOf groupOf) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> header = Csv.split(lines.get(0));
        int seedCol = header.indexOf("seed");
        int[] cols = new int[SummaryMetric.values().length];
        for (SummaryMetric m : SummaryMetric.values()) {
            cols[m.ordinal()] = header.indexOf(m.column());
        }
        for (String line : lines.subList(1, lines.size())) {
            List<String> row = Csv.split(line);
            Group g = groupOf.of(row);
            g.seeds.add(Long.parseLong(row.get(seedCol)));
            double[] v = new double[cols.length];
            for (int k = 0; k < cols.length; k++) {
                v[k] = cols[k] < 0 ? Double.NaN : Csv.parse(row.get(cols[k]));
            }
            g.summaries.add(v);
        }
    }

    private void readDaily(InputStream in, GroupOf groupOf) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<String> header = Csv.split(r.readLine());
            int dayCol = header.indexOf("day");
            int commCol = header.indexOf("community");
            int[] cols = new int[Metric.all().length];
            for (Metric m : Metric.all()) {
                cols[m.ordinal()] = header.indexOf(m.column());
            }
            String line;
            while ((line = r.readLine()) != null) {
                List<String> row = Csv.split(line);
                Group g = groupOf.of(row);
                if (g == null) {
                    continue;
                }
                String comm = row.get(commCol);
                if (comm.equals("city")) {
                    int d = Integer.parseInt(row.get(dayCol)) - 1;
                    while (g.daily.size() <= d) {
                        g.daily.add(new double[cols.length][3]);
                    }
                    double[][] cell = g.daily.get(d);
                    for (int k = 0; k < cols.length; k++) {
                        double v = Csv.parse(row.get(cols[k]));
                        if (!Double.isNaN(v)) {
                            cell[k][0] += v;
                            cell[k][1] += v * v;
                            cell[k][2]++;
                        }
                    }
                } else {
                    double[] sums = g.communitySums.computeIfAbsent(comm, c -> new double[cols.length]);
                    for (int k = 0; k < cols.length; k++) {
                        double v = Csv.parse(row.get(cols[k]));
                        sums[k] += Double.isNaN(v) ? 0 : v;
                    }
                    g.communityCounts.merge(comm, 1, Integer::sum);
                }
            }
        }
    }

    private static String field(String yaml, String key, String dflt) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ":\\s*([^#\\n]+?)\\s*(#.*)?$").matcher(yaml);
        return m.find() ? m.group(1).replace("\"", "") : dflt;
    }

    private static String firstLine(Path p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p)) {
            return r.readLine();
        }
    }

    private static String firstLineGz(Path p) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(p)),
                StandardCharsets.UTF_8))) {
            return r.readLine();
        }
    }

    /** Minimal CSV reading for the files commsafe writes (RFC 4180 quoting, NA as missing). */
    static final class Csv {
        private Csv() {
        }

        static List<String> split(String line) {
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (quoted) {
                    if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cur.append('"');
                        i++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }

        static double parse(String s) {
            return s.isEmpty() || s.equals("NA") ? Double.NaN : Double.parseDouble(s);
        }
    }
}
