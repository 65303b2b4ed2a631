package org.commsafe.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Node;

/** Print-ready export: exact pixel size and DPI metadata, embedded PDF fonts, SVG text as text. */
class ChartExportTest {
    @TempDir
    Path dir;

    private static JFreeChart chart(Labels l) {
        DefaultCategoryDataset d = new DefaultCategoryDataset();
        d.addValue(0.4, "Clearance rate", "baseline");
        d.addValue(0.6, "Clearance rate", "reform");
        return Charts.style(ChartFactory.createBarChart("Clearance rate by Scenario", "Scenario", "Clearance rate (share)", d,
            PlotOrientation.VERTICAL, false, false, false), l);
    }

    @Test
    void pngHasExactlyTheRequestedPixelsAndDpi() throws Exception {
        Labels l = Labels.forLanguage("en", null);
        // 72 and 100 dpi used to give the same 800 x 500 image, 300 dpi 4x (288 dpi)
        int[][] cases = {{72, 800, 500}, {100, 1111, 694}, {300, 3333, 2083}};
        for (int[] c : cases) {
            Path png = dir.resolve("screen" + c[0] + ".png");
            ChartExport.png(chart(l), png, ChartExport.Format.screen(c[0]));
            assertPng(png, c[1], c[2], c[0]);
        }
        // single column: 85 mm at 300 dpi = 85 / 25.4 x 300 = 1003.9 -> 1004 pixels
        ChartExport.Format single = ChartExport.Format.of("single", 300, 0);
        Path png = dir.resolve("single.png");
        ChartExport.png(chart(l), png, single);
        assertPng(png, 1004, 803, 300);
        assertEquals(7f, single.fontSize());
        ChartExport.Format dbl = ChartExport.Format.of("double", 600, 9);
        assertEquals(Math.round(175 / 25.4 * 600), dbl.pixelWidth());
        assertEquals(9f, dbl.fontSize());
        assertEquals(Math.round(120 / 25.4 * 150), ChartExport.Format.of("120x80", 150, 0).pixelWidth());
        assertThrows(IllegalArgumentException.class, () -> ChartExport.Format.of("a4", 300, 0));
        assertThrows(IllegalArgumentException.class, () -> ChartExport.Format.of("5x5", 300, 0));
    }

    /** Reads the PNG's size and its pHYs chunk through ImageIO's standard metadata (millimetres per pixel). */
    static void assertPng(Path png, int width, int height, int dpi) throws Exception {
        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertEquals(width, r.getWidth(0), png + " width");
            assertEquals(height, r.getHeight(0), png + " height");
            IIOMetadata meta = r.getImageMetadata(0);
            Node phys = find(meta.getAsTree("javax_imageio_png_1.0"), "pHYs");
            assertTrue(phys != null, png + " has a pHYs chunk");
            assertEquals("meter", phys.getAttributes().getNamedItem("unitSpecifier").getNodeValue());
            long ppm = Long.parseLong(phys.getAttributes().getNamedItem("pixelsPerUnitXAxis").getNodeValue());
            assertEquals(dpi, ppm * 0.0254, 0.01, png + " dpi");
            r.dispose();
        }
    }

    private static Node find(Node n, String name) {
        if (n.getNodeName().equals(name)) {
            return n;
        }
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node hit = find(c, name);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    @Test
    void everyPdfFontIsEmbeddedInEnglishAndChinese() throws Exception {
        Labels en = Labels.forLanguage("en", null);
        Assumptions.assumeTrue(en.fontFile(false) != null, "no DejaVu/Liberation/Noto/WenQuanYi font installed");
        Path pdf = dir.resolve("en.pdf");
        ChartExport.pdf(chart(en), pdf, ChartExport.Format.of("single", 300, 0), en);
        List<String> fonts = embeddedFonts(pdf);
        assertFalse(fonts.isEmpty(), "the PDF has fonts");
        for (String f : fonts) {
            assertTrue(f.endsWith(":embedded"), "font not embedded: " + f + " in " + fonts);
        }
        assertFalse(fonts.toString().contains("Helvetica"), fonts.toString());
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(new PdfReader(Files.readAllBytes(pdf))).getTextFromPage(1);
        assertTrue(text.contains("Clearance rate by Scenario"), "text stays text: " + text);

        Assumptions.assumeTrue(Labels.cjkFontFamily() != null, "no CJK font installed (.ci/run installs fonts-wqy-microhei)");
        Labels zh = Labels.forLanguage("zh", null);
        Path zpdf = dir.resolve("zh.pdf");
        ChartExport.pdf(chart(zh), zpdf, ChartExport.Format.screen(72), zh);
        for (String f : embeddedFonts(zpdf)) {
            assertTrue(f.endsWith(":embedded"), "font not embedded: " + f);
        }
    }

    /** Every font of the PDF as "name:embedded" when its descriptor (or its descendant's) has /FontFile, /FontFile2 or /FontFile3. */
    static List<String> embeddedFonts(Path pdf) throws Exception {
        PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
        List<String> out = new ArrayList<>();
        for (int i = 1; i < reader.getXrefSize(); i++) {
            PdfObject o = reader.getPdfObject(i);
            if (o instanceof PdfDictionary d && PdfName.FONT.equals(d.get(PdfName.TYPE)) && !PdfName.CIDFONTTYPE2.equals(d.get(PdfName.SUBTYPE))
                    && !PdfName.CIDFONTTYPE0.equals(d.get(PdfName.SUBTYPE))) {
                PdfDictionary desc = d.getAsDict(PdfName.FONTDESCRIPTOR);
                if (desc == null && d.getAsArray(PdfName.DESCENDANTFONTS) != null) {
                    PdfDictionary descendant = (PdfDictionary) PdfReader.getPdfObject(d.getAsArray(PdfName.DESCENDANTFONTS).getPdfObject(0));
                    desc = (PdfDictionary) PdfReader.getPdfObject(descendant.get(PdfName.FONTDESCRIPTOR));
                }
                boolean embedded = desc != null && (desc.get(PdfName.FONTFILE) != null || desc.get(PdfName.FONTFILE2) != null
                    || desc.get(PdfName.FONTFILE3) != null);
                out.add(d.get(PdfName.BASEFONT) + (embedded ? ":embedded" : ":NOT embedded"));
            }
        }
        reader.close();
        return out;
    }

    @Test
    void svgKeepsTextAsTextAndHasAPrintSize() throws Exception {
        Labels l = Labels.forLanguage("en", null);
        Path svg = dir.resolve("c.svg");
        ChartExport.svg(chart(l), svg, ChartExport.Format.of("single", 300, 0));
        String s = Files.readString(svg, StandardCharsets.UTF_8);
        assertTrue(s.contains("<text") && s.contains("Clearance rate by Scenario"), "text elements, not outlines");
        assertTrue(s.contains("width=\"85.00mm\""), s.substring(0, Math.min(600, s.length())));
    }

    @Test
    void movingAverageIsCentredAndKeepsEveryDay() {
        double[] x = {0, 0, 0, 7, 0, 0, 0, 0};
        double[] m = Charts.movingAverage(x, 7);
        assertEquals(x.length, m.length, "every day kept");
        assertEquals(1.0, m[3], 1e-12, "days 0..6");
        assertEquals(7.0 / 4, m[0], 1e-12, "days 0..3: the window is cut at the start");
        assertEquals(7.0 / 5, m[6], 1e-12, "days 3..7: cut at the end");
        assertEquals(0.0, m[7], 1e-12, "days 4..7");
        assertEquals(x[3], Charts.movingAverage(x, 1)[3], 0, "a window of 1 changes nothing");
    }
}
