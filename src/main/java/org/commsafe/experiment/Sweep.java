package org.commsafe.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs an experiment's runs (or one shard of them) on a thread pool. Every run is independent;
 * its output streams to disk as parts when it finishes, so memory does not grow with the number
 * of runs. A run that throws is recorded and the sweep goes on. Completed runs are skipped on
 * resume; the assembled outputs are then byte-identical to an uninterrupted sweep.
 */
public final class Sweep {
    /** What happened: runs of this shard, completed now or before, and failures by run id. */
    public record Outcome(List<Integer> runs, int skipped, Map<Integer, String> failures) {
        public boolean ok() {
            return failures.isEmpty();
        }
    }

    /**
     * Run ids made to fail on purpose, from the system property {@code commsafe.faultRuns}
     * (comma-separated): lets tests and users check failure handling end to end.
     */
    static final java.util.Set<Integer> FAULT_INJECTION = faultRuns();

    private Sweep() {
    }

    private static java.util.Set<Integer> faultRuns() {
        String p = System.getProperty("commsafe.faultRuns", "");
        java.util.Set<Integer> s = new java.util.HashSet<>();
        for (String x : p.split(",")) {
            if (!x.isBlank()) {
                s.add(Integer.parseInt(x.trim()));
            }
        }
        return s;
    }

    public static List<Integer> runsOf(Experiment e, Shard shard) {
        List<Integer> ids = new ArrayList<>();
        for (int run = 0; run < e.runs(); run++) {
            if (shard.contains(run)) {
                ids.add(run);
            }
        }
        return ids;
    }

    public static Outcome execute(Experiment e, Path dir, int threads, Shard shard, boolean cityOnly,
                                  String commandLine, PrintStream log) throws IOException, InterruptedException {
        return execute(e, dir, threads, shard, cityOnly, commandLine, log, Fingerprint.ofSweep(e, cityOnly, shard));
    }

    /**
     * Refuses to resume {@code dir} with a different experiment or options: the stored
     * fingerprint must match {@code now} in every field (named in the refusal). An empty or new
     * directory is a fresh start.
     */
    public static void checkResume(Path dir, Fingerprint now) throws IOException, OutputDirectory.RefusedException {
        if (!OutputDirectory.isNonEmpty(dir)) {
            return;
        }
        Fingerprint before = Fingerprint.read(dir);
        if (before == null) {
            throw new OutputDirectory.RefusedException(dir + " has no " + Fingerprint.FILE
                + " (not a sweep output of this commsafe version); cannot resume it");
        }
        List<String> diff = now.differences(before, "now", "in " + dir, List.of());
        if (!diff.isEmpty()) {
            throw new OutputDirectory.RefusedException("cannot resume " + dir + ": it was started with other settings ("
                + String.join("; ", diff) + "); rerun with the original experiment file and options, or choose another --out");
        }
    }

