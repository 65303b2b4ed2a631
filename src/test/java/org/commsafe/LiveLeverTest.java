package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.metrics.Metric;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.junit.jupiter.api.Test;

/** A lever changed while the model runs (the GUI's live levers) reaches every process at once. */
class LiveLeverTest {
    @Test
    void aLiveLeverReachesTheProcesses() {
        Parameters p = TestCities.small(Map.of());
        CommSafeModel m = new CommSafeModel(11, p, 0, 200);
        double[] crimes = new double[2];
        int crimeCol = Metric.CRIMES_COMMITTED.ordinal();
        m.observer = (day, rows) -> crimes[day <= 100 ? 0 : 1] += rows[rows.length - 1][crimeCol];
        m.start();
        for (int h = 0; h < 100 * 24; h++) {
            m.hourStep();
        }
        m.setParameters(ParameterSpace.with(p, Map.of("attempts_per_offender_per_day", 0.0,
            "fraud_attempts_phone", 0.0, "fraud_attempts_online", 0.0)));
        while (m.clock.step < m.totalSteps()) {
            m.hourStep();
        }
        assertTrue(crimes[0] > 20, "crimes before the change: " + crimes[0]);
        assertEquals(0, crimes[1], "no attempts once the attempt rates (local and remote) are 0");
    }
}
