package org.commsafe.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import org.junit.jupiter.api.Test;

/** Every output has a label in both languages, and the scenario library has Chinese names. */
class LabelsTest {
    @Test
    void everyOutputColumnHasAnEnglishAndAChineseLabel() {
        for (String lang : List.of("en", "zh")) {
            Labels l = Labels.forText(lang);
            List<String> missing = new ArrayList<>();
            for (Metric m : Metric.values()) {
                if (l.metric(m.column()).equals(m.column())) {
                    missing.add(m.column());
                }
            }
            for (SummaryMetric m : SummaryMetric.values()) {
                if (l.metric(m.column()).equals(m.column())) {
                    missing.add(m.column());
                }
            }
            assertEquals(List.of(), missing, lang + ": columns without a metric.<column> label");
        }
    }

    @Test
    void everyLibraryScenarioHasAChineseNameAndEnglishKeepsTheFileName() throws Exception {
        Labels zh = Labels.forText("zh");
        Labels en = Labels.forText("en");
        List<String> missing = new ArrayList<>();
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".yaml")).sorted()::iterator) {
                String name = f.getFileName().toString().replaceFirst("\\.yaml$", "");
                assertEquals(name, en.scenario(name));
                if (zh.scenario(name).equals(name)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, "scenarios without scenario.<name> in messages_zh.properties");
        assertNotEquals("baseline", zh.scenario("baseline"));
        assertEquals("my-own", zh.scenario("my-own"), "a scenario outside the table keeps its name");
        assertTrue(zh.scenario("standard-ratio").contains("1000"));
    }
}
