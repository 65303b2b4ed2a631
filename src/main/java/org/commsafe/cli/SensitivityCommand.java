package org.commsafe.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commsafe.analysis.Morris;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Morris screening of every free parameter (those marked free in the ODD), each varied over
 * [0.5, 1.5] x its default within its valid range (an intercept: default +/- 1).
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Morris elementary-effects screen of the free parameters; prints mu* and sigma per output (Markdown).")
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--trajectories", paramLabel = "R", description = "Morris trajectories (default: 6)")
    int trajectories = 6;

    @Option(names = "--levels", paramLabel = "P", description = "Grid levels (default: 4)")
    int levels = 4;

    @Option(names = "--outputs", split = ",", paramLabel = "METRIC", description = "Outputs (default: the calibration targets, victimisation and clearance)")
    List<String> outputs = List.of("share_unseen_10d", "awareness_related_share_reported", "reporting_rate", "cadre_forms_share",
        "victimisation_per_1000", "clearance_rate_cohort");

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this Markdown file")
    Path out;

    @Option(names = "--threads", paramLabel = "T", description = "Worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        List<SummaryMetric> ms = new ArrayList<>();
        for (String o : outputs) {
            SummaryMetric m = SummaryMetric.byColumn(o);
            if (m == null) {
                System.err.println("commsafe: error: --outputs: unknown outcome '" + o + "'");
                return Main.BAD_INPUT;
            }
            ms.add(m);
        }
        List<ParameterSpace.Spec> factors = new ArrayList<>();
        for (ParameterSpace.Spec sp : ParameterSpace.specs()) {
            if (sp.meta().free() && sp.type() == double.class) {
                factors.add(sp);
            }
        }
        int k = factors.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        Map<String, Object> base = ParameterSpace.toMap(s.parameters());
        for (int i = 0; i < k; i++) {
            ParameterSpace.Spec sp = factors.get(i);
            double d = ((Number) base.get(sp.key())).doubleValue();
            double a = d < 0 ? d - 1 : d * 0.5;
            double b = d < 0 ? d + 1 : d * 1.5;
            lo[i] = Math.max(sp.meta().min(), a);
            hi[i] = Math.min(sp.meta().max(), b);
        }
        double[][][] design = Morris.design(k, trajectories, levels, s.seed());
        double[][][] y = new double[ms.size()][trajectories][k + 1];
        int th = threads == null ? Batch.defaultThreads() : threads;
        int done = 0;
        for (int t = 0; t < trajectories; t++) {
            for (int p = 0; p <= k; p++) {
                Map<String, Object> change = new LinkedHashMap<>();
                for (int i = 0; i < k; i++) {
                    change.put(factors.get(i).key(), lo[i] + design[t][p][i] * (hi[i] - lo[i]));
                }
                List<RunResult> rs = Batch.run(s.withParameters(ParameterSpace.with(s.parameters(), change)), th, null);
                for (int m = 0; m < ms.size(); m++) {
                    double sum = 0;
                    for (RunResult r : rs) {
                        sum += ms.get(m).compute(r);
                    }
                    y[m][t][p] = sum / rs.size();
                }
                System.err.printf("\rpoint %d/%d", ++done, trajectories * (k + 1));
            }
        }
        System.err.println();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Morris screen of %s: %d free parameters, %d trajectories, %d levels, %d replications per point.%n",
            s.name(), k, trajectories, levels, s.replications()));
        md.append("Effects are per full range of the factor (range: 0.5-1.5 x default; intercepts +/- 1). Cells: mu* (sigma).\n\n");
        md.append("| parameter | range |");
        for (SummaryMetric m : ms) {
            md.append(' ').append(m.column()).append(" |");
        }
        md.append("\n| --- | --- |");
        for (int m = 0; m < ms.size(); m++) {
            md.append(" --- |");
        }
        md.append('\n');
        Morris.Indices[] idx = new Morris.Indices[ms.size()];
        for (int m = 0; m < ms.size(); m++) {
            idx[m] = Morris.indices(design, y[m]);
        }
        for (int i = 0; i < k; i++) {
            md.append("| `").append(factors.get(i).key()).append("` | ").append(Csv.num(round(lo[i]))).append(" - ")
                .append(Csv.num(round(hi[i]))).append(" |");
            for (int m = 0; m < ms.size(); m++) {
                md.append(String.format(Locale.ROOT, " %.3f (%.3f) |", idx[m].muStar()[i], idx[m].sigma()[i]));
            }
            md.append('\n');
        }
        System.out.print(md);
        if (out != null) {
            AtomicFiles.writeString(out, md.toString());
        }
        return Main.OK;
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
