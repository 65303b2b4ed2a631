package org.commsafe.costs;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;

/**
 * Are the recommendations robust to what the model assumes? Each budget's finalists (the mixes
 * that reached the last rounds of the search) are re-run over N draws of the assumed
 * parameters: every numeric model parameter whose source is "assumption (...)" (the city's
 * structure and the levers excepted) drawn uniformly within +-50% of its value (clipped to its
 * valid range), and every cost item whose source is an assumption scaled by a factor drawn within
 * 0.5-1.5. In each draw the finalists share replication seeds (common random numbers); the best
 * is the finalist with the lowest objective. Reported per finalist: how often it is best, its
 * regret (objective above the draw's best) on average and at worst, and, separately, how often
 * it stays within the budget at the draw's prices (a mix that spends the whole budget overruns
 * whenever its assumed prices are drawn above 1). Runs are logged and resumed
 * like the search's.
 */
public final class Robustness {
    public static final String LOG = "robust-evaluations.csv";
    /** Relative half-range of an assumed parameter's draw. */
    public static final double SPREAD = 0.5;

    /** A finalist of a budget. */
    public record Finalist(int budget, String label, double[] x) {
    }

    /** One finalist's record over the draws. */
    public record Row(Finalist finalist, int draws, int best, int feasible, double meanRegret, double worstRegret,
                      double meanObjective) {
    }

    private final CostModel model;
    private final Map<String, Object> baseParams;
    private final Optimiser.Evaluator evaluator;
    private final Optimiser.Objective objective;
    private final Optimiser opt;
    private final PrintStream progress;
    private final Map<String, double[]> cache = new HashMap<>();

    public Robustness(CostModel model, Map<String, Object> baseParams, Optimiser opt, Optimiser.Evaluator evaluator,
                      Optimiser.Objective objective, PrintStream progress) {
        this.model = model;
        this.baseParams = baseParams;
        this.opt = opt;
        this.evaluator = evaluator;
        this.objective = objective;
        this.progress = progress;
    }

