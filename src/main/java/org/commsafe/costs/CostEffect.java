package org.commsafe.costs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import org.commsafe.analysis.PairedComparison;
import org.commsafe.experiment.Csv;
import org.commsafe.metrics.SummaryMetric;

/**
 * Cost-effectiveness of scenarios or design points against a baseline, per year for the whole
 * city: incremental cost (yuan), crimes prevented, harm prevented and extra reported (recorded)
 * cases, each a mean over paired replications with its 95% interval, and the three ratios (cost
 * per crime prevented, per harm unit prevented, per extra reported case) with Fieller intervals
 * ({@link Ratio}). Replication r of both sides shares its seed (common random numbers), so the
 * differences are taken replication by replication; sides whose seeds differ are compared
 * unpaired (difference of means, variances added) and marked.
 */
public final class CostEffect {
    private CostEffect() {
    }

    /** One scenario or design point: its resolved parameters, replication seeds and summaries (SummaryMetric order). */
    public record Side(String name, Map<String, ?> params, long[] seeds, List<double[]> summaries) {
        public double households() {
            return CostModel.variables(params, null).applyAsDouble("households");
        }

        /** Per replication: yearly cost, crimes, harm and recorded crimes of the city. */
        double[][] perReplication(CostModel m) {
            int n = summaries.size();
            double[][] out = new double[4][n];
            double h = households() / 1000;
            for (int i = 0; i < n; i++) {
                double[] s = summaries.get(i);
                out[0][i] = m.yearly(CostModel.variables(params, s));
                out[1][i] = s[SummaryMetric.VICTIMISATION_PER_1000.ordinal()] * h;
                out[2][i] = m.harmPer1000(s) * h;
                out[3][i] = s[SummaryMetric.RECORDED_PER_1000.ordinal()] * h;
            }
            return out;
        }
    }

    /** A mean with its 95% t interval. */
    public record Interval(double mean, double low, double high) {
        static Interval of(double mean, double varOfMean, int df) {
            if (df < 1 || Double.isNaN(varOfMean)) {
                return new Interval(mean, Double.NaN, Double.NaN);
            }
            double half = new TDistribution(df).inverseCumulativeProbability(0.975) * Math.sqrt(Math.max(0, varOfMean));
            return new Interval(mean, mean - half, mean + half);
        }

        String text(String fmt) {
            return Double.isNaN(low) ? String.format(Locale.ROOT, fmt, mean)
                : String.format(Locale.ROOT, fmt + " [" + fmt + ", " + fmt + "]", mean, low, high);
        }
    }

    /**
     * A side against the baseline. cost: incremental yearly cost; crimes and harm: prevented
     * (baseline minus side, positive = fewer); reported: extra recorded cases (side minus baseline).
     * level*: the side's own yearly totals (cost, crimes, harm, recorded).
     */
    public record Row(String name, int n, boolean paired, String notPaired, Interval cost, Interval crimes, Interval harm,
                      Interval reported, Ratio perCrime, Ratio perHarm, Ratio perReported, Interval levelCost,
                      Interval levelCrimes, Interval levelHarm, Interval levelRecorded) {
        /** Where the side lies on the cost-effectiveness plane (effect = harm prevented). */
        public String quadrant() {
            boolean cheaper = cost.mean() <= 0;
            boolean better = harm.mean() > 0;
            return cheaper && better ? "dominant (saves money, prevents harm)" : !cheaper && better ? "costs more, prevents harm"
                : cheaper ? "saves money, more harm" : "dominated (costs more, more harm)";
        }
    }

    public static Interval level(double[] x) {
        int n = x.length;
        double m = Ratio.mean(x);
        double v = 0;
        for (double d : x) {
            v += (d - m) * (d - m);
        }
        return Interval.of(m, n > 1 ? v / (n - 1) / n : Double.NaN, n - 1);
    }

