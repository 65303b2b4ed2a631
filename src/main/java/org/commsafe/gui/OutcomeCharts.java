package org.commsafe.gui;

import java.awt.BasicStroke;
import java.awt.GridLayout;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.commsafe.charts.ChartExport;
import org.commsafe.charts.Labels;
import org.commsafe.metrics.Metric;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StackedXYAreaRenderer2;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultTableXYDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The live charts, updated once a simulated day on the Swing thread: crimes by type, reporting
 * and clearance rates, officer hours by activity (stacked), days since sighting, watch groups,
 * technical defence. A day's values are copied from the model thread, never shared.
 */
public final class OutcomeCharts {
    private static final int MAX_POINTS = 3650;
    final List<JFreeChart> charts = new ArrayList<>();
    final List<String> names = List.of("crimes", "rates", "officer_hours", "sighting", "watch", "tech");
    private final XYSeries burglaries;
    private final XYSeries vehicles;
    private final XYSeries frauds;
    private final XYSeries reporting;
    private final XYSeries clearance;
    private final XYSeries[] hours = new XYSeries[6];
    private final XYSeries median;
    private final XYSeries unseen;
    private final XYSeries members;
    private final XYSeries funding;
    private final XYSeries tech;
    private final Metric[] hourMetrics = {Metric.OFFICER_HOURS_ROSTER, Metric.OFFICER_HOURS_QUOTA, Metric.OFFICER_HOURS_CASES,
        Metric.OFFICER_HOURS_PAPERWORK, Metric.OFFICER_HOURS_COMMUNITY, Metric.OFFICER_HOURS_IDLE};
    public final JFrame frame;
    /** Points were added since the last redraw (Swing thread only). */
    private boolean dirty;
    /** Redraws the charts when points were added: 4 times a second at most, however fast the model runs. */
    private final javax.swing.Timer redraw = new javax.swing.Timer(250, e -> flush());

    /** Redraws every chart whose series got points (Swing thread). */
    public void flush() {
        if (!dirty) {
            return;
        }
        dirty = false;
        for (JFreeChart c : charts) {
            c.setNotify(true); // one redraw of each chart with all the points added since the last
            c.setNotify(false);
        }
    }

    public OutcomeCharts(Labels l) {
        burglaries = new XYSeries(l.metric("burglaries"));
        vehicles = new XYSeries(l.metric("vehicle_thefts"));
        frauds = new XYSeries(l.metric("frauds"));
        charts.add(line(l.get("gui.chart.crimes"), l.get("gui.axis.crimes"), l, burglaries, vehicles, frauds));
        reporting = new XYSeries(l.get("gui.series.reporting"));
        clearance = new XYSeries(l.get("gui.series.clearance"));
        charts.add(line(l.get("gui.chart.rates"), l.get("gui.axis.share"), l, reporting, clearance));
        DefaultTableXYDataset stack = new DefaultTableXYDataset();
        String[] act = {"roster", "quota", "cases", "paperwork", "community", "idle"};
        for (int k = 0; k < 6; k++) {
            hours[k] = new XYSeries(l.get("activity." + act[k]), true, false);
            stack.addSeries(hours[k]);
        }
        JFreeChart h = ChartFactory.createStackedXYAreaChart(l.get("gui.chart.hours"), l.get("gui.axis.day"), l.get("gui.axis.hours"),
            stack, PlotOrientation.VERTICAL, true, false, false);
        StackedXYAreaRenderer2 r = new StackedXYAreaRenderer2();
        for (int k = 0; k < 6; k++) {
            r.setSeriesPaint(k, org.commsafe.charts.Charts.color(k));
        }
        h.getXYPlot().setRenderer(r);
        charts.add(styled(h, l));
        median = new XYSeries(l.get("gui.series.median"));
        unseen = new XYSeries(l.get("gui.series.unseen"));
        charts.add(line(l.get("gui.chart.sighting"), l.get("gui.axis.days"), l, median, unseen));
        members = new XYSeries(l.get("gui.series.members"));
        funding = new XYSeries(l.get("gui.series.funding"));
        JFreeChart w = line(l.get("gui.chart.watch"), l.get("gui.axis.members"), l, members);
        XYPlot wp = w.getXYPlot();
        wp.setRangeAxis(1, new NumberAxis(l.get("gui.axis.yuan")));
        wp.setDataset(1, new XYSeriesCollection(funding));
        wp.mapDatasetToRangeAxis(1, 1);
        XYLineAndShapeRenderer fr = new XYLineAndShapeRenderer(true, false);
        fr.setSeriesPaint(0, org.commsafe.charts.Charts.color(1));
        wp.setRenderer(1, fr);
        charts.add(w);
        tech = new XYSeries(l.get("gui.series.tech"));
        charts.add(line(l.get("gui.chart.tech"), l.get("gui.axis.share"), l, tech));
        for (XYSeries s : all()) {
            s.setMaximumItemCount(MAX_POINTS);
        }
        JPanel grid = new JPanel(new GridLayout(2, 3));
        for (JFreeChart c : charts) {
            ChartPanel p = new ChartPanel(c);
            p.setPreferredSize(new java.awt.Dimension(420, 280));
            grid.add(p);
        }
        frame = new JFrame(l.get("gui.charts.title"));
        frame.setContentPane(grid);
        frame.pack();
        for (JFreeChart c : charts) {
            c.setNotify(false); // no redraw per point: the timer redraws at most 4 times a second
        }
        redraw.start();
    }

