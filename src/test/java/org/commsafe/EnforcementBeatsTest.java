package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.agents.Officer;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/**
 * Enforcement over serpentine beats: a beat's communities need not be an index range ({8, 12},
 * {0, 1, 4}), which once crashed the model at 1:4,500 and stopped offenders living between a
 * beat's communities.
 */
class EnforcementBeatsTest {
    @Test
    void everyOfficerRatioRunsWithEnforcement() {
        for (int ratio = 1000; ratio <= 12000; ratio += 500) {
            Parameters p = ParameterSpace.with(Parameters.defaults(), Map.of("households_per_officer", ratio,
                "quota_pressure", 1.0, "offender_stop_probability", 0.05));
            CommSafeModel m = new CommSafeModel(7, p, 0, 4);
            m.start();
            m.runAll();
            boolean nonRange = false;
            for (Officer o : m.officers) {
                int[] cs = o.communities;
                nonRange |= cs[cs.length - 1] - cs[0] + 1 != cs.length;
            }
            if (ratio == 4500) {
                assertTrue(nonRange, "1:4,500 has a beat whose communities are not an index range");
            }
        }
    }
}
