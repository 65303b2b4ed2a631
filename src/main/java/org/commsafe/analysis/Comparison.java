package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.stat.inference.TTest;
import org.commsafe.experiment.Csv;
import org.commsafe.metrics.SummaryMetric;

/**
 * Scenarios against a baseline: per scenario and outcome the mean, sd and 95% interval, and
 * against the baseline the paired difference (replications matched by seed: common random
 * numbers), the relative change and a paired t-test p-value (commons-math3).
 */
public final class Comparison {
    public record Row(String scenario, SummaryMetric metric, Stats stats, PairedComparison vsBaseline, double pValue) {
    }

    public final String baseline;
    public final List<Row> rows = new ArrayList<>();

    public Comparison(ResultSet rs, String baseline, List<SummaryMetric> metrics) {
        this.baseline = baseline;
        ResultSet.Group base = rs.groups.get(baseline);
        for (SummaryMetric m : metrics) {
            Map<Long, Double> baseBySeed = new HashMap<>();
            for (int i = 0; i < base.seeds.size(); i++) {
                baseBySeed.put(base.seeds.get(i), base.summaries.get(i)[m.ordinal()]);
            }
            for (ResultSet.Group g : rs.groups.values()) {
                double[] v = g.values(m);
                List<double[]> pairs = new ArrayList<>();
                for (int i = 0; i < v.length; i++) {
                    Double b = baseBySeed.get(g.seeds.get(i));
                    if (b != null) {
                        pairs.add(new double[] {b, v[i]});
                    }
                }
                double[] a = new double[pairs.size()];
                double[] b = new double[pairs.size()];
                for (int i = 0; i < a.length; i++) {
                    a[i] = pairs.get(i)[0];
                    b[i] = pairs.get(i)[1];
                }
                PairedComparison pc = PairedComparison.of(m, a, b);
                double p = Double.NaN;
                if (!g.name.equals(baseline) && a.length > 1 && hasVariance(a, b)) {
                    p = new TTest().pairedTTest(a, b);
                }
                rows.add(new Row(g.name, m, Stats.of(v), pc, p));
            }
        }
    }

    private static boolean hasVariance(double[] a, double[] b) {
        for (int i = 1; i < a.length; i++) {
            if (b[i] - a[i] != b[0] - a[0]) {
                return true;
            }
        }
        return false;
    }

    public String csv() {
        StringBuilder sb = new StringBuilder("scenario,metric,n,mean,sd,ci95_low,ci95_high,baseline,baseline_mean,"
            + "diff,diff_ci95_low,diff_ci95_high,rel_change,rel_ci95_low,rel_ci95_high,p_value\n");
        for (Row r : rows) {
            PairedComparison c = r.vsBaseline();
            sb.append(org.commsafe.experiment.Csv.field(r.scenario())).append(',').append(r.metric().column()).append(',')
                .append(r.stats().n());
            double bm = c.baselineMean();
            double[] vals = {r.stats().mean(), r.stats().sd(), r.stats().low(), r.stats().high()};
            for (double v : vals) {
                sb.append(',');
                Csv.num(sb, v);
            }
            sb.append(',').append(org.commsafe.experiment.Csv.field(baseline));
            double[] rest = {bm, c.difference(), c.low(), c.high(), c.relativeChange(), c.low() / bm, c.high() / bm, r.pValue()};
            for (double v : rest) {
                sb.append(',');
                Csv.num(sb, v);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    public String markdown(List<SummaryMetric> metrics) {
        StringBuilder sb = new StringBuilder();
        sb.append("Baseline: `").append(baseline).append("`. Intervals are 95%; differences are paired on common random")
            .append(" numbers (replication r of each scenario used the same seed); p from a paired t-test.\n\n");
        for (SummaryMetric m : metrics) {
            sb.append("### ").append(m.column()).append(" (").append(m.unit).append(")\n\n");
            sb.append("| scenario | n | mean | 95% interval | difference vs baseline | 95% interval | relative change | p |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Row r : rows) {
                if (r.metric() != m) {
                    continue;
                }
                PairedComparison c = r.vsBaseline();
                boolean isBase = r.scenario().equals(baseline);
                sb.append(String.format(Locale.ROOT, "| %s | %d | %s | [%s, %s] | %s | %s | %s | %s |%n", r.scenario(), r.stats().n(),
                    f(r.stats().mean()), f(r.stats().low()), f(r.stats().high()),
                    isBase ? "-" : f(c.difference()), isBase ? "-" : "[" + f(c.low()) + ", " + f(c.high()) + "]",
                    isBase || Double.isNaN(c.relativeChange()) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * c.relativeChange()),
                    isBase || Double.isNaN(r.pValue()) ? "-" : (r.pValue() < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", r.pValue()))));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    static String f(double x) {
        if (Double.isNaN(x)) {
            return "NA";
        }
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.4f", x);
    }
}
