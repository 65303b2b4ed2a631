package org.commsafe.costs;

import java.nio.file.Files;
import java.nio.file.Path;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;

/**
 * The yearly cost of the GUI's current lever settings by the default costs file
 * (scenarios/costs/city.yaml, under COMMSAFE_HOME or the working directory); NaN when it is
 * missing or invalid. Outcome-dependent items use today's technical-defence share.
 */
public final class LiveCost {
    private final CostModel model;

    public LiveCost() {
        CostModel m = null;
        String home = System.getenv("COMMSAFE_HOME");
        Path p = Path.of(home == null ? "." : home, "scenarios", "costs", "city.yaml");
        if (Files.isRegularFile(p)) {
            try {
                m = CostModel.load(p);
            } catch (org.commsafe.scenario.ScenarioException e) {
                m = null;
            }
        }
        model = m;
    }

    public double yearly(Parameters p, double techShare) {
        if (model == null) {
            return Double.NaN;
        }
        double[] s = new double[SummaryMetric.values().length];
        s[SummaryMetric.TECH_ADOPTION_SHARE.ordinal()] = Double.isNaN(techShare) ? 0 : techShare;
        try {
            return model.yearly(CostModel.variables(ParameterSpace.toMap(p), s));
        } catch (IllegalArgumentException e) {
            return Double.NaN;
        }
    }
}
