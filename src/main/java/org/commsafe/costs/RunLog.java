package org.commsafe.costs;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Shard;

/**
 * The runs of an optimisation (or of its robustness check) as a log, a cache and a way to run
 * what is missing. The search is deterministic given the runs' results, so it is replayed from
 * the log on every start; it asks for runs in stages ({@link #ensure}: a batch of runs whose
 * results it needs before it can go on, e.g. every candidate of a round of successive halving).
 *
 * <p>Three modes. {@link Mode#ALL}: run what is missing, on all cores, append each result to
 * OUT/NAME as it finishes. {@link Mode#shard} I/N: the runs of the first stage that has missing
 * runs are split by their position in the stage (position mod N = I, whether done or not, so
 * every shard computes the same split whatever the others have finished); this shard runs its
 * missing ones, logs them to OUT/shards/I-of-N/NAME (its own file: shards never write the same
 * file) and stops the search ({@link Pending}): the next stage depends on all of this one.
 * {@link Mode#COLLECT}: runs nothing; stops at the first stage with a missing run. Every mode
 * reads the main log and every shard's log, so the runs of any mix of shards, resumes and
 * unsharded runs add up; {@link #finish} writes the main log in one canonical order (sorted by
 * key), so the files do not depend on threads, shards or interruptions.
 */
public final class RunLog {
    /** Where the shards of OUT write: OUT/shards/I-of-N/. */
    public static final String SHARDS = "shards";
    private static final Pattern SHARD_DIR = Pattern.compile("\\d+-of-\\d+");

    /** How the runs a stage needs are obtained. */
    public record Mode(Shard shard, boolean collect) {
        public static final Mode ALL = new Mode(null, false);
        public static final Mode COLLECT = new Mode(null, true);

        public static Mode shard(Shard s) {
            return new Mode(s, false);
        }
    }

    /** Thrown to stop the search at a stage that still has missing runs (shard and collect modes). */
    public static final class Pending extends Exception {
        private static final long serialVersionUID = 1L;
        public final int stage;
        public final int missing;
        public final int ran;

        Pending(int stage, int missing, int ran, String what) {
            super(what);
            this.stage = stage;
            this.missing = missing;
            this.ran = ran;
        }
    }

    /** One run: its key, the fields of its log line before the outcomes (the key first), and how to run it. */
    record Task(String key, String prefix, Callable<double[]> run) {
    }

    private final Path dir;
    private final String name;
    private final String header;
    private final int prefixFields;
    private final int values;
    private final Mode mode;
    private final int threads;
    private final PrintStream progress;
    private final Map<String, String> lines = new HashMap<>();
    private final Map<String, double[]> cache = new HashMap<>();
    private BufferedWriter log;
    private int newRuns;
    private int stage;

    RunLog(Path dir, String name, String header, int prefixFields, int values, Mode mode, int threads, PrintStream progress) {
        this.dir = dir;
        this.name = name;
        this.header = header;
        this.prefixFields = prefixFields;
        this.values = values;
        this.mode = mode;
        this.threads = threads;
        this.progress = progress;
    }

