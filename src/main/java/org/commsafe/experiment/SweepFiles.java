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
 * The files of a sweep. Each finished run leaves two parts in {@code parts/}: its daily rows as
 * one gzip member and its summary row; the summary is renamed into place last, so its presence
 * marks a complete run. The sweep's {@code runs.csv} and {@code daily.csv.gz} are assembled from
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

    public static boolean complete(Path dir, int run) {
        return Files.exists(summaryPart(dir, run)) && Files.exists(dailyPart(dir, run));
    }

    public static String runsHeader(Experiment e) {
        StringBuilder sb = new StringBuilder("run,point,point_name");
        for (String k : e.factorKeys()) {
            sb.append(',').append(k);
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
        AtomicFiles.writeBytes(dailyPart(dir, run), gzip(w -> OutputWriter.dailyRows(r, prefix, cityOnly, w)));
        StringBuilder s = new StringBuilder().append(run).append(',').append(p.index()).append(',').append(Csv.field(p.name()));
        for (String k : e.factorKeys()) {
            s.append(',').append(Csv.field(p.factors().getOrDefault(k, "")));
        }
        s.append(',').append(r.replication()).append(',').append(r.seed());
        for (SummaryMetric m : SummaryMetric.values()) {
            s.append(',');
            Csv.num(s, m.compute(r));
        }
        AtomicFiles.writeString(summaryPart(dir, run), s.append('\n').toString());
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
        AtomicFiles.write(out.resolve(RUNS), w -> {
            w.write(runsHeader);
            for (int run : runs) {
                w.write(Files.readString(summaryPart(find(partDirs, run), run), StandardCharsets.UTF_8));
            }
        });
        AtomicFiles.writeStream(out.resolve(DAILY), os -> {
            os.write(gzip(w -> w.write(dailyHeader())));
            for (int run : runs) {
                Files.copy(dailyPart(find(partDirs, run), run), os);
            }
        });
    }

    /** Run ids with complete parts in a sweep (or shard) directory, ascending. */
    public static List<Integer> completeRuns(Path dir) throws IOException {
        List<Integer> out = new java.util.ArrayList<>();
        Path parts = dir.resolve(PARTS);
        if (!Files.isDirectory(parts)) {
            return out;
        }
        try (java.util.stream.Stream<Path> s = Files.list(parts)) {
            s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".summary.csv"))
                .map(n -> Integer.parseInt(n.substring(0, n.indexOf('.')))).sorted().forEach(run -> {
                    if (Files.exists(dailyPart(dir, run))) {
                        out.add(run);
                    }
                });
        }
        return out;
    }

    private static Path find(List<Path> dirs, int run) throws IOException {
        for (Path d : dirs) {
            if (complete(d, run)) {
                return d;
            }
        }
        throw new IOException("no complete parts for run " + run);
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

    /** Identity of an experiment: its points' parameters and its run settings. */
    public static String fingerprint(Experiment e) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(points(e).getBytes(StandardCharsets.UTF_8));
            md.update((e.replications() + "," + e.seed() + "," + e.days() + "," + e.burnInDays() + "," + e.name())
                .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Reads a manifest's "key": "value" string field (manifests are written by {@link Json}). */
    public static String manifestField(Path manifest, String key) throws IOException {
        String text = Files.readString(manifest, StandardCharsets.UTF_8);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"" + key + "\": \"([^\"]*)\"").matcher(text);
        return m.find() ? m.group(1) : null;
    }
}
