package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.commsafe.charts.Labels;
import org.commsafe.experiment.Csv;
import org.commsafe.metrics.SummaryMetric;

/**
 * Scenarios against a baseline: per scenario and outcome the mean, sd and 95% interval (the logit
 * interval for shares, see {@link Stats}), and against the baseline the difference, relative
 * change, 95% interval and p-value of a paired t-test when the runs are paired on common random
 * numbers (replication r of both used the same seed, for every r), of Welch's test otherwise.
 * The pairing is measured (correlation, variance reduction, paired against Welch half-width) and
 * the p-values are Holm-adjusted across every scenario x outcome test of the comparison.
 */
public final class Comparison {
    /** Headline outcomes of the pairing table, those present in this build and in the results. */
    public static final List<String> HEADLINE = List.of("victimisation_per_1000", "recorded_per_1000", "reporting_rate");
    /** Path-accounting outcomes of "Where the change came from", in this order; absent ones are skipped. */
    public static final List<String> PATHS = List.of("officer_presence_per_1000", "contacts_per_1000", "sightings_per_1000",
        "arrests_per_1000", "crimes_attempted", "spatial_attempts", "deterred_by_officer",
        "deterred_by_watch", "deterred_by_camera", "deterred_by_occupant", "deterred_by_guard", "deterred_by_gate",
        "prevented_by_awareness", "prevented_by_property_management",
        "tech_adoption_share", "tech_targeted_share", "prevented_by_tech", "cleared_by_home_camera",
        "cadre_forms_share", "cadre_registrations", "cadre_mediations", "unregistered_share", "offenders_unregistered",
        "offender_days_incapacitated", "offenders_active", "crimes_committed", "recorded_per_1000");
    /** The adjustment used for the p-values of a comparison. */
    public static final Multiplicity.Method ADJUSTMENT = Multiplicity.Method.HOLM;

    public record Row(String scenario, SummaryMetric metric, Stats stats, PairedComparison vsBaseline, double pAdjusted) {
        public double pValue() {
            return vsBaseline.pValue();
        }
    }

    public final String baseline;
    public final List<Row> rows = new ArrayList<>();
    /** Tests in the adjustment family (scenario x outcome pairs with a p-value). */
    public final int tests;
    /** Scenarios not paired with the baseline, with the reason. */
    public final Map<String, String> notPaired = new LinkedHashMap<>();
    private final ResultSet rs;

    public Comparison(ResultSet rs, String baseline, List<SummaryMetric> metrics) {
        this.rs = rs;
        this.baseline = baseline;
        ResultSet.Group base = rs.groups.get(baseline);
        for (ResultSet.Group g : rs.groups.values()) {
            if (g != base) {
                String why = PairedComparison.whyNotPaired(seeds(base), seeds(g));
                if (why != null) {
                    notPaired.put(g.name, why);
                }
            }
        }
        List<Stats> stats = new ArrayList<>();
        List<PairedComparison> pcs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (SummaryMetric m : metrics) {
            for (ResultSet.Group g : rs.groups.values()) {
                names.add(g.name);
                stats.add(Stats.of(m, g.values(m)));
                pcs.add(versus(g.name, m));
            }
        }
        double[] p = new double[pcs.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = names.get(i).equals(baseline) ? Double.NaN : pcs.get(i).pValue();
        }
        double[] adjusted = Multiplicity.adjust(p, ADJUSTMENT);
        tests = Multiplicity.familySize(p);
        for (int i = 0; i < p.length; i++) {
            rows.add(new Row(names.get(i), pcs.get(i).metric(), stats.get(i), pcs.get(i), adjusted[i]));
        }
    }

    private static long[] seeds(ResultSet.Group g) {
        return g.seeds.stream().mapToLong(Long::longValue).toArray();
    }

    /** A scenario against the baseline on one outcome: paired when the seeds match, Welch otherwise. */
    public PairedComparison versus(String scenario, SummaryMetric m) {
        ResultSet.Group base = rs.groups.get(baseline);
        ResultSet.Group g = rs.groups.get(scenario);
        return PairedComparison.of(m, seeds(base), base.values(m), seeds(g), g.values(m));
    }

    /** The outcomes of {@code columns} that exist in this build and have a value in the baseline's results. */
    public List<SummaryMetric> present(List<String> columns) {
        List<SummaryMetric> out = new ArrayList<>();
        for (String c : columns) {
            SummaryMetric m = SummaryMetric.byColumn(c);
            if (m != null && Stats.of(rs.groups.get(baseline).values(m)).n() > 0) {
                out.add(m);
            }
        }
        return out;
    }

