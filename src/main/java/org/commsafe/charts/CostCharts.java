package org.commsafe.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Charts of costs (commsafe costs and optimise): the cost-effectiveness plane, the ranking of
 * cost per harm unit prevented, and the cost-harm frontier of an optimisation. Labels in English
 * or Chinese by the labels' language.
 */
public final class CostCharts {
    private CostCharts() {
    }

    /** A labelled point with 95% intervals in both directions. */
    public record Point(String name, double x, double xLow, double xHigh, double y, double yLow, double yHigh) {
    }

    static String t(Labels l, String en, String zh) {
        return "zh".equals(l.language) ? zh : en;
    }

    /**
     * The cost-effectiveness plane: harm prevented per year (x) against extra cost per year (y),
     * one point per policy with its intervals, the baseline at the origin, and the efficiency
     * frontier (the incremental ranking) as a line.
     */
    public static JFreeChart plane(List<Point> points, List<double[]> frontier, String harmUnit, Labels l) {
        XYIntervalSeries s = new XYIntervalSeries("policies");
        for (Point p : points) {
            s.add(p.x(), nan(p.xLow(), p.x()), nan(p.xHigh(), p.x()), p.y() / 1e4, nan(p.yLow(), p.y()) / 1e4,
                nan(p.yHigh(), p.y()) / 1e4);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = new NumberAxis(t(l, "harm prevented per year (" + harmUnit + ")", "每年减少的危害（" + harmUnit + "）"));
        NumberAxis y = new NumberAxis(t(l, "extra cost per year (10,000 yuan)", "每年增加的成本（万元）"));
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setSeriesPaint(0, Charts.color(0));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        r.setErrorPaint(Color.GRAY);
        XYPlot plot = new XYPlot(data, x, y, r);
        XYSeries f = new XYSeries("frontier", false, true);
        for (double[] p : frontier) {
            f.add(p[0], p[1] / 1e4);
        }
        XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
        fr.setSeriesPaint(0, Charts.color(1));
        fr.setSeriesStroke(0, Charts.stroke(1.5f, 1));
        plot.setDataset(1, new XYSeriesCollection(f));
        plot.setRenderer(1, fr);
        plot.addDomainMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        for (Point p : points) {
            XYTextAnnotation a = new XYTextAnnotation(" " + p.name(), p.x(), p.y() / 1e4);
            a.setFont(l.font(Font.PLAIN, 9));
            a.setTextAnchor(org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        JFreeChart c = new JFreeChart(t(l, "Cost-effectiveness plane (against the baseline)", "成本效果平面（相对基线）"),
            l.font(Font.BOLD, 15), plot, false);
        return Charts.style(c, l);
    }

    private static double nan(double v, double dflt) {
        return Double.isNaN(v) ? dflt : v;
    }

    /**
     * Yuan per harm unit prevented, cheapest first, with Fieller intervals (an unbounded interval
     * is not drawn; its policy is marked in the category label).
     */
    public static JFreeChart ranking(List<String> names, double[] ratio, double[][] interval, boolean[] bounded, String harmUnit,
                                     Labels l) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        Map<String, double[]> iv = new HashMap<>();
        String row = t(l, "yuan per harm unit prevented", "每减少一个危害单位的成本（元）");
        for (int i = 0; i < names.size(); i++) {
            String col = names.get(i) + (bounded[i] ? "" : t(l, " (interval unbounded)", "（区间无界）"));
            data.addValue(ratio[i], row, col);
            iv.put(row + "\t" + col, bounded[i] ? interval[i] : new double[] {Double.NaN, Double.NaN});
        }
        JFreeChart c = ChartFactory.createBarChart(t(l, "Incremental ranking: yuan per harm unit prevented",
            "增量排序：每减少一个危害单位的成本"), null, t(l, "yuan per " + harmUnit, "元 / " + harmUnit), data,
            PlotOrientation.HORIZONTAL, false, false, false);
        Charts.ErrorBarRenderer r = new Charts.ErrorBarRenderer(iv);
        r.setSeriesPaint(0, Charts.color(0));
        r.setBarPainter(new org.jfree.chart.renderer.category.StandardBarPainter());
        r.setShadowVisible(false);
        r.setDrawBarOutline(false);
        c.getCategoryPlot().setRenderer(r);
        c.getCategoryPlot().addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        return Charts.style(c, l);
    }

    /**
     * The cost-harm frontier of an optimisation: for each budget, the best mix's change in the
     * objective against the baseline (mean of the paired differences and its 95% interval),
     * from the baseline's 0 at no extra cost.
     */
    public static JFreeChart frontier(double[] budgets, double[] mean, double[] low, double[] high, String objective, Labels l) {
        return frontier(budgets, mean, low, high, null, objective, l);
    }

    /** The frontier with each budget's point labelled by its mix ({@code mixes[i]}, e.g. "public_cameras 80, camera_layout HOTSPOT"). */
    public static JFreeChart frontier(double[] budgets, double[] mean, double[] low, double[] high, String[] mixes, String objective,
                                      Labels l) {
        XYIntervalSeries s = new XYIntervalSeries("best");
        s.add(0, 0, 0, 0, 0, 0);
        for (int i = 0; i < budgets.length; i++) {
            s.add(budgets[i] / 1e4, budgets[i] / 1e4, budgets[i] / 1e4, mean[i], nan(low[i], mean[i]), nan(high[i], mean[i]));
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(s);
        NumberAxis x = new NumberAxis(t(l, "budget: extra yuan per year (10,000 yuan)", "预算：每年增加的经费（万元）"));
        NumberAxis y = new NumberAxis(t(l, "change against the baseline: ", "相对基线的变化：") + objective);
        x.setAutoRangeIncludesZero(true);
        y.setAutoRangeIncludesZero(true);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setSeriesLinesVisible(0, true);
        r.setSeriesPaint(0, Charts.color(0));
        r.setSeriesShape(0, new Ellipse2D.Double(-3.5, -3.5, 7, 7));
        XYPlot plot = new XYPlot(data, x, y, r);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        for (int i = 0; mixes != null && i < budgets.length; i++) {
            // the largest budget's label to the left of its point, so the plot's edge does not cut it
            boolean last = budgets[i] >= java.util.Arrays.stream(budgets).max().orElse(0);
            XYTextAnnotation a = new XYTextAnnotation(last ? mixes[i] + " " : " " + mixes[i], budgets[i] / 1e4, mean[i]);
            a.setFont(l.font(Font.PLAIN, 9));
            a.setTextAnchor(last && budgets.length > 1 ? org.jfree.ui.TextAnchor.TOP_RIGHT : org.jfree.ui.TextAnchor.BOTTOM_LEFT);
            plot.addAnnotation(a);
        }
        JFreeChart c = new JFreeChart(t(l, "Cost-harm frontier: the best mix per budget (paired 95% intervals)",
            "成本-危害前沿：各预算下的最佳组合（配对95%区间）"), l.font(Font.BOLD, 15), plot, false);
        return Charts.style(c, l);
    }
}
