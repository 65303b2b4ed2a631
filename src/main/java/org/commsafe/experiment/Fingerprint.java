package org.commsafe.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that shapes an output directory's contents (experiment file, resolved scenarios,
 * seeds, days, burn-in, daily rows, replications, build), stored as {@value #FILE} when the
 * output is started. Resume and merge compare it field by field and name what differs.
 */
public final class Fingerprint {
    public static final String FILE = "fingerprint.txt";

    private final Map<String, String> fields;

    public Fingerprint(Map<String, String> fields) {
        this.fields = new LinkedHashMap<>(fields);
    }

    public Map<String, String> fields() {
        return fields;
    }

    /** A sweep (or shard): what its runs and their parts depend on. */
    public static Fingerprint ofSweep(Experiment e, boolean cityOnly, Shard shard) throws IOException {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("experiment", e.name());
        f.put("experiment_file_sha256", e.file() == null || !Files.isRegularFile(e.file()) ? "none"
            : sha256(Files.readAllBytes(e.file())));
        f.put("design", e.design());
        f.put("points", Integer.toString(e.points().size()));
        f.put("resolved_points_sha256", sha256(SweepFiles.points(e).getBytes(StandardCharsets.UTF_8)));
        if (!e.points().isEmpty() && !e.points().get(0).parameters().district().isEmpty()) {
            // a planner's district is not a column of points.csv: its communities shape the runs too
            StringBuilder d = new StringBuilder();
            for (DesignPoint p : e.points()) {
                d.append(p.parameters().district()).append('\n');
            }
            f.put("districts_sha256", sha256(d.toString().getBytes(StandardCharsets.UTF_8)));
        }
        f.put("replications", Integer.toString(e.replications()));
        f.put("base_seed", Long.toString(e.seed()));
        f.put("days", Integer.toString(e.days()));
        f.put("burn_in_days", Integer.toString(e.burnInDays()));
        f.put("daily_rows", cityOnly ? "city" : "all");
        build(f);
        if (shard != null) {
            f.put("shard", shard.toString());
        }
        return new Fingerprint(f);
    }

    /** The build fields: version and source commit. */
    public static void build(Map<String, String> f) {
        f.put("commsafe_version", BuildInfo.version());
        f.put("git_commit", BuildInfo.gitCommit());
    }

    public String text() {
        StringBuilder sb = new StringBuilder("# commsafe: what shapes this output; --resume and merge refuse a difference\n");
        fields.forEach((k, v) -> sb.append(k).append(": ").append(v.replace('\n', ' ')).append('\n'));
        return sb.toString();
    }

    /** A digest of all fields but {@code ignore}. */
    public String digest(Set<String> ignore) {
        StringBuilder sb = new StringBuilder();
        fields.forEach((k, v) -> {
            if (!ignore.contains(k)) {
                sb.append(k).append('=').append(v).append('\n');
            }
        });
        return sha256(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    public void write(Path dir) throws IOException {
        AtomicFiles.writeString(dir.resolve(FILE), text());
    }

    /** The fingerprint stored in {@code dir}, or null if there is none. */
    /**
     * Why a resumable run (calibrate, optimise) cannot resume in {@code dir} with settings
     * fingerprinted as this, or null when it can: the directory has no fingerprint, or one with
     * other settings. {@code hint} ends the message for other settings.
     */
    public String resumeProblem(Path dir, String hint) throws IOException {
        Fingerprint before = read(dir);
        if (before == null) {
            return dir + " has no " + FILE + " (not a run of this commsafe version); cannot resume it";
        }
        List<String> diff = differences(before, "now", "in " + dir, List.of());
        return diff.isEmpty() ? null
            : "cannot resume " + dir + ": it was started with other settings (" + String.join("; ", diff) + ")" + hint;
    }

    public static Fingerprint read(Path dir) throws IOException {
        Path p = dir.resolve(FILE);
        if (!Files.isRegularFile(p)) {
            return null;
        }
        Map<String, String> f = new LinkedHashMap<>();
        java.util.List<String> lines = NotTextException.readLines(p, "what made this output is unknown; start a new --out");
        for (String line : lines) {
            int c = line.indexOf(": ");
            if (!line.startsWith("#") && c > 0) {
                f.put(line.substring(0, c), line.substring(c + 2));
            }
        }
        return new Fingerprint(f);
    }

    /**
     * The fields that differ, as "key: A here, B there" ({@code ignore}d fields skipped); empty
     * when they agree.
     */
    public List<String> differences(Fingerprint there, String hereName, String thereName, Collection<String> ignore) {
        List<String> out = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>(fields.keySet());
        keys.addAll(there.fields.keySet());
        for (String k : keys) {
            if (ignore.contains(k)) {
                continue;
            }
            String a = fields.get(k);
            String b = there.fields.get(k);
            if (a == null ? b != null : !a.equals(b)) {
                out.add(k + ": " + (a == null ? "absent" : a) + " " + hereName + ", " + (b == null ? "absent" : b) + " " + thereName);
            }
        }
        return out;
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    public static String sha256(Path file) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            for (int n = in.read(buf); n >= 0; n = in.read(buf)) {
                md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
