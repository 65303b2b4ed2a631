package org.commsafe;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commsafe.experiment.Replication;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;

/** Small cities for fast mechanism tests, run on common random numbers. */
public final class TestCities {
    private TestCities() {
    }

    /** 2 x 2 communities of 1,500 households: the baseline's mechanisms at a quarter of its size. */
    public static Parameters small(Map<String, Object> changes) {
        Parameters p = ParameterSpace.with(ParameterSpace.defaults(),
            Map.of("grid_width", 2, "grid_height", 2, "households_per_community", 1500, "households_per_officer", 1500,
                "public_cameras", 8));
        return ParameterSpace.with(p, changes);
    }

    public static List<RunResult> run(Parameters p, int reps, int burnIn, int days) {
        List<RunResult> out = new ArrayList<>();
        for (int r = 0; r < reps; r++) {
            out.add(Replication.run(p, r, Seeds.replicationSeed(7, r), burnIn, days));
        }
        return out;
    }

    public static double mean(List<RunResult> rs, SummaryMetric m) {
        double t = 0;
        for (RunResult r : rs) {
            t += m.compute(r);
        }
        return t / rs.size();
    }
}
