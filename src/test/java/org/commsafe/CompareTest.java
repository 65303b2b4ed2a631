package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
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
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("scenario.yaml"), "name: " + name + "\nparameters:\n  grid_width: 2\n");
        StringBuilder sb = new StringBuilder("replication,seed");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',').append(m.column());
        }
        sb.append('\n');
        for (int r = 0; r < values.length; r++) {
            sb.append(r).append(',').append(100 + r);
            for (SummaryMetric m : SummaryMetric.values()) {
                sb.append(',').append(m == SummaryMetric.REPORTING_RATE ? Double.toString(values[r]) : "NA");
            }
            sb.append('\n');
        }
        Files.writeString(d.resolve("summary.csv"), sb.toString());
        return d;
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