    /** The assumed parameters a draw varies: numeric, source an assumption, not the city's structure, not a lever. */
    public List<ParameterSpace.Spec> assumed() {
        List<ParameterSpace.Spec> out = new ArrayList<>();
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            boolean lever = model.levers().stream().anyMatch(l -> l.key().equals(s.key()));
            if (s.isNumber() && s.meta().source().startsWith("assumption") && !s.meta().group().equals("city") && !lever) {
                out.add(s);
            }
        }
        return out;
    }

    /** Draw d: the assumed parameters' values (valid together) and the cost items' price factors. */
    Map<String, Object> drawParameters(int d, long seed) {
        Stream rng = new Stream(seed, "optimise.robust").at(d, 0);
        List<ParameterSpace.Spec> specs = assumed();
        Parameters base = ParameterSpace.with(ParameterSpace.defaults(), baseParams);
        for (int attempt = 0; attempt < 50; attempt++) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (ParameterSpace.Spec s : specs) {
                double v = ((Number) baseParams.get(s.key())).doubleValue();
                double lo = Math.max(s.meta().min(), Math.min(v * (1 - SPREAD), v * (1 + SPREAD)));
                double hi = Math.min(s.meta().max(), Math.max(v * (1 - SPREAD), v * (1 + SPREAD)));
                double x = lo + rng.nextDouble() * (hi - lo);
                m.put(s.key(), s.isInteger() ? (Object) Math.round(x) : (Object) x);
            }
            try {
                if (ParameterSpace.validate(ParameterSpace.with(base, m)).isEmpty()) {
                    return m;
                }
            } catch (IllegalArgumentException e) {
                // a drawn combination out of range: draw again
            }
        }
        return new LinkedHashMap<>();
    }

    double[] priceFactors(int d, long seed) {
        Stream rng = new Stream(seed, "optimise.robust.prices").at(d, 0);
        double[] f = new double[model.items().size()];
        for (int i = 0; i < f.length; i++) {
            double u = rng.nextDouble();
            f[i] = model.items().get(i).source().startsWith("assumption") ? 1 - SPREAD + 2 * SPREAD * u : 1;
        }
        return f;
    }

    private double cost(double[] x, double[] summary, double[] factors) {
        var vars = CostModel.variables(opt.params(x), summary);
        double sum = 0;
        for (int i = 0; i < factors.length; i++) {
            sum += factors[i] * model.items().get(i).yearly(vars);
        }
        return sum;
    }

    public List<Row> run(Path dir, List<Finalist> finalists, double[] budgets, double[] baseX, int draws, int reps, long seed,
                         int threads) throws Exception {
        StringBuilder h = new StringBuilder("key");
        for (SummaryMetric m : SummaryMetric.values()) {
            h.append(',').append(m.column());
        }
        RunLog runs = new RunLog(dir, LOG, h.toString(), 1, SummaryMetric.values().length, opt.mode(), threads, progress).open();
        boolean complete = false;
        try {
            List<double[]> xs = new ArrayList<>();
            xs.add(baseX);
            for (Finalist f : finalists) {
                xs.add(f.x());
            }
            List<RunLog.Task> tasks = new ArrayList<>();
            for (int d = 0; d < draws; d++) {
                Map<String, Object> drawn = drawParameters(d, seed);
                for (double[] x : xs) {
                    for (int r = 0; r < reps; r++) {
                        String k = key(d, x, r);
                        Map<String, Object> all = new LinkedHashMap<>(drawn);
                        all.putAll(opt.levers(x));
                        final int rep = r;
                        tasks.add(new RunLog.Task(k, k, () -> evaluator.run(all, rep)));
                    }
                }
            }
            runs.ensure(tasks, "the finalists over " + draws + " draws of the assumptions");
            complete = true;
        } finally {
            runs.close(complete);
        }
        cache.clear();
        for (int d = 0; d < draws; d++) {
            for (double[] x : java.util.stream.Stream.concat(java.util.stream.Stream.of(baseX), finalists.stream().map(Finalist::x)).toList()) {
                for (int r = 0; r < reps; r++) {
                    cache.put(key(d, x, r), runs.get(key(d, x, r)));
                }
            }
        }
        // per draw: objective and cost of each finalist, best among the feasible of its budget
        int nf = finalists.size();
        int[] best = new int[nf];
        int[] feasible = new int[nf];
        double[] regretSum = new double[nf];
        double[] regretMax = new double[nf];
        double[] objSum = new double[nf];
        for (int d = 0; d < draws; d++) {
            double[] factors = priceFactors(d, seed);
            double baseCost = 0;
            for (int r = 0; r < reps; r++) {
                baseCost += cost(baseX, cache.get(key(d, baseX, r)), factors) / reps;
            }
            double[] obj = new double[nf];
            boolean[] ok = new boolean[nf];
            for (int i = 0; i < nf; i++) {
                double o = 0;
                double c = 0;
                for (int r = 0; r < reps; r++) {
                    double[] s = cache.get(key(d, finalists.get(i).x(), r));
                    o += objective.of(s) / reps;
                    c += cost(finalists.get(i).x(), s, factors) / reps;
                }
                obj[i] = o;
                objSum[i] += o;
                ok[i] = c - baseCost <= budgets[finalists.get(i).budget()] + 1e-6;
                if (ok[i]) {
                    feasible[i]++;
                }
            }
            for (int b = 0; b < budgets.length; b++) {
                int arg = -1;
                for (int i = 0; i < nf; i++) {
                    if (finalists.get(i).budget() == b && (arg < 0 || obj[i] < obj[arg])) {
                        arg = i;
                    }
                }
                if (arg < 0) {
                    continue;
                }
                best[arg]++;
                for (int i = 0; i < nf; i++) {
                    if (finalists.get(i).budget() == b) {
                        double reg = obj[i] - obj[arg];
                        regretSum[i] += reg;
                        regretMax[i] = Math.max(regretMax[i], reg);
                    }
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < nf; i++) {
            rows.add(new Row(finalists.get(i), draws, best[i], feasible[i], regretSum[i] / draws, regretMax[i], objSum[i] / draws));
        }
        return rows;
    }

    private static String key(int d, double[] x, int r) {
        StringBuilder sb = new StringBuilder("d").append(d).append(';');
        for (double v : x) {
            sb.append(Double.toHexString(v)).append(';');
        }
        return sb.append(r).toString();
    }
}
