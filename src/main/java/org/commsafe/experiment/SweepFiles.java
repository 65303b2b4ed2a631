package org.commsafe.experiment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;

/**
 * The files of a sweep. Each finished run leaves three parts in {@code parts/}: its daily rows as
 * one gzip member, its summary row, and last a check file with their byte counts, row counts and
 * SHA-256 (each forced to disk before its rename). A run is complete when its check file is there
 * and its parts match it: an empty, cut-short or altered part makes the run incomplete (resume
 * runs it again, merge refuses). The sweep's {@code runs.csv} and {@code daily.csv.gz} are assembled from
 * the parts in run order, so they are byte-identical however the runs were scheduled, resumed or
 * sharded (concatenated gzip members are one valid gzip stream: zcat, Python, R and pandas read it).
 */
public final class SweepFiles {
    public static final String PARTS = "parts";
    public static final String RUNS = "runs.csv";
    public static final String DAILY = "daily.csv.gz";
    public static final String POINTS = "points.csv";
    public static final String MANIFEST = "manifest.json";

    private SweepFiles() {
    }

    public static Path summaryPart(Path dir, int run) {
        return dir.resolve(PARTS).resolve(String.format("%07d.summary.csv", run));
    }

    public static Path dailyPart(Path dir, int run) {
        return dir.resolve(PARTS).resolve(String.format("%07d.daily.csv.gz", run));
    }

    public static Path failedPart(Path dir, int run) {
        return dir.resolve(PARTS).resolve(String.format("%07d.failed.txt", run));
    }

    /** The check of a run's parts: their byte counts, row counts and SHA-256, written last. */
    public static Path checkPart(Path dir, int run) {
        return dir.resolve(PARTS).resolve(String.format("%07d.check", run));
    }

    /** {@link #problem} of a run that has not been started. */
    public static final String NO_PARTS = "no parts";

    /** A run whose parts are all present and match their recorded sizes and checksums. */
    public static boolean complete(Path dir, int run) {
        return problem(dir, run) == null;
    }

