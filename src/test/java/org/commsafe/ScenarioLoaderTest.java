package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.commsafe.model.CameraLayout;
import org.commsafe.model.ParameterSpace;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioLoaderTest {
    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text);
        return f;
    }

    private ScenarioException error(String text) throws IOException {
        Path f = file("bad.yaml", text);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void shippedScenariosLoad() throws Exception {
        Scenario base = ScenarioLoader.load(Path.of("scenarios/baseline.yaml"));
        assertEquals(3000, base.parameters().householdsPerOfficer());
        assertEquals(1000, ScenarioLoader.load(Path.of("scenarios/standard-ratio.yaml")).parameters().householdsPerOfficer());
        assertEquals(6000, ScenarioLoader.load(Path.of("scenarios/strained.yaml")).parameters().householdsPerOfficer());
        try (var files = Files.list(Path.of("scenarios"))) {
            for (Path p : (Iterable<Path>) files.filter(x -> x.toString().endsWith(".yaml"))::iterator) {
                ScenarioLoader.load(p); // every library file is valid
            }
        }
    }

    @Test
    void extendsInheritsAndOverrides() throws Exception {
        file("parent.yaml", "name: parent\nreplications: 3\nparameters:\n  quota_pressure: 0.9\n  households_per_officer: 2000\n");
        Path child = file("child.yaml", "extends: parent.yaml\nparameters:\n  households_per_officer: 4000\n");
        Scenario s = ScenarioLoader.load(child);
        assertEquals("child", s.name());
        assertEquals(3, s.replications());
        assertEquals(0.9, s.parameters().quotaPressure());
        assertEquals(4000, s.parameters().householdsPerOfficer());
    }

    @Test
    void unknownParameterNamesLineAndSuggests() throws Exception {
        ScenarioException e = error("name: x\nparameters:\n  households_per_oficer: 1000\n");
        assertEquals(3, e.line());
        assertEquals("households_per_oficer", e.key());
        assertTrue(e.describe().contains("did you mean 'households_per_officer'"), e.describe());
        assertTrue(e.describe().startsWith(dir.resolve("bad.yaml").toString() + ":3:"), e.describe());
    }

    @Test
    void unknownTopLevelKeySuggests() throws Exception {
        ScenarioException e = error("name: x\nreplicatons: 4\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("did you mean 'replications'"), e.getMessage());
    }

    @Test
    void parameterAtTopLevelIsExplained() throws Exception {
        ScenarioException e = error("households_per_officer: 1000\n");
        assertTrue(e.getMessage().contains("under 'parameters:'"), e.getMessage());
    }

    @Test
    void wrongTypeAndRange() throws Exception {
        ScenarioException type = error("parameters:\n  quota_pressure: high\n");
        assertEquals(2, type.line());
        assertTrue(type.getMessage().contains("expected a number"), type.getMessage());
        ScenarioException range = error("parameters:\n  quota_pressure: 1.5\n");
        assertTrue(range.getMessage().contains("out of range [0, 1]"), range.getMessage());
        ScenarioException whole = error("parameters:\n  registers_per_case: 2.5\n");
        assertTrue(whole.getMessage().contains("whole number"), whole.getMessage());
        ScenarioException layout = error("parameters:\n  camera_layout: everywhere\n");
        assertTrue(layout.getMessage().contains("HOTSPOT"), layout.getMessage());
        ScenarioException list = error("parameters:\n  quota_pressure: [1, 2]\n");
        assertTrue(list.getMessage().contains("single value"), list.getMessage());
        ScenarioException cross = error("parameters:\n  patrol_share: 0.9\n  publicity_share: 0.2\n");
        assertTrue(cross.getMessage().contains("must not exceed 1"), cross.getMessage());
    }

    @Test
    void hotspotNeedsAHistoryOfRecordedCrime() throws Exception {
        ScenarioException shortBurnIn = error("name: x\nburn_in_days: 0\nparameters:\n  camera_layout: HOTSPOT\n");
        assertEquals("burn_in_days", shortBurnIn.key());
        assertTrue(shortBurnIn.file().toString().endsWith("bad.yaml"), shortBurnIn.describe());
        assertTrue(shortBurnIn.getMessage().contains("HOTSPOT") && shortBurnIn.getMessage().contains(">= 180"), shortBurnIn.getMessage());
        assertTrue(shortBurnIn.describe().contains("bad.yaml") && shortBurnIn.describe().contains("burn_in_days"), shortBurnIn.describe());
        // a child that lengthens its parent's burn-in is fine; one that shortens it is refused
        Path parent = file("parent.yaml", "name: p\nburn_in_days: 30\nparameters:\n  camera_layout: HOTSPOT\n");
        Path child = file("child.yaml", "extends: parent.yaml\nburn_in_days: 200\n");
        assertEquals(200, ScenarioLoader.load(child).burnInDays());
        assertThrows(ScenarioException.class, () -> ScenarioLoader.load(parent));
        assertTrue(error("name: x\nburn_in_days: 179\nparameters:\n  camera_layout: hotspot\n").getMessage().contains("got 179"));
        assertEquals(org.commsafe.model.CameraLayout.HOTSPOT,
            ScenarioLoader.load(file("ok.yaml", "name: ok\nburn_in_days: 180\nparameters:\n  camera_layout: HOTSPOT\n")).parameters().cameraLayout());
        // other layouts need no history
        ScenarioLoader.load(file("random.yaml", "name: r\nburn_in_days: 0\nparameters:\n  camera_layout: RANDOM\n"));
        // an experiment whose design points include HOTSPOT on a short burn-in
        Path exp = file("exp.yaml", "name: e\nburn_in_days: 30\ndesign:\n  type: factorial\n  factors:\n"
            + "    camera_layout: [RANDOM, HOTSPOT]\n");
        ScenarioException e = assertThrows(ScenarioException.class, () -> org.commsafe.experiment.ExperimentLoader.load(exp));
        assertEquals("burn_in_days", e.key());
        assertTrue(e.describe().contains("exp.yaml") && e.getMessage().contains("HOTSPOT"), e.describe());
    }

    @Test
    void seedMustBeBelowTwoToThe49() throws Exception {
        ScenarioException negative = error("name: x\nseed: -1\n");
        assertEquals(2, negative.line());
        assertEquals("seed", negative.key());
        assertTrue(negative.describe().startsWith(dir.resolve("bad.yaml") + ":2: key 'seed': value -1 is out of range [0, 562949953421311]"),
            negative.describe());
        ScenarioException big = error("name: x\nreplications: 2\nseed: 562949953421312\n");
        assertEquals(3, big.line());
        assertTrue(big.getMessage().contains("out of range"), big.getMessage());
        assertEquals(562949953421311L, ScenarioLoader.load(file("ok.yaml", "seed: 562949953421311\n")).seed());
        assertEquals(0L, ScenarioLoader.load(file("zero.yaml", "seed: 0\n")).seed());
    }

    @Test
    void malformedYamlGivesLine() throws Exception {
        ScenarioException e = error("name: x\nparameters:\n  quota_pressure: 0.5\n   bad: [\n");
        assertTrue(e.line() >= 3, "line " + e.line());
        assertTrue(e.getMessage().startsWith("malformed YAML"), e.getMessage());
    }

    @Test
    void missingFileAndCircularExtends() throws Exception {
        ScenarioException missing = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("nope.yaml")));
        assertTrue(missing.getMessage().contains("not found"));
        file("a.yaml", "extends: b.yaml\n");
        file("b.yaml", "extends: a.yaml\n");
        ScenarioException loop = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("a.yaml")));
        assertTrue(loop.getMessage().contains("circular"), loop.getMessage());
        ScenarioException dup = error("name: x\nname: y\n");
        assertTrue(dup.getMessage().contains("duplicate"), dup.getMessage());
    }

    @Test
    void yamlTagsNeverConstructObjects() throws Exception {
        // SnakeYAML 2 refuses global (class) tags while composing; nothing is ever constructed
        ScenarioException e = error("parameters:\n  quota_pressure: !!java.net.URL [\"http://example.invalid\"]\n");
        assertTrue(e.getMessage().contains("Global tag is not allowed"), e.getMessage());
        assertEquals(2, e.line());
        ScenarioException e2 = error("name: !!javax.script.ScriptEngineManager x\n");
        assertTrue(e2.getMessage().contains("Global tag is not allowed"), e2.getMessage());
    }

    @Test
    void resolvedScenarioRoundTrips() throws Exception {
        Scenario s = ScenarioLoader.load(Path.of("scenarios/strained.yaml"));
        Path copy = file("resolved.yaml", ScenarioWriter.toYaml(s));
        Scenario again = ScenarioLoader.load(copy);
        assertEquals(s.parameters(), again.parameters());
        assertEquals(s.seed(), again.seed());
        assertEquals(CameraLayout.RANDOM, again.parameters().cameraLayout());
    }

    @Test
    void everyParameterIsDocumented() {
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            assertTrue(!s.meta().doc().isBlank() && !s.meta().source().isBlank() && !s.meta().unit().isBlank(), s.key());
            Object v = ParameterSpace.parse(s, s.meta().def());
            assertEquals(v, ParameterSpace.parse(s, ScenarioWriter.value(v)), "resolved value round-trips: " + s.key());
        }
    }
}
