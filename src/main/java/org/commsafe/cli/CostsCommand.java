package org.commsafe.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commsafe.charts.ChartExport;
import org.commsafe.charts.CostCharts;
import org.commsafe.charts.Labels;
import org.commsafe.costs.CostEffect;
import org.commsafe.costs.CostModel;
import org.commsafe.costs.Sides;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "costs", mixinStandardHelpOptions = true,
    description = {"Cost-effectiveness of runs and sweeps against a baseline, from a costs file: yearly cost of each policy,",
        "cost per crime prevented, per harm unit prevented and per extra reported case with 95% (Fieller) intervals",
        "from the paired replications; costs.csv, report.md and charts (cost-effectiveness plane, incremental ranking)."})
public final class CostsCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Run or sweep output directories")
    List<Path> dirs;

    @Option(names = "--costs", required = true, paramLabel = "FILE", description = "Costs file (e.g. scenarios/costs/city.yaml)")
    Path costsFile;

    @Option(names = "--baseline", paramLabel = "NAME", description = "Baseline scenario or point (default: 'baseline' if present, else the first)")
    String baseline;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/costs)")
    Path out = Path.of("results", "costs");

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the charts (default: en)")
    String lang = "en";

    @Option(names = "--dpi", paramLabel = "N", description = "PNG resolution (default: 150)")
    int dpi = 150;

    /** The files costs writes (removed by --overwrite; nothing else is). */
    static final List<String> OWN = List.of("costs.csv", "report.md", "charts");

    @Override
    public Integer call() throws Exception {
        CostModel model = load(costsFile);
        if (model == null) {
            return Main.BAD_INPUT;
        }
        if (dpi < 36 || dpi > 1200) {
            System.err.println("commsafe: error: --dpi must be between 36 and 1200");
            return Main.BAD_INPUT;
        }
        Labels labels = Main.labelsOrReport(lang);
        if (labels == null) {
            return Main.BAD_INPUT;
        }
        Map<String, CostEffect.Side> sides;
        try {
            sides = Sides.read(dirs);
        } catch (IOException | RuntimeException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        String base = baseline != null ? baseline : sides.containsKey("baseline") ? "baseline" : sides.keySet().iterator().next();
        if (!sides.containsKey(base)) {
            System.err.println("commsafe: error: --baseline: no scenario or point named '" + base + "'; have " + sides.keySet());
            return Main.BAD_INPUT;
        }
        List<CostEffect.Side> others = new ArrayList<>();
        sides.forEach((k, v) -> {
            if (!k.equals(base)) {
                others.add(v);
            }
        });
        if (others.isEmpty()) {
            System.err.println("commsafe: error: nothing to compare with the baseline '" + base + "'");
            return Main.BAD_INPUT;
        }
        List<CostEffect.Row> rows;
        try {
            rows = CostEffect.of(model, sides.get(base), others);
        } catch (IllegalArgumentException e) {
            System.err.println("commsafe: error: " + costsFile + ": " + e.getMessage());
            return Main.BAD_INPUT;
        }
        List<CostEffect.Step> frontier = CostEffect.frontier(base, rows);
        String commandLine = "commsafe costs " + dirs + " --costs " + costsFile + " --out " + out;
        try (OutputLock lock = OutputDirectory.open(out, overwrite, "--overwrite", commandLine, System.err)) {
            if (overwrite) {
                OutputDirectory.refuseOther(out, "a run's or sweep's output", "manifest.json", "summary.csv", "runs.csv", "parts");
                OutputDirectory.removeOwn(out, OWN);
            }
            Files.createDirectories(out.resolve("charts"));
            AtomicFiles.writeString(out.resolve("costs.csv"), CostEffect.csv(rows));
            String md = "# Costs, harm and cost-effectiveness\n\nInputs: " + dirs + "\n\n"
                + CostEffect.markdown(model, base, sides.get(base), rows, frontier)
                + "Charts: ![cost-effectiveness plane](charts/ce_plane.png) ![incremental ranking](charts/ce_ranking.png)\n";
            AtomicFiles.writeString(out.resolve("report.md"), md);
            charts(rows, frontier, model, labels);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        System.out.print(CostEffect.markdown(model, base, sides.get(base), rows, frontier));
        System.out.println("output: " + out + " (costs.csv, report.md, charts)");
        return Main.OK;
    }

    private void charts(List<CostEffect.Row> rows, List<CostEffect.Step> frontier, CostModel model, Labels l) throws IOException {
        ChartExport.Format f = ChartExport.Format.of("screen", dpi, 0);
        List<CostCharts.Point> pts = new ArrayList<>();
        for (CostEffect.Row r : rows) {
            pts.add(new CostCharts.Point(r.name(), r.harm().mean(), r.harm().low(), r.harm().high(), r.cost().mean(), r.cost().low(),
                r.cost().high()));
        }
        List<double[]> fr = new ArrayList<>();
        for (CostEffect.Step s : frontier) {
            fr.add(new double[] {s.effect(), s.cost()});
        }
        ChartExport.all(CostCharts.plane(pts, fr, model.harmUnit(l.language), l), out.resolve("charts").resolve("ce_plane"), f, l);
        List<CostEffect.Row> ranked = new ArrayList<>();
        for (CostEffect.Row r : rows) {
            if (r.harm().mean() > 0 && r.cost().mean() > 0) {
                ranked.add(r);
            }
        }
        ranked.sort((a, b) -> Double.compare(a.perHarm().estimate(), b.perHarm().estimate()));
        List<String> names = new ArrayList<>();
        double[] ratio = new double[ranked.size()];
        double[][] iv = new double[ranked.size()][];
        boolean[] bounded = new boolean[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            CostEffect.Row r = ranked.get(i);
            names.add(r.name());
            ratio[i] = r.perHarm().estimate();
            iv[i] = new double[] {r.perHarm().low(), r.perHarm().high()};
            bounded[i] = r.perHarm().bounded();
        }
        ChartExport.all(CostCharts.ranking(names, ratio, iv, bounded, model.harmUnit(l.language), l), out.resolve("charts").resolve("ce_ranking"),
            f, l);
    }

    /** The costs file, or null after printing file:line: key: message. */
    static CostModel load(Path file) {
        try {
            return CostModel.load(file);
        } catch (ScenarioException e) {
            System.err.println("commsafe: error: " + e.describe());
            return null;
        }
    }
}