    /** One warning per scenario that is not paired with the baseline. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        notPaired.forEach((s, why) -> out.add("not paired: " + s + " vs " + baseline + ": " + why + "; using Welch intervals and tests"));
        return out;
    }

    public String csv() {
        StringBuilder sb = new StringBuilder("scenario,metric,n,mean,sd,ci95_low,ci95_high,baseline,baseline_mean,"
            + "diff,diff_ci95_low,diff_ci95_high,rel_change,rel_ci95_low,rel_ci95_high,p_value,p_holm,"
            + "paired,correlation,variance_reduction,welch_ci95_low,welch_ci95_high,welch_df,halfwidth_ratio\n");
        for (Row r : rows) {
            PairedComparison c = r.vsBaseline();
            boolean isBase = r.scenario().equals(baseline);
            sb.append(Csv.field(r.scenario())).append(',').append(r.metric().column()).append(',').append(r.stats().n());
            double bm = c.baselineMean();
            nums(sb, r.stats().mean(), r.stats().sd(), r.stats().low(), r.stats().high());
            sb.append(',').append(Csv.field(baseline));
            nums(sb, bm, c.difference(), c.low(), c.high(), c.relativeChange(), c.low() / bm, c.high() / bm, r.pValue(),
                r.pAdjusted());
            if (isBase) {
                sb.append(",NA,NA,NA,NA,NA,NA,NA");
            } else {
                sb.append(',').append(c.paired());
                Welch w = c.welch();
                nums(sb, c.correlation(), c.varianceReduction(), w.low(), w.high(), w.df(), c.halfWidthRatio());
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void nums(StringBuilder sb, double... vs) {
        for (double v : vs) {
            sb.append(',');
            Csv.num(sb, v);
        }
    }

    /** The "Pairing" section: per scenario, correlation and half-width ratio of the headline outcomes. */
    public String pairingMarkdown(Labels l) {
        if (rs.groups.size() < 2) {
            return "";
        }
        List<SummaryMetric> hs = present(HEADLINE);
        StringBuilder sb = new StringBuilder("## ").append(l.get("report.pairing.title")).append("\n\n");
        sb.append(l.get("report.pairing.intro", baseline, l.scenario(baseline))).append("\n\n");
        sb.append("| ").append(l.get("report.scenario")).append(" | ").append(l.get("report.paired"));
        for (SummaryMetric m : hs) {
            sb.append(" | ").append(l.get("report.pairing.r", m.column(), l.metric(m.column()))).append(" | ")
                .append(l.get("report.pairing.ratio", m.column(), l.metric(m.column())));
        }
        sb.append(" |\n|").append(" --- |".repeat(2 + 2 * hs.size())).append('\n');
        for (String s : rs.groups.keySet()) {
            if (s.equals(baseline)) {
                continue;
            }
            boolean paired = !notPaired.containsKey(s);
            sb.append("| ").append(l.scenario(s)).append(" | ").append(l.get(paired ? "report.yes" : "report.no"));
            for (SummaryMetric m : hs) {
                PairedComparison c = versus(s, m);
                sb.append(" | ").append(fixed(c.correlation(), 3)).append(" | ").append(fixed(c.halfWidthRatio(), 2));
            }
            sb.append(" |\n");
        }
        sb.append('\n');
        if (!notPaired.isEmpty()) {
            notPaired.forEach((s, why) -> sb.append("- ").append(l.get("report.not_paired", l.scenario(s), l.scenario(baseline), why)).append('\n'));
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The pairing summary as plain text (for the console). */
    public String pairingText() {
        if (rs.groups.size() < 2) {
            return "";
        }
        List<SummaryMetric> hs = present(HEADLINE);
        int w = "scenario".length();
        for (String s : rs.groups.keySet()) {
            w = Math.max(w, s.length());
        }
        List<String[]> lines = new ArrayList<>();
        List<String> head1 = new ArrayList<>(List.of("scenario", "paired"));
        List<String> head2 = new ArrayList<>(List.of("", ""));
        for (SummaryMetric m : hs) {
            head1.add(m.column());
            head2.add(String.format(Locale.ROOT, "%6s %6s", "r", "ratio"));
        }
        lines.add(head1.toArray(String[]::new));
        lines.add(head2.toArray(String[]::new));
        for (String s : rs.groups.keySet()) {
            if (s.equals(baseline)) {
                continue;
            }
            List<String> cells = new ArrayList<>(List.of(s, notPaired.containsKey(s) ? "no" : "yes"));
            for (SummaryMetric m : hs) {
                PairedComparison c = versus(s, m);
                cells.add(String.format(Locale.ROOT, "%6s %6s", fixed(c.correlation(), 3), fixed(c.halfWidthRatio(), 2)));
            }
            lines.add(cells.toArray(String[]::new));
        }
        StringBuilder sb = new StringBuilder("pairing with " + baseline
            + " (r: correlation of paired replications; ratio: paired / Welch 95% half-width, below 1 = pairing helped)\n");
        for (String[] cells : lines) {
            StringBuilder line = new StringBuilder(" ");
            for (int i = 0; i < cells.length; i++) {
                int width = i == 0 ? w : i == 1 ? 6 : Math.max(13, hs.get(i - 2).column().length());
                line.append(' ').append(' ').append(String.format(Locale.ROOT, "%-" + width + "s", cells[i]));
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Per outcome, every scenario against the baseline, with Holm-adjusted p-values. */
    public String markdown(List<SummaryMetric> metrics, Labels l) {
        StringBuilder sb = new StringBuilder("## ").append(l.get("report.outcomes.title")).append("\n\n");
        sb.append(l.get("report.outcomes.intro", baseline, l.scenario(baseline))).append(' ')
            .append(l.get("report.holm", ADJUSTMENT.label, String.valueOf(tests))).append("\n\n");
        for (SummaryMetric m : metrics) {
            sb.append("### ").append(l.get("report.metric.heading", m.column(), m.unit, l.metric(m.column()))).append("\n\n");
            sb.append("| ").append(String.join(" | ", l.get("report.scenario"), "n", l.get("report.mean"), l.get("report.interval"),
                l.get("report.difference"), l.get("report.paired_interval"), l.get("report.welch_interval"), l.get("report.relative"),
                l.get("report.p_adjusted", ADJUSTMENT.label))).append(" |\n");
            sb.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
            for (Row r : rows) {
                if (r.metric() != m) {
                    continue;
                }
                PairedComparison c = r.vsBaseline();
                boolean isBase = r.scenario().equals(baseline);
                String paired = isBase ? "-" : c.paired() ? interval(c.low(), c.high()) : l.get("report.not_paired.short");
                String welch = isBase ? "-" : interval(c.welch().low(), c.welch().high());
                sb.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %s | %s | %s | %s |%n", l.scenario(r.scenario()), r.stats().n(),
                    f(r.stats().mean()), interval(r.stats().low(), r.stats().high()), isBase ? "-" : f(c.difference()), paired, welch,
                    isBase || Double.isNaN(c.relativeChange()) ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * c.relativeChange()),
                    isBase ? "-" : p(r.pAdjusted())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** "Where the change came from": per scenario, paired differences of the path-accounting outcomes. */
    public String pathsMarkdown(Labels l) {
        if (rs.groups.size() < 2) {
            return "";
        }
        List<SummaryMetric> ps = present(PATHS);
        StringBuilder sb = new StringBuilder("## ").append(l.get("report.paths.title")).append("\n\n");
        sb.append(l.get("report.paths.intro")).append("\n\n");
        for (String s : rs.groups.keySet()) {
            if (s.equals(baseline)) {
                continue;
            }
            sb.append("### ").append(l.scenario(s)).append("\n\n");
            if (notPaired.containsKey(s)) {
                sb.append(l.get("report.not_paired", l.scenario(s), l.scenario(baseline), notPaired.get(s))).append("\n\n");
            }
            sb.append("| ").append(l.get("report.paths.outcome")).append(" | ").append(l.get("report.paths.unit")).append(" | ")
                .append(l.scenario(baseline)).append(" | ").append(l.scenario(s)).append(" | ").append(l.get(notPaired.containsKey(s) ? "report.paths.difference_welch" : "report.paths.difference")).append(" | ")
                .append(l.get("report.paths.interval")).append(" |\n| --- | --- | --- | --- | --- | --- |\n");
            for (SummaryMetric m : ps) {
                PairedComparison c = versus(s, m);
                sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", l.get("report.paths.name", m.column(), l.metric(m.column())), m.unit, f(c.baselineMean()),
                    f(c.scenarioMean()), f(c.difference()), interval(c.low(), c.high())));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String interval(double low, double high) {
        return Double.isNaN(low) ? "NA" : "[" + f(low) + ", " + f(high) + "]";
    }

    private static String p(double p) {
        return Double.isNaN(p) ? "-" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    private static String fixed(double x, int decimals) {
        return Double.isNaN(x) ? "-" : String.format(Locale.ROOT, "%." + decimals + "f", x);
    }

    static String f(double x) {
        if (Double.isNaN(x)) {
            return "NA";
        }
        return Math.abs(x) >= 100 ? String.format(Locale.ROOT, "%.1f", x) : String.format(Locale.ROOT, "%.4f", x);
    }
}