    /**
     * Why a run's parts are not a complete, intact record (missing, empty, cut short, or not
     * matching the checksums recorded when they were written), or null if they are.
     */
    public static String problem(Path dir, int run) {
        Path check = checkPart(dir, run);
        Path summary = summaryPart(dir, run);
        Path daily = dailyPart(dir, run);
        try {
            if (!Files.exists(check)) {
                return Files.exists(summary) || Files.exists(daily) ? "parts without their check file " + check.getFileName()
                    + " (written last, so the run did not finish writing)" : NO_PARTS;
            }
            java.util.Map<String, String> c = readCheck(check);
            for (Path part : List.of(summary, daily)) {
                String kind = part == summary ? "summary" : "daily";
                if (!Files.exists(part)) {
                    return part.getFileName() + " is missing";
                }
                long size = Files.size(part);
                if (!Long.toString(size).equals(c.get(kind + "_bytes"))) {
                    return part.getFileName() + " has " + size + " bytes, " + c.get(kind + "_bytes") + " when written"
                        + (size == 0 ? " (empty)" : "");
                }
                if (!Fingerprint.sha256(part).equals(c.get(kind + "_sha256"))) {
                    return part.getFileName() + " fails its SHA-256 checksum (damaged after it was written)";
                }
            }
            if (!"1".equals(c.get("summary_rows"))) {
                return summary.getFileName() + " records " + c.get("summary_rows") + " rows, not 1";
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return "unreadable parts (" + e.getMessage() + ")";
        }
    }

    private static java.util.Map<String, String> readCheck(Path check) throws IOException {
        java.util.Map<String, String> m = new java.util.HashMap<>();
        for (String line : Files.readAllLines(check, StandardCharsets.UTF_8)) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    /** The runs of a directory's parts: intact ones, and damaged ones with the reason. */
    public record Scan(List<Integer> complete, java.util.SortedMap<Integer, String> damaged) {
    }

    /** Checks every run with part files in a directory, once. */
    public static Scan scan(Path dir) throws IOException {
        List<Integer> ok = new java.util.ArrayList<>();
        java.util.SortedMap<Integer, String> bad = new java.util.TreeMap<>();
        for (int run : partRuns(dir)) {
            String why = problem(dir, run);
            if (why == null) {
                ok.add(run);
            } else {
                bad.put(run, why);
            }
        }
        return new Scan(ok, bad);
    }

    /** Run ids that have any part file in a directory. */
    private static java.util.SortedSet<Integer> partRuns(Path dir) throws IOException {
        java.util.SortedSet<Integer> out = new java.util.TreeSet<>();
        Path parts = dir.resolve(PARTS);
        if (!Files.isDirectory(parts)) {
            return out;
        }
        try (java.util.stream.Stream<Path> s = Files.list(parts)) {
            s.map(p -> p.getFileName().toString())
                .filter(n -> n.matches("\\d{7}\\.(summary\\.csv|daily\\.csv\\.gz|check)"))
                .forEach(n -> out.add(Integer.parseInt(n.substring(0, 7))));
        }
        return out;
    }

    /** Prefix of a factor column whose parameter key is also an output column (households_per_officer). */
    public static final String FACTOR_PREFIX = "factor_";

    /**
     * The runs.csv column of a factor: its parameter key, or {@code factor_KEY} when an output column has
     * the same name, so that no two columns of runs.csv share a name.
     */
    public static String factorColumn(String key) {
        return SummaryMetric.byColumn(key) != null ? FACTOR_PREFIX + key : key;
    }

    /** The parameter key of a runs.csv factor column (the inverse of {@link #factorColumn}). */
    public static String factorKey(String column) {
        if (column.startsWith(FACTOR_PREFIX) && SummaryMetric.byColumn(column.substring(FACTOR_PREFIX.length())) != null) {
            return column.substring(FACTOR_PREFIX.length());
        }
        return column;
    }

    public static String runsHeader(Experiment e) {
        StringBuilder sb = new StringBuilder("run,point,point_name");
        for (String k : e.factorKeys()) {
            sb.append(',').append(factorColumn(k));
        }
        sb.append(",replication,seed");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',').append(m.column());
        }
        return sb.append('\n').toString();
    }

    public static String dailyHeader() {
        StringBuilder sb = new StringBuilder("run,point,point_name,replication,seed,day,community");
        for (Metric m : Metric.all()) {
            sb.append(',').append(m.column());
        }
        return sb.append('\n').toString();
    }

