package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.commsafe.experiment.OutputWriter;
import org.commsafe.experiment.RunResult;
import org.junit.jupiter.api.Test;

/**
 * Guards optimisations that are meant to change nothing: the outputs of a fixed small run must
 * keep their exact bytes. A deliberate change to the model's behaviour changes the hash; then
 * update EXPECTED (the failure message prints the new one) in the same commit and say why.
 */
class GoldenOutputTest {
    static final String EXPECTED = "a303539cc7b0b86e5f034b72fbf16c67f303f4369eae9b1988e6a0d7a42e15f2";

    @Test
    void fixedRunKeepsItsBytes() throws Exception {
        List<RunResult> rs = TestCities.run(TestCities.small(Map.of("households_per_community", 900,
            "households_per_officer", 900, "camera_layout", "HOTSPOT")), 2, 20, 40);
        StringWriter w = new StringWriter();
        w.write(OutputWriter.dailyHeader());
        for (RunResult r : rs) {
            OutputWriter.dailyRows(r, w);
        }
        w.write(OutputWriter.summaryHeader());
        for (RunResult r : rs) {
            w.write(OutputWriter.summaryRow(r));
        }
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(w.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(EXPECTED, HexFormat.of().formatHex(digest),
            "the outputs of the golden run changed; if the model change is deliberate, update EXPECTED");
    }
}
