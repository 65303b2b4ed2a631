package org.commsafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commsafe.analysis.Patterns;
import org.commsafe.analysis.Stats;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.CrimeEvents;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.Seeds;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Pattern-oriented check (Grimm et al. 2005): runs a scenario's replications, records every
 * crime, and sets each pattern the model was not fitted to against the literature
 * ({@link Patterns}).
 */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = {"Check a scenario against patterns it was not fitted to: crime concentration at places, repeat and "
        + "near-repeat burglary, the daily profile of burglary, journey-to-crime distance decay. Prints the model value "
        + "(mean and 95%% interval over replications), the literature's range and source, and pass/miss; writes "
        + "patterns.csv."})
public final class PatternsCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Write patterns.csv into this directory")
    Path out;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--strict", description = "Exit with status 1 when a judged pattern is missed")
    boolean strict;

    public static final String FILE = "patterns.csv";

    /** One statistic's result over the replications. */
    public record Row(Patterns.Statistic statistic, Stats stats, String verdict) {
    }

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        int t = threads == null ? Batch.defaultThreads() : threads;
        if (t < 1) {
            System.err.println("commsafe: error: --threads must be at least 1");
            return Main.BAD_INPUT;
        }
        System.err.printf("commsafe: patterns of %s: %d replications x %d days (+%d burn-in) on %d thread(s)%n",
            s.name(), s.replications(), s.days(), s.burnInDays(), t);
        List<Row> rows = run(s, t);
        System.out.print(table(s, rows));
        if (out != null) {
            Files.createDirectories(out);
            AtomicFiles.writeString(out.resolve(FILE), csv(rows));
            System.out.println("output: " + out.resolve(FILE));
        }
        boolean missed = rows.stream().anyMatch(r -> r.verdict().equals("miss"));
        return strict && missed ? Main.FAILED : Main.OK;
    }

    /** Every statistic over the scenario's replications (replication r uses the usual seed rule; deterministic). */
    public static List<Row> run(Scenario s, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread th = new Thread(r, "commsafe-patterns");
            th.setDaemon(true);
            return th;
        });
        double[][] values;
        try {
            List<Future<double[]>> fs = new ArrayList<>();
            for (int r = 0; r < s.replications(); r++) {
                long seed = Seeds.replicationSeed(s.seed(), r);
                fs.add(pool.submit(() -> Patterns.compute(CrimeEvents.record(s.parameters(), seed, s.burnInDays(), s.days()))));
            }
            values = new double[fs.size()][];
            for (int r = 0; r < values.length; r++) {
                values[r] = fs.get(r).get();
            }
        } finally {
            pool.shutdownNow();
        }
        List<Row> rows = new ArrayList<>();
        for (Patterns.Statistic st : Patterns.Statistic.values()) {
            double[] xs = new double[values.length];
            for (int r = 0; r < xs.length; r++) {
                xs[r] = values[r][st.ordinal()];
            }
            boolean share = st != Patterns.Statistic.KNOX_RATIO && st != Patterns.Statistic.ADJACENT_TO_HOME_DENSITY
                && st != Patterns.Statistic.SPATIAL_CRIMES_PER_PLACE;
            Stats stats = Stats.of(xs); // plain t interval: a replication with a share of 0 would blow up the logit one
            if (share && stats.n() > 1) {
                stats = new Stats(stats.n(), stats.mean(), stats.sd(), Math.max(0, stats.low()), Math.min(1, stats.high()));
            }
            rows.add(new Row(st, stats, st.verdict(stats.mean(), stats.low(), stats.high())));
        }
        return rows;
    }

    static String range(Patterns.Statistic st) {
        if (Double.isNaN(st.litLow) && Double.isNaN(st.litHigh)) {
            return "-";
        }
        if (Double.isNaN(st.litHigh)) {
            return "> " + Csv.num(st.litLow);
        }
        if (Double.isNaN(st.litLow)) {
            return "< " + Csv.num(st.litHigh);
        }
        return Csv.num(st.litLow) + "-" + Csv.num(st.litHigh);
    }

    public static String table(Scenario s, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-34s %8s  %-17s %-11s %s%n", "statistic (" + rows.get(0).stats().n() + " replications)",
            "model", "95% interval", "literature", "verdict"));
        String pattern = "";
        for (Row r : rows) {
            if (!r.statistic().pattern.equals(pattern)) {
                pattern = r.statistic().pattern;
                sb.append(pattern).append('\n');
            }
            Stats st = r.stats();
            sb.append(String.format(Locale.ROOT, "  %-32s %8.3f  [%6.3f, %6.3f]  %-11s %s%n", r.statistic().column, st.mean(),
                st.low(), st.high(), range(r.statistic()), r.verdict()));
        }
        sb.append('\n').append(summary(rows)).append('\n');
        sb.append("\nsources:\n");
        for (Row r : rows) {
            sb.append("  ").append(r.statistic().column).append(": ").append(r.statistic().source).append('\n');
        }
        return sb.toString();
    }

    /** One line: each pattern reproduced when every judged statistic of it passes. */
    public static String summary(List<Row> rows) {
        java.util.Map<String, int[]> by = new java.util.LinkedHashMap<>();
        for (Row r : rows) {
            int[] c = by.computeIfAbsent(r.statistic().pattern, k -> new int[2]);
            if (!r.verdict().equals("info")) {
                c[0]++;
                c[1] += r.verdict().equals("pass") ? 1 : 0;
            }
        }
        long reproduced = by.values().stream().filter(c -> c[0] > 0 && c[1] == c[0]).count();
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "patterns reproduced: %d of %d (", reproduced, by.size()));
        String sep = "";
        for (java.util.Map.Entry<String, int[]> e : by.entrySet()) {
            sb.append(sep).append(e.getKey()).append(' ').append(e.getValue()[1]).append('/').append(e.getValue()[0]);
            sep = "; ";
        }
        return sb.append(" judged statistics pass)").toString();
    }

    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("pattern,statistic,model_mean,ci_low,ci_high,lit_low,lit_high,source,pass\n");
        for (Row r : rows) {
            Patterns.Statistic st = r.statistic();
            sb.append(Csv.field(st.pattern)).append(',').append(st.column);
            for (double v : new double[] {r.stats().mean(), r.stats().low(), r.stats().high(), st.litLow, st.litHigh}) {
                sb.append(',');
                if (!Double.isNaN(v)) {
                    Csv.num(sb, v);
                }
            }
            sb.append(',').append(Csv.field(st.source)).append(',').append(r.verdict()).append('\n');
        }
        return sb.toString();
    }
}
