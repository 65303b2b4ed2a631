package org.commsafe.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import org.commsafe.analysis.Drift;
import org.commsafe.analysis.Mser;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.BuildInfo;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.Json;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.ScenarioRun;
import org.commsafe.metrics.Metric;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Checks a scenario's burn-in: runs it from day 0 without burn-in, averages each city-wide
 * series across replications and finds where it settles by MSER-5 (White 1997).
 */
@Command(name = "warmup", mixinStandardHelpOptions = true,
    description = {"Check the burn-in: run the scenario as configured but observe it from day 0, and find, by MSER-5 "
        + "(White 1997), where each city-wide series settles (or, where MSER-5 has no minimum, whether it is flat after "
        + "the burn-in); exit 1 when a series settles after the scenario's burn_in_days.",
        "Here --days D is the number of days observed from day 0, burn-in included (default: burn_in_days plus the "
        + "longer of days and four 210-day drift blocks, at least " + WarmupCommand.MIN_DEFAULT_DAYS + ")."})
public final class WarmupCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<name>-warmup-<timestamp>)")
    Path out;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** The daily city-wide series examined (column names of daily.csv). */
    public static final List<String> SERIES = List.of("crimes_committed", "reported", "trust_mean", "awareness_mean",
        "offenders_incarcerated", "tech_adoption_share");
    /** Default observed period when the scenario's own is shorter: three years. */
    static final int MIN_DEFAULT_DAYS = 3 * 365;
    /** Days per point of warmup_series.csv. */
    static final int MONTH = 30;
    public static final String TABLE = "warmup.csv";
    public static final String SERIES_FILE = "warmup_series.csv";
    public static final String MANIFEST = "manifest.json";

    /**
     * One series' verdict; {@code truncationDay} is -1 when MSER found no steady state;
     * {@code driftZ} is the largest |z| of a post-burn-in year against the first (NaN when the run
     * has fewer than two post-burn-in years) and {@code driftLimit} the largest it may be for a flat
     * series ({@link Drift#limit}).
     */
    public record Row(String series, int truncationDay, int burnInDays, double driftZ, double driftLimit, double biasRatio) {
        public boolean found() {
            return truncationDay >= 0;
        }

        /** Flat after the burn-in: no later block differs from the first at the 1% level (Bonferroni over blocks and series). */
        public boolean flat() {
            return driftZ < driftLimit;
        }

        /**
         * The MSER point is at or before the burn-in, or past it with a gain below the replication
         * noise (bias ratio below 1); or MSER has no minimum in the first half and the series is
         * flat after the burn-in.
         */
        public boolean ok() {
            return found() ? truncationDay <= burnInDays || biasRatio < 1 : flat();
        }
    }

    /** The run: burn-in and the longer of the observed window and four drift blocks (840 days), at least three years in all. */
    public static int defaultDays(Scenario s) {
        return Math.max(s.burnInDays() + Math.max(s.days(), 4 * Drift.BLOCK_DAYS), MIN_DEFAULT_DAYS);
    }

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        int burnIn = s.burnInDays();
        int days = scenario.days != null ? scenario.days : defaultDays(s);
        if (days <= burnIn) {
            System.err.printf("commsafe: error: --days: the warm-up runs the burn-in (%d days) and observes after it, so --days"
                + " must exceed it, got %d%n", burnIn, days);
            return Main.BAD_INPUT;
        }
        int minDays = Mser.MIN_BATCHES * Mser.BATCH;
        if (days < minDays) {
            System.err.printf("commsafe: error: --days: MSER-5 needs at least %d days (%d batches of %d), got %d%n",
                minDays, Mser.MIN_BATCHES, Mser.BATCH, days);
            return Main.BAD_INPUT;
        }
        int t = threads == null ? Batch.defaultThreads() : threads;
        if (t < 1) {
            System.err.println("commsafe: error: --threads must be at least 1");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out
            : Path.of("results", s.name() + "-warmup-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            OutputDirectory.check(dir, false);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: --out: " + e.getMessage().replace("; choose another --out or pass --overwrite",
                "; choose another --out"));
            return Main.BAD_INPUT;
        }
        List<Metric> metrics = metrics(SERIES, System.err);
        if (metrics.isEmpty()) {
            System.err.println("commsafe: warm-up failed: none of the series " + SERIES + " is a daily column");
            return Main.FAILED;
        }

        // the run as configured (burn-in included, so its settling steps happen as in `run`), observed from day 0
        Scenario run = s.withDays(days - burnIn);
        System.err.printf("commsafe: %s warm-up: %d replications x %d days observed from day 0 (burn-in included) on %d thread(s)%n",
            s.name(), run.replications(), days, t);
        Instant started = Instant.now();
        boolean existed = Files.exists(dir);
        List<RunResult> results;
        AtomicInteger done = new AtomicInteger();
        try {
            results = Batch.runFromDayZero(run, t, r -> System.err.printf("  replication %d/%d done%n", done.incrementAndGet(), run.replications()));
        } catch (RuntimeException | java.util.concurrent.ExecutionException e) {
            System.err.println("commsafe: run failed: " + e);
            return Main.FAILED;
        }

        List<Row> rows = new ArrayList<>();
        Map<String, double[]> means = new LinkedHashMap<>();
        for (Metric m : metrics) {
            double[] mean = meanSeries(results, m);
            Mser.Result r;
            try {
                r = Mser.mser5(mean);
            } catch (IllegalArgumentException e) {
                System.err.println("commsafe: warning: series '" + m.column() + "' skipped: " + e.getMessage());
                continue;
            }
            means.put(m.column(), mean);
            rows.add(row(m.column(), r, perReplication(results, m), burnIn, metrics.size()));
        }
        try {
            Files.createDirectories(dir);
            AtomicFiles.writeString(dir.resolve(TABLE), tableCsv(rows));
            AtomicFiles.writeString(dir.resolve(SERIES_FILE), seriesCsv(means));
            AtomicFiles.writeString(dir.resolve(MANIFEST), Json.write(manifest(s, run, t, started, results, rows)));
        } catch (IOException e) {
            if (!existed) {
                OutputDirectory.removeIfEmpty(dir);
            }
            System.err.println("commsafe: run failed: " + e);
            return Main.FAILED;
        }
        System.out.println("output: " + dir);
        System.out.println(table(s.name(), run.replications(), days, rows));
        boolean ok = !rows.isEmpty() && rows.stream().allMatch(Row::ok);
        return ok ? Main.OK : Main.FAILED;
    }

    /** The daily metrics named, in order; a name that is no daily column is skipped with a warning. */
    public static List<Metric> metrics(List<String> names, PrintStream warn) {
        List<Metric> out = new ArrayList<>();
        for (String name : names) {
            Metric m = null;
            try {
                m = Metric.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // not a column (any more): reported below
            }
            if (m == null || !m.column().equals(name)) {
                warn.println("commsafe: warning: daily column '" + name + "' not found; series skipped");
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** A city-wide series averaged across replications, day by day (NaN days skipped per day). */
    /** The verdict on one series: its MSER-5 result and its drift after the burn-in, by years. */
    public static Row row(String name, Mser.Result mser, double[][] perReplication, int burnIn, int family) {
        int days = perReplication.length == 0 ? 0 : perReplication[0].length;
        return new Row(name, mser.truncation(), burnIn, Drift.maxZ(perReplication, burnIn, Drift.BLOCK_DAYS),
            Drift.limit(perReplication.length, days, burnIn, Drift.BLOCK_DAYS, family),
            Drift.biasRatio(perReplication, burnIn, mser.truncation()));
    }

    /** The city series of one metric, per replication. */
    public static double[][] perReplication(List<RunResult> results, Metric m) {
        double[][] x = new double[results.size()][];
        for (int r = 0; r < x.length; r++) {
            x[r] = results.get(r).citySeries(m);
        }
        return x;
    }

    public static double[] meanSeries(List<RunResult> results, Metric m) {
        int days = results.get(0).days();
        double[] mean = new double[days];
        for (int d = 0; d < days; d++) {
            double sum = 0;
            int n = 0;
            for (RunResult r : results) {
                double x = r.daily()[d][r.communities()][m.ordinal()];
                if (!Double.isNaN(x)) {
                    sum += x;
                    n++;
                }
            }
            mean[d] = n == 0 ? Double.NaN : sum / n;
        }
        return mean;
    }

    static String tableCsv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("series,truncation_day,burn_in_days,bias_ratio,drift_z,drift_limit,ok\n");
        for (Row r : rows) {
            sb.append(r.series()).append(',').append(r.found() ? Integer.toString(r.truncationDay()) : "NA").append(',')
                .append(r.burnInDays()).append(',');
            Csv.num(sb, r.found() ? r.biasRatio() : Double.NaN);
            sb.append(',');
            Csv.num(sb, r.driftZ());
            sb.append(',');
            Csv.num(sb, r.driftLimit());
            sb.append(',').append(r.ok()).append('\n');
        }
        return sb.toString();
    }

    /** Monthly (30-day) means of each averaged series, long format, for plotting. */
    static String seriesCsv(Map<String, double[]> means) {
        StringBuilder sb = new StringBuilder("series,month,day_from,day_to,mean\n");
        for (Map.Entry<String, double[]> e : means.entrySet()) {
            double[] x = e.getValue();
            for (int from = 0, month = 1; from < x.length; from += MONTH, month++) {
                int to = Math.min(x.length, from + MONTH);
                double sum = 0;
                for (int d = from; d < to; d++) {
                    sum += x[d];
                }
                sb.append(e.getKey()).append(',').append(month).append(',').append(from + 1).append(',').append(to).append(',');
                Csv.num(sb, sum / (to - from));
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    static String table(String name, int reps, int days, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "warm-up of %s: MSER-5 on the mean of %d replications, %d days from day 0%n%n",
            name, reps, days));
        sb.append(String.format(Locale.ROOT, "%-24s %22s %14s %10s %16s   %s%n", "series", "MSER truncation day", "burn_in_days",
            "bias/se", "drift |z| (limit)", "status"));
        boolean notFound = false;
        boolean late = false;
        for (Row r : rows) {
            notFound |= !r.found();
            late |= r.found() && r.truncationDay() > r.burnInDays();
            sb.append(String.format(Locale.ROOT, "%-24s %22s %14d %10s %16s   %s%n", r.series(),
                r.found() ? Integer.toString(r.truncationDay()) : "no minimum", r.burnInDays(),
                r.found() && r.truncationDay() > r.burnInDays() ? String.format(Locale.ROOT, "%.2f", r.biasRatio()) : "-",
                Double.isNaN(r.driftZ()) ? "NA" : String.format(Locale.ROOT, "%.2f (%.2f)", r.driftZ(), r.driftLimit()),
                !r.ok() ? "BURN-IN TOO SHORT" : !r.found() ? "ok (flat after burn-in)"
                    : r.truncationDay() > r.burnInDays() ? "ok (gain below noise)" : "ok"));
        }
        if (late) {
            sb.append(String.format(Locale.ROOT, "%nbias/se: for an MSER point past the burn-in, the bias that starting at the burn-in"
                + " leaves in the observed mean, over that mean's standard error across replications; below 1 the burn-in is long"
                + " enough for that outcome%n"));
        }
        if (notFound) {
            sb.append(String.format(Locale.ROOT, "%nno minimum: the MSER minimum lies in the second half of the %d days, as it does for a"
                + " series still moving and, erratically, for a settled one that wanders slowly; such a series passes only if it is"
                + " flat after the burn-in: no later block of %d days (whole weeks and months) differs in mean from the first at the"
                + " 1%% level (paired t, Bonferroni over the blocks and the series; drift |z| below its limit)%n", days,
                Drift.BLOCK_DAYS));
        }
        return sb.toString().stripTrailing();
    }

    private Map<String, Object> manifest(Scenario s, Scenario run, int threads, Instant started, List<RunResult> results,
                                         List<Row> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("commsafe_version", BuildInfo.version());
        m.put("git_commit", BuildInfo.gitCommit());
        m.put("java_version", System.getProperty("java.version"));
        m.put("command_line", Main.commandLine(spec, "commsafe warmup"));
        m.put("scenario_file", s.file() == null ? null : s.file().toString());
        m.put("scenario", s.name());
        m.put("method", "MSER-5 (White 1997): city-wide daily series averaged across replications, batch means of "
            + Mser.BATCH + " days, truncation d* minimising sum_{i>d}(z_i - mean_{>d})^2 / (n - d)^2 over d <= n - "
            + Mser.MIN_KEPT + "; no minimum when d* > n / 2, and then ok only if flat after the burn-in: no later year's"
            + " mean differs from the first's, paired by replication, at the 1% level (Bonferroni over years and series)");
        m.put("replications", run.replications());
        m.put("days_from_day_0", run.burnInDays() + run.days());
        m.put("burn_in_days", s.burnInDays());
        ScenarioRun.putSeeds(m, s.seed(), results);
        List<Object> series = new ArrayList<>();
        rows.forEach(r -> series.add(r.series()));
        m.put("series", series);
        m.put("all_ok", !rows.isEmpty() && rows.stream().allMatch(Row::ok));
        m.put("threads", threads);
        m.put("started", started.toString());
        m.put("finished", Instant.now().toString());
        m.put("files", List.of(TABLE, SERIES_FILE));
        return m;
    }
}
