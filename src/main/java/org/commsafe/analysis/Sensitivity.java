package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commsafe.metrics.SummaryMetric;

/** Sensitivity indices from a sweep with a Sobol (Saltelli) or Morris design. */
public final class Sensitivity {
    /**
     * Per factor: main index (total Sobol ST, or Morris mu*) and second (S1, or sigma); for Sobol
     * their 95% bootstrap intervals ({low[], high[]}; null for Morris) and warnings (S1 above ST
     * beyond sampling error, a one-factor design).
     */
    public record Table(SummaryMetric metric, List<String> factors, double[] main, double[] second, boolean sobol,
                        double[][] mainCi, double[][] secondCi, List<String> warnings) {
        public Table(SummaryMetric metric, List<String> factors, double[] main, double[] second, boolean sobol) {
            this(metric, factors, main, second, sobol, null, null, List.of());
        }
    }

    /** Seed of the bootstrap resampling (fixed: the same results give the same intervals). */
    static final long BOOTSTRAP_SEED = 20260101L;

    private Sensitivity() {
    }

    public static boolean applies(ResultSet rs) {
        return rs.design.equals("sobol") || rs.design.equals("morris");
    }

    public static Table of(ResultSet rs, SummaryMetric m) {
        List<String> factors = rs.factorKeys;
        int k = factors.size();
        List<ResultSet.Group> groups = new ArrayList<>(rs.groups.values());
        double[] y = new double[groups.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = Stats.of(groups.get(i).values(m)).mean();
        }
        if (rs.design.equals("sobol")) {
            int n = y.length / (k + 2);
            List<String> warnings = new ArrayList<>();
            if (k < 2) {
                warnings.add("a Sobol design with one factor: S1 = ST = 1 by definition, the indices say nothing;"
                    + " use a factorial sweep and its response curve instead");
            }
            if (n * (k + 2) != y.length || n < 2) {
                warnings.add("the results do not form a Saltelli design of N (k + 2) points (" + y.length + " points, k = " + k
                    + "): no indices");
                double[] nan = new double[k];
                java.util.Arrays.fill(nan, Double.NaN);
                return new Table(m, factors, nan, nan, true, null, null, warnings);
            }
            SobolIndices.Intervals ci = SobolIndices.bootstrap(y, n, k, SobolIndices.RESAMPLES, BOOTSTRAP_SEED);
            SobolIndices.Indices idx = ci.point();
            for (int i = 0; i < k && k >= 2; i++) {
                if (ci.diffLow()[i] > 0) {
                    warnings.add(String.format(Locale.ROOT, "%s: %s: first-order S1 = %.3f exceeds total ST = %.3f beyond the"
                            + " bootstrap interval of S1 - ST [%.3f, %.3f]: the design is too small (N = %d) for these indices;"
                            + " raise samples", m.column(), factors.get(i), idx.firstOrder()[i], idx.total()[i], ci.diffLow()[i],
                        ci.diffHigh()[i], n));
                }
            }
            return new Table(m, factors, idx.total(), idx.firstOrder(), true, new double[][] {ci.stLow(), ci.stHigh()},
                new double[][] {ci.s1Low(), ci.s1High()}, warnings);
        }
        // Morris: trajectories of k + 1 points; each step moves one factor
        double[] lo = new double[k];
        double[] hi = new double[k];
        java.util.Arrays.fill(lo, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(hi, Double.NEGATIVE_INFINITY);
        double[][] x = new double[groups.size()][k];
        for (int i = 0; i < groups.size(); i++) {
            for (int f = 0; f < k; f++) {
                x[i][f] = Double.parseDouble(groups.get(i).factors.get(factors.get(f)));
                lo[f] = Math.min(lo[f], x[i][f]);
                hi[f] = Math.max(hi[f], x[i][f]);
            }
        }
        int r = groups.size() / (k + 1);
        double[][][] unit = new double[r][k + 1][k];
        double[][] yy = new double[r][k + 1];
        for (int t = 0; t < r; t++) {
            for (int p = 0; p <= k; p++) {
                int i = t * (k + 1) + p;
                for (int f = 0; f < k; f++) {
                    unit[t][p][f] = hi[f] > lo[f] ? (x[i][f] - lo[f]) / (hi[f] - lo[f]) : 0;
                }
                yy[t][p] = y[i];
            }
        }
        Morris.Indices idx = Morris.indices(unit, yy);
        return new Table(m, factors, idx.muStar(), idx.sigma(), false);
    }

    public static String markdown(List<Table> tables) {
        return markdown(tables, org.commsafe.charts.Labels.forText("en"));
    }

    /** The sensitivity tables of report.md, headings in the labels' language. */
    public static String markdown(List<Table> tables, org.commsafe.charts.Labels l) {
        StringBuilder sb = new StringBuilder();
        if (!tables.isEmpty() && tables.get(0).sobol()) {
            sb.append(l.get("report.sobol.intro", String.valueOf(SobolIndices.RESAMPLES))).append("\n\n");
        }
        for (Table t : tables) {
            sb.append("### ").append(t.metric().column()).append("\n\n");
            for (String w : t.warnings()) {
                sb.append("> **").append(l.get("report.warning")).append("** ").append(w).append("\n\n");
            }
            if (t.sobol()) {
                sb.append(l.get("report.sobol.header")).append('\n');
                sb.append("| --- | --- | --- | --- | --- |\n");
                for (int i = 0; i < t.factors().size(); i++) {
                    sb.append(String.format(Locale.ROOT, "| `%s` | %.4f | %s | %.4f | %s |%n", t.factors().get(i), t.main()[i],
                        interval(t.mainCi(), i), t.second()[i], interval(t.secondCi(), i)));
                }
            } else {
                sb.append("| ").append(l.get("report.factor")).append(" | mu* | sigma |\n");
                sb.append("| --- | --- | --- |\n");
                for (int i = 0; i < t.factors().size(); i++) {
                    sb.append(String.format(Locale.ROOT, "| `%s` | %.4f | %.4f |%n", t.factors().get(i), t.main()[i], t.second()[i]));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String interval(double[][] ci, int i) {
        return ci == null || Double.isNaN(ci[0][i]) ? "NA" : String.format(Locale.ROOT, "[%.4f, %.4f]", ci[0][i], ci[1][i]);
    }

    /** The Sobol indices with intervals as CSV: metric, factor, ST, its interval, S1, its interval. */
    public static String csv(List<Table> tables) {
        StringBuilder sb = new StringBuilder(tables.isEmpty() || tables.get(0).sobol()
            ? "metric,factor,total_st,st_ci95_low,st_ci95_high,first_order_s1,s1_ci95_low,s1_ci95_high\n"
            : "metric,factor,mu_star,sigma\n");
        for (Table t : tables) {
            for (int i = 0; i < t.factors().size(); i++) {
                sb.append(t.metric().column()).append(',').append(t.factors().get(i));
                if (t.sobol()) {
                    num(sb, t.main()[i]);
                    num(sb, t.mainCi() == null ? Double.NaN : t.mainCi()[0][i]);
                    num(sb, t.mainCi() == null ? Double.NaN : t.mainCi()[1][i]);
                    num(sb, t.second()[i]);
                    num(sb, t.secondCi() == null ? Double.NaN : t.secondCi()[0][i]);
                    num(sb, t.secondCi() == null ? Double.NaN : t.secondCi()[1][i]);
                } else {
                    num(sb, t.main()[i]);
                    num(sb, t.second()[i]);
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static void num(StringBuilder sb, double v) {
        sb.append(',').append(Double.isNaN(v) ? "NA" : String.format(Locale.ROOT, "%.6g", v));
    }

    /** PRCC of each factor of a sampled design (LHS) on each outcome, from the design points' means. */
    public static List<Prcc.Result> prcc(ResultSet rs, SummaryMetric m) {
        List<ResultSet.Group> groups = new ArrayList<>(rs.groups.values());
        int k = rs.factorKeys.size();
        double[][] x = new double[groups.size()][k];
        double[] y = new double[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            for (int f = 0; f < k; f++) {
                x[i][f] = Double.parseDouble(groups.get(i).factors.get(rs.factorKeys.get(f)));
            }
            y[i] = Stats.of(groups.get(i).values(m)).mean();
        }
        return Prcc.of(rs.factorKeys, x, y);
    }

    /** prcc.csv: metric, factor, PRCC, its 95% interval, p, n. */
    public static String prccCsv(java.util.Map<SummaryMetric, List<Prcc.Result>> all) {
        StringBuilder sb = new StringBuilder("metric,factor,prcc,ci95_low,ci95_high,p_value,n\n");
        all.forEach((m, rs) -> {
            for (Prcc.Result r : rs) {
                sb.append(m.column()).append(',').append(r.factor());
                num(sb, r.prcc());
                num(sb, r.low());
                num(sb, r.high());
                num(sb, r.pValue());
                sb.append(',').append(r.n()).append('\n');
            }
        });
        return sb.toString();
    }

    /** The PRCC section of report.md: one row per outcome, one PRCC [interval] column per factor. */
    public static String prccMarkdown(List<String> factors, java.util.Map<SummaryMetric, List<Prcc.Result>> all,
                                      org.commsafe.charts.Labels l) {
        StringBuilder sb = new StringBuilder(l.get("report.prcc.intro")).append("\n\n| ").append(l.get("report.prcc.outcome")).append(" |");
        for (String f : factors) {
            sb.append(" `").append(f).append("` |");
        }
        sb.append("\n|").append(" --- |".repeat(factors.size() + 1)).append('\n');
        all.forEach((m, rs) -> {
            sb.append("| ").append(m.column()).append(" |");
            for (Prcc.Result r : rs) {
                sb.append(Double.isNaN(r.prcc()) ? " NA |" : String.format(Locale.ROOT, " %+.3f%s [%+.2f, %+.2f] |", r.prcc(),
                    r.pValue() < 0.05 ? "*" : "", r.low(), r.high()));
            }
            sb.append('\n');
        });
        return sb.append('\n').toString();
    }
}
