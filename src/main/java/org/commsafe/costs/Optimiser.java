package org.commsafe.costs;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.random.Stream;

/**
 * The best lever mix for each budget: successive halving (Karnin, Koren & Somekh 2013) over a
 * candidate set, on common random numbers. For each budget it draws candidate mixes within the
 * levers' bounds whose estimated yearly cost over the baseline is within the budget (each lever
 * alone spending the whole budget; a lever that reaches its bound first, with the rest spent on
 * each other lever; random mixes shrunk towards the baseline until they fit),
 * runs every candidate on the first replications, keeps the better half by the objective, doubles
 * the replications, and so on until one is left: replications go where the decision is close.
 * Every candidate sees the same replication seeds, so their differences are paired. A candidate
 * whose realised cost (its own outcomes, e.g. the adopting share a subsidy is paid to) exceeds
 * the budget is shrunk once more with its own outcomes and rerun; if still over, it is dropped.
 *
 * <p>Each run is appended to a log as it finishes; a resumed optimisation reads the log and
 * replays the same deterministic search, running only what is missing, so it gives identical
 * results to an uninterrupted one.
 */
public final class Optimiser {
    public static final String LOG = "evaluations.csv";

    /** One replication of a lever mix: the summary outcomes in SummaryMetric order. */
    public interface Evaluator {
        double[] run(Map<String, Object> levers, int replication) throws Exception;
    }

    /** What to minimise, per replication, from the summary outcomes. */
    public interface Objective {
        double of(double[] summary);
    }

    /**
     * {@code finalReplications}: the replications of each budget's best and the baseline (an
     * experiment file's 'replications:'); 0: first replications x 2^halvings.
     */
    public record Settings(double[] budgets, int candidates, int firstReplications, long seed, int threads, int finalReplications) {
        public Settings(double[] budgets, int candidates, int firstReplications, long seed, int threads) {
            this(budgets, candidates, firstReplications, seed, threads, 0);
        }
    }

    /** A candidate mix and what is known of it. */
    public static final class Candidate {
        public final int budget;
        public final int id;
        public final double[] x;
        public String origin;
        public double estimatedCost;
        public int replications;
        public double objective = Double.NaN;
        public double cost = Double.NaN;
        public boolean dropped;
        public String note = "";

        Candidate(int budget, int id, double[] x, String origin) {
            this.budget = budget;
            this.id = id;
            this.x = x;
            this.origin = origin;
        }
    }

    /** The best mix of a budget, with its per-replication objective and cost and the baseline's. */
    public record Best(double budget, Candidate candidate, double[] objective, double[] cost, double[] baseObjective,
                       double[] baseCost) {
    }

    public record Result(double baselineCost, double[] baselineObjective, List<Candidate> candidates, List<Best> best, int runs) {
    }

    private final CostModel model;
    private final Map<String, ?> baseParams;
    private final Evaluator evaluator;
    private final Objective objective;
    private final Settings settings;
    private final PrintStream progress;
    private RunLog runs;
    private RunLog.Mode mode = RunLog.Mode.ALL;

    public Optimiser(CostModel model, Map<String, ?> baseParams, Evaluator evaluator, Objective objective, Settings settings,
                     PrintStream progress) {
        if (model.levers().isEmpty()) {
            throw new IllegalArgumentException("the costs file names no levers to optimise ('levers:')");
        }
        this.model = model;
        this.baseParams = baseParams;
        this.evaluator = evaluator;
        this.objective = objective;
        this.settings = settings;
        this.progress = progress;
    }

    /** How runs are obtained: all here (default), a shard's share of each stage, or none (collect). */
    public Optimiser mode(RunLog.Mode m) {
        this.mode = m;
        return this;
    }

    public RunLog.Mode mode() {
        return mode;
    }