    /** The shard directories under {@code dir}, in name order. */
    public static List<Path> shardDirs(Path dir) throws IOException {
        Path root = dir.resolve(SHARDS);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> s = Files.list(root)) {
            return s.filter(p -> Files.isDirectory(p) && SHARD_DIR.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    public static Path shardDir(Path dir, Shard s) {
        return dir.resolve(SHARDS).resolve(s.index() + "-of-" + s.count());
    }

    /** Reads every log and opens this mode's log for appending. */
    RunLog open() throws IOException {
        Path main = dir.resolve(name);
        if (Files.exists(main)) {
            read(main);
        }
        for (Path sd : shardDirs(dir)) {
            if (Files.exists(sd.resolve(name))) {
                read(sd.resolve(name));
            }
        }
        int before = cache.size();
        Path own = mode.shard() != null ? shardDir(dir, mode.shard()).resolve(name) : main;
        if (mode.collect()) {
            return this; // writes nothing until finish
        }
        Files.createDirectories(own.getParent());
        if (mode.shard() == null) {
            // the main log: every run known so far, shards' included, without a line cut short by a kill
            rewrite(main);
        } else if (Files.exists(own)) {
            // this shard's log: its own lines only, without a cut line
            List<String> keep = new ArrayList<>();
            for (String line : Files.readAllLines(own, StandardCharsets.UTF_8)) {
                if (parse(line) != null) {
                    keep.add(line);
                }
            }
            StringBuilder sb = new StringBuilder(header).append('\n');
            keep.forEach(l -> sb.append(l).append('\n'));
            AtomicFiles.writeString(own, sb.toString());
        }
        log = Files.newBufferedWriter(own, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (Files.size(own) == 0) {
            log.write(header + "\n");
            log.flush();
        }
        if (progress != null && before > 0) {
            progress.printf(Locale.ROOT, "resuming: %d logged runs%n", before);
        }
        return this;
    }

    /** The results of a logged run, or null. */
    double[] get(String key) {
        return cache.get(key);
    }

    int size() {
        return cache.size();
    }

    int newRuns() {
        return newRuns;
    }

    /**
     * Makes sure every task's run is logged (a stage): runs the missing ones (all, or a shard's
     * share), or stops the search with {@link Pending} when some remain missing in this mode.
     */
    void ensure(List<Task> tasks, String what) throws Exception {
        stage++;
        // the stage's distinct runs in order; a shard's share is by position among them, done or not
        List<Task> missing = new ArrayList<>();
        List<Task> own = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Task t : tasks) {
            if (!seen.add(t.key())) {
                continue;
            }
            if (!cache.containsKey(t.key())) {
                missing.add(t);
                if (mode.shard() == null || mode.shard().contains(seen.size() - 1)) {
                    own.add(t);
                }
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (mode.collect()) {
            throw new Pending(stage, missing.size(), 0, what);
        }
        run(own);
        if (progress != null && !own.isEmpty()) {
            progress.printf(Locale.ROOT, "%s: %d runs logged (%d new)%n", name.replace(".csv", ""), cache.size(), newRuns);
        }
        if (mode.shard() != null) {
            throw new Pending(stage, missing.size() - own.size(), own.size(), what);
        }
    }

    private void run(List<Task> missing) throws Exception {
        if (missing.isEmpty()) {
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "commsafe-optimise");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (Task t : missing) {
                fs.add(pool.submit(() -> {
                    record(t, t.run().call());
                    return null;
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private synchronized void record(Task t, double[] s) throws IOException {
        StringBuilder line = new StringBuilder(t.prefix());
        for (double v : s) {
            line.append(',').append(Double.toString(v));
        }
        String l = line.toString();
        cache.put(t.key(), s);
        lines.put(t.key(), l);
        log.write(l + "\n");
        log.flush();
        newRuns++;
    }

    /** Closes the log; with {@code complete}, writes the main log in key order (every run, shards' included). */
    void close(boolean complete) throws IOException {
        if (log != null) {
            log.close();
            log = null;
        }
        if (complete && mode.shard() == null) {
            rewrite(dir.resolve(name));
        }
    }

    private void rewrite(Path file) throws IOException {
        StringBuilder sb = new StringBuilder(header).append('\n');
        for (String l : new TreeMap<>(lines).values()) {
            sb.append(l).append('\n');
        }
        AtomicFiles.writeString(file, sb.toString());
    }

    private void read(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            double[] s = parse(line);
            if (s != null) {
                String key = line.substring(0, line.indexOf(','));
                cache.putIfAbsent(key, s);
                lines.putIfAbsent(key, line);
            }
        }
    }

    /** A log line's outcomes, or null for the header or a line cut short by a kill. */
    private double[] parse(String line) {
        if (line.startsWith(header.substring(0, header.indexOf(',') + 1))) {
            return null;
        }
        String[] f = line.split(",", -1);
        if (f.length != values + prefixFields) {
            return null;
        }
        double[] s = new double[values];
        try {
            for (int i = 0; i < values; i++) {
                s[i] = Double.parseDouble(f[i + prefixFields]);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return s;
    }
}