    /** As above, with the fingerprint already computed (written to the directory first). */
    public static Outcome execute(Experiment e, Path dir, int threads, Shard shard, boolean cityOnly,
                                  String commandLine, PrintStream log, Fingerprint fingerprint)
            throws IOException, InterruptedException {
        Instant started = Instant.now();
        Files.createDirectories(dir);
        // unfinished from now until the manifest is written again at the end
        Files.deleteIfExists(dir.resolve(SweepFiles.MANIFEST));
        fingerprint.write(dir); // first: a sweep killed at any later point can be resumed
        Files.createDirectories(dir.resolve(SweepFiles.PARTS));
        AtomicFiles.writeString(dir.resolve(SweepFiles.POINTS), SweepFiles.points(e));
        if (e.file() != null) {
            AtomicFiles.writeString(dir.resolve("experiment.yaml"), Files.readString(e.file()));
        }
        List<Integer> runs = runsOf(e, shard);
        List<Integer> todo = new ArrayList<>();
        for (int run : runs) {
            String why = SweepFiles.problem(dir, run);
            if (why != null) {
                todo.add(run);
                if (!why.equals(SweepFiles.NO_PARTS) && log != null) {
                    log.printf("commsafe: warning: run %d: %s; running it again%n", run, why);
                }
            }
        }
        int skipped = runs.size() - todo.size();
        Map<Integer, String> failures = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        Progress progress = new Progress(log, todo.size(), skipped, done, failures);
        // T workers pull the next run from a shared cursor: no task object per run is queued,
        // so memory stays flat however many runs a sweep has
        int[] queue = todo.stream().mapToInt(Integer::intValue).toArray();
        AtomicInteger cursor = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = cursor.getAndIncrement(); i < queue.length; i = cursor.getAndIncrement()) {
                runOne(e, dir, queue[i], cityOnly, failures);
                done.incrementAndGet();
            }
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "commsafe-sweep");
            t.setDaemon(true);
            return t;
        });
        progress.start();
        try {
            for (int k = 0; k < Math.max(1, threads); k++) {
                pool.submit(worker);
            }
            pool.shutdown();
            while (!pool.awaitTermination(1, TimeUnit.SECONDS)) {
                progress.tick();
                LiveHeap.sample();
            }
            LiveHeap.sample();
        } finally {
            pool.shutdownNow();
            progress.finish();
        }
        List<Integer> completed = new ArrayList<>();
        for (int run : runs) {
            if (!failures.containsKey(run)) {
                completed.add(run); // verified above, or written just now
            }
        }
        SweepFiles.assemble(e, completed, List.of(dir), dir);
        Map<String, Object> m = manifest(e, shard, threads, cityOnly, commandLine, started, runs, failures);
        m.put("fingerprint", fingerprint.digest(java.util.Set.of("shard")));
        AtomicFiles.writeString(dir.resolve(SweepFiles.MANIFEST), Json.write(m));
        return new Outcome(runs, skipped, failures);
    }

    /** One run: parts on success, a .failed note on failure; never throws. */
    private static void runOne(Experiment e, Path dir, int run, boolean cityOnly, Map<Integer, String> failures) {
        try {
            Files.deleteIfExists(SweepFiles.failedPart(dir, run));
            if (FAULT_INJECTION.contains(run)) {
                throw new IllegalStateException("injected fault (commsafe.faultRuns)");
            }
            DesignPoint p = e.pointOf(run);
            RunResult r = Replication.run(p.parameters(), e.replicationOf(run), e.seedOf(run), e.burnInDays(), e.days());
            SweepFiles.writeParts(dir, e, run, r, cityOnly);
        } catch (Throwable t) {
            String msg = t.toString();
            failures.put(run, msg);
            try {
                AtomicFiles.writeString(SweepFiles.failedPart(dir, run), "point " + e.pointOf(run).name()
                    + ", replication " + e.replicationOf(run) + ", seed " + e.seedOf(run) + ": " + msg + "\n");
            } catch (IOException ignored) {
                // the failure is still reported in the manifest and the exit code
            }
        }
    }

    static Map<String, Object> manifest(Experiment e, Shard shard, int threads, boolean cityOnly, String commandLine,
                                        Instant started, List<Integer> runs, Map<Integer, String> failures) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "sweep");
        m.put("status", failures.isEmpty() ? "finished" : "finished_with_failures");
        m.put("experiment", e.name());
        m.put("experiment_file", e.file() == null ? null : e.file().toString());
        m.put("fingerprint", null); // set by execute
        m.put("design", e.design());
        m.put("factors", e.factorKeys());
        m.put("points", e.points().size());
        m.put("replications", e.replications());
        m.put("base_seed", e.seed());
        m.put("seed_rule", "replication r at every point: " + Seeds.RULE);
        m.put("days", e.days());
        m.put("burn_in_days", e.burnInDays());
        m.put("daily_rows", cityOnly ? "city" : "all");
        m.put("shard", shard.toString());
        m.put("total_runs", e.runs());
        m.put("commsafe_version", BuildInfo.version());
        m.put("git_commit", BuildInfo.gitCommit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("command_line", commandLine);
        m.put("threads", threads);
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("peak_live_heap_bytes", LiveHeap.peak());
        List<Object> status = new ArrayList<>();
        for (int run : runs) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("run", run);
            s.put("point", e.pointOf(run).name());
            s.put("replication", e.replicationOf(run));
            s.put("seed", e.seedOf(run));
            s.put("status", failures.containsKey(run) ? "failed" : "completed");
            if (failures.containsKey(run)) {
                s.put("error", failures.get(run));
            }
            status.add(s);
        }
        m.put("runs", status);
        return m;
    }

    /** A progress bar on a terminal, a plain line every 10 s otherwise (logs, CI, Slurm). */
    static final class Progress {
        private final PrintStream out;
        private final int total;
        private final int skipped;
        private final AtomicInteger done;
        private final Map<Integer, String> failures;
        private final boolean tty = System.console() != null;
        private final long start = System.nanoTime();
        private long lastLine;

        Progress(PrintStream out, int total, int skipped, AtomicInteger done, Map<Integer, String> failures) {
            this.out = out;
            this.total = total;
            this.skipped = skipped;
            this.done = done;
            this.failures = failures;
        }

        void start() {
            if (out != null && skipped > 0) {
                out.printf("resuming: %d runs already complete, %d to run%n", skipped, total);
            }
        }

        void tick() {
            if (out == null) {
                return;
            }
            long now = System.nanoTime();
            if (!tty && now - lastLine < 10_000_000_000L) {
                return;
            }
            lastLine = now;
            out.print(line(now) + (tty ? "\r" : "\n"));
            out.flush();
        }

        private String line(long now) {
            int d = done.get();
            double elapsed = (now - start) / 1e9;
            String eta = d == 0 ? "?" : format(Duration.ofSeconds((long) (elapsed / d * (total - d))));
            int width = 30;
            int filled = total == 0 ? width : (int) ((long) width * d / total);
            String bar = tty ? "[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " : "sweep: ";
            return String.format("%s%d/%d runs, %d failed, elapsed %s, ETA %s", bar, d, total, failures.size(),
                format(Duration.ofSeconds((long) elapsed)), eta);
        }

        void finish() {
            if (out != null) {
                out.println(line(System.nanoTime()));
            }
        }

        private static String format(Duration d) {
            long s = d.getSeconds();
            return s >= 3600 ? String.format("%dh%02dm", s / 3600, s % 3600 / 60)
                : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
        }
    }
}
