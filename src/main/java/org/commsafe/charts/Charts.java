package org.commsafe.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.commsafe.analysis.ResultSet;
import org.commsafe.analysis.Stats;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.Range;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.ui.RectangleEdge;

/**
 * The comparison charts, in one print-friendly style: white background, light grid, a
 * colour-blind-safe palette (Okabe and Ito), every axis labelled with its unit.
 */
public final class Charts {
    /** Okabe-Ito palette. */
    static final Color[] PALETTE = {new Color(0, 114, 178), new Color(230, 159, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(86, 180, 233), new Color(213, 94, 0), new Color(240, 228, 66), Color.BLACK};

    private Charts() {
    }

    public static Color color(int i) {
        return PALETTE[i % PALETTE.length];
    }

    /** Dash patterns (in points) that tell apart series beyond the palette's colours. */
    static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}};

    /** The valid range of an outcome of this unit: shares and 0-1 indices in [0, 1], every other count or rate >= 0. */
    public static double[] validRange(String unit) {
        return "share".equals(unit) || "0-1".equals(unit) ? new double[] {0, 1} : new double[] {0, Double.POSITIVE_INFINITY};
    }

    static double clip(double v, double[] range) {
        return Double.isNaN(v) ? v : Math.max(range[0], Math.min(range[1], v));
    }

    /** Daily city series of one metric per group, mean with a 95% band across replications (no smoothing). */
    public static JFreeChart timeSeries(ResultSet rs, List<String> groups, Metric m, Labels l) {
        return timeSeries(rs, groups, m, 1, l);
    }

    /**
     * Daily city series of one metric per group: every day's mean across replications with its
     * 95% band, clipped to the outcome's valid range. With {@code smooth} > 1 the mean and the band
     * ends are centred moving averages over {@code smooth} days (a band of averaged ends is at least
     * as wide as the band of the averaged series, so it stays conservative). Bands are drawn for up
     * to four groups; with more, lines only, told apart by colour and dash.
     */
    public static JFreeChart timeSeries(ResultSet rs, List<String> groups, Metric m, int smooth, Labels l) {
        DesignLabels dl = DesignLabels.of(rs, l);
        double[] valid = validRange(m.unit);
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String name : groups) {
            ResultSet.Group g = rs.groups.get(name);
            int days = g.days();
            double[][] b = new double[3][days];
            for (int d = 0; d < days; d++) {
                double[] band = g.dailyBand(m, d);
                b[0][d] = band[0];
                b[1][d] = Double.isNaN(band[1]) ? band[0] : band[1];
                b[2][d] = Double.isNaN(band[2]) ? band[0] : band[2];
            }
            if (smooth > 1) {
                for (int k = 0; k < 3; k++) {
                    b[k] = movingAverage(b[k], smooth);
                }
            }
            YIntervalSeries s = new YIntervalSeries(dl.label(name));
            for (int d = 0; d < days; d++) {
                if (!Double.isNaN(b[0][d])) {
                    s.add(d + 1, b[0][d], clip(b[1][d], valid), clip(b[2][d], valid));
                }
            }
            data.addSeries(s);
        }
        String title = smooth > 1 ? l.get("chart.timeseries.title.smooth", l.metric(m.column()), String.valueOf(smooth))
            : l.get("chart.timeseries.title", l.metric(m.column()));
        JFreeChart c = ChartFactory.createXYLineChart(title, l.get("axis.day"), l.metric(m.column()), data,
            PlotOrientation.VERTICAL, true, false, false);
        boolean bands = groups.size() <= 4;
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer r = bands ? new DeviationRenderer(true, false)
            : new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < groups.size(); i++) {
            int[] cd = colourAndDash(rs, groups, i, dl);
            r.setSeriesPaint(i, color(cd[0]));
            r.setSeriesFillPaint(i, color(cd[0]));
            r.setSeriesStroke(i, stroke(1f, cd[1]));
        }
        if (r instanceof DeviationRenderer dr) {
            dr.setAlpha(0.2f);
        }
        c.getXYPlot().setRenderer(r);
        if (!factorLegend(c, rs, groups, dl, l)) {
            legendTitle(c, dl);
        }
        if (valid[1] <= 1) {
            ((NumberAxis) c.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        }
        return style(c, l);
    }

    /** Centred moving average over {@code w} days, over the days present at the series' ends. */
    public static double[] movingAverage(double[] x, int w) {
        double[] out = new double[x.length];
        int left = (w - 1) / 2;
        int right = w - 1 - left;
        for (int d = 0; d < x.length; d++) {
            double sum = 0;
            int n = 0;
            for (int j = Math.max(0, d - left); j <= Math.min(x.length - 1, d + right); j++) {
                if (!Double.isNaN(x[j])) {
                    sum += x[j];
                    n++;
                }
            }
            out[d] = n == 0 ? Double.NaN : sum / n;
        }
        return out;
    }

    /**
     * Colour and dash of series i: with two varying factors, colour by the first factor's level
     * and dash by the second's; otherwise colours in turn, then dashes when the palette runs out.
     */
    private static int[] colourAndDash(ResultSet rs, List<String> groups, int i, DesignLabels dl) {
        if (dl.varying.size() == 2 && groups.stream().allMatch(g -> !rs.groups.get(g).factors.isEmpty())) {
            List<String> a = DesignLabels.levels(rs, groups, dl.varying.get(0));
            List<String> b = DesignLabels.levels(rs, groups, dl.varying.get(1));
            if (a.size() <= PALETTE.length && b.size() <= DASHES.length) {
                Map<String, String> f = rs.groups.get(groups.get(i)).factors;
                return new int[] {a.indexOf(f.get(dl.varying.get(0))), b.indexOf(f.get(dl.varying.get(1)))};
            }
        }
        return new int[] {i % PALETTE.length, (i / PALETTE.length) % DASHES.length};
    }

    static BasicStroke stroke(float width, int dash) {
        float[] d = DASHES[dash % DASHES.length];
        return d == null ? new BasicStroke(width) : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, d, 0f);
    }

    /**
     * With two varying factors drawn as colour (first) and dash (second), a legend of the
     * factors' levels (one entry per level, not per combination), titled "A (colour) / B (line)".
     */
    private static boolean factorLegend(JFreeChart c, ResultSet rs, List<String> groups, DesignLabels dl, Labels l) {
        if (groups.size() <= 4 || dl.varying.size() != 2 || groups.stream().anyMatch(g -> rs.groups.get(g).factors.isEmpty())) {
            return false;
        }
        List<String> a = DesignLabels.levels(rs, groups, dl.varying.get(0));
        List<String> b = DesignLabels.levels(rs, groups, dl.varying.get(1));
        if (a.size() > PALETTE.length || b.size() > DASHES.length) {
            return false;
        }
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        java.awt.Shape line = new Line2D.Double(-7, 0, 7, 0);
        for (int i = 0; i < a.size(); i++) {
            items.add(new org.jfree.chart.LegendItem(DesignLabels.value(a.get(i)), null, null, null, line, stroke(2f, 0), color(i)));
        }
        for (int i = 0; i < b.size(); i++) {
            items.add(new org.jfree.chart.LegendItem(DesignLabels.value(b.get(i)), null, null, null, line, stroke(1.2f, i),
                Color.DARK_GRAY));
        }
        c.getXYPlot().setFixedLegendItems(items);
        TextTitle t = new TextTitle(l.get("legend.colour_line", DesignLabels.factorName(dl.varying.get(0), l),
            DesignLabels.factorName(dl.varying.get(1), l)));
        t.setPosition(RectangleEdge.BOTTOM);
        t.setPadding(4, 2, 0, 2);
        c.addSubtitle(t);
        return true;
    }

    /** Names what the legend's short labels show ("Households per officer / Camera layout"), just above the legend. */
    private static void legendTitle(JFreeChart c, DesignLabels dl) {
        if (c.getLegend() != null && !dl.varying.isEmpty() && !dl.title().isEmpty()) {
            TextTitle t = new TextTitle(dl.title());
            t.setPosition(RectangleEdge.BOTTOM);
            t.setPadding(4, 2, 0, 2);
            c.addSubtitle(t);
        }
    }

    /**
     * Mean of a summary outcome per group with its 95% interval as error bars (asymmetric for
     * shares: the logit interval of {@link Stats#of(SummaryMetric, double[])}), clipped to the
     * outcome's valid range. Groups of a sweep are labelled by their factor values: with two
     * varying factors, bars grouped by the first (on the axis) and coloured by the second (legend).
     */
    public static JFreeChart bars(ResultSet rs, List<String> groups, SummaryMetric m, Labels l) {
        DesignLabels dl = DesignLabels.of(rs, l);
        double[] valid = validRange(m.unit);
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        boolean grouped = dl.varying.size() == 2 && groups.stream().allMatch(g -> rs.groups.get(g).factors.size() >= 2);
        String fa = null;
        String fb = null;
        if (grouped) {
            fa = dl.varying.get(0);
            fb = dl.varying.get(1);
            if (DesignLabels.levels(rs, groups, fb).size() > DesignLabels.levels(rs, groups, fa).size()) {
                String t = fa;
                fa = fb;
                fb = t;
            }
            grouped = DesignLabels.levels(rs, groups, fb).size() <= PALETTE.length;
        }
        Map<String, double[]> intervals = new java.util.HashMap<>();
        for (String name : groups) {
            ResultSet.Group g = rs.groups.get(name);
            Stats st = Stats.of(m, g.values(m));
            String row;
            String col;
            if (grouped) {
                row = DesignLabels.factorName(fb, l) + ": " + DesignLabels.value(g.factors.get(fb));
                col = DesignLabels.value(g.factors.get(fa));
            } else {
                row = l.metric(m.column());
                col = dl.label(name);
            }
            data.addValue(st.mean(), row, col);
            intervals.put(row + "\t" + col, new double[] {clip(st.low(), valid), clip(st.high(), valid)});
        }
        String axis = grouped ? DesignLabels.factorAxis(fa, l) : dl.title();
        boolean across = !grouped && groups.size() > 8; // many bars: across the page, labels read across
        JFreeChart c = ChartFactory.createBarChart(l.get(grouped || !dl.varying.isEmpty() ? "chart.bars.title.design" : "chart.bars.title",
                l.metric(m.column())), axis, l.metric(m.column()), data, across ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL,
            grouped, false, false);
        if (across) {
            c.getCategoryPlot().setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        ErrorBarRenderer r = errorBars(data, intervals);
        c.getCategoryPlot().setRenderer(r);
        return style(c, l);
    }

    /** Bars with error bars from a given low to a given high per (series, category), either orientation. */
    static final class ErrorBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final Map<String, double[]> intervals;

        /** Intervals keyed by row key + "\0" + column key. */
        ErrorBarRenderer(Map<String, double[]> intervals) {
            this.intervals = new java.util.HashMap<>(intervals);
        }

        private double[] interval(CategoryDataset d, int row, int column) {
            return intervals.get(d.getRowKey(row) + "\t" + d.getColumnKey(column));
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            double[] iv = interval(dataset, row, column);
            if (pass != 0 || iv == null || Double.isNaN(iv[0]) || Double.isNaN(iv[1])) {
                return;
            }
            double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
                + state.getBarWidth() / 2;
            double cap = Math.min(state.getBarWidth() / 4, 4);
            double y0 = rangeAxis.valueToJava2D(iv[0], dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(iv[1], dataArea, plot.getRangeAxisEdge());
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(0.8f));
            if (plot.getOrientation() == PlotOrientation.VERTICAL) {
                g2.draw(new Line2D.Double(x, y0, x, y1));
                g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
                g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
            } else {
                g2.draw(new Line2D.Double(y0, x, y1, x));
                g2.draw(new Line2D.Double(y0, x - cap, y0, x + cap));
                g2.draw(new Line2D.Double(y1, x - cap, y1, x + cap));
            }
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
            Range r = super.findRangeBounds(dataset, includeInterval);
            for (double[] iv : intervals.values()) {
                if (!Double.isNaN(iv[0]) && !Double.isNaN(iv[1])) {
                    r = Range.expandToInclude(Range.expandToInclude(r, iv[0]), iv[1]);
                }
            }
            return r;
        }
    }

    /**
     * A response curve: an outcome against a numeric factor of a sweep, one line (with a 95%
     * band, clipped to the outcome's valid range) per combination of the other factors.
     */
    public static JFreeChart response(ResultSet rs, String factor, SummaryMetric m, Labels l) {
        DesignLabels dl = DesignLabels.of(rs, l);
        double[] valid = validRange(m.unit);
        Map<String, YIntervalSeries> series = new java.util.LinkedHashMap<>();
        for (ResultSet.Group g : rs.groups.values()) {
            StringBuilder key = new StringBuilder();
            g.factors.forEach((k, v) -> {
                if (!k.equals(factor) && dl.varying.contains(k)) {
                    key.append(key.length() == 0 ? "" : ", ").append(DesignLabels.factorName(k, l)).append(": ")
                        .append(DesignLabels.value(v));
                }
            });
            String name = key.length() == 0 ? l.metric(m.column()) : key.toString();
            Stats st = Stats.of(m, g.values(m));
            double x = Double.parseDouble(g.factors.get(factor));
            series.computeIfAbsent(name, YIntervalSeries::new).add(x, st.mean(),
                Double.isNaN(st.low()) ? st.mean() : clip(st.low(), valid), Double.isNaN(st.high()) ? st.mean() : clip(st.high(), valid));
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart c = ChartFactory.createXYLineChart(l.get("chart.response.title", l.metric(m.column()),
                DesignLabels.factorName(factor, l).toLowerCase(java.util.Locale.ROOT)),
            DesignLabels.factorAxis(factor, l), l.metric(m.column()), data, PlotOrientation.VERTICAL, series.size() > 1, false, false);
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, color(i));
            r.setSeriesFillPaint(i, color(i));
            r.setSeriesStroke(i, stroke(1.2f, i / PALETTE.length));
            r.setSeriesShape(i, new java.awt.geom.Ellipse2D.Double(-2.5, -2.5, 5, 5));
        }
        r.setAlpha(0.2f);
        c.getXYPlot().setRenderer(r);
        ((NumberAxis) c.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        ((NumberAxis) c.getXYPlot().getDomainAxis()).setAutoRangeIncludesZero(false);
        return style(c, l);
    }

    /**
     * An outcome against each factor of a sampled design (LHS): one panel per factor sharing the
     * outcome axis, each point a design point's mean over replications, and the factor's partial
     * rank correlation coefficient (PRCC) in the panel's axis title.
     */
    public static JFreeChart scatter(ResultSet rs, SummaryMetric m, Map<String, Double> prcc, Labels l) {
        return scatter(rs, m, prcc, Map.of(), l);
    }

    /** As {@link #scatter(ResultSet, SummaryMetric, Map, Labels)}; {@code significant} factors get a * after their PRCC. */
    public static JFreeChart scatter(ResultSet rs, SummaryMetric m, Map<String, Double> prcc, Map<String, Boolean> significant,
                                     Labels l) {
        NumberAxis yAxis = new NumberAxis(l.metric(m.column()));
        yAxis.setAutoRangeIncludesZero(false);
        yAxis.setUpperMargin(0.18); // room for the PRCC label above the points
        org.jfree.chart.plot.CombinedRangeXYPlot plot = new org.jfree.chart.plot.CombinedRangeXYPlot(yAxis);
        plot.setGap(8);
        int i = 0;
        for (String f : rs.factorKeys) {
            org.jfree.data.xy.XYSeries s = new org.jfree.data.xy.XYSeries(f, false, true);
            for (ResultSet.Group g : rs.groups.values()) {
                double y = Stats.of(g.values(m)).mean();
                if (!Double.isNaN(y) && g.factors.containsKey(f)) {
                    s.add(Double.parseDouble(g.factors.get(f)), y);
                }
            }
            Double r = prcc.get(f);
            NumberAxis x = new NumberAxis(DesignLabels.factorAxis(f, l));
            x.setAutoRangeIncludesZero(false);
            x.setLowerMargin(0.04);
            x.setUpperMargin(0.04);
            org.jfree.chart.renderer.xy.XYLineAndShapeRenderer rr = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(false, true);
            rr.setSeriesPaint(0, color(0));
            rr.setSeriesShape(0, new java.awt.geom.Ellipse2D.Double(-2, -2, 4, 4));
            XYPlot sub = new XYPlot(new org.jfree.data.xy.XYSeriesCollection(s), x, null, rr);
            if (r != null && !r.isNaN()) {
                TextTitle t = new TextTitle(l.get("axis.prcc", String.format(java.util.Locale.ROOT, "%+.2f", r)
                    + (significant.getOrDefault(f, false) ? "*" : "")), l.font(Font.PLAIN, 10));
                t.setBackgroundPaint(Color.WHITE);
                sub.addAnnotation(new org.jfree.chart.annotations.XYTitleAnnotation(0.02, 0.98, t, org.jfree.ui.RectangleAnchor.TOP_LEFT));
            }
            plot.add(sub, 1);
            i++;
        }
        JFreeChart c = new JFreeChart(l.get("chart.scatter.title", l.metric(m.column())), l.font(Font.BOLD, 15), plot, false);
        style(c, l);
        for (Object o : plot.getSubplots()) {
            XYPlot p = (XYPlot) o;
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(new Color(220, 220, 220));
            p.setRangeGridlinePaint(new Color(220, 220, 220));
            axisFonts(p.getDomainAxis(), l);
        }
        axisFonts(yAxis, l);
        return c;
    }

    /**
     * PRCC of every factor (bars, one colour per factor) on every outcome (rows), with 95%
     * intervals: the overview of a sampled design's analysis.
     */
    public static JFreeChart prcc(Map<SummaryMetric, List<org.commsafe.analysis.Prcc.Result>> all, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new java.util.HashMap<>();
        all.forEach((m, rs) -> {
            for (org.commsafe.analysis.Prcc.Result r : rs) {
                if (Double.isNaN(r.prcc())) {
                    continue;
                }
                String row = DesignLabels.factorName(r.factor(), l);
                String col = l.metric(m.column());
                data.addValue(r.prcc(), row, col);
                intervals.put(row + "\t" + col, new double[] {r.low(), r.high()});
            }
        });
        JFreeChart c = ChartFactory.createBarChart(l.get("chart.prcc.title"), null, l.get("axis.prcc.value"), data,
            PlotOrientation.HORIZONTAL, true, false, false);
        ErrorBarRenderer r = errorBars(data, intervals);
        CategoryPlot p = c.getCategoryPlot();
        p.setRenderer(r);
        p.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        p.getRangeAxis().setRange(-1.05, 1.05);
        p.addRangeMarker(new org.jfree.chart.plot.ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        return style(c, l);
    }

    /** One group's outcome by community on the community grid. */
    public static JFreeChart heatMap(ResultSet.Group g, Metric m, Labels l) {
        return heatMap(g, m, g.name, l);
    }

    /** As {@link #heatMap(ResultSet.Group, Metric, Labels)}, the group named {@code shownAs} in the title. */
    public static JFreeChart heatMap(ResultSet.Group g, Metric m, String shownAs, Labels l) {
        Map<String, Double> means = g.communityMeans(m);
        int n = means.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int i = 0;
        String[] names = new String[n];
        for (Map.Entry<String, Double> e : means.entrySet()) {
            // communities in the order of the daily rows, which is the grid's (a district names them its own way)
            int c = i;
            names[i] = e.getKey();
            xs[i] = c % g.gridWidth;
            ys[i] = c / g.gridWidth;
            // daily victimisation is per day; show it per year, like the summary outcome
            zs[i] = m == Metric.VICTIMISATION_PER_1000 ? e.getValue() * 365 : e.getValue();
            lo = Math.min(lo, zs[i]);
            hi = Math.max(hi, zs[i]);
            i++;
        }
        if (!(hi > lo)) {
            hi = lo + 1;
        }
        DefaultXYZDataset data = new DefaultXYZDataset();
        data.addSeries(l.metric(m.column()), new double[][] {xs, ys, zs});
        NumberAxis x = new NumberAxis(l.get("axis.community.x"));
        NumberAxis y = new NumberAxis(l.get("axis.community.y"));
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        y.setInverted(true);
        x.setLowerMargin(0);
        x.setUpperMargin(0);
        y.setLowerMargin(0);
        y.setUpperMargin(0);
        x.setRange(-0.5, g.gridWidth - 0.5);
        int rows = (int) Math.ceil(n / (double) Math.max(1, g.gridWidth));
        y.setRange(-0.5, rows - 0.5);
        XYBlockRenderer r = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.WHITE);
        for (int k = 0; k <= 20; k++) {
            double v = lo + (hi - lo) * k / 20.0;
            scale.add(v, blend(new Color(255, 247, 236), new Color(179, 0, 0), k / 20.0));
        }
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, r);
        if (n <= 64) {
            // each block carries its community's name (a planner's district names its own communities)
            for (int k = 0; k < n; k++) {
                org.jfree.chart.annotations.XYTextAnnotation a = new org.jfree.chart.annotations.XYTextAnnotation(names[k], xs[k], ys[k]);
                a.setFont(l.font(Font.PLAIN, n <= 16 ? 11 : 9));
                a.setPaint(Color.DARK_GRAY);
                plot.addAnnotation(a);
            }
        }
        JFreeChart c = new JFreeChart(l.get("chart.heatmap.title", l.metric(m.column()), shownAs), l.font(Font.BOLD, 15), plot, false);
        NumberAxis scaleAxis = new NumberAxis(l.metric(m.column()));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        c.addSubtitle(legend);
        return style(c, l);
    }

    /** Officer hours by activity per group (city, mean per day): stacked bars. */
    public static JFreeChart ledger(ResultSet rs, List<String> groups, Labels l) {
        DesignLabels dl = DesignLabels.of(rs, l);
        String[][] activities = {{"roster", "OFFICER_HOURS_ROSTER"}, {"quota", "OFFICER_HOURS_QUOTA"},
            {"cases", "OFFICER_HOURS_CASES"}, {"paperwork", "OFFICER_HOURS_PAPERWORK"},
            {"community", "OFFICER_HOURS_COMMUNITY"}, {"idle", "OFFICER_HOURS_IDLE"}};
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String name : groups) {
            ResultSet.Group g = rs.groups.get(name);
            for (String[] a : activities) {
                Metric m = Metric.valueOf(a[1]);
                double sum = 0;
                for (int d = 0; d < g.days(); d++) {
                    sum += g.dailyBand(m, d)[0];
                }
                data.addValue(g.days() == 0 ? 0 : sum / g.days(), l.get("activity." + a[0]), dl.label(name));
            }
        }
        JFreeChart c = ChartFactory.createStackedBarChart(l.get("chart.ledger.title"), dl.title(),
            l.get("axis.hours"), data, groups.size() > 6 ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, false, false);
        if (groups.size() > 6) { // many groups: bars across, labels read across
            c.getCategoryPlot().setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        }
        StackedBarRenderer r = (StackedBarRenderer) c.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < activities.length; i++) {
            r.setSeriesPaint(i, color(i));
        }
        return style(c, l);
    }

    /** Tornado: factors sorted by their effect (total Sobol index or mu*) on one outcome. */
    public static JFreeChart tornado(String title, List<String> factors, double[] main, double[] second,
                                     String mainLabel, String secondLabel, String axisLabel, Labels l) {
        return tornado(title, factors, main, second, null, null, mainLabel, secondLabel, axisLabel, l);
    }

    /**
     * Tornado with 95% intervals: {@code mainCi} and {@code secondCi} are {low[], high[]} per
     * factor (null: no error bars). Factors are named in words.
     */
    public static JFreeChart tornado(String title, List<String> factors, double[] main, double[] second, double[][] mainCi,
                                     double[][] secondCi, String mainLabel, String secondLabel, String axisLabel, Labels l) {
        Integer[] order = new Integer[factors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(main[b], main[a]));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, double[]> intervals = new java.util.HashMap<>();
        for (int i : order) {
            String f = DesignLabels.factorName(factors.get(i), l);
            data.addValue(main[i], mainLabel, f);
            if (mainCi != null) {
                intervals.put(mainLabel + "\t" + f, new double[] {mainCi[0][i], mainCi[1][i]});
            }
            if (second != null) {
                data.addValue(second[i], secondLabel, f);
                if (secondCi != null) {
                    intervals.put(secondLabel + "\t" + f, new double[] {secondCi[0][i], secondCi[1][i]});
                }
            }
        }
        JFreeChart c = ChartFactory.createBarChart(title, null, axisLabel, data,
            PlotOrientation.HORIZONTAL, second != null, false, false);
        ErrorBarRenderer r = new ErrorBarRenderer(intervals);
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setSeriesPaint(0, color(0));
        r.setSeriesPaint(1, color(1));
        c.getCategoryPlot().setRenderer(r);
        c.getCategoryPlot().setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_RIGHT);
        return style(c, l);
    }

    static String unitOf(String parameterKey) {
        var s = org.commsafe.model.ParameterSpace.spec(parameterKey);
        return s == null ? "" : s.meta().unit();
    }

    private static Color blend(Color a, Color b, double t) {
        return new Color((int) (a.getRed() + (b.getRed() - a.getRed()) * t), (int) (a.getGreen() + (b.getGreen() - a.getGreen()) * t),
            (int) (a.getBlue() + (b.getBlue() - a.getBlue()) * t));
    }

    /** The house style: fonts from the labels (CJK when Chinese), white plot, light grid. */
    static JFreeChart style(JFreeChart c, Labels l) {
        c.setBackgroundPaint(Color.WHITE);
        TextTitle t = c.getTitle();
        if (t != null) {
            t.setFont(l.font(Font.BOLD, 15));
        }
        if (c.getLegend() != null) {
            c.getLegend().setItemFont(l.font(Font.PLAIN, 11));
            c.getLegend().setFrame(org.jfree.chart.block.BlockBorder.NONE);
        }
        Paint grid = new Color(220, 220, 220);
        if (c.getPlot() instanceof XYPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setDomainGridlinePaint(grid);
            p.setRangeGridlinePaint(grid);
            axisFonts(p.getDomainAxis(), l);
            axisFonts(p.getRangeAxis(), l);
        } else if (c.getPlot() instanceof CategoryPlot p) {
            p.setBackgroundPaint(Color.WHITE);
            p.setRangeGridlinePaint(grid);
            axisFonts(p.getDomainAxis(), l);
            axisFonts(p.getRangeAxis(), l);
        }
        return c;
    }

    static void axisFonts(org.jfree.chart.axis.Axis a, Labels l) {
        if (a != null) {
            a.setLabelFont(l.font(Font.PLAIN, 12));
            a.setTickLabelFont(l.font(Font.PLAIN, 10));
        }
    }

    /** Flat bars in the series colours with their intervals drawn on top. */
    private static ErrorBarRenderer errorBars(org.jfree.data.category.CategoryDataset data, Map<String, double[]> intervals) {
        ErrorBarRenderer r = new ErrorBarRenderer(intervals);
        for (int i = 0; i < data.getRowCount(); i++) {
            r.setSeriesPaint(i, color(i));
        }
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        r.setItemMargin(0.05);
        return r;
    }
}
