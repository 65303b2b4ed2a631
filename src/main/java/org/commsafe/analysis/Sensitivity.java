package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commsafe.metrics.SummaryMetric;

/** Sensitivity indices from a sweep with a Sobol (Saltelli) or Morris design. */
public final class Sensitivity {
    /** Per factor: main index (total Sobol ST, or Morris mu*) and second (S1, or sigma). */
    public record Table(SummaryMetric metric, List<String> factors, double[] main, double[] second, boolean sobol) {
    }

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
            SobolIndices.Indices idx = SobolIndices.of(y, n, k);
            return new Table(m, factors, idx.total(), idx.firstOrder(), true);
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
        StringBuilder sb = new StringBuilder();
        for (Table t : tables) {
            sb.append("### ").append(t.metric().column()).append("\n\n");
            sb.append(t.sobol() ? "| factor | total index ST | first-order S1 |\n" : "| factor | mu* | sigma |\n");
            sb.append("| --- | --- | --- |\n");
            for (int i = 0; i < t.factors().size(); i++) {
                sb.append(String.format(Locale.ROOT, "| `%s` | %.4f | %.4f |%n", t.factors().get(i), t.main()[i], t.second()[i]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
