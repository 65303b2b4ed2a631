package org.commsafe.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.commsafe.analysis.TargetCheck;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.Targets;

/**
 * Calibration by CMA-ES (commons-math3) over the free parameters, scaled to [0, 1]. Every
 * evaluation runs the same replication seeds (common random numbers), so the loss is a
 * deterministic function of the parameters. Evaluations are appended to a log as they finish;
 * a resumed calibration replays the optimiser with the logged losses, so stopping and resuming
 * gives the same search as an uninterrupted one.
 */
public final class Calibrator {
    public static final String LOG = "evaluations.csv";

    private final Scenario scenario;
    private final Targets targets;
    private final int threads;
    private final PrintStream progress;
    private final Map<String, Double> cache = new HashMap<>();
    private BufferedWriter log;
    private int evaluations;
    private double best = Double.POSITIVE_INFINITY;
    private double[] bestX;

    public Calibrator(Scenario scenario, Targets targets, int threads, PrintStream progress) {
        this.scenario = scenario;
        this.targets = targets;
        this.threads = threads;
        this.progress = progress;
    }

    public record Result(Parameters parameters, double[] values, double loss, int evaluations) {
    }

    /** Runs (or resumes) the search, logging to {@code dir/evaluations.csv}. */
    public Result run(Path dir, int maxEvaluations, long optimiserSeed) throws IOException {
        int k = targets.free().size();
        Files.createDirectories(dir);
        Path logFile = dir.resolve(LOG);
        if (Files.exists(logFile)) {
            dropCutLine(logFile);
            java.util.List<String> lines = NotTextException.readLines(logFile, "the calibration log is damaged; start a new --out");
            for (String line : lines) {
                String[] f = line.split(",");
                if (line.startsWith("eval") || f.length < k + 2) {
                    continue; // header or a line cut short by a kill
                }
                StringBuilder key = new StringBuilder();
                for (int i = 1; i <= k; i++) {
                    key.append(f[i]).append(';');
                }
                try {
                    cache.put(key.toString(), Double.parseDouble(f[k + 1]));
                } catch (NumberFormatException ignored) {
                    // partial last line
                }
            }
            if (progress != null) {
                progress.printf("resuming: %d logged evaluations%n", cache.size());
            }
        }
        log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        if (Files.size(logFile) == 0) {
            StringBuilder h = new StringBuilder("eval");
            for (Targets.FreeParameter fp : targets.free()) {
                h.append(',').append(fp.spec().key()).append("_hex");
            }
            h.append(",loss");
            for (Targets.FreeParameter fp : targets.free()) {
                h.append(',').append(fp.spec().key());
            }
            log.write(h.append('\n').toString());
        }
        double[] start = new double[k];
        double[] lower = new double[k];
        double[] upper = new double[k];
        double[] sigma = new double[k];
        Map<String, Object> current = ParameterSpace.toMap(scenario.parameters());
        for (int i = 0; i < k; i++) {
            Targets.FreeParameter fp = targets.free().get(i);
            double v = ((Number) current.get(fp.spec().key())).doubleValue();
            start[i] = Math.min(1, Math.max(0, (v - fp.min()) / (fp.max() - fp.min())));
            upper[i] = 1;
            sigma[i] = 0.2;
        }
        CMAESOptimizer cma = new CMAESOptimizer(1_000_000, 1e-4, true, 0, 0,
            new MersenneTwister(optimiserSeed), false, null);
        try {
            cma.optimize(new MaxEval(maxEvaluations), new MaxIter(1_000_000), GoalType.MINIMIZE,
                new InitialGuess(start), new SimpleBounds(lower, upper),
                new ObjectiveFunction(this::loss), new CMAESOptimizer.Sigma(sigma),
                new CMAESOptimizer.PopulationSize(4 + (int) (3 * Math.log(k))));
        } catch (TooManyEvaluationsException done) {
            // the budget is spent: keep the best point found
        } finally {
            log.close();
        }
        double[] values = denormalise(bestX);
        return new Result(ParameterSpace.with(scenario.parameters(), targets.values(values)), values, best, evaluations);
    }

    /** Cuts a last line left without its line end by a kill, so appended lines start on a line of their own. */
    static void dropCutLine(Path logFile) throws IOException {
        byte[] b = Files.readAllBytes(logFile);
        int end = b.length;
        while (end > 0 && b[end - 1] != '\n') {
            end--;
        }
        if (end < b.length) {
            try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(logFile, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
    }

    private double[] denormalise(double[] x) {
        double[] v = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            Targets.FreeParameter fp = targets.free().get(i);
            // round to 4 significant decimals so calibrated scenario files stay readable
            double raw = fp.min() + Math.min(1, Math.max(0, x[i])) * (fp.max() - fp.min());
            v[i] = Math.round(raw * 1e4) / 1e4;
        }
        return v;
    }

    private double loss(double[] x) {
        double[] v = denormalise(x);
        StringBuilder key = new StringBuilder();
        for (double d : v) {
            key.append(Double.toHexString(d)).append(';');
        }
        evaluations++;
        Double cached = cache.get(key.toString());
        double l;
        if (cached != null) {
            l = cached;
        } else {
            l = evaluate(v);
            cache.put(key.toString(), l);
            StringBuilder line = new StringBuilder().append(evaluations);
            for (double d : v) {
                line.append(',').append(Double.toHexString(d));
            }
            line.append(',').append(l);
            for (double d : v) {
                line.append(',').append(Csv.num(d));
            }
            try {
                log.write(line.append('\n').toString());
                log.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (l < best) {
            best = l;
            bestX = x.clone();
        }
        if (progress != null) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "eval %4d  loss %8.4f  best %8.4f %s ", evaluations, l, best,
                cached != null ? "(logged)" : "        "));
            for (int i = 0; i < v.length; i++) {
                sb.append(' ').append(targets.free().get(i).spec().key()).append('=').append(Csv.num(v[i]));
            }
            progress.println(sb);
        }
        return l;
    }

    /** Loss of one parameter point: replicated runs on the scenario's seeds. */
    public double evaluate(double[] values) {
        Scenario s = scenario.withParameters(ParameterSpace.with(scenario.parameters(), targets.values(values)));
        try {
            List<RunResult> rs = Batch.run(s, threads, null);
            return TargetCheck.loss(TargetCheck.rows(targets, rs));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
