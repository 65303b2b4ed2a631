package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.commsafe.analysis.Prcc;
import org.commsafe.analysis.ResultSet;
import org.commsafe.analysis.SobolIndices;
import org.commsafe.charts.Charts;
import org.commsafe.charts.DesignLabels;
import org.commsafe.charts.Labels;
import org.commsafe.metrics.SummaryMetric;
import org.jfree.chart.JFreeChart;
import org.jfree.data.category.CategoryDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Charts and analyses per design: factorial labels, LHS partial rank correlations, Sobol intervals. */
class DesignChartsTest {
    @TempDir
    Path dir;

    /** One design point: factor values and, per replication, the outcomes given (the rest NA). */
    record Point(Map<String, String> factors, List<Map<SummaryMetric, Double>> reps) {
    }

    /** A sweep directory as `commsafe sweep` writes it (runs.csv and the manifest's design). */
    private Path sweep(String name, String design, List<String> factors, List<Point> points) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("manifest.json"), "{\n  \"design\": \"" + design + "\"\n}\n");
        StringBuilder sb = new StringBuilder("run,point,point_name");
        for (String f : factors) {
            sb.append(',').append(f);
        }
        sb.append(",replication,seed");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',').append(m.column());
        }
        sb.append('\n');
        int run = 0;
        for (int p = 0; p < points.size(); p++) {
            Point pt = points.get(p);
            StringBuilder pn = new StringBuilder();
            for (String f : factors) {
                pn.append(pn.length() == 0 ? "" : "_").append(f).append('=').append(pt.factors().get(f));
            }
            if (!design.equals("factorial")) { // sampled designs name points by their place in the design
                pn.setLength(0);
                pn.append("P-").append(p);
            }
            for (int r = 0; r < pt.reps().size(); r++) {
                sb.append(run++).append(',').append(p).append(',').append(pn);
                for (String f : factors) {
                    sb.append(',').append(pt.factors().get(f));
                }
                sb.append(',').append(r).append(',').append(100 + r);
                for (SummaryMetric m : SummaryMetric.values()) {
                    Double v = pt.reps().get(r).get(m);
                    sb.append(',').append(v == null ? "NA" : v.toString());
                }
                sb.append('\n');
            }
        }
        Files.writeString(d.resolve("runs.csv"), sb.toString());
        return d;
    }

    private Path factorial() throws Exception {
        List<Point> points = new ArrayList<>();
        for (int hpo = 1000; hpo <= 3000; hpo += 1000) {
            for (String layout : List.of("RANDOM", "HOTSPOT")) {
                List<Map<SummaryMetric, Double>> reps = new ArrayList<>();
                for (int r = 0; r < 3; r++) {
                    // a count near zero with a large spread: a plain t interval would reach below 0
                    reps.add(Map.of(SummaryMetric.REPORTING_RATE, 0.5 + hpo / 1e5 + 0.01 * r,
                        SummaryMetric.VICTIMISATION_PER_1000, r == 0 ? 9.0 : 0.0));
                }
                points.add(new Point(Map.of("households_per_officer", Integer.toString(hpo), "camera_layout", layout), reps));
            }
        }
        return sweep("fact", "factorial", List.of("households_per_officer", "camera_layout"), points);
    }

    @Test
    void factorialBarsAreGroupedByFactorWithoutRawPointNames() throws Exception {
        Path s = factorial();
        ResultSet rs = ResultSet.read(List.of(s));
        Labels l = Labels.forLanguage("en", null);
        JFreeChart c = Charts.bars(rs, new ArrayList<>(rs.groups.keySet()), SummaryMetric.REPORTING_RATE, l);
        CategoryDataset d = c.getCategoryPlot().getDataset();
        assertEquals(List.of("1000", "2000", "3000"), d.getColumnKeys(), "the factor with more levels on the axis");
        assertEquals(List.of("Camera layout: RANDOM", "Camera layout: HOTSPOT"), d.getRowKeys(), "the other in the legend");
        assertEquals("Households per officer (households/officer)", c.getCategoryPlot().getDomainAxis().getLabel());
        assertEquals("1000 / RANDOM", DesignLabels.of(rs, l).label("households_per_officer=1000_camera_layout=RANDOM"));
        assertEquals("Households per officer / Camera layout", DesignLabels.of(rs, l).title());
        assertEquals("0.1235", DesignLabels.value("0.123456"));
        assertEquals("1000", DesignLabels.value("1000.0"));

        Path out = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", s.toString(), "--metrics", "reporting_rate,victimisation_per_1000", "--out", out.toString(),
            "--dpi", "72", "--size", "single");
        assertEquals(0, r.code(), r.err());
        for (String chart : List.of("bars_reporting_rate", "bars_victimisation_per_1000", "response_reporting_rate_vs_households_per_officer")) {
            String svg = Files.readString(out.resolve("charts").resolve(chart + ".svg"), StandardCharsets.UTF_8);
            assertFalse(svg.contains("households_per_officer="), chart + ": no raw point names");
            assertFalse(svg.contains("camera_layout="), chart + ": no raw point names");
        }
    }

    @Test
    void errorBarsAndBandsStayInsideTheOutcomesValidRange() throws Exception {
        ResultSet rs = ResultSet.read(List.of(factorial()));
        Labels l = Labels.forLanguage("en", null);
        JFreeChart c = Charts.bars(rs, new ArrayList<>(rs.groups.keySet()), SummaryMetric.VICTIMISATION_PER_1000, l);
        // values 9, 0, 0: mean 3, t interval 3 +- 4.30 x 5.20 / sqrt(3) = [-9.9, 15.9]: drawn from 0
        assertEquals(0.0, c.getCategoryPlot().getRangeAxis().getLowerBound(), 1e-9, "the axis (and error bars) start at 0");
        JFreeChart resp = Charts.response(rs, "households_per_officer", SummaryMetric.VICTIMISATION_PER_1000, l);
        org.jfree.data.xy.IntervalXYDataset d = (org.jfree.data.xy.IntervalXYDataset) resp.getXYPlot().getDataset();
        for (int s = 0; s < d.getSeriesCount(); s++) {
            for (int i = 0; i < d.getItemCount(s); i++) {
                assertTrue(d.getStartYValue(s, i) >= 0, "band clipped at 0");
            }
        }
        assertEquals(1.0, Charts.validRange("share")[1]);
        assertEquals(0.0, Charts.validRange("crimes")[0]);
    }

    private static double[] unit(SplittableRandom r, int k) {
        double[] x = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = r.nextDouble();
        }
        return x;
    }

    @Test
    void prccFindsMonotoneEffectsAndIgnoresAnInertFactor() {
        SplittableRandom r = new SplittableRandom(1);
        int n = 60;
        double[][] x = new double[n][];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = unit(r, 3);
            // rises steeply (non-linearly) with x0, falls with x2, x1 inert; a little noise
            y[i] = Math.exp(4 * x[i][0]) - 10 * x[i][2] + 0.5 * r.nextDouble();
        }
        List<Prcc.Result> res = Prcc.of(List.of("a", "b", "c"), x, y);
        assertTrue(res.get(0).prcc() > 0.9, res.toString());
        assertTrue(res.get(0).pValue() < 0.001, res.toString());
        assertTrue(Math.abs(res.get(1).prcc()) < 0.3, res.toString());
        assertTrue(res.get(2).prcc() < -0.7, res.toString());
        assertTrue(res.get(0).low() < res.get(0).prcc() && res.get(0).prcc() < res.get(0).high());
        assertEquals(List.of(1.0, 2.5, 2.5, 4.0), java.util.Arrays.stream(Prcc.ranks(new double[] {1, 5, 5, 9})).boxed().toList(),
            "ties share their mean rank");
    }

    @Test
    void lhsSweepGetsScatterChartsAndAPrccTableInsteadOfFortyBars() throws Exception {
        SplittableRandom r = new SplittableRandom(2);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double hpo = 1000 + 5000 * r.nextDouble();
            double q = r.nextDouble();
            List<Map<SummaryMetric, Double>> reps = new ArrayList<>();
            for (int k = 0; k < 2; k++) {
                reps.add(Map.of(SummaryMetric.SHARE_UNSEEN_10D, Math.min(1, hpo / 7000 + 0.02 * r.nextDouble())));
            }
            points.add(new Point(Map.of("households_per_officer", Double.toString(hpo), "quota_pressure", Double.toString(q)), reps));
        }
        Path s = sweep("lhs", "lhs", List.of("households_per_officer", "quota_pressure"), points);
        Path out = dir.resolve("cmp");
        CliRun run = CliRun.of("compare", s.toString(), "--metrics", "share_unseen_10d", "--out", out.toString(), "--dpi", "72");
        assertEquals(0, run.code(), run.err());
        List<String> csv = Files.readAllLines(out.resolve("prcc.csv"));
        assertEquals("metric,factor,prcc,ci95_low,ci95_high,p_value,n", csv.get(0));
        String hpo = csv.stream().filter(l -> l.startsWith("share_unseen_10d,households_per_officer,")).findFirst().orElseThrow();
        assertTrue(Double.parseDouble(hpo.split(",")[2]) > 0.9, hpo);
        assertTrue(Files.exists(out.resolve("charts/scatter_share_unseen_10d.png")));
        try (var files = Files.list(out.resolve("charts"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("bars_")), "no bar per sampled point");
        }
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("partial rank correlations") && md.contains("| share_unseen_10d |"), md);
        assertFalse(md.contains("## Outcomes against the baseline"), "no tests against one arbitrary sampled point");
    }

    /** Saltelli's design: A (n rows), B, AB_i; outcome f of a unit vector. */
    private Path sobolSweep(String name, int n, int k, ToDoubleFunction<double[]> f) throws Exception {
        SplittableRandom r = new SplittableRandom(3);
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            a[j] = unit(r, k);
            b[j] = unit(r, k);
        }
        List<double[]> rows = new ArrayList<>();
        rows.addAll(List.of(a));
        rows.addAll(List.of(b));
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                rows.add(ab);
            }
        }
        List<String> factors = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            factors.add("f" + i);
        }
        List<Point> points = new ArrayList<>();
        for (int p = 0; p < rows.size(); p++) {
            Map<String, String> fs = new LinkedHashMap<>();
            for (int i = 0; i < k; i++) {
                fs.put("f" + i, Double.toString(rows.get(p)[i]));
            }
            points.add(new Point(fs, List.of(Map.of(SummaryMetric.REPORTING_RATE, f.applyAsDouble(rows.get(p))))));
        }
        return sweep(name, "sobol", factors, points);
    }

    @Test
    void sobolIndicesComeWithBootstrapIntervalsThatCoverTheTruth() {
        // y = 4 x0 + 2 x1: S = 0.8, 0.2, 0
        SplittableRandom r = new SplittableRandom(4);
        int n = 2000;
        int k = 3;
        double[] y = new double[n * (k + 2)];
        double[][] a = new double[n][];
        double[][] b = new double[n][];
        for (int j = 0; j < n; j++) {
            a[j] = unit(r, k);
            b[j] = unit(r, k);
            y[j] = 4 * a[j][0] + 2 * a[j][1];
            y[n + j] = 4 * b[j][0] + 2 * b[j][1];
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < n; j++) {
                double[] ab = a[j].clone();
                ab[i] = b[j][i];
                y[(2 + i) * n + j] = 4 * ab[0] + 2 * ab[1];
            }
        }
        SobolIndices.Intervals ci = SobolIndices.bootstrap(y, n, k, 300, 7);
        double[] truth = {0.8, 0.2, 0};
        for (int i = 0; i < k; i++) {
            assertTrue(ci.stLow()[i] <= truth[i] + 1e-9 && truth[i] <= ci.stHigh()[i] + 1e-9, "ST " + i);
            assertTrue(ci.s1Low()[i] <= truth[i] && truth[i] <= ci.s1High()[i], "S1 " + i);
            assertTrue(ci.stHigh()[i] - ci.stLow()[i] < 0.15 && ci.s1High()[i] - ci.s1Low()[i] < 0.35, "S1 " + i + " interval narrow at n = 2000: " + ci.s1Low()[i] + " " + ci.s1High()[i] + " ST " + ci.stLow()[i] + " " + ci.stHigh()[i]);
        }
        assertEquals(SobolIndices.of(y, n, k).total()[0], ci.point().total()[0], 0, "the point estimate is the plain one");
    }

    @Test
    void sobolWarnsWhenFirstOrderExceedsTotalBeyondItsInterval() throws Exception {
        // outputs no model can give: f(AB_i) - f(A) = 0.5 (f(B) - 100.5), so S1 = 0.5 and ST = 0.125: S1 > ST
        Path s = sobolSweepBiased();
        Path out = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", s.toString(), "--metrics", "reporting_rate", "--out", out.toString(), "--dpi", "72");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("first-order S1") && r.err().contains("exceeds total ST"), r.err());
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("**Warning:**") && md.contains("ST 95% interval"), md);
        List<String> csv = Files.readAllLines(out.resolve("sensitivity.csv"));
        assertEquals("metric,factor,total_st,st_ci95_low,st_ci95_high,first_order_s1,s1_ci95_low,s1_ci95_high", csv.get(0));
        assertTrue(Files.exists(out.resolve("charts/tornado_reporting_rate.png")));
    }

    private Path sobolSweepBiased() throws Exception {
        int n = 30;
        int k = 2;
        SplittableRandom r = new SplittableRandom(5);
        List<Point> points = new ArrayList<>();
        double[] fa = new double[n];
        double[] fb = new double[n];
        for (int block = 0; block < k + 2; block++) {
            for (int j = 0; j < n; j++) {
                double v;
                if (block < 2) {
                    v = 100 + r.nextDouble();
                    if (block == 0) {
                        fa[j] = v;
                    } else {
                        fb[j] = v;
                    }
                } else {
                    v = fa[j] + 0.5 * (fb[j] - 100.5);
                }
                points.add(new Point(Map.of("f0", Double.toString(r.nextDouble()), "f1", Double.toString(r.nextDouble())),
                    List.of(Map.of(SummaryMetric.REPORTING_RATE, v))));
            }
        }
        return sweep("sobol-biased", "sobol", List.of("f0", "f1"), points);
    }

    @Test
    void aOneFactorSobolSweepIsWarnedAboutAndDrawsNoRanking() throws Exception {
        Path s = sobolSweep("sobol1", 20, 1, x -> x[0]);
        Path out = dir.resolve("cmp");
        CliRun r = CliRun.of("compare", s.toString(), "--metrics", "reporting_rate", "--out", out.toString(), "--dpi", "72");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("one factor"), r.err());
        assertFalse(Files.exists(out.resolve("charts/tornado_reporting_rate.png")));
        assertTrue(Files.readString(out.resolve("report.md")).contains("one factor"));
    }

    @Test
    void printOptionsAreChecked() throws Exception {
        Path s = factorial();
        assertEquals(2, CliRun.of("compare", s.toString(), "--out", dir.resolve("a").toString(), "--size", "a4").code());
        assertEquals(2, CliRun.of("compare", s.toString(), "--out", dir.resolve("b").toString(), "--smooth", "0").code());
        Path out = dir.resolve("c");
        CliRun r = CliRun.of("compare", s.toString(), "--metrics", "reporting_rate", "--out", out.toString(), "--dpi", "100",
            "--size", "double", "--font-size", "9", "--no-title");
        assertEquals(0, r.code(), r.err());
        org.commsafe.charts.ChartExportTestAccess.assertPng(out.resolve("charts/bars_reporting_rate.png"),
            (int) Math.round(175 / 25.4 * 100), (int) Math.round(105 / 25.4 * 100), 100);
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("![Reporting rate (share) by design point"), "the title becomes the caption: " + md);
        assertFalse(Files.readString(out.resolve("charts/bars_reporting_rate.svg")).contains("by design point"), "no title drawn");
    }
}
