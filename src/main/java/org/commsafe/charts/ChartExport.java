package org.commsafe.charts;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.DefaultFontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.svggen.SVGGraphics2D;
import org.commsafe.experiment.AtomicFiles;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * Writes a chart as PNG (exactly {@code dpi} pixels per inch, with the resolution in the PNG's
 * pHYs chunk), SVG (Batik; text kept as text) and PDF (OpenPDF; text kept as text, fonts embedded).
 *
 * <p>A chart is laid out on a page of {@link Format#widthPt()} x {@link Format#heightPt()} points
 * (1/72 inch) with text of {@link Format#fontSize()} points, the same in every format; the PNG is
 * that page rendered at {@code dpi}, so a single-column figure at 300 dpi is 1004 pixels wide.
 */
public final class ChartExport {
    public static final int WIDTH = 800;
    public static final int HEIGHT = 500;
    static final double MM = 72 / 25.4;

    /** Page size in points, PNG resolution and base font size (points) of exported charts. */
    public record Format(double widthPt, double heightPt, int dpi, float fontSize) {
        /** The screen layout of earlier versions: 800 x 500 points, 12 pt text. */
        public static Format screen(int dpi) {
            return new Format(WIDTH, HEIGHT, dpi, 12);
        }

        /**
         * A named size: {@code screen} (800 x 500 pt), {@code single} (a journal's single column:
         * 85 x 68 mm, 7 pt text), {@code double} (two columns: 175 x 105 mm, 8 pt text) or
         * {@code WxH} in millimetres (10 pt text); {@code fontSize} overrides the text size when > 0.
         */
        public static Format of(String size, int dpi, float fontSize) {
            String s = size.toLowerCase(Locale.ROOT).trim();
            Format f = switch (s) {
                case "screen" -> screen(dpi);
                case "single" -> new Format(85 * MM, 68 * MM, dpi, 7);
                case "double" -> new Format(175 * MM, 105 * MM, dpi, 8);
                default -> {
                    String[] wh = s.replace("mm", "").split("x");
                    if (wh.length != 2) {
                        throw new IllegalArgumentException("--size must be screen, single, double or WxH in mm (e.g. 120x80), got '" + size + "'");
                    }
                    double w;
                    double h;
                    try {
                        w = Double.parseDouble(wh[0]);
                        h = Double.parseDouble(wh[1]);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--size must be screen, single, double or WxH in mm (e.g. 120x80), got '" + size + "'");
                    }
                    if (!(w >= 30 && w <= 500 && h >= 20 && h <= 500)) {
                        throw new IllegalArgumentException("--size: width 30-500 mm and height 20-500 mm, got '" + size + "'");
                    }
                    yield new Format(w * MM, h * MM, dpi, 10);
                }
            };
            return fontSize > 0 ? new Format(f.widthPt, f.heightPt, dpi, fontSize) : f;
        }

        public int pixelWidth() {
            return (int) Math.round(widthPt * dpi / 72.0);
        }

        public int pixelHeight() {
            return (int) Math.round(heightPt * dpi / 72.0);
        }
    }

    private ChartExport() {
    }

    /** Writes {@code base}.png, .svg and .pdf on the screen layout; {@code dpi} 72 for screens, 300 for print. */
    public static void all(JFreeChart chart, Path base, int dpi, Labels labels) throws IOException {
        all(chart, base, Format.screen(dpi), labels);
    }

    /** Writes {@code base}.png, .svg and .pdf in the given format. */
    public static void all(JFreeChart chart, Path base, Format f, Labels labels) throws IOException {
        fit(chart, f, labels);
        png(chart, base.resolveSibling(base.getFileName() + ".png"), f);
        svg(chart, base.resolveSibling(base.getFileName() + ".svg"), f);
        pdf(chart, base.resolveSibling(base.getFileName() + ".pdf"), f, labels);
    }

    /**
     * Sets every text of the chart to the format's font size (title 1.2x bold, axis labels 1x,
     * tick labels and legend 0.85x) and scales line widths and insets with it.
     */
    public static void fit(JFreeChart chart, Format f, Labels l) {
        float b = f.fontSize();
        TextTitle t = chart.getTitle();
        if (t != null) {
            t.setFont(l.font(Font.BOLD, b * 1.2f));
            t.setMaximumLinesToDisplay(3);
            t.setPadding(b * 0.3, b * 0.3, b * 0.5, b * 0.3);
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title s = chart.getSubtitle(i);
            if (s instanceof LegendTitle lt) {
                lt.setItemFont(l.font(Font.PLAIN, b * 0.85f));
            } else if (s instanceof TextTitle tt) {
                tt.setFont(l.font(tt.getFont().isBold() ? Font.BOLD : Font.PLAIN, b * 0.9f));
            } else if (s instanceof PaintScaleLegend ps) {
                axis(ps.getAxis(), b, l);
                ps.setStripWidth(b);
            }
        }
        chart.setPadding(new org.jfree.ui.RectangleInsets(b * 0.4, b * 0.4, b * 0.4, b * 0.8));
        plot(chart.getPlot(), b, l);
        categoryLabels(chart.getPlot(), f, l);
        axisLabelsFit(chart, chart.getPlot(), f, b, l);
    }

    private static void plot(Plot p, float b, Labels l) {
        if (p instanceof CombinedRangeXYPlot c) {
            c.setGap(b * 1.5);
            axis(c.getRangeAxis(), b, l);
            for (Object sub : c.getSubplots()) {
                plot((Plot) sub, b, l);
            }
        } else if (p instanceof CombinedDomainXYPlot c) {
            axis(c.getDomainAxis(), b, l);
            for (Object sub : c.getSubplots()) {
                plot((Plot) sub, b, l);
            }
        } else if (p instanceof XYPlot x) {
            x.setAxisOffset(new org.jfree.ui.RectangleInsets(b * 0.2, b * 0.2, b * 0.2, b * 0.2));
            if (x.getRenderer() instanceof org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r && x.getDataset() != null) {
                double d = b * 0.5; // point markers in proportion to the text
                for (int i = 0; i < x.getDataset().getSeriesCount(); i++) {
                    if (r.getSeriesShape(i) instanceof java.awt.geom.Ellipse2D) {
                        r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-d / 2, -d / 2, d, d));
                    }
                }
            }
            for (int i = 0; i < x.getDomainAxisCount(); i++) {
                axis(x.getDomainAxis(i), b, l);
            }
            for (int i = 0; i < x.getRangeAxisCount(); i++) {
                axis(x.getRangeAxis(i), b, l);
            }
            for (int i = 0; i < x.getAnnotations().size(); i++) {
                if (x.getAnnotations().get(i) instanceof org.jfree.chart.annotations.XYTextAnnotation a) {
                    a.setFont(l.font(Font.PLAIN, b * 0.85f));
                } else if (x.getAnnotations().get(i) instanceof org.jfree.chart.annotations.XYTitleAnnotation a
                        && a.getTitle() instanceof TextTitle tt) {
                    tt.setFont(l.font(Font.PLAIN, b * 0.85f));
                }
            }
        } else if (p instanceof CategoryPlot c) {
            c.setAxisOffset(new org.jfree.ui.RectangleInsets(b * 0.2, b * 0.2, b * 0.2, b * 0.2));
            for (int i = 0; i < c.getDomainAxisCount(); i++) {
                axis(c.getDomainAxis(i), b, l);
            }
            for (int i = 0; i < c.getRangeAxisCount(); i++) {
                axis(c.getRangeAxis(i), b, l);
            }
        }
    }

    /**
     * Category labels of a vertical bar chart: horizontal when they fit their slot (wrapped on
     * two lines if need be), else turned upright (never at 45 degrees, which runs long labels off
     * the left edge).
     */
    private static void categoryLabels(Plot p, Format f, Labels l) {
        if (!(p instanceof CategoryPlot c) || c.getCategories() == null || c.getCategories().isEmpty()) {
            return;
        }
        if (c.getOrientation() == org.jfree.chart.plot.PlotOrientation.HORIZONTAL) {
            c.getDomainAxis().setMaximumCategoryLabelLines(3); // long factor names wrap instead of ending in "..."
            return;
        }
        org.jfree.chart.axis.CategoryAxis a = c.getDomainAxis();
        Font font = a.getTickLabelFont();
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double widest = 0;
        double widestWord = 0;
        for (Object k : c.getCategories()) {
            widest = Math.max(widest, font.getStringBounds(k.toString(), frc).getWidth());
            for (String w : k.toString().split(" ")) {
                widestWord = Math.max(widestWord, font.getStringBounds(w, frc).getWidth());
            }
        }
        double slot = f.widthPt() * 0.8 / c.getCategories().size() * 0.9;
        if (widest <= slot) {
            a.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
            a.setMaximumCategoryLabelLines(1);
        } else if (widest <= 2 * slot && widestWord <= slot) {
            a.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.STANDARD);
            a.setMaximumCategoryLabelLines(2);
        } else {
            org.jfree.chart.axis.CategoryLabelPositions up = org.jfree.chart.axis.CategoryLabelPositions.UP_90;
            org.jfree.chart.axis.CategoryLabelPosition bottom = up.getLabelPosition(org.jfree.ui.RectangleEdge.BOTTOM);
            a.setCategoryLabelPositions(org.jfree.chart.axis.CategoryLabelPositions.replaceBottomPosition(up,
                new org.jfree.chart.axis.CategoryLabelPosition(bottom.getCategoryAnchor(), bottom.getLabelAnchor(),
                    bottom.getRotationAnchor(), bottom.getAngle(), org.jfree.chart.axis.CategoryLabelWidthType.RANGE, 0.9f)));
            a.setMaximumCategoryLabelLines(1);
        }
    }

    /**
     * An axis label longer than its side of the page is set smaller (down to 0.75 of the base
     * size), then cut to its unit (the chart title names the outcome): JFreeChart does not wrap
     * axis labels, so a long one would run over the chart.
     */
    private static void axisLabelsFit(JFreeChart chart, Plot p, Format f, float b, Labels l) {
        List<Axis[]> axes = new java.util.ArrayList<>();
        if (p instanceof XYPlot x) {
            axes.add(new Axis[] {x.getRangeAxis()});
        } else if (p instanceof CategoryPlot c) {
            axes.add(new Axis[] {c.getOrientation() == org.jfree.chart.plot.PlotOrientation.VERTICAL ? c.getRangeAxis() : null});
        } else if (p instanceof CombinedRangeXYPlot c) {
            axes.add(new Axis[] {c.getRangeAxis()});
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof PaintScaleLegend ps) {
                axes.add(new Axis[] {ps.getAxis()});
            }
        }
        java.awt.font.FontRenderContext frc = new java.awt.font.FontRenderContext(null, true, true);
        double room = f.heightPt() * 0.62;
        for (Axis[] as : axes) {
            Axis a = as[0];
            if (a == null || a.getLabel() == null) {
                continue;
            }
            float size = b;
            while (size > b * 0.75f && l.font(Font.PLAIN, size).getStringBounds(a.getLabel(), frc).getWidth() > room) {
                size -= 0.25f;
            }
            a.setLabelFont(l.font(Font.PLAIN, size));
            if (a.getLabel().indexOf('(') > 0 && l.font(Font.PLAIN, size).getStringBounds(a.getLabel(), frc).getWidth() > room) {
                String label = a.getLabel();
                String unit = label.substring(label.lastIndexOf('(') + 1).replace(")", "").trim();
                a.setLabel(unit);
            }
        }
    }

    private static void axis(Axis a, float b, Labels l) {
        if (a != null) {
            a.setLabelFont(l.font(Font.PLAIN, b));
            a.setTickLabelFont(l.font(Font.PLAIN, b * 0.85f));
        }
    }

    /** The screen-layout PNG at {@code dpi}. */
    public static void png(JFreeChart chart, Path file, int dpi) throws IOException {
        png(chart, file, Format.screen(dpi));
    }

    /** Renders the page at exactly {@code f.dpi()} pixels per inch and records it in the pHYs chunk. */
    public static void png(JFreeChart chart, Path file, Format f) throws IOException {
        BufferedImage img = render(chart, f);
        AtomicFiles.writeStream(file, os -> writePng(img, f.dpi(), os));
    }

    static BufferedImage render(JFreeChart chart, Format f) {
        BufferedImage img = new BufferedImage(f.pixelWidth(), f.pixelHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.scale(img.getWidth() / f.widthPt(), img.getHeight() / f.heightPt());
        chart.draw(g, new Rectangle2D.Double(0, 0, f.widthPt(), f.heightPt()));
        g.dispose();
        return img;
    }

    /** PNG with a pHYs chunk of {@code dpi} (in pixels per metre, unit 1, as the PNG standard has it). */
    static void writePng(BufferedImage img, int dpi, java.io.OutputStream os) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(img), param);
        int ppm = (int) Math.round(dpi / 0.0254);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        phys.setAttribute("pixelsPerUnitXAxis", Integer.toString(ppm));
        phys.setAttribute("pixelsPerUnitYAxis", Integer.toString(ppm));
        phys.setAttribute("unitSpecifier", "meter");
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
        root.appendChild(phys);
        meta.mergeTree("javax_imageio_png_1.0", root);
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(os)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(img, null, meta), param);
        } finally {
            writer.dispose();
        }
    }

    public static void svg(JFreeChart chart, Path file) throws IOException {
        svg(chart, file, Format.screen(72));
    }

    /** SVG with text as text elements (not outlines), sized in millimetres for print layouts. */
    public static void svg(JFreeChart chart, Path file, Format f) throws IOException {
        org.w3c.dom.Document doc;
        try {
            doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation()
                .createDocument("http://www.w3.org/2000/svg", "svg", null);
        } catch (ParserConfigurationException e) {
            throw new IOException(e);
        }
        SVGGraphics2D g = new SVGGraphics2D(doc);
        int w = (int) Math.ceil(f.widthPt());
        int h = (int) Math.ceil(f.heightPt());
        g.setSVGCanvasSize(new Dimension(w, h));
        chart.draw(g, new Rectangle2D.Double(0, 0, f.widthPt(), f.heightPt()));
        org.w3c.dom.Element root = g.getRoot();
        root.setAttributeNS(null, "viewBox", String.format(Locale.ROOT, "0 0 %.3f %.3f", f.widthPt(), f.heightPt()));
        root.setAttributeNS(null, "width", String.format(Locale.ROOT, "%.2fmm", f.widthPt() / MM));
        root.setAttributeNS(null, "height", String.format(Locale.ROOT, "%.2fmm", f.heightPt() / MM));
        AtomicFiles.writeStream(file, os -> {
            Writer wr = new OutputStreamWriter(os, StandardCharsets.UTF_8);
            g.stream(root, wr, true, false);
            wr.flush();
        });
    }

    public static void pdf(JFreeChart chart, Path file, Labels labels) throws IOException {
        pdf(chart, file, Format.screen(72), labels);
    }

    /** PDF of the page with every font embedded (see {@link #fontMapper}); text stays selectable. */
    public static void pdf(JFreeChart chart, Path file, Format f, Labels labels) throws IOException {
        AtomicFiles.writeStream(file, os -> {
            float w = (float) f.widthPt();
            float h = (float) f.heightPt();
            Document doc = new Document(new Rectangle(w, h));
            PdfWriter writer = PdfWriter.getInstance(doc, os);
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            Graphics2D g2 = cb.createGraphics(w, h, fontMapper(labels));
            chart.draw(g2, new Rectangle2D.Double(0, 0, w, h));
            g2.dispose();
            doc.close();
        });
    }

    private static final Map<String, BaseFont> PDF_FONTS = new ConcurrentHashMap<>();

    /**
     * Every chart font maps to the TrueType file of the family the chart was laid out in
     * ({@link Labels#fontFile}), embedded as a subset (Identity-H), so the PDF shows the same
     * letters and spacing as the PNG on any machine and the text stays selectable. Only when no
     * such file is installed does it fall back to the standard (unembedded) PDF fonts.
     */
    static DefaultFontMapper fontMapper(Labels labels) {
        return new DefaultFontMapper() {
            @Override
            public BaseFont awtToPdf(Font font) {
                Path file = labels.fontFile(font.isBold());
                if (file != null) {
                    String spec = file.toString() + (file.toString().toLowerCase(Locale.ROOT).endsWith(".ttc") ? ",0" : "");
                    try {
                        return PDF_FONTS.computeIfAbsent(spec, s -> {
                            try {
                                return BaseFont.createFont(s, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                            } catch (Exception e) {
                                throw new IllegalStateException(e);
                            }
                        });
                    } catch (IllegalStateException e) {
                        // fall through to the standard fonts
                    }
                }
                return super.awtToPdf(font);
            }
        };
    }

    /** The CJK font file, or null. */
    static Path cjkFontFile() {
        return Labels.findFontFile(List.of("wqy-microhei.ttc", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular.otf",
            "NotoSansSC-Regular.otf", "DroidSansFallbackFull.ttf"));
    }
}