    public static List<Row> of(CostModel model, Side base, List<Side> sides) {
        List<Row> rows = new ArrayList<>();
        double[][] b = base.perReplication(model);
        for (Side s : sides) {
            double[][] x = s.perReplication(model);
            String why = PairedComparison.whyNotPaired(base.seeds(), s.seeds());
            Interval[] d = new Interval[4];
            Ratio[] r = new Ratio[3];
            // effect signs: crimes and harm prevented = base - side; reported extra = side - base
            int[] sign = {1, -1, -1, 1};
            if (why == null) {
                int n = x[0].length;
                double[][] diff = new double[4][n];
                for (int k = 0; k < 4; k++) {
                    for (int i = 0; i < n; i++) {
                        diff[k][i] = sign[k] * (x[k][i] - b[k][i]);
                    }
                    d[k] = level(diff[k]);
                }
                for (int k = 1; k < 4; k++) {
                    r[k - 1] = Ratio.paired(diff[0], diff[k]);
                }
            } else {
                int df = Math.min(x[0].length, b[0].length) - 1;
                double[] mean = new double[4];
                double[][] cov = new double[4][4];
                for (int k = 0; k < 4; k++) {
                    mean[k] = sign[k] * (Ratio.mean(x[k]) - Ratio.mean(b[k]));
                }
                for (int k = 0; k < 4; k++) {
                    for (int j = 0; j < 4; j++) {
                        cov[k][j] = sign[k] * sign[j] * (covOfMean(x[k], x[j]) + covOfMean(b[k], b[j]));
                    }
                    d[k] = Interval.of(mean[k], cov[k][k], df);
                }
                for (int k = 1; k < 4; k++) {
                    r[k - 1] = Ratio.fieller(mean[0], mean[k], cov[0][0], cov[k][k], cov[0][k], df);
                }
            }
            rows.add(new Row(s.name(), x[0].length, why == null, why, d[0], d[1], d[2], d[3], r[0], r[1], r[2], level(x[0]),
                level(x[1]), level(x[2]), level(x[3])));
        }
        return rows;
    }

    private static double covOfMean(double[] a, double[] b) {
        int n = a.length;
        if (n < 2) {
            return Double.NaN;
        }
        double ma = Ratio.mean(a);
        double mb = Ratio.mean(b);
        double s = 0;
        for (int i = 0; i < n; i++) {
            s += (a[i] - ma) * (b[i] - mb);
        }
        return s / (n - 1) / n;
    }

    /** A step of the incremental ranking: a policy on the efficiency frontier and its ICER against the step before. */
    public record Step(String name, double cost, double effect, double icer, String previous) {
    }