    /**
     * Runs (or resumes, from dir's logs, shards' included) the optimisation.
     *
     * @throws RunLog.Pending in shard or collect mode, at the first stage with missing runs
     */
    public Result run(Path dir) throws Exception {
        Files.createDirectories(dir);
        StringBuilder h = new StringBuilder("key,replication");
        for (SummaryMetric m : SummaryMetric.values()) {
            h.append(',').append(m.column());
        }
        runs = new RunLog(dir, LOG, h.toString(), 2, SummaryMetric.values().length, mode, settings.threads(), progress).open();
        boolean complete = false;
        try {
            Result r = search();
            complete = true;
            return r;
        } finally {
            runs.close(complete);
        }
    }

    private Result search() throws Exception {
        int k = model.levers().size();
        double[] baseRaw = encode(baseParams);
        double[] base = new double[k];
        for (int i = 0; i < k; i++) {
            base[i] = clamp(i, baseRaw[i]);
        }
        // the baseline's outcomes on the first replications price the candidates' out.* quantities
        runs.ensure(tasks(List.of(baseRaw), settings.firstReplications()), "the baseline on the first replications");
        double[] baseMean = meanSummary(baseRaw, settings.firstReplications());
        double baseCost = costOf(baseRaw, baseMean);
        List<Candidate> all = new ArrayList<>();
        List<List<Candidate>> perBudget = new ArrayList<>();
        for (int b = 0; b < settings.budgets().length; b++) {
            List<Candidate> cs = candidates(b, base, baseMean, baseCost);
            perBudget.add(cs);
            all.addAll(cs);
        }
        // the replications the best of each budget gets: one doubling per halving of the largest candidate set
        int maxReps = settings.firstReplications();
        for (List<Candidate> cs : perBudget) {
            int r = settings.firstReplications();
            for (int n = cs.size(); n > 1; n = (n + 1) / 2) {
                r *= 2;
            }
            maxReps = Math.max(maxReps, r);
        }
        if (settings.finalReplications() > 0) {
            maxReps = Math.max(settings.firstReplications(), settings.finalReplications());
        }
        // rung 0 (and the baseline's remaining replications), with one correction of candidates whose realised cost exceeds
        // their budget
        int reps = settings.firstReplications();
        runAll(all, reps, tasks(List.of(baseRaw), maxReps), "every candidate on the first replications");
        List<Candidate> corrected = new ArrayList<>();
        for (Candidate c : all) {
            double budget = settings.budgets()[c.budget];
            if (c.cost - baseCost > budget * (1 + 1e-9) + 1e-6) {
                double[] own = meanSummary(c.x, reps);
                double[] y = fit(base, c.x, budget, baseCost, own);
                if (y == null) {
                    c.dropped = true;
                    c.note = "over budget";
                } else {
                    System.arraycopy(y, 0, c.x, 0, k);
                    c.origin += ", refitted to its own outcomes";
                    corrected.add(c);
                }
            }
        }
        runAll(corrected, reps, List.of(), "refitted candidates");
        for (Candidate c : corrected) {
            if (c.cost - baseCost > settings.budgets()[c.budget] * (1 + 1e-9) + 1e-6) {
                c.dropped = true;
                c.note = "over budget after refitting";
            }
        }
        // successive halving per budget
        List<Best> best = new ArrayList<>();
        List<List<Candidate>> alive = new ArrayList<>();
        for (List<Candidate> cs : perBudget) {
            List<Candidate> a = new ArrayList<>();
            for (Candidate c : cs) {
                if (!c.dropped) {
                    a.add(c);
                }
            }
            alive.add(a);
        }
        while (true) {
            List<Candidate> next = new ArrayList<>();
            for (int b = 0; b < alive.size(); b++) {
                List<Candidate> a = alive.get(b);
                if (a.size() <= 1) {
                    continue;
                }
                a.sort(Comparator.comparingDouble((Candidate c) -> c.objective).thenComparingInt(c -> c.id));
                List<Candidate> keep = new ArrayList<>(a.subList(0, (a.size() + 1) / 2));
                for (Candidate c : a.subList(keep.size(), a.size())) {
                    c.note = "halved out at " + c.replications + " replications";
                }
                alive.set(b, keep);
                next.addAll(keep);
            }
            if (next.isEmpty()) {
                break;
            }
            reps = Math.min(reps * 2, maxReps);
            runAll(next, reps, List.of(), "the better half on " + reps + " replications");
        }
        List<Candidate> winners = new ArrayList<>();
        for (List<Candidate> a : alive) {
            if (!a.isEmpty()) {
                winners.add(a.get(0));
            }
        }
        runAll(winners, maxReps, List.of(), "each budget's best on " + maxReps + " replications");
        for (int b = 0; b < alive.size(); b++) {
            if (alive.get(b).isEmpty()) {
                best.add(new Best(settings.budgets()[b], null, null, null, null, null));
                continue;
            }
            Candidate w = alive.get(b).get(0);
            w.note = "best";
            double[] obj = new double[maxReps];
            double[] cost = new double[maxReps];
            double[] bo = new double[maxReps];
            double[] bc = new double[maxReps];
            for (int r = 0; r < maxReps; r++) {
                double[] s = runs.get(key(w.x, r));
                obj[r] = objective.of(s);
                cost[r] = costOf(w.x, s);
                double[] sb = runs.get(key(baseRaw, r));
                bo[r] = objective.of(sb);
                bc[r] = costOf(baseRaw, sb);
            }
            best.add(new Best(settings.budgets()[b], w, obj, cost, bo, bc));
        }
        double[] baseObj = new double[maxReps];
        for (int r = 0; r < maxReps; r++) {
            baseObj[r] = objective.of(runs.get(key(baseRaw, r)));
        }
        return new Result(baseCost, baseObj, all, best, runs.newRuns());
    }

