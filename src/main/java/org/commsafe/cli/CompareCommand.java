package org.commsafe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.analysis.Comparison;
import org.commsafe.analysis.ResultSet;
import org.commsafe.analysis.Sensitivity;
import org.commsafe.charts.ChartExport;
import org.commsafe.charts.Charts;
import org.commsafe.charts.Labels;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare runs and sweeps against a baseline and write comparison.csv, report.md and charts.",
        "Statistics are paired on common random numbers; charts are PNG, SVG and PDF, in English or Chinese."})
public final class CompareCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Outcomes compared when --metrics is not given. */
    public static final List<String> DEFAULT_METRICS = List.of("victimisation_per_1000", "recorded_per_1000", "reporting_rate", "clearance_rate_cohort",
        "share_unseen_10d", "awareness_related_share_reported", "officer_community_share", "deterred_share",
        "tech_adoption_share", "watch_groups_active", "cadre_forms_share");

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run or sweep output directories")
    List<Path> dirs;

    @Option(names = "--baseline", paramLabel = "NAME", description = "Baseline scenario or point (default: 'baseline' if present, else the first)")
    String baseline;

    @Option(names = "--metrics", split = ",", paramLabel = "METRIC", description = "Summary outcomes to compare (default: the headline ten)")
    List<String> metrics = DEFAULT_METRICS;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of charts and of report.md's headings (default: en)")
    String lang = "en";

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/comparison)")
    Path out = Path.of("results", "comparison");

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution in pixels per inch, exactly, recorded in the PNG:"
        + " 72-150 for screens, 300-600 for print (default: 150)")
    int dpi = 150;

    @Option(names = "--size", paramLabel = "SIZE", description = "Chart size: screen (800 x 500 pt, 12 pt text), single (a journal's"
        + " single column, 85 x 68 mm, 7 pt text), double (two columns, 175 x 105 mm, 8 pt text) or WxH in mm, e.g. 120x80"
        + " (default: screen)")
    String size = "screen";

    @Option(names = "--font-size", paramLabel = "PT", description = "Base text size in points (axis labels; titles 1.2x, ticks and"
        + " legends 0.85x); default: the --size preset's")
    float fontSize = 0;

    @Option(names = "--smooth", paramLabel = "DAYS", description = "Daily series as centred moving averages over DAYS days, e.g. 7"
        + " or 30 (default: 1, every day as it is)")
    int smooth = 1;

    @Option(names = "--series", paramLabel = "N", converter = Counts.NonNegative.class, description = "Scenarios or design points drawn in time-series charts, the"
        + " baseline first (default: 0, all)")
    int series = 0;

    @Option(names = "--no-title", description = "Charts without their title (for journals, whose captions carry it); report.md"
        + " keeps each title as the chart's caption")
    boolean noTitle;

    private ChartExport.Format format;
    private final java.util.Map<String, String> titles = new java.util.HashMap<>();

    @Override
    public Integer call() throws Exception {
        List<SummaryMetric> ms = new ArrayList<>();
        for (String m : metrics) {
            SummaryMetric sm = SummaryMetric.byColumn(m);
            if (sm == null) {
                System.err.println("commsafe: error: --metrics: unknown outcome '" + m + "' (commsafe columns lists them)");
                return Main.BAD_INPUT;
            }
            ms.add(sm);
        }
        if (dpi < 36 || dpi > 1200) {
            System.err.println("commsafe: error: --dpi must be between 36 and 1200");
            return Main.BAD_INPUT;
        }
        if (smooth < 1 || smooth > 365 || series < 0 || fontSize < 0 || fontSize > 72) {
            System.err.println("commsafe: error: --smooth must be 1-365 days, --series >= 0 and --font-size 0-72 points");
            return Main.BAD_INPUT;
        }
        try {
            format = ChartExport.Format.of(size, dpi, fontSize);
        } catch (IllegalArgumentException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Labels labels = Main.labelsOrReport(lang);
        if (labels == null) {
            return Main.BAD_INPUT;
        }
        ResultSet rs;
        try {
            rs = ResultSet.read(dirs);
        } catch (IOException | RuntimeException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        for (String w : rs.warnings) {
            System.err.println("commsafe: warning: " + w);
        }
        String base = baseline != null ? baseline : rs.groups.containsKey("baseline") ? "baseline" : rs.groups.keySet().iterator().next();
        if (!rs.groups.containsKey(base)) {
            System.err.println("commsafe: error: --baseline: no scenario or point named '" + base + "'; have " + rs.groups.keySet());
            return Main.BAD_INPUT;
        }
        String commandLine = Main.commandLine(spec, "commsafe compare " + dirs + " --out " + out);
        try (OutputLock lock = OutputDirectory.open(out, overwrite, "--overwrite", commandLine, System.err)) {
            for (Path d : dirs) {
                if (d.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                    System.err.println("commsafe: error: --out " + out + " is one of the compared directories");
                    return Main.BAD_INPUT;
                }
            }
            if (overwrite) {
                OutputDirectory.refuseOther(out, "a run's or sweep's output", "manifest.json", "summary.csv", "runs.csv", "parts");
                OutputDirectory.removeOwn(out, OWN);
            }
            return write(rs, base, ms, labels);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** The files compare writes (removed by --overwrite; nothing else is). */
    static final List<String> OWN = List.of("comparison.csv", "report.md", "charts");

    private int write(ResultSet rs, String base, List<SummaryMetric> ms, Labels labels) throws IOException {
        Files.createDirectories(out.resolve("charts"));
        Comparison cmp = new Comparison(rs, base, ms);
        for (String w : cmp.warnings()) {
            System.err.println("commsafe: warning: " + w);
        }
        AtomicFiles.writeString(out.resolve("comparison.csv"), cmp.csv());
        Labels text = Labels.forText(lang); // report text needs no font: Chinese even when charts fall back
        StringBuilder md = new StringBuilder("# ").append(text.get("report.title")).append("\n\n");
        md.append(text.get("report.inputs")).append(' ').append(dirs).append("\n\n");
        if (!sampledDesign(rs)) { // the points of a sampled design are analysed together (writeCharts), not against one of them
            md.append(cmp.pairingMarkdown(text)).append(cmp.markdown(ms, text)).append(cmp.pathsMarkdown(text));
        }
        List<String> charts = new ArrayList<>();
        writeCharts(rs, base, ms, labels, charts, md);
        md.append("## ").append(text.get("report.charts")).append("\n\n");
        for (String c : charts) {
            md.append("![").append(titles.getOrDefault(c, c).replace('[', '(').replace(']', ')')).append("](charts/").append(c)
                .append(".png)\n");
        }
        AtomicFiles.writeString(out.resolve("report.md"), md.toString());
        System.out.println("output: " + out);
        System.out.println("  comparison.csv, report.md, " + charts.size() + " charts x (png, svg, pdf)");
        System.out.print(cmp.pairingText());
        return Main.OK;
    }

    /** LHS, Sobol and Morris sweeps: their points are samples of a factor space, not scenarios to test against each other. */
    private static boolean sampledDesign(ResultSet rs) {
        return rs.design.equals("lhs") || Sensitivity.applies(rs);
    }

    private void writeCharts(ResultSet rs, String base, List<SummaryMetric> ms, Labels l, List<String> charts,
                             StringBuilder md) throws IOException {
        Path dir = out.resolve("charts");
        List<String> all = new ArrayList<>(rs.groups.keySet());
        boolean sensitivity = Sensitivity.applies(rs);
        boolean lhs = rs.design.equals("lhs");
        if (!sensitivity && !lhs) {
            for (SummaryMetric m : ms) {
                save(Charts.bars(rs, all, m, l), dir, "bars_" + m.column(), l, charts);
            }
        }
        boolean daily = rs.groups.get(base).days() > 0;
        if (daily && !sensitivity && !lhs) {
            List<String> shown = new ArrayList<>();
            shown.add(base);
            for (String g : all) {
                if ((series == 0 || shown.size() < series) && !g.equals(base)) {
                    shown.add(g);
                }
            }
            for (Metric m : List.of(Metric.SHARE_UNSEEN_10D, Metric.CRIMES_COMMITTED, Metric.TRUST_MEAN, Metric.CASE_BACKLOG)) {
                save(Charts.timeSeries(rs, shown, m, smooth, l), dir, "timeseries_" + m.column(), l, charts);
            }
            save(Charts.ledger(rs, all, l), dir, "officer_time", l, charts);
            if (!rs.groups.get(base).communityMeans(Metric.VICTIMISATION_PER_1000).isEmpty()) {
                String baseShown = org.commsafe.charts.DesignLabels.of(rs, l).describe(rs, base);
                save(Charts.heatMap(rs.groups.get(base), Metric.VICTIMISATION_PER_1000, baseShown, l), dir, "heatmap_victimisation", l, charts);
                save(Charts.heatMap(rs.groups.get(base), Metric.SHARE_UNSEEN_10D, baseShown, l), dir, "heatmap_unseen", l, charts);
            }
        }
        if (rs.design.equals("factorial")) {
            for (String f : rs.factorKeys) {
                if (numeric(rs, f)) {
                    for (SummaryMetric m : ms.subList(0, Math.min(4, ms.size()))) {
                        save(Charts.response(rs, f, m, l), dir, "response_" + m.column() + "_vs_" + f, l, charts);
                    }
                }
            }
        }
        if (lhs) {
            java.util.Map<SummaryMetric, List<org.commsafe.analysis.Prcc.Result>> prcc = new java.util.LinkedHashMap<>();
            for (SummaryMetric m : ms) {
                List<org.commsafe.analysis.Prcc.Result> r = Sensitivity.prcc(rs, m);
                prcc.put(m, r);
                java.util.Map<String, Double> byFactor = new java.util.HashMap<>();
                java.util.Map<String, Boolean> significant = new java.util.HashMap<>();
                r.forEach(x -> {
                    byFactor.put(x.factor(), x.prcc());
                    significant.put(x.factor(), x.pValue() < 0.05);
                });
                if (r.stream().anyMatch(x -> !Double.isNaN(x.prcc()))) { // an outcome absent from the results draws nothing
                    save(Charts.scatter(rs, m, byFactor, significant, l), dir, "scatter_" + m.column(), l, charts);
                }
            }
            save(Charts.prcc(prcc, l), dir, "prcc", l, charts);
            AtomicFiles.writeString(out.resolve("prcc.csv"), Sensitivity.prccCsv(prcc));
            Labels text = Labels.forText(lang);
            md.append("## ").append(text.get("report.prcc.title")).append("\n\n").append(Sensitivity.prccMarkdown(rs.factorKeys, prcc, text))
                .append(text.get("report.prcc.files")).append("\n\n");
        }
        if (sensitivity) {
            List<Sensitivity.Table> tables = new ArrayList<>();
            for (SummaryMetric m : ms) {
                Sensitivity.Table t = Sensitivity.of(rs, m);
                tables.add(t);
                for (String w : t.warnings()) {
                    System.err.println("commsafe: warning: " + (w.startsWith(m.column()) ? w : m.column() + ": " + w));
                }
                if (rs.factorKeys.size() < 2 && t.sobol()) {
                    continue; // one factor: no ranking to draw
                }
                org.jfree.chart.JFreeChart tornado = Charts.tornado(l.get("chart.tornado.title", l.metric(m.column())), t.factors(),
                    t.main(), t.second(), t.mainCi(), t.secondCi(), l.get(t.sobol() ? "series.total" : "series.mu_star"),
                    l.get(t.sobol() ? "series.first_order" : "series.sigma"),
                    l.get(t.sobol() ? "axis.index.sobol" : "axis.index.morris"), l);
                if (!t.warnings().isEmpty()) {
                    org.jfree.chart.title.TextTitle w = new org.jfree.chart.title.TextTitle(l.get("chart.tornado.warning"));
                    w.setPaint(new java.awt.Color(180, 0, 0));
                    tornado.addSubtitle(w);
                }
                save(tornado, dir, "tornado_" + m.column(), l, charts);
            }
            AtomicFiles.writeString(out.resolve("sensitivity.csv"), Sensitivity.csv(tables));
            Labels text = Labels.forText(lang);
            md.append("## ").append(text.get("report.sensitivity.title", rs.design)).append("\n\n").append(Sensitivity.markdown(tables, text));
        }
    }

    private static boolean numeric(ResultSet rs, String factor) {
        for (ResultSet.Group g : rs.groups.values()) {
            try {
                Double.parseDouble(g.factors.get(factor));
            } catch (RuntimeException e) {
                return false;
            }
        }
        return true;
    }

    private void save(org.jfree.chart.JFreeChart chart, Path dir, String chartName, Labels l, List<String> charts) throws IOException {
        // names come from the compared files (factor names): one safe file name, confined to --out
        String name = chartName.replaceAll("[^A-Za-z0-9._=-]", "_").replaceFirst("^\\.", "_");
        if (chart.getTitle() != null) {
            titles.put(name, chart.getTitle().getText());
            if (noTitle) {
                chart.setTitle((org.jfree.chart.title.TextTitle) null);
            }
        }
        ChartExport.all(chart, dir.resolve(name), format, l);
        charts.add(name);
    }
}
