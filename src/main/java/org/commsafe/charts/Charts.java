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
import org.jfree.chart.axis.CategoryLabelPositions;
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

    /** Daily city series of one metric per group, mean with a 95% band across replications. */
    public static JFreeChart timeSeries(ResultSet rs, List<String> groups, Metric m, Labels l) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        for (String name : groups) {
            ResultSet.Group g = rs.groups.get(name);
            YIntervalSeries s = new YIntervalSeries(name);
            for (int d = 0; d < g.days(); d++) {
                double[] b = g.dailyBand(m, d);
                if (!Double.isNaN(b[0])) {
                    s.add(d + 1, b[0], Double.isNaN(b[1]) ? b[0] : b[1], Double.isNaN(b[2]) ? b[0] : b[2]);
                }
            }
            data.addSeries(s);
        }
        JFreeChart c = ChartFactory.createXYLineChart(l.get("chart.timeseries.title", l.metric(m.column())),
            l.get("axis.day"), l.metric(m.column()), data, PlotOrientation.VERTICAL, true, false, false);
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < groups.size(); i++) {
            r.setSeriesPaint(i, color(i));
            r.setSeriesFillPaint(i, color(i));
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        r.setAlpha(0.2f);
        c.getXYPlot().setRenderer(r);
        return style(c, l);
    }

    /**
     * Mean of a summary outcome per group with its 95% interval as error bars (asymmetric for
     * shares: the logit interval of {@link Stats#of(SummaryMetric, double[])}).
     */
    public static JFreeChart bars(ResultSet rs, List<String> groups, SummaryMetric m, Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double[] lows = new double[groups.size()];
        double[] highs = new double[groups.size()];
        for (int i = 0; i < groups.size(); i++) {
            Stats st = Stats.of(m, rs.groups.get(groups.get(i)).values(m));
            data.addValue(st.mean(), l.metric(m.column()), groups.get(i));
            lows[i] = st.low();
            highs[i] = st.high();
        }
        JFreeChart c = ChartFactory.createBarChart(l.get("chart.bars.title", l.metric(m.column())), l.get("axis.scenario"),
            l.metric(m.column()), data, PlotOrientation.VERTICAL, false, false, false);
        ErrorBarRenderer r = new ErrorBarRenderer(lows, highs);
        r.setSeriesPaint(0, color(0));
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        c.getCategoryPlot().setRenderer(r);
        rotate(c);
        return style(c, l);
    }

    /** Bars of one series with error bars from a given low to a given high per category (not mean +- half). */
    static final class ErrorBarRenderer extends BarRenderer {
        private static final long serialVersionUID = 1L;
        private final double[] lows;
        private final double[] highs;

        ErrorBarRenderer(double[] lows, double[] highs) {
            this.lows = lows.clone();
            this.highs = highs.clone();
        }

        @Override
        public void drawItem(Graphics2D g2, CategoryItemRendererState state, Rectangle2D dataArea, CategoryPlot plot,
                             CategoryAxis domainAxis, ValueAxis rangeAxis, CategoryDataset dataset, int row, int column, int pass) {
            super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
            if (pass != 0 || column >= lows.length || Double.isNaN(lows[column]) || Double.isNaN(highs[column])) {
                return;
            }
            double x = calculateBarW0(plot, plot.getOrientation(), dataArea, domainAxis, state, row, column)
                + state.getBarWidth() / 2;
            double cap = state.getBarWidth() / 4;
            double y0 = rangeAxis.valueToJava2D(lows[column], dataArea, plot.getRangeAxisEdge());
            double y1 = rangeAxis.valueToJava2D(highs[column], dataArea, plot.getRangeAxisEdge());
            g2.setPaint(Color.BLACK);
            g2.setStroke(new BasicStroke(1f));
            g2.draw(new Line2D.Double(x, y0, x, y1));
            g2.draw(new Line2D.Double(x - cap, y0, x + cap, y0));
            g2.draw(new Line2D.Double(x - cap, y1, x + cap, y1));
        }

        @Override
        public Range findRangeBounds(CategoryDataset dataset, boolean includeInterval) {
            Range r = super.findRangeBounds(dataset, includeInterval);
            for (int i = 0; i < lows.length; i++) {
                if (!Double.isNaN(lows[i]) && !Double.isNaN(highs[i])) {
                    r = Range.expandToInclude(Range.expandToInclude(r, lows[i]), highs[i]);
                }
            }
            return r;
        }
    }

    /**
     * A response curve: an outcome against a numeric factor of a sweep, one line (with a 95%
     * band) per combination of the other factors.
     */
    public static JFreeChart response(ResultSet rs, String factor, SummaryMetric m, Labels l) {
        Map<String, YIntervalSeries> series = new java.util.LinkedHashMap<>();
        for (ResultSet.Group g : rs.groups.values()) {
            StringBuilder key = new StringBuilder();
            g.factors.forEach((k, v) -> {
                if (!k.equals(factor)) {
                    key.append(key.length() == 0 ? "" : ", ").append(k).append('=').append(v);
                }
            });
            String name = key.length() == 0 ? l.metric(m.column()) : key.toString();
            Stats st = Stats.of(m, g.values(m));
            double x = Double.parseDouble(g.factors.get(factor));
            series.computeIfAbsent(name, YIntervalSeries::new).add(x, st.mean(),
                Double.isNaN(st.low()) ? st.mean() : st.low(), Double.isNaN(st.high()) ? st.mean() : st.high());
        }
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        series.values().forEach(data::addSeries);
        JFreeChart c = ChartFactory.createXYLineChart(l.get("chart.response.title", l.metric(m.column()), factor),
            factor + " (" + unitOf(factor) + ")", l.metric(m.column()), data, PlotOrientation.VERTICAL, true, false, false);
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < series.size(); i++) {
            r.setSeriesPaint(i, color(i));
            r.setSeriesFillPaint(i, color(i));
            r.setSeriesStroke(i, new BasicStroke(1.5f));
        }
        r.setAlpha(0.2f);
        c.getXYPlot().setRenderer(r);
        ((NumberAxis) c.getXYPlot().getRangeAxis()).setAutoRangeIncludesZero(false);
        return style(c, l);
    }

    /** One group's outcome by community on the community grid. */
    public static JFreeChart heatMap(ResultSet.Group g, Metric m, Labels l) {
        Map<String, Double> means = g.communityMeans(m);
        int n = means.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        double[] zs = new double[n];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int i = 0;
        for (Map.Entry<String, Double> e : means.entrySet()) {
            int c = Integer.parseInt(e.getKey().substring(1));
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
        XYBlockRenderer r = new XYBlockRenderer();
        LookupPaintScale scale = new LookupPaintScale(lo, hi, Color.WHITE);
        for (int k = 0; k <= 20; k++) {
            double v = lo + (hi - lo) * k / 20.0;
            scale.add(v, blend(new Color(255, 247, 236), new Color(179, 0, 0), k / 20.0));
        }
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(data, x, y, r);
        JFreeChart c = new JFreeChart(l.get("chart.heatmap.title", l.metric(m.column()), g.name), l.font(Font.BOLD, 15), plot, false);
        NumberAxis scaleAxis = new NumberAxis(l.metric(m.column()));
        PaintScaleLegend legend = new PaintScaleLegend(scale, scaleAxis);
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 40, 4);
        c.addSubtitle(legend);
        return style(c, l);
    }

    /** Officer hours by activity per group (city, mean per day): stacked bars. */
    public static JFreeChart ledger(ResultSet rs, List<String> groups, Labels l) {
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
                data.addValue(g.days() == 0 ? 0 : sum / g.days(), l.get("activity." + a[0]), name);
            }
        }
        JFreeChart c = ChartFactory.createStackedBarChart(l.get("chart.ledger.title"), l.get("axis.scenario"),
            l.get("axis.hours"), data, PlotOrientation.VERTICAL, true, false, false);
        StackedBarRenderer r = (StackedBarRenderer) c.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < activities.length; i++) {
            r.setSeriesPaint(i, color(i));
        }
        rotate(c);
        return style(c, l);
    }

    /** Tornado: factors sorted by their effect (total Sobol index or mu*) on one outcome. */
    public static JFreeChart tornado(String title, List<String> factors, double[] main, double[] second,
                                     String mainLabel, String secondLabel, String axisLabel, Labels l) {
        Integer[] order = new Integer[factors.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(main[b], main[a]));
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i : order) {
            data.addValue(main[i], mainLabel, factors.get(i));
            if (second != null) {
                data.addValue(second[i], secondLabel, factors.get(i));
            }
        }
        JFreeChart c = ChartFactory.createBarChart(title, l.get("axis.factor"), axisLabel, data,
            PlotOrientation.HORIZONTAL, second != null, false, false);
        BarRenderer r = (BarRenderer) c.getCategoryPlot().getRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, color(0));
        r.setSeriesPaint(1, color(1));
        return style(c, l);
    }

    private static void rotate(JFreeChart c) {
        CategoryAxis a = c.getCategoryPlot().getDomainAxis();
        a.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        a.setMaximumCategoryLabelLines(2);
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

    private static void axisFonts(org.jfree.chart.axis.Axis a, Labels l) {
        if (a != null) {
            a.setLabelFont(l.font(Font.PLAIN, 12));
            a.setTickLabelFont(l.font(Font.PLAIN, 10));
        }
    }
}