    // ---------------------------------------------------------------- candidates

    private List<Candidate> candidates(int b, double[] base, double[] baseMean, double baseCost) {
        int k = model.levers().size();
        double budget = settings.budgets()[b];
        List<Candidate> out = new ArrayList<>();
        // each lever alone, spending the budget in the direction that costs more
        for (int i = 0; i < k; i++) {
            CostModel.Lever lv = model.levers().get(i);
            for (double[] end : ends(base, i, baseMean)) {
                double[] y = fit(base, end, budget, baseCost, baseMean);
                if (y != null && !contains(out, y)) {
                    out.add(new Candidate(b, out.size(), y, lv.key() + (lv.categorical() ? " " + lv.format(end[i]) : "") + " alone"));
                }
            }
        }
        // a lever that reaches its bound before the budget is spent: the rest on each other lever
        int alone = out.size();
        for (int a = 0; a < alone; a++) {
            double[] y = out.get(a).x;
            if (costOf(y, baseMean) - baseCost >= budget * 0.99) {
                continue;
            }
            for (int j = 0; j < k; j++) {
                CostModel.Lever lv = model.levers().get(j);
                for (double[] end : ends(y, j, baseMean)) {
                    if (java.util.Arrays.equals(end, y)) {
                        continue;
                    }
                    double[] z = fit(y, end, budget, baseCost, baseMean);
                    if (z != null && !contains(out, z)) {
                        out.add(new Candidate(b, out.size(), z, out.get(a).origin + " to its bound, the rest on " + lv.key() + (lv.categorical() ? " " + lv.format(end[j]) : "")));
                    }
                }
            }
        }
        // every structured mix with each categorical lever switched to each other value (the numeric
        // levers shrunk towards the baseline when the switch costs): a layout choice that pays only with the cameras a budget
        // buys is found though no single-lever path leads to it
        int paths = out.size();
        for (int a = 0; a < paths; a++) {
            double[] y = out.get(a).x;
            for (int j = 0; j < k; j++) {
                CostModel.Lever lv = model.levers().get(j);
                if (!lv.categorical()) {
                    continue;
                }
                for (double[] end : ends(y, j, baseMean)) {
                    // from the baseline towards the switched mix: the numeric levers shrink if the switch costs
                    double[] z = fit(base, end, budget, baseCost, baseMean);
                    if (z != null && !contains(out, z)) {
                        out.add(new Candidate(b, out.size(), z, out.get(a).origin + ", with " + lv.key() + " " + lv.format(end[j])));
                    }
                }
            }
        }
        Stream rng = new Stream(settings.seed(), "optimise.candidates").at(b, 0);
        int tries = 0;
        int structured = out.size();
        while (out.size() - structured < settings.candidates() && tries++ < 50 * settings.candidates()) {
            double[] end = new double[k];
            for (int i = 0; i < k; i++) {
                CostModel.Lever lv = model.levers().get(i);
                double u = rng.nextDouble();
                // a categorical lever: each value equally likely
                end[i] = lv.categorical() ? Math.min(lv.values().size() - 1, Math.floor(u * lv.values().size()))
                    : lv.min() + u * (lv.max() - lv.min());
            }
            double[] y = fit(base, end, budget, baseCost, baseMean);
            if (y != null && !contains(out, y)) {
                out.add(new Candidate(b, out.size(), y, "random mix"));
            }
        }
        for (Candidate c : out) {
            c.estimatedCost = costOf(c.x, baseMean) - baseCost;
        }
        return out;
    }