    /** Writes a finished run's two parts (daily first, summary last). */
    public static void writeParts(Path dir, Experiment e, int run, RunResult r, boolean cityOnly) throws IOException {
        DesignPoint p = e.pointOf(run);
        String prefix = run + "," + p.index() + "," + Csv.field(p.name()) + ",";
        long[] dailyRows = new long[1];
        byte[] daily = gzip(w -> OutputWriter.dailyRows(r, prefix, cityOnly, new java.io.FilterWriter(w) {
            @Override
            public void write(String str, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    if (str.charAt(i) == '\n') {
                        dailyRows[0]++;
                    }
                }
                super.write(str, off, len);
            }

            @Override
            public java.io.Writer append(CharSequence csq) throws IOException {
                String t = csq.toString();
                write(t, 0, t.length());
                return this;
            }
        }));
        // the check is removed first and written last: it marks the run complete
        Files.deleteIfExists(checkPart(dir, run));
        AtomicFiles.writeBytes(dailyPart(dir, run), daily);
        StringBuilder s = new StringBuilder().append(run).append(',').append(p.index()).append(',').append(Csv.field(p.name()));
        for (String k : e.factorKeys()) {
            s.append(',').append(Csv.field(p.factors().getOrDefault(k, "")));
        }
        s.append(',').append(r.replication()).append(',').append(r.seed());
        for (SummaryMetric m : SummaryMetric.values()) {
            s.append(',');
            Csv.num(s, m.compute(r));
        }
        byte[] summary = s.append('\n').toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.writeBytes(summaryPart(dir, run), summary);
        AtomicFiles.writeString(checkPart(dir, run), "run=" + run + "\nsummary_rows=1\nsummary_bytes=" + summary.length
            + "\nsummary_sha256=" + Fingerprint.sha256(summary) + "\ndaily_rows=" + dailyRows[0] + "\ndaily_bytes="
            + daily.length + "\ndaily_sha256=" + Fingerprint.sha256(daily) + "\n");
    }

    /** One gzip member (deterministic: Java writes a zero timestamp). */
    static byte[] gzip(AtomicFiles.Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(new GZIPOutputStream(bytes, 1 << 16), StandardCharsets.UTF_8)) {
            body.write(w);
        }
        return bytes.toByteArray();
    }

    /**
     * Assembles runs.csv and daily.csv.gz in {@code out} from the parts of {@code runs}, found in
     * any of {@code partDirs} (a sweep's own directory, or the shards being merged).
     */
    public static void assemble(Experiment e, List<Integer> runs, List<Path> partDirs, Path out) throws IOException {
        assemble(runsHeader(e), runs, partDirs, out);
    }

    /** As above, with the runs.csv header given (merge reads it from a shard). */
    public static void assemble(String runsHeader, List<Integer> runs, List<Path> partDirs, Path out) throws IOException {
        AtomicFiles.writeStream(out.resolve(RUNS), os -> {
            os.write(runsHeader.getBytes(StandardCharsets.UTF_8));
            for (int run : runs) {
                Path d = find(partDirs, run);
                copyVerified(d, run, summaryPart(d, run), "summary", os);
            }
        });
        AtomicFiles.writeStream(out.resolve(DAILY), os -> {
            os.write(gzip(w -> w.write(dailyHeader())));
            for (int run : runs) {
                Path d = find(partDirs, run);
                copyVerified(d, run, dailyPart(d, run), "daily", os);
            }
        });
    }

    /** Run ids with complete, intact parts in a sweep (or shard) directory, ascending. */
    public static List<Integer> completeRuns(Path dir) throws IOException {
        return scan(dir).complete();
    }

    /** The directory holding a run's parts (checked by the caller; assembling verifies the checksums again). */
    private static Path find(List<Path> dirs, int run) throws IOException {
        for (Path d : dirs) {
            if (Files.exists(checkPart(d, run))) {
                return d;
            }
        }
        throw new IOException("no complete parts for run " + run);
    }

    /** Copies a part, refusing it if its bytes are not those its check file records. */
    private static void copyVerified(Path dir, int run, Path part, String kind, java.io.OutputStream os) throws IOException {
        java.util.Map<String, String> c = readCheck(checkPart(dir, run));
        java.security.MessageDigest md = Fingerprint.digest();
        long n = 0;
        try (java.io.InputStream in = Files.newInputStream(part)) {
            byte[] buf = new byte[1 << 16];
            for (int k = in.read(buf); k >= 0; k = in.read(buf)) {
                md.update(buf, 0, k);
                os.write(buf, 0, k);
                n += k;
            }
        }
        if (!Long.toString(n).equals(c.get(kind + "_bytes"))
                || !HexFormat.of().formatHex(md.digest()).equals(c.get(kind + "_sha256"))) {
            throw new IOException(part + " changed while the output was assembled (fails its checksum)");
        }
    }

    /** points.csv: every design point with every parameter (join runs.csv on point). */
    public static String points(Experiment e) {
        StringBuilder sb = new StringBuilder("point,point_name");
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            sb.append(',').append(s.key());
        }
        sb.append('\n');
        for (DesignPoint p : e.points()) {
            sb.append(p.index()).append(',').append(Csv.field(p.name()));
            for (Object v : ParameterSpace.toMap(p.parameters()).values()) {
                sb.append(',');
                if (v instanceof Double d) {
                    Csv.num(sb, d);
                } else {
                    sb.append(v);
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Reads a manifest's "key": "value" string field (manifests are written by {@link Json}). */
    public static String manifestField(Path manifest, String key) throws IOException {
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