    private List<XYSeries> all() {
        List<XYSeries> s = new ArrayList<>(List.of(burglaries, vehicles, frauds, reporting, clearance, median, unseen, members, funding, tech));
        s.addAll(List.of(hours));
        return s;
    }

    private static JFreeChart line(String title, String yLabel, Labels l, XYSeries... series) {
        XYSeriesCollection data = new XYSeriesCollection();
        for (XYSeries s : series) {
            data.addSeries(s);
        }
        JFreeChart c = ChartFactory.createXYLineChart(title, l.get("gui.axis.day"), yLabel, data, PlotOrientation.VERTICAL,
            true, false, false);
        XYLineAndShapeRenderer r = (XYLineAndShapeRenderer) c.getXYPlot().getRenderer();
        for (int k = 0; k < series.length; k++) {
            r.setSeriesPaint(k, org.commsafe.charts.Charts.color(k));
            r.setSeriesStroke(k, new BasicStroke(1.3f));
        }
        return styled(c, l);
    }

    private static JFreeChart styled(JFreeChart c, Labels l) {
        c.getTitle().setFont(l.font(java.awt.Font.BOLD, 13));
        c.getLegend().setItemFont(l.font(java.awt.Font.PLAIN, 10));
        c.setBackgroundPaint(java.awt.Color.WHITE);
        XYPlot p = c.getXYPlot();
        p.setBackgroundPaint(java.awt.Color.WHITE);
        p.setDomainGridlinePaint(java.awt.Color.LIGHT_GRAY);
        p.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
        p.getDomainAxis().setLabelFont(l.font(java.awt.Font.PLAIN, 11));
        p.getRangeAxis().setLabelFont(l.font(java.awt.Font.PLAIN, 11));
        return c;
    }

    public void clear() {
        SwingUtilities.invokeLater(() -> all().forEach(XYSeries::clear));
    }

    /** Called from the model thread once a day. */
    public void day(int day, DayStats s) {
        int city = s.cityRow();
        double[] v = {s.today(city, Metric.BURGLARIES), s.today(city, Metric.VEHICLE_THEFTS), s.today(city, Metric.FRAUDS),
            s.ratio30(city, Metric.REPORTED, Metric.CRIMES_COMMITTED), s.ratio30(city, Metric.CLEARED, Metric.REPORTED),
            s.today(city, Metric.MEDIAN_DAYS_SINCE_SIGHTING), 100 * s.today(city, Metric.SHARE_UNSEEN_10D),
            s.today(city, Metric.WATCH_PATROLLING_MEMBERS), s.today(city, Metric.WATCH_FUNDING), s.today(city, Metric.TECH_ADOPTION_SHARE)};
        double[] h = new double[6];
        for (int k = 0; k < 6; k++) {
            h[k] = s.today(city, hourMetrics[k]);
        }
        SwingUtilities.invokeLater(() -> {
            XYSeries[] ss = {burglaries, vehicles, frauds, reporting, clearance, median, unseen, members, funding, tech};
            for (int k = 0; k < ss.length; k++) {
                if (!Double.isNaN(v[k])) {
                    ss[k].add(day, v[k]);
                }
            }
            for (int k = 0; k < 6; k++) {
                hours[k].addOrUpdate(day, h[k]);
            }
            dirty = true;
        });
    }

    /** Writes each chart as PNG and SVG (the SVG keeps the title text, for checks). */
    public void snapshot(Path dir) throws IOException {
        flush();
        for (int k = 0; k < charts.size(); k++) {
            org.jfree.chart.ChartUtilities.saveChartAsPNG(dir.resolve("chart_" + names.get(k) + ".png").toFile(), charts.get(k), 700, 450);
            ChartExport.svg(charts.get(k), dir.resolve("chart_" + names.get(k) + ".svg"));
        }
    }
}