    /**
     * Where lever i alone may go from y: a numeric lever to the bound that costs more; a
     * categorical lever to each of its other values.
     */
    private List<double[]> ends(double[] y, int i, double[] outcomes) {
        CostModel.Lever lv = model.levers().get(i);
        List<double[]> out = new ArrayList<>();
        if (lv.categorical()) {
            for (int v = 0; v < lv.values().size(); v++) {
                if (v != y[i]) {
                    double[] e = y.clone();
                    e[i] = v;
                    out.add(e);
                }
            }
            return out;
        }
        double[] hi = y.clone();
        hi[i] = lv.max();
        double[] lo = y.clone();
        lo[i] = lv.min();
        out.add(costOf(hi, outcomes) >= costOf(lo, outcomes) ? hi : lo);
        return out;
    }

    /** A mix's coordinates of a parameter set (a categorical lever: the index of its value). */
    public double[] encode(Map<String, ?> params) {
        double[] x = new double[model.levers().size()];
        for (int i = 0; i < x.length; i++) {
            CostModel.Lever lv = model.levers().get(i);
            x[i] = lv.categorical() ? lv.coordinate(params.get(lv.key()))
                : CostModel.variables(params, null).applyAsDouble(lv.key());
            if (x[i] < 0 && lv.categorical()) {
                throw new IllegalArgumentException("lever " + lv.key() + ": the baseline's value " + params.get(lv.key())
                    + " is not among its values [" + String.join(", ", lv.values()) + "]; list it (the search starts there)");
            }
        }
        return x;
    }