    /**
     * The incremental cost-effectiveness ranking on harm prevented (Drummond et al. 2015): from the
     * baseline (0, 0), policies by increasing cost; a policy dominated (another costs no more and
     * prevents at least as much harm) or extendedly dominated (a mix of its neighbours would do
     * better: its ICER exceeds the next one's) leaves the frontier; the rest are listed with the
     * extra yuan per extra harm unit prevented against the previous step.
     */
    public static List<Step> frontier(String baseName, List<Row> rows) {
        List<double[]> pts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        pts.add(new double[] {0, 0});
        names.add(baseName);
        for (Row r : rows) {
            pts.add(new double[] {r.cost().mean(), r.harm().mean()});
            names.add(r.name());
        }
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < pts.size(); i++) {
            idx.add(i);
        }
        idx.sort(Comparator.<Integer>comparingDouble(i -> pts.get(i)[0]).thenComparingDouble(i -> -pts.get(i)[1]));
        // strict dominance: keep those that prevent more harm than every cheaper one
        List<Integer> kept = new ArrayList<>();
        double bestEffect = Double.NEGATIVE_INFINITY;
        for (int i : idx) {
            if (pts.get(i)[1] > bestEffect) {
                kept.add(i);
                bestEffect = pts.get(i)[1];
            }
        }
        // extended dominance: ICERs must rise along the frontier (lower convex hull)
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int k = 1; k + 1 < kept.size(); k++) {
                double icer1 = icer(pts.get(kept.get(k - 1)), pts.get(kept.get(k)));
                double icer2 = icer(pts.get(kept.get(k)), pts.get(kept.get(k + 1)));
                if (icer1 > icer2) {
                    kept.remove(k);
                    changed = true;
                    break;
                }
            }
        }
        List<Step> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            double[] p = pts.get(kept.get(k));
            out.add(new Step(names.get(kept.get(k)), p[0], p[1], k == 0 ? Double.NaN : icer(pts.get(kept.get(k - 1)), p),
                k == 0 ? "" : names.get(kept.get(k - 1))));
        }
        return out;
    }

    private static double icer(double[] a, double[] b) {
        return (b[0] - a[0]) / (b[1] - a[1]);
    }

    // ---------------------------------------------------------------- output

    public static String csv(List<Row> rows) {
        StringBuilder sb = new StringBuilder("name,replications,paired,cost_yuan_per_year,cost_low,cost_high,"
            + "crimes_prevented_per_year,crimes_prevented_low,crimes_prevented_high,harm_prevented_per_year,harm_prevented_low,"
            + "harm_prevented_high,extra_reported_per_year,extra_reported_low,extra_reported_high,"
            + "yuan_per_crime_prevented,yuan_per_crime_prevented_low,yuan_per_crime_prevented_high,"
            + "yuan_per_harm_unit_prevented,yuan_per_harm_unit_prevented_low,yuan_per_harm_unit_prevented_high,"
            + "yuan_per_extra_reported,yuan_per_extra_reported_low,yuan_per_extra_reported_high,"
            + "level_cost_yuan_per_year,level_crimes_per_year,level_harm_per_year,level_recorded_per_year,quadrant\n");
        for (Row r : rows) {
            sb.append(Csv.field(r.name())).append(',').append(r.n()).append(',').append(r.paired());
            for (Interval i : List.of(r.cost(), r.crimes(), r.harm(), r.reported())) {
                sb.append(',').append(Csv.num(i.mean())).append(',').append(Csv.num(i.low())).append(',').append(Csv.num(i.high()));
            }
            for (Ratio x : List.of(r.perCrime(), r.perHarm(), r.perReported())) {
                sb.append(',').append(Csv.num(x.estimate())).append(',').append(x.bounded() ? Csv.num(x.low()) : "unbounded").append(',')
                    .append(x.bounded() ? Csv.num(x.high()) : "unbounded");
            }
            for (Interval i : List.of(r.levelCost(), r.levelCrimes(), r.levelHarm(), r.levelRecorded())) {
                sb.append(',').append(Csv.num(i.mean()));
            }
            sb.append(',').append(Csv.field(r.quadrant())).append('\n');
        }
        return sb.toString();
    }

    public static String markdown(CostModel m, String baseName, Side base, List<Row> rows, List<Step> frontier) {
        StringBuilder md = new StringBuilder();
        md.append("## Cost-effectiveness against ").append(baseName).append("\n\n");
        md.append(String.format(Locale.ROOT, "Costs: `%s` (%s, %s prices); harm unit: %s. Per year for the whole city "
            + "(%,.0f households in the baseline). Means over paired replications (common random numbers) with 95%% intervals; "
            + "ratios with Fieller intervals, \"unbounded\" where the effect's interval includes 0 (the ratio could be "
            + "anything). Negative ratios are not ranked: a negative cost with a positive effect saves money and prevents "
            + "crime (dominant); a positive cost with a negative effect is dominated.%n%n", m.file() == null ? m.name()
            : m.file().toString(), m.currency(), m.priceYear() == 0 ? "undated" : Integer.toString(m.priceYear()),
            m.harmUnit(), base.households()));
        md.append("| policy | n | extra cost (yuan/year) | crimes prevented/year | harm prevented/year | extra reported/year |"
            + " yuan per crime prevented | yuan per harm unit prevented | yuan per extra reported case |\n");
        md.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            md.append("| ").append(r.name()).append(r.paired() ? "" : " (unpaired)").append(" | ").append(r.n()).append(" | ")
                .append(r.cost().text("%,.0f")).append(" | ").append(r.crimes().text("%.1f")).append(" | ")
                .append(r.harm().text("%,.0f")).append(" | ").append(r.reported().text("%.1f")).append(" | ")
                .append(r.perCrime().text()).append(" | ").append(r.perHarm().text()).append(" | ").append(r.perReported().text())
                .append(" |\n");
        }
        md.append("\nOutcomes in counts and harm units (yearly city totals, mean [95% interval]):\n\n");
        md.append("| policy | yearly cost of the priced levers (yuan) | crimes | harm | recorded crimes | quadrant |\n");
        md.append("| --- | --- | --- | --- | --- | --- |\n");
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | baseline |%n", baseName,
            level(base.perReplication(m)[0]).text("%,.0f"), level(base.perReplication(m)[1]).text("%.1f"),
            level(base.perReplication(m)[2]).text("%,.0f"), level(base.perReplication(m)[3]).text("%.1f")));
        for (Row r : rows) {
            md.append("| ").append(r.name()).append(" | ").append(r.levelCost().text("%,.0f")).append(" | ")
                .append(r.levelCrimes().text("%.1f")).append(" | ").append(r.levelHarm().text("%,.0f")).append(" | ")
                .append(r.levelRecorded().text("%.1f")).append(" | ").append(r.quadrant()).append(" |\n");
        }
        md.append("\nIncremental ranking on harm prevented (dominated and extendedly dominated policies removed; ICER = extra "
            + "yuan per extra harm unit prevented against the step before, on the means):\n\n");
        md.append("| step | policy | extra cost (yuan/year) | harm prevented/year | ICER (yuan per harm unit) |\n| --- | --- | --- | --- | --- |\n");
        for (int i = 0; i < frontier.size(); i++) {
            Step s = frontier.get(i);
            md.append(String.format(Locale.ROOT, "| %d | %s | %,.0f | %,.0f | %s |%n", i, s.name(), s.cost(), s.effect(),
                Double.isNaN(s.icer()) ? "-" : String.format(Locale.ROOT, "%,.0f (vs %s)", s.icer(), s.previous())));
        }
        md.append('\n');
        return md.toString();
    }
}
