package org.commsafe.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.commsafe.analysis.Stats;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioWriter;

/**
 * A scenario run on disk: replications in parallel, then daily.csv, summary.csv,
 * summary_stats.csv, the resolved scenario.yaml and, last, manifest.json (a directory without a
 * manifest is an unfinished run).
 */
public final class ScenarioRun {
    public static final String DAILY = "daily.csv";
    public static final String SUMMARY = "summary.csv";
    public static final String SUMMARY_STATS = "summary_stats.csv";
    public static final String SCENARIO = "scenario.yaml";
    public static final String MANIFEST = "manifest.json";
    /** The files a run writes (removed by --overwrite; nothing else in the directory is). */
    public static final List<String> OWN = List.of(MANIFEST, DAILY, SUMMARY, SUMMARY_STATS, SCENARIO);

    private ScenarioRun() {
    }

    /** A replication's summary outcomes (its daily rows already on disk). */
    public record Summary(int replication, long seed, double[] values) {
        public static Summary of(RunResult r) {
            double[] v = new double[SummaryMetric.values().length];
            for (SummaryMetric m : SummaryMetric.values()) {
                v[m.ordinal()] = m.compute(r);
            }
            return new Summary(r.replication(), r.seed(), v);
        }
    }

    public static List<Summary> summaries(List<RunResult> results) {
        List<Summary> out = new ArrayList<>(results.size());
        for (RunResult r : results) {
            out.add(Summary.of(r));
        }
        return out;
    }

    /**
     * Runs the replications in parallel and streams their daily rows to daily.csv in
     * replication order as they finish, keeping only their summaries: memory does not grow with
     * replications or days. The files are byte-identical to {@link #write}'s.
     */
    public static List<Summary> execute(Scenario s, Path out, int threads, String commandLine, PrintStream log)
            throws IOException, InterruptedException, ExecutionException {
        Instant started = Instant.now();
        AtomicInteger done = new AtomicInteger();
        List<Summary> summaries = new ArrayList<>();
        streamDaily(out, sink -> Batch.stream(s, threads, r -> {
            int n = done.incrementAndGet();
            if (log != null) {
                log.printf("  replication %d/%d done%n", n, s.replications());
            }
        }, r -> {
            sink.accept(r);
            summaries.add(Summary.of(r));
        }));
        finish(s, out, threads, commandLine, started, summaries, null);
        return summaries;
    }

    /**
     * Sequential replications ({@link Precision}) with their daily rows streamed to disk as each
     * is kept; then the other files and the manifest with the precision record.
     */
    public static Precision.Outcome executeToPrecision(Scenario s, Path out, int threads, String commandLine, double target,
                                                       int maxReps, PrintStream log)
            throws IOException, InterruptedException, ExecutionException {
        Instant started = Instant.now();
        Precision.Outcome[] o = new Precision.Outcome[1];
        streamDaily(out, sink -> o[0] = Precision.run(s, target, maxReps, threads, log, sink));
        finish(s, out, threads, commandLine, started, o[0].results(), o[0].manifest());
        return o[0];
    }

    private interface Producer {
        void run(Batch.Sink sink) throws IOException, InterruptedException, ExecutionException;
    }

