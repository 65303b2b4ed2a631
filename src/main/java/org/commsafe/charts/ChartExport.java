package org.commsafe.charts;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.commsafe.experiment.AtomicFiles;
import org.jfree.chart.ChartUtilities;
import org.jfree.chart.JFreeChart;

/** Writes a chart as PNG (screen or print resolution), SVG (Batik) and PDF (OpenPDF, selectable text). */
public final class ChartExport {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;

    private ChartExport() {
    }

    /** Writes {@code base}.png, .svg and .pdf; {@code dpi} 72 for screens, 300 for print. */
    public static void all(JFreeChart chart, Path base, int dpi, Labels labels) throws IOException {
        png(chart, base.resolveSibling(base.getFileName() + ".png"), dpi);
        svg(chart, base.resolveSibling(base.getFileName() + ".svg"));
        pdf(chart, base.resolveSibling(base.getFileName() + ".pdf"), labels);
    }

    public static void png(JFreeChart chart, Path file, int dpi) throws IOException {
        double scale = dpi / 72.0;
        AtomicFiles.writeStream(file, os -> ChartUtilities.writeScaledChartAsPNG(os, chart, WIDTH, HEIGHT,
            (int) Math.round(scale), (int) Math.round(scale)));
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        org.w3c.dom.Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        g.setSVGCanvasSize(new Dimension(WIDTH, HEIGHT));
        chart.draw(g, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        AtomicFiles.writeStream(file, os -> {
            Writer w = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            g.stream(w, true);
            w.flush();
        });
    }

    public static void pdf(JFreeChart chart, Path file, Labels labels) throws IOException {
        AtomicFiles.writeStream(file, os -> {
            Document doc = new Document(new Rectangle(WIDTH, HEIGHT));
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            Graphics2D g2 = cb.createGraphics(WIDTH, HEIGHT, fontMapper(labels));
            chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
            g2.dispose();
            doc.close();
        });
    }

    /**
     * Latin text maps to the standard PDF fonts; Chinese to the installed CJK font, embedded
     * (Identity-H), so the text stays selectable and searchable.
     */
    static DefaultFontMapper fontMapper(Labels labels) {
        if (!labels.language.equals("zh")) {
            return new DefaultFontMapper();
        }
        Path cjk = cjkFontFile();
        return new DefaultFontMapper() {
            @Override
            public BaseFont awtToPdf(java.awt.Font font) {
                try {
                    return BaseFont.createFont(cjk.toString() + (cjk.toString().endsWith(".ttc") ? ",0" : ""),
                        BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                } catch (Exception e) {
                    return super.awtToPdf(font);
                }
            }
        };
    }

    static Path cjkFontFile() {
        for (String name : List.of("wqy-microhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf", "DroidSansFallbackFull.ttf")) {
            for (String root : List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts")) {
                Path r = Path.of(root);
                if (!Files.isDirectory(r)) {
                    continue;
                }
                try (Stream<Path> s = Files.walk(r)) {
                    var hit = s.filter(p -> p.getFileName().toString().equals(name)).findFirst();
                    if (hit.isPresent()) {
                        return hit.get();
                    }
                } catch (IOException ignored) {
                    // keep looking
                }
            }
        }
        return Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    }
}
