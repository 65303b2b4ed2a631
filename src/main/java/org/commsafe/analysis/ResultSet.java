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
        /** City rows read per day (one per replication in a complete file). */
        final List<int[]> cityRows = new ArrayList<>();
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

    /** Notes on the inputs that do not stop a comparison (failed runs of a sweep). */
    public final List<String> warnings = new ArrayList<>();

    /** A malformed or unfinished input, with a message naming the file (and line). */
    public static final class BadInputException extends IOException {
        private static final long serialVersionUID = 1L;

        BadInputException(String message) {
            super(message);
        }
    }

    /**
     * Reads each directory: a run (summary.csv) or a sweep (runs.csv). Refuses a directory
     * without a finished manifest, and any file that is cut short, empty or malformed (the
     * message names the file and line).
     */
    public static ResultSet read(List<Path> dirs) throws IOException {
        ResultSet rs = new ResultSet();
        for (Path dir : dirs) {
            try {
                if (!Files.isDirectory(dir)) {
                    throw new BadInputException(dir + ": no such directory");
                }
                if (Files.exists(dir.resolve("runs.csv")) || Files.exists(dir.resolve("parts"))) {
                    String manifest = rs.manifest(dir);
                    rs.readSweep(dir, manifest);
                } else if (Files.exists(dir.resolve("summary.csv")) || Files.exists(dir.resolve("daily.csv"))) {
                    String manifest = rs.manifest(dir);
                    rs.readRun(dir, manifest);
                } else if (Files.exists(dir.resolve("manifest.json")) || Files.exists(dir.resolve("fingerprint.txt"))) {
                    throw new BadInputException(dir + ": unfinished output: it has no runs.csv or summary.csv yet");
                } else {
                    throw new BadInputException(dir + ": neither a run (summary.csv) nor a sweep (runs.csv) directory");
                }
            } catch (BadInputException e) {
                throw e;
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new BadInputException(dir + ": a file is not UTF-8 text (" + e + ")");
            } catch (IOException | RuntimeException e) {
                throw new BadInputException(dir + ": cannot read (" + e + ")");
            }
        }
        if (rs.groups.isEmpty()) {
            throw new BadInputException(dirs + ": no runs to compare");
        }
        return rs;
    }

    /** The manifest of a finished output; refuses a directory whose output is unfinished. */
    private String manifest(Path dir) throws IOException {
        Path p = dir.resolve("manifest.json");
        if (!Files.isRegularFile(p)) {
            throw new BadInputException(dir + ": unfinished output: no manifest.json (commsafe writes it last, only when a run"
                + " or sweep has finished; rerun it, or continue a sweep with --resume)");
        }
        String m = Files.readString(p, StandardCharsets.UTF_8);
        if (!m.stripTrailing().endsWith("}")) {
            throw new BadInputException(p + ": cut short (not a complete manifest)");
        }
        Matcher st = Pattern.compile("(?m)^  \"status\": \"([^\"]*)\"").matcher(m);
        if (st.find() && !st.group(1).startsWith("finished")) {
            throw new BadInputException(p + ": status '" + st.group(1) + "', not finished");
        }
        Matcher failed = Pattern.compile("\"run\": (\\d+),\\s*\"point\": \"((?:[^\"\\\\]|\\\\.)*)\",\\s*\"replication\": (\\d+),"
            + "\\s*\"seed\": (-?\\d+),\\s*\"status\": \"failed\"").matcher(m);
        List<String> runs = new ArrayList<>();
        while (failed.find()) {
            runs.add("run " + failed.group(1) + " (point " + failed.group(2) + ", replication " + failed.group(3) + ")");
        }
        if (!runs.isEmpty()) {
            warnings.add(dir + ": " + runs.size() + " run(s) failed and are not in the comparison: "
                + String.join(", ", runs.size() > 10 ? runs.subList(0, 10) : runs) + (runs.size() > 10 ? ", ..." : "")
                + "; rerun the sweep with --resume to complete it");
        }
        return m;
    }

    private void readRun(Path dir, String manifest) throws IOException {
        String yaml = Files.exists(dir.resolve("scenario.yaml")) ? Files.readString(dir.resolve("scenario.yaml")) : "";
        String name = field(yaml, "name", dir.getFileName().toString());
        int width;
        try {
            width = Integer.parseInt(field(yaml, "grid_width", "1"));
        } catch (NumberFormatException e) {
            throw new BadInputException(dir.resolve("scenario.yaml") + ": grid_width is not a whole number");
        }
        if (groups.containsKey(name)) {
            throw new BadInputException(dir + ": a second result named '" + name + "'");
        }
        Group g = new Group(name, Map.of());
        g.gridWidth = width;
        groups.put(name, g);
        int rows = readSummaries(dir.resolve("summary.csv"), row -> g);
        Matcher seeds = Pattern.compile("\"replication_seeds\": \\[([^\\]]*)\\]").matcher(manifest);
        if (seeds.find()) {
            int expected = seeds.group(1).isBlank() ? 0 : seeds.group(1).split(",").length;
            if (expected != rows) {
                throw new BadInputException(dir.resolve("summary.csv") + ": " + rows + " replications, but manifest.json records "
                    + expected);
            }
        }
        if (Files.exists(dir.resolve("daily.csv"))) {
            Path daily = dir.resolve("daily.csv");
            if (Files.size(daily) > 0) {
                try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(daily.toFile(), "r")) {
                    f.seek(f.length() - 1);
                    if (f.read() != '\n') {
                        throw new BadInputException(daily + ": last line is cut short (no line end): the file was truncated");
                    }
                }
            }
            readDaily(daily, Files.newInputStream(daily), row -> g);
            checkDailyComplete(daily, List.of(g));
        }
    }

    private void readSweep(Path dir, String manifest) throws IOException {
        Matcher dm = Pattern.compile("\"design\": \"([^\"]*)\"").matcher(manifest);
        if (dm.find()) {
            design = dm.group(1);
        }
        Map<String, Integer> widths = new HashMap<>();
        Path pointsFile = dir.resolve("points.csv");
        if (Files.exists(pointsFile)) {
            List<String> lines = lines(pointsFile);
            List<String> head = Csv.split(lines.get(0));
            int w = head.indexOf("grid_width");
            if (head.size() < 2) {
                throw new BadInputException(pointsFile + ":1: header lacks point and point_name");
            }
            for (int i = 1; i < lines.size(); i++) {
                List<String> f = fields(pointsFile, i + 1, lines.get(i), head.size());
                try {
                    widths.put(f.get(1), w < 0 ? 1 : Integer.parseInt(f.get(w)));
                } catch (NumberFormatException e) {
                    throw new BadInputException(pointsFile + ":" + (i + 1) + ": grid_width '" + f.get(w) + "' is not a whole number");
                }
            }
        }
        Path runsFile = dir.resolve("runs.csv");
        List<String> header = Csv.split(firstLine(runsFile));
        int nameCol = header.indexOf("point_name");
        int repCol = header.indexOf("replication");
        if (nameCol < 0 || repCol < nameCol) {
            throw new BadInputException(runsFile + ":1: header lacks point_name or replication");
        }
        for (int i = nameCol + 1; i < repCol; i++) {
            // a factor named like an output is written factor_KEY (SweepFiles.factorColumn)
            String key = org.commsafe.experiment.SweepFiles.factorKey(header.get(i));
            if (!factorKeys.contains(key)) {
                factorKeys.add(key);
            }
        }
        int rows = readSummaries(runsFile, row -> {
            String name = row.get(nameCol);
            return groups.computeIfAbsent(name, n -> {
                Map<String, String> f = new LinkedHashMap<>();
                for (int i = nameCol + 1; i < repCol; i++) {
                    f.put(org.commsafe.experiment.SweepFiles.factorKey(header.get(i)), row.get(i));
                }
                Group g = new Group(n, f);
                g.gridWidth = widths.getOrDefault(n, 1);
                return g;
            });
        });
        int completed = count(manifest, "\"status\": \"completed\"");
        Matcher total = Pattern.compile("\"total_runs\": (\\d+)").matcher(manifest);
        int expected = completed > 0 || manifest.contains("\"runs\": [") ? completed
            : total.find() ? Integer.parseInt(total.group(1)) : rows;
        if (expected != rows) {
            throw new BadInputException(runsFile + ": " + rows + " runs, but manifest.json records " + expected + " completed");
        }
        Path dailyFile = dir.resolve("daily.csv.gz");
        if (Files.exists(dailyFile)) {
            int col = Csv.split(firstLineGz(dailyFile)).indexOf("point_name");
            if (col < 0) {
                throw new BadInputException(dailyFile + ":1: header lacks point_name");
            }
            readDaily(dailyFile, new GZIPInputStream(Files.newInputStream(dailyFile), 1 << 16),
                row -> groups.get(row.get(col)));
            checkDailyComplete(dailyFile, groups.values());
        }
    }

    /** Every day of a group's daily file has a city row per replication of its summaries. */
    private static void checkDailyComplete(Path file, java.util.Collection<Group> gs) throws BadInputException {
        for (Group g : gs) {
            for (int d = 0; d < g.cityRows.size(); d++) {
                int n = g.cityRows.get(d)[0];
                if (n != g.summaries.size()) {
                    throw new BadInputException(file + ": day " + (d + 1) + " of " + g.name + " has " + n + " city rows, but "
                        + g.summaries.size() + " replications have summaries (the file is incomplete or has extra rows)");
                }
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    /** The lines of a file commsafe wrote: UTF-8, a header, every line ended (else it was cut short). */
    private static List<String> lines(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length == 0) {
            throw new BadInputException(file + ": empty (not even a header)");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        }
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.get(lines.size() - 1).isEmpty()) {
            throw new BadInputException(file + ":" + lines.size() + ": last line is cut short (no line end): the file was truncated");
        }
        lines.remove(lines.size() - 1);
        return lines;
    }

    /** A row's fields, refusing a row with another number of fields than the header. */
    private static List<String> fields(Path file, int lineNo, String line, int expected) throws BadInputException {
        List<String> row = Csv.split(line);
        if (row.size() != expected) {
            throw new BadInputException(file + ":" + lineNo + ": " + row.size() + " fields, the header has " + expected);
        }
        return row;
    }

    private static double number(Path file, int lineNo, String column, String v) throws BadInputException {
        try {
            return Csv.parse(v);
        } catch (NumberFormatException e) {
            throw new BadInputException(file + ":" + lineNo + ": " + column + ": '" + v + "' is not a number");
        }
    }

    interface GroupOf {
        Group of(List<String> row);
    }

    /** Reads summary rows into their groups; returns the number of rows. */
    private int readSummaries(Path file, GroupOf groupOf) throws IOException {
        List<String> lines = lines(file);
        List<String> header = Csv.split(lines.get(0));
        int seedCol = header.indexOf("seed");
        if (seedCol < 0) {
            throw new BadInputException(file + ":1: no 'seed' column in the header");
        }
        if (lines.size() == 1) {
            throw new BadInputException(file + ": no runs (a header and no rows)");
        }
        int[] cols = new int[SummaryMetric.values().length];
        for (SummaryMetric m : SummaryMetric.values()) {
            cols[m.ordinal()] = header.indexOf(m.column());
        }
        for (int i = 1; i < lines.size(); i++) {
            List<String> row = fields(file, i + 1, lines.get(i), header.size());
            Group g = groupOf.of(row);
            try {
                g.seeds.add(Long.parseLong(row.get(seedCol)));
            } catch (NumberFormatException e) {
                throw new BadInputException(file + ":" + (i + 1) + ": seed '" + row.get(seedCol) + "' is not a whole number");
            }
            double[] v = new double[cols.length];
            for (int k = 0; k < cols.length; k++) {
                v[k] = cols[k] < 0 ? Double.NaN : number(file, i + 1, header.get(cols[k]), row.get(cols[k]));
            }
            g.summaries.add(v);
        }
        return lines.size() - 1;
    }

    private void readDaily(Path file, InputStream in, GroupOf groupOf) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()), 1 << 16)) {
            String first = r.readLine();
            if (first == null) {
                throw new BadInputException(file + ": empty (not even a header)");
            }
            List<String> header = Csv.split(first);
            int dayCol = header.indexOf("day");
            int commCol = header.indexOf("community");
            if (dayCol < 0 || commCol < 0) {
                throw new BadInputException(file + ":1: header lacks day or community");
            }
            int[] cols = new int[Metric.all().length];
            for (Metric m : Metric.all()) {
                cols[m.ordinal()] = header.indexOf(m.column());
            }
            String line;
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                List<String> row = fields(file, lineNo, line, header.size());
                Group g = groupOf.of(row);
                if (g == null) {
                    continue;
                }
                String comm = row.get(commCol);
                if (comm.equals("city")) {
                    int d;
                    try {
                        d = Integer.parseInt(row.get(dayCol)) - 1;
                    } catch (NumberFormatException e) {
                        throw new BadInputException(file + ":" + lineNo + ": day '" + row.get(dayCol) + "' is not a whole number");
                    }
                    if (d < 0 || d > 10_000_000) {
                        throw new BadInputException(file + ":" + lineNo + ": day " + (d + 1) + " out of range");
                    }
                    while (g.daily.size() <= d) {
                        g.daily.add(new double[cols.length][3]);
                        g.cityRows.add(new int[1]);
                    }
                    g.cityRows.get(d)[0]++;
                    double[][] cell = g.daily.get(d);
                    for (int k = 0; k < cols.length; k++) {
                        double v = cols[k] < 0 ? Double.NaN : number(file, lineNo, header.get(cols[k]), row.get(cols[k]));
                        if (!Double.isNaN(v)) {
                            cell[k][0] += v;
                            cell[k][1] += v * v;
                            cell[k][2]++;
                        }
                    }
                } else {
                    double[] sums = g.communitySums.computeIfAbsent(comm, c -> new double[cols.length]);
                    for (int k = 0; k < cols.length; k++) {
                        double v = cols[k] < 0 ? Double.NaN : number(file, lineNo, header.get(cols[k]), row.get(cols[k]));
                        sums[k] += Double.isNaN(v) ? 0 : v;
                    }
                    g.communityCounts.merge(comm, 1, Integer::sum);
                }
            }
        } catch (java.io.EOFException | java.util.zip.ZipException e) {
            throw new BadInputException(file + ": cut short or damaged compressed data (" + e.getMessage() + ")");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new BadInputException(file + ": not UTF-8 text");
        }
    }

    private static String field(String yaml, String key, String dflt) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ":\\s*([^#\\n]+?)\\s*(#.*)?$").matcher(yaml);
        return m.find() ? m.group(1).replace("\"", "") : dflt;
    }

    private static String firstLine(Path p) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(p)) {
            String l = r.readLine();
            if (l == null) {
                throw new BadInputException(p + ": empty (not even a header)");
            }
            return l;
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