    /** Opens daily.csv (the manifest removed first) and lets {@code p} stream replications into it. */
    private static void streamDaily(Path out, Producer p) throws IOException, InterruptedException, ExecutionException {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve(MANIFEST)); // written last, only when everything else is
        try {
            AtomicFiles.write(out.resolve(DAILY), w -> {
                w.write(OutputWriter.dailyHeader());
                try {
                    p.run(r -> OutputWriter.dailyRows(r, w));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted");
                } catch (ExecutionException e) {
                    throw new Failed(e);
                }
            });
        } catch (Failed f) {
            throw f.cause;
        }
    }

    /** Carries a replication's failure out of a file body. */
    private static final class Failed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient ExecutionException cause;

        Failed(ExecutionException cause) {
            super(cause);
            this.cause = cause;
        }
    }

    /**
     * Writes the output files of replications 0 .. n-1 of a scenario (n = results.size(), which
     * the written scenario and manifest record as its replications); {@code extra} entries, if
     * any, join the manifest after the seeds.
     */
    public static void write(Scenario s, Path out, int threads, String commandLine, Instant started,
                             List<RunResult> results, Map<String, Object> extra) throws IOException {
        Files.createDirectories(out);
        Files.deleteIfExists(out.resolve(MANIFEST)); // written last, only when everything else is
        OutputWriter.writeDaily(out.resolve(DAILY), results);
        finish(s, out, threads, commandLine, started, summaries(results), extra);
    }

    /** summary.csv, summary_stats.csv, scenario.yaml and, last, manifest.json. */
    private static void finish(Scenario s, Path out, int threads, String commandLine, Instant started,
                               List<Summary> results, Map<String, Object> extra) throws IOException {
        Scenario done = s.withReplications(results.size());
        AtomicFiles.write(out.resolve(SUMMARY), w -> {
            w.write(OutputWriter.summaryHeader());
            for (Summary r : results) {
                StringBuilder sb = new StringBuilder();
                sb.append(r.replication()).append(',').append(r.seed());
                for (double v : r.values()) {
                    sb.append(',');
                    Csv.num(sb, v);
                }
                w.write(sb.append('\n').toString());
            }
        });
        AtomicFiles.writeString(out.resolve(SUMMARY_STATS), summaryStatsOf(results));
        AtomicFiles.writeString(out.resolve(SCENARIO), ScenarioWriter.toYaml(done));
        Map<String, Object> m = manifest(done, threads, commandLine, started, results);
        if (extra != null) {
            Map<String, Object> ordered = new LinkedHashMap<>();
            m.forEach((k, v) -> {
                ordered.put(k, v);
                if (k.equals("replication_seeds")) {
                    ordered.putAll(extra);
                }
            });
            m = ordered;
        }
        AtomicFiles.writeString(out.resolve(MANIFEST), Json.write(m));
    }

    /**
     * One row per summary metric: mean, sd and 95% interval across replications (for outcomes in
     * unit {@code share}, the logit-transformed interval of {@link Stats#ofShares}, inside [0, 1]).
     */
    public static String summaryStats(List<RunResult> results) {
        return summaryStatsOf(summaries(results));
    }

    public static String summaryStatsOf(List<Summary> results) {
        StringBuilder sb = new StringBuilder("metric,unit,n,mean,sd,ci95_low,ci95_high\n");
        for (SummaryMetric m : SummaryMetric.values()) {
            Stats st = statsOf(results, m);
            sb.append(m.column()).append(',').append(Csv.field(m.unit)).append(',').append(st.n());
            for (double v : new double[] {st.mean(), st.sd(), st.low(), st.high()}) {
                sb.append(',');
                Csv.num(sb, v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public static Stats stats(List<RunResult> results, SummaryMetric m) {
        double[] xs = new double[results.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = m.compute(results.get(i));
        }
        return Stats.of(m, xs);
    }

    public static Stats statsOf(List<Summary> results, SummaryMetric m) {
        double[] xs = new double[results.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = results.get(i).values()[m.ordinal()];
        }
        return Stats.of(m, xs);
    }

    /** The base seed, the seed rule and every replication's seed, for a manifest. */
    public static void putSeeds(Map<String, Object> m, long baseSeed, List<RunResult> results) {
        List<Long> seeds = new ArrayList<>();
        for (RunResult r : results) {
            seeds.add(r.seed());
        }
        putSeedList(m, baseSeed, seeds);
    }

    static void putSeedList(Map<String, Object> m, long baseSeed, List<Long> seeds) {
        m.put("base_seed", baseSeed);
        m.put("seed_rule", "replication r: " + Seeds.RULE);
        m.put("replication_seeds", new ArrayList<Object>(seeds));
    }

    static Map<String, Object> manifest(Scenario s, int threads, String commandLine, Instant started,
                                        List<Summary> results) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", "run");
        m.put("status", "finished");
        m.put("commsafe_version", BuildInfo.version());
        m.put("git_commit", BuildInfo.gitCommit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("command_line", commandLine);
        m.put("scenario_file", s.file() == null ? null : s.file().toString());
        Map<String, Object> sc = new LinkedHashMap<>();
        sc.put("name", s.name());
        sc.put("description", s.description());
        sc.put("replications", s.replications());
        sc.put("days", s.days());
        sc.put("burn_in_days", s.burnInDays());
        Map<String, Object> params = new LinkedHashMap<>();
        ParameterSpace.toMap(s.parameters()).forEach((k, v) -> params.put(k, v instanceof Enum<?> e ? e.name() : v));
        sc.put("parameters", params);
        if (!s.parameters().district().isEmpty()) {
            List<Map<String, Object>> communities = new java.util.ArrayList<>();
            for (org.commsafe.model.District.Community c : s.parameters().district().communities()) {
                Map<String, Object> cm = new LinkedHashMap<>();
                cm.put("name", c.name());
                for (org.commsafe.model.District.Column col : org.commsafe.model.District.Column.values()) {
                    if (c.has(col)) {
                        cm.put(col.key, col.bool ? (Object) (c.get(col) != 0) : col.integer ? (Object) (long) c.get(col) : (Object) c.get(col));
                    }
                }
                communities.add(cm);
            }
            sc.put("communities", communities);
        }
        sc.put("officers", org.commsafe.model.Beats.officerCount(s.parameters()));
        sc.put("realised_households_per_officer", org.commsafe.model.Beats.realisedHouseholdsPerOfficer(s.parameters()));
        m.put("scenario", sc);
        putSeedList(m, s.seed(), results.stream().map(Summary::seed).toList());
        m.put("threads", threads);
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("files", List.of(DAILY, SUMMARY, SUMMARY_STATS, SCENARIO));
        return m;
    }
}
