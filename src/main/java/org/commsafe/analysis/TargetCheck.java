package org.commsafe.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.ScenarioRun;
import org.commsafe.scenario.Targets;

/** How a set of replications meets calibration targets: pass when the mean is in the range. */
public final class TargetCheck {
    private TargetCheck() {
    }

    public record Row(Targets.Target target, Stats stats) {
        public boolean pass() {
            return target.contains(stats.mean());
        }

        /** True when the whole 95% interval lies in the target range (a stricter reading). */
        public boolean intervalInside() {
            return target.contains(stats.low()) && target.contains(stats.high());
        }
    }

    public static List<Row> rows(Targets t, List<RunResult> results) {
        List<Row> out = new ArrayList<>();
        for (Targets.Target target : t.targets()) {
            out.add(new Row(target, ScenarioRun.stats(results, target.metric())));
        }
        return out;
    }

    public static boolean allPass(List<Row> rows) {
        return rows.stream().allMatch(Row::pass);
    }

    /** Sum of squared distances from the range midpoints, in half-widths (the calibration loss). */
    public static double loss(List<Row> rows) {
        double l = 0;
        for (Row r : rows) {
            double z = (r.stats().mean() - r.target().mid()) / r.target().halfWidth();
            l += Double.isNaN(z) ? 100 : z * z;
        }
        return l;
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| target | range | mean | 95% interval | result | source |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "| `%s` | %.3f-%.3f | %.3f | [%.3f, %.3f] | %s | %s |%n",
                r.target().metric().column(), r.target().min(), r.target().max(), r.stats().mean(),
                r.stats().low(), r.stats().high(), r.pass() ? (r.intervalInside() ? "pass" : "pass (interval overlaps edge)") : "MISS",
                r.target().source()));
        }
        return sb.toString();
    }
}