    /** A mix as outputs spell it, one entry per lever. */
    public List<String> format(double[] x) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            out.add(model.levers().get(i).format(x[i]));
        }
        return out;
    }

    private static boolean contains(List<Candidate> cs, double[] y) {
        for (Candidate c : cs) {
            if (java.util.Arrays.equals(c.x, y)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The point base + t (end - base) with the largest t in [0, 1] whose cost over the baseline is
     * within the budget (bisection; integer levers rounded towards the baseline), or null when even
     * a small step does not fit.
     */
    double[] fit(double[] base, double[] end, double budget, double baseCost, double[] outcomes) {
        double[] atEnd = round(base, end, 1);
        if (costOf(atEnd, outcomes) - baseCost <= budget) {
            return atEnd;
        }
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 50; it++) {
            double mid = (lo + hi) / 2;
            if (costOf(round(base, end, mid), outcomes) - baseCost <= budget) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] y = round(base, end, lo);
        if (lo < 1e-6 && !switches(base, end) || java.util.Arrays.equals(y, base) || costOf(y, outcomes) - baseCost > budget) {
            return null;
        }
        return y;
    }

    /** Whether the step from base to end changes a categorical lever (a switch has no halfway point). */
    private boolean switches(double[] base, double[] end) {
        for (int i = 0; i < base.length; i++) {
            if (model.levers().get(i).categorical() && base[i] != end[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The point base + t (end - base), rounded: integer levers towards the baseline, numeric ones
     * to 4 decimals; a categorical lever takes end's value at every t (the budget is then
     * spent on the numeric levers).
     */
    private double[] round(double[] base, double[] end, double t) {
        double[] y = new double[base.length];
        for (int i = 0; i < y.length; i++) {
            double v = base[i] + t * (end[i] - base[i]);
            CostModel.Lever lv = model.levers().get(i);
            if (lv.categorical()) {
                v = end[i];
            } else if (lv.integer()) {
                v = end[i] >= base[i] ? Math.floor(v + 1e-9) : Math.ceil(v - 1e-9);
            } else {
                v = Math.round(v * 1e4) / 1e4; // readable mixes
                v = end[i] >= base[i] ? Math.min(v, base[i] + t * (end[i] - base[i])) : Math.max(v, base[i] + t * (end[i] - base[i]));
            }
            y[i] = clamp(i, v);
        }
        return y;
    }

    private double clamp(int i, double v) {
        CostModel.Lever lv = model.levers().get(i);
        return Math.max(lv.min(), Math.min(lv.max(), v));
    }

    /** Yearly cost of a lever mix (the baseline's other parameters) with the given outcomes. */
    public double costOf(double[] x, double[] summary) {
        return model.yearly(CostModel.variables(params(x), summary));
    }

    /** The baseline's parameters with the levers set to x. */
    public Map<String, Object> params(double[] x) {
        Map<String, Object> p = new LinkedHashMap<>(baseParams);
        p.putAll(levers(x));
        return p;
    }

    public Map<String, Object> levers(double[] x) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < x.length; i++) {
            CostModel.Lever lv = model.levers().get(i);
            m.put(lv.key(), lv.value(x[i]));
        }
        return m;
    }

    // ---------------------------------------------------------------- runs

    private static String key(double[] x, int rep) {
        StringBuilder sb = new StringBuilder();
        for (double d : x) {
            sb.append(Double.toHexString(d)).append(';');
        }
        return sb.append(rep).toString();
    }

    /** The runs of each mix on replications 0..reps-1. */
    private List<RunLog.Task> tasks(List<double[]> xs, int reps) {
        List<RunLog.Task> out = new ArrayList<>();
        for (double[] x : xs) {
            for (int r = 0; r < reps; r++) {
                String k = key(x, r);
                final int rep = r;
                out.add(new RunLog.Task(k, k + "," + r, () -> evaluator.run(levers(x), rep)));
            }
        }
        return out;
    }

    /** Runs the candidates (and {@code extra}) on {@code reps} replications as one stage, then scores them. */
    private void runAll(List<Candidate> cs, int reps, List<RunLog.Task> extra, String what) throws Exception {
        List<double[]> xs = new ArrayList<>();
        for (Candidate c : cs) {
            xs.add(c.x);
        }
        List<RunLog.Task> ts = new ArrayList<>(extra);
        ts.addAll(tasks(xs, reps));
        runs.ensure(ts, what);
        for (Candidate c : cs) {
            double o = 0;
            double cost = 0;
            for (int r = 0; r < reps; r++) {
                double[] s = runs.get(key(c.x, r));
                o += objective.of(s);
                cost += costOf(c.x, s);
            }
            c.objective = o / reps;
            c.cost = cost / reps;
            c.replications = reps;
        }
    }

    private double[] meanSummary(double[] x, int reps) {
        double[] m = new double[SummaryMetric.values().length];
        for (int r = 0; r < reps; r++) {
            double[] s = runs.get(key(x, r));
            for (int i = 0; i < m.length; i++) {
                m[i] += s[i] / reps;
            }
        }
        return m;
    }
}
