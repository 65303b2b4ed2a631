package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.inference.TTest;
import org.commsafe.analysis.SobolIndices;
import org.commsafe.charts.Labels;
import org.commsafe.cli.Main;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareTest {
    @TempDir
    Path dir;

    /** A run directory with hand-written summaries: only the given outcome is filled. */
    private Path fixture(String name, double[] values) throws Exception {
        return fixture(name, 100, Map.of(SummaryMetric.REPORTING_RATE, values));
    }

    /** A run directory whose replication r has seed firstSeed + r and the given outcomes (the rest NA). */
    private Path fixture(String name, long firstSeed, Map<SummaryMetric, double[]> values) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("scenario.yaml"), "name: " + name + "\nparameters:\n  grid_width: 2\n");
        StringBuilder sb = new StringBuilder("replication,seed");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',').append(m.column());
        }
        sb.append('\n');
        int reps = values.values().iterator().next().length;
        for (int r = 0; r < reps; r++) {
            sb.append(r).append(',').append(firstSeed + r);
            for (SummaryMetric m : SummaryMetric.values()) {
                sb.append(',').append(values.containsKey(m) ? Double.toString(values.get(m)[r]) : "NA");
            }
            sb.append('\n');
        }
        Files.writeString(d.resolve("summary.csv"), sb.toString());
        Files.writeString(d.resolve("manifest.json"), "{\n  \"kind\": \"run\",\n  \"status\": \"finished\"\n}\n");
        return d;
    }

    /** comparison.csv as one map (column -> value) per row, keyed by "scenario/metric". */
    private static Map<String, Map<String, String>> readComparison(Path out) throws Exception {
        List<String> lines = Files.readAllLines(out.resolve("comparison.csv"));
        List<String> head = List.of(lines.get(0).split(","));
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",");
            assertEquals(head.size(), f.length, l);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < f.length; i++) {
                row.put(head.get(i), f[i]);
            }
            assertNull(rows.put(f[0] + "/" + f[1], row), "one row per scenario x metric");
        }
        return rows;
    }

    private static CliRun cli(String... args) {
        return CliRun.of(args);
    }

    static final double[] BASE = {0.60, 0.62, 0.64, 0.58};
    static final double[] REFORM = {0.66, 0.70, 0.69, 0.63};
    static final double[] SMALL = {0.61, 0.60, 0.66, 0.59};

    @Test
    void pairingIsMeasuredAndPValuesAreHolmAdjusted() throws Exception {
        Path a = fixture("baseline", BASE);
        Path b = fixture("reform", REFORM);
        Path c = fixture("small", SMALL);
        Path out = dir.resolve("cmp");
        CliRun r = cli("compare", a.toString(), b.toString(), c.toString(), "--metrics", "reporting_rate", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        Map<String, String> reform = readComparison(out).get("reform/reporting_rate");
        assertEquals("true", reform.get("paired"));
        // hand-computed (AnalysisStatsTest): r = 22 / sqrt(600), variance reduction 0.88, Welch df 75/13
        assertEquals(22 / Math.sqrt(600), Double.parseDouble(reform.get("correlation")), 1e-6);
        assertEquals(0.88, Double.parseDouble(reform.get("variance_reduction")), 1e-6);
        double welchHalf = new TDistribution(75.0 / 13).inverseCumulativeProbability(0.975) * Math.sqrt(1.0 / 2400);
        assertEquals(0.06 - welchHalf, Double.parseDouble(reform.get("welch_ci95_low")), 1e-6);
        assertEquals(0.06 + welchHalf, Double.parseDouble(reform.get("welch_ci95_high")), 1e-6);
        double pairedHalf = 3.182446305 * 0.0141421356 / 2;
        assertEquals(pairedHalf / welchHalf, Double.parseDouble(reform.get("halfwidth_ratio")), 1e-5);
        // Holm over the two tests: sorted p(1) <= p(2): 2 p(1), then max(2 p(1), p(2))
        double pReform = new TTest().pairedTTest(BASE, REFORM);
        double pSmall = new TTest().pairedTTest(BASE, SMALL);
        assertTrue(pReform < pSmall);
        assertEquals(pReform, Double.parseDouble(reform.get("p_value")), 1e-6);
        assertEquals(2 * pReform, Double.parseDouble(reform.get("p_holm")), 1e-6);
        assertEquals(Math.max(2 * pReform, pSmall), Double.parseDouble(readComparison(out).get("small/reporting_rate").get("p_holm")),
            1e-6);
        assertEquals("NA", readComparison(out).get("baseline/reporting_rate").get("p_holm"));

        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.indexOf("## Pairing") < md.indexOf("### reporting_rate"), "the pairing table comes first");
        assertTrue(md.contains("| reform | yes | 0.898 | " + String.format(Locale.ROOT, "%.2f", pairedHalf / welchHalf) + " |"), md);
        assertTrue(md.contains("Holm across 2 tests"), md);
        // the report shows the adjusted p (2 x 0.00344 = 0.007), not the raw one
        assertTrue(md.contains(String.format(Locale.ROOT, "| +9.8%% | %.3f |", 2 * pReform)), md);
        assertFalse(md.contains(String.format(Locale.ROOT, "| %.3f |", pReform)), md);
        assertTrue(r.out().contains("pairing with baseline"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.trim().startsWith("reform") && l.contains("yes") && l.contains("0.898")), r.out());
    }

    @Test
    void seedsThatDifferFallBackToWelchWithAWarning() throws Exception {
        Path a = fixture("baseline", 100, Map.of(SummaryMetric.REPORTING_RATE, BASE));
        Path b = fixture("shifted", 200, Map.of(SummaryMetric.REPORTING_RATE, REFORM));
        Path out = dir.resolve("cmp");
        CliRun r = cli("compare", a.toString(), b.toString(), "--metrics", "reporting_rate", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("not paired: shifted vs baseline: replication 0 used seed 100 in the baseline but 200"), r.err());
        assertTrue(r.err().contains("using Welch"), r.err());
        Map<String, String> row = readComparison(out).get("shifted/reporting_rate");
        assertEquals("false", row.get("paired"));
        assertEquals("NA", row.get("correlation"));
        assertEquals("NA", row.get("halfwidth_ratio"));
        assertEquals(new TTest().tTest(BASE, REFORM), Double.parseDouble(row.get("p_value")), 1e-6); // Welch, commons-math
        assertEquals(row.get("welch_ci95_low"), row.get("diff_ci95_low"));
        assertEquals(row.get("welch_ci95_high"), row.get("diff_ci95_high"));
        String md = Files.readString(out.resolve("report.md"));
        assertTrue(md.contains("not paired: `shifted` vs `baseline`: replication 0 used seed 100"), md);
        assertTrue(md.contains("using Welch intervals and tests"), md);
        assertTrue(md.contains("| shifted | no | - | - |"), md);
    }

    @Test
    void whereTheChangeCameFromListsPairedDifferencesOfPathColumns() throws Exception {
        Path a = fixture("baseline", 100, Map.of(SummaryMetric.REPORTING_RATE, BASE,
            SummaryMetric.CRIMES_ATTEMPTED, new double[] {100, 110, 120, 90}, SummaryMetric.CRIMES_COMMITTED, new double[] {40, 42, 50, 36}));
        Path b = fixture("reform", 100, Map.of(SummaryMetric.REPORTING_RATE, REFORM,
            SummaryMetric.CRIMES_ATTEMPTED, new double[] {90, 100, 105, 85}, SummaryMetric.CRIMES_COMMITTED, new double[] {35, 40, 45, 36}));
        Path out = dir.resolve("cmp");
        assertEquals(0, Main.execute("compare", a.toString(), b.toString(), "--metrics", "reporting_rate", "--out", out.toString()));
        String md = Files.readString(out.resolve("report.md"));
        String paths = md.substring(md.indexOf("## Where the change came from"));
        assertTrue(paths.contains("offender-days spent incarcerated"), paths);
        // attempts: differences -10, -10, -15, -5: mean -10, sd sqrt(50/3), half = t(0.975, 3) x sd / 2
        double half = 3.182446305 * Math.sqrt(50.0 / 3) / 2;
        String attempted = String.format(Locale.ROOT, "| crimes_attempted | crimes | 105.0 | 95.0000 | -10.0000 | [%.4f, %.4f] |",
            -10 - half, -10 + half);
        assertTrue(paths.contains(attempted), paths);
        assertTrue(paths.indexOf("| crimes_attempted |") < paths.indexOf("| crimes_committed |"), "in the listed order");
        // columns this build lacks, or the results lack (all NA), are skipped
        for (String column : List.of("spatial_attempts", "deterred_by_officer", "offenders_active", "recorded_per_1000")) {
            assertFalse(paths.contains("| " + column + " |"), column + " is not in the results and is skipped");
        }
    }

    @Test
    void reportHeadingsInChineseNeedNoFont() throws Exception {
        Path a = fixture("baseline", BASE);
        Path b = fixture("reform", REFORM);
        Path out = dir.resolve("cmp-zh");
        assertEquals(0, Main.execute("compare", a.toString(), b.toString(), "--metrics", "reporting_rate", "--out", out.toString(),
            "--lang", "zh"));
        String md = Files.readString(out.resolve("report.md"));
        for (String heading : List.of("# 情景比较", "## 配对", "## 与基准情景的比较", "## 变化从何而来", "| 情景 | 配对 |", "Holm")) {
            assertTrue(md.contains(heading), heading + " in\n" + md);
        }
    }

    @Test
    void shareIntervalsInTheComparisonStayInsideZeroOne() throws Exception {
        double[] nearZero = {0.0, 0.01, 0.3, 0.02};
        assertTrue(org.commsafe.analysis.Stats.of(nearZero).low() < 0, "a plain t interval would cross 0");
        Path a = fixture("baseline", nearZero);
        Path out = dir.resolve("cmp");
        assertEquals(0, Main.execute("compare", a.toString(), "--metrics", "reporting_rate", "--out", out.toString()));
        Map<String, String> row = readComparison(out).get("baseline/reporting_rate");
        assertEquals(0.0825, Double.parseDouble(row.get("mean")), 1e-9);
        double low = Double.parseDouble(row.get("ci95_low"));
        double high = Double.parseDouble(row.get("ci95_high"));
        assertTrue(low >= 0 && low < 0.0825 && high > 0.0825 && high <= 1, low + " " + high);
    }

    @Test
    void statisticsMatchHandComputedValues() throws Exception {
        Path a = fixture("baseline", new double[] {0.60, 0.62, 0.64, 0.58});
        Path b = fixture("reform", new double[] {0.66, 0.70, 0.69, 0.63});
        Path out = dir.resolve("cmp");
        assertEquals(0, Main.execute("compare", a.toString(), b.toString(), "--metrics", "reporting_rate", "--out", out.toString()));
        List<String> rows = Files.readAllLines(out.resolve("comparison.csv"));
        String reform = rows.stream().filter(r -> r.startsWith("reform,")).findFirst().orElseThrow();
        String[] f = reform.split(",");
        // means: baseline 0.61, reform 0.67; paired differences 0.06, 0.08, 0.05, 0.05: mean 0.06, sd 0.014142
        assertEquals(0.67, Double.parseDouble(f[3]), 1e-9);
        assertEquals(0.61, Double.parseDouble(f[8]), 1e-9);
        assertEquals(0.06, Double.parseDouble(f[9]), 1e-9);
        double half = 3.182446305 * 0.0141421356 / 2; // t(0.975, 3) x sd / sqrt(4)
        assertEquals(0.06 - half, Double.parseDouble(f[10]), 1e-6);
        assertEquals(0.06 + half, Double.parseDouble(f[11]), 1e-6);
        assertEquals(0.06 / 0.61, Double.parseDouble(f[12]), 1e-6);
        // paired t = 0.06 / (0.0141421356 / 2) = 8.485; two-sided p with 3 df = 0.003441
        assertEquals(0.003441, Double.parseDouble(f[15]), 2e-5);
        assertTrue(Files.readString(out.resolve("report.md")).contains("| reform | 4 | 0.6700 |"));
    }

    @Test
    void chartsAreValidFilesWithTheirTitles() throws Exception {
        Path run = dir.resolve("run");
        Path yaml = dir.resolve("s.yaml");
        Files.writeString(yaml, "name: baseline\nreplications: 3\ndays: 15\nburn_in_days: 5\nparameters:\n"
            + "  grid_width: 2\n  grid_height: 2\n  households_per_community: 600\n  households_per_officer: 600\n");
        assertEquals(0, Main.execute("run", yaml.toString(), "--out", run.toString(), "--quiet"));
        Path out = dir.resolve("charts-en");
        assertEquals(0, Main.execute("compare", run.toString(), "--out", out.toString(), "--dpi", "72"));
        Path charts = out.resolve("charts");
        String title = "Reporting rate (share) by scenario (mean and 95% interval)";
        checkChart(charts.resolve("bars_reporting_rate"), title);
        checkChart(charts.resolve("officer_time"), "Officer time by activity (city, per day)");
        checkChart(charts.resolve("heatmap_victimisation"), "by community: baseline");
        checkChart(charts.resolve("timeseries_share_unseen_10d"), "over time (mean and 95% band)");
        for (String line : Files.readAllLines(run.resolve("summary_stats.csv")).subList(1, SummaryMetric.values().length + 1)) {
            String[] f = line.split(",");
            if (f[1].equals("share") && !f[5].equals("NA")) {
                assertTrue(Double.parseDouble(f[5]) >= 0 && Double.parseDouble(f[6]) <= 1, "share interval inside [0, 1]: " + line);
            }
        }
        byte[] png = Files.readAllBytes(charts.resolve("bars_reporting_rate.png"));
        assertEquals(72 / 72 * 800, readPngWidth(png));

        Assumptions.assumeTrue(Labels.cjkFontFamily() != null, "no CJK font installed (.ci/run installs fonts-wqy-microhei)");
        Path zh = dir.resolve("charts-zh");
        assertEquals(0, Main.execute("compare", run.toString(), "--out", zh.toString(), "--lang", "zh", "--dpi", "72"));
        checkChart(zh.resolve("charts").resolve("bars_reporting_rate"), "各情景的报案率");
        checkChart(zh.resolve("charts").resolve("officer_time"), "社区民警时间分配");
    }

    private static void checkChart(Path base, String title) throws Exception {
        byte[] png = Files.readAllBytes(base.resolveSibling(base.getFileName() + ".png"));
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(png, 4), "PNG signature");
        Path svg = base.resolveSibling(base.getFileName() + ".svg");
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false); // offline
        var doc = dbf.newDocumentBuilder().parse(svg.toFile()); // well-formed XML
        assertEquals("svg", doc.getDocumentElement().getNodeName());
        assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains(title), "SVG has the title: " + title);
        PdfReader reader = new PdfReader(Files.readAllBytes(base.resolveSibling(base.getFileName() + ".pdf")));
        String text = new PdfTextExtractor(reader).getTextFromPage(1);
        assertTrue(text.replace("\n", " ").contains(title), "PDF text has the title: " + title + " in " + text);
        reader.close();
    }

    private static int readPngWidth(byte[] png) {
        return ((png[16] & 0xff) << 24) | ((png[17] & 0xff) << 16) | ((png[18] & 0xff) << 8) | (png[19] & 0xff);
    }

    @Test
    void sobolIndicesOfAnAdditiveFunction() {
        // y = 4 x0 + 2 x1 + 0 x2 on Saltelli's design: S_i = a_i^2 / sum a^2 = 0.8, 0.2, 0
        int n = 4096;
        int k = 3;
        org.apache.commons.math3.random.SobolSequenceGenerator g = new org.apache.commons.math3.random.SobolSequenceGenerator(2 * k);
        g.nextVector();
        double[] y = new double[n * (k + 2)];
        double[] coef = {4, 2, 0};
        for (int j = 0; j < n; j++) {
            double[] ab = g.nextVector();
            y[j] = dot(coef, ab, 0);
            y[n + j] = dot(coef, ab, k);
            for (int i = 0; i < k; i++) {
                double[] abi = java.util.Arrays.copyOfRange(ab, 0, k);
                abi[i] = ab[k + i];
                y[(2 + i) * n + j] = dot(coef, abi, 0);
            }
        }
        SobolIndices.Indices idx = SobolIndices.of(y, n, k);
        assertEquals(0.8, idx.firstOrder()[0], 0.02);
        assertEquals(0.2, idx.firstOrder()[1], 0.02);
        assertEquals(0.0, idx.total()[2], 1e-9);
        assertEquals(0.8, idx.total()[0], 0.02);
    }

    private static double dot(double[] c, double[] x, int off) {
        double s = 0;
        for (int i = 0; i < c.length; i++) {
            s += c[i] * x[off + i];
        }
        return s;
    }
}
