package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.commsafe.cli.SensitivityCommand;
import org.commsafe.model.ParameterSpace;
import org.junit.jupiter.api.Test;

/** Every parameter has a source of an accepted form, and every non-structural one is screened. */
class ParameterSourcesTest {
    /** The accepted forms of a {@code @Param source}. */
    static final List<Pattern> FORMS = List.of(
        // the seed: "seed 4", "seed 4 ('quote')", "seed 'also' (...)"
        Pattern.compile("seed (\\d+|'also')( .+)?"),
        // a cited study with the figure used: "Weisburd 2015 (about half ...)" or "Author & Author 2009: figure";
        // a surname may begin with a lowercase particle ("van Ours & Vollaard 2016: ...")
        Pattern.compile("((van|de|von|der) )*\\p{Lu}[\\p{L}'-]+(( (&|and) ((van|de|von|der) )*\\p{Lu}[\\p{L}'-]+)| et al\\.)? \\d{4}[a-z]?(: .+| \\(.+\\))"),
        Pattern.compile("lever \\(.+\\)"),
        Pattern.compile("calibrated \\(.+\\).*"),
        Pattern.compile("assumption( \\(.+\\))?"));

    static boolean accepted(String source) {
        return FORMS.stream().anyMatch(p -> p.matcher(source).matches());
    }

    @Test
    void everySourceHasAnAcceptedForm() {
        List<String> bad = new ArrayList<>();
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            if (!accepted(s.meta().source())) {
                bad.add(s.key() + ": '" + s.meta().source() + "'");
            }
        }
        assertEquals(List.of(), bad, "sources must be the seed, a cited study (author, year, figure), lever (...), "
            + "calibrated (...) or assumption (...)");
    }

    @Test
    void theFormsRejectVagueSources() {
        assertTrue(accepted("seed 1"));
        assertTrue(accepted("Weisburd 2015 (about half of crime at about 5% of places)"));
        assertTrue(accepted("Welsh & Farrington 2009: CCTV cut crime by 16%"));
        assertTrue(accepted("assumption"));
        assertTrue(accepted("assumption (urban dual-earner households)"));
        assertFalse(accepted("journey-to-crime literature (Rossmo 2000)"));
        assertFalse(accepted("Rossmo 2000"), "a study without the figure used");
        assertFalse(accepted("literature"));
        assertFalse(accepted("DESIGN.md 1 (4 x 4 grid)"));
    }

    @Test
    void everyNonStructuralParameterIsInTheGlobalScreen() {
        Set<String> screened = new HashSet<>();
        SensitivityCommand.factors(true).forEach(s -> screened.add(s.key()));
        for (String k : SensitivityCommand.STRUCTURAL.keySet()) {
            assertNotNull(ParameterSpace.spec(k), "structural entry names no parameter: " + k);
            assertFalse(screened.contains(k), k);
        }
        List<String> left = new ArrayList<>();
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            if (!screened.contains(s.key()) && !SensitivityCommand.STRUCTURAL.containsKey(s.key())) {
                left.add(s.key());
            }
        }
        assertEquals(List.of(), left, "parameters neither screened nor listed as structural (with the reason)");
    }

    @Test
    void everyScreenedFactorHasARange() {
        var base = ParameterSpace.toMap(ParameterSpace.defaults());
        for (ParameterSpace.Spec s : SensitivityCommand.factors(true)) {
            double[] r = SensitivityCommand.range(s, ((Number) base.get(s.key())).doubleValue());
            assertTrue(r[0] < r[1], s.key() + " has no range");
            if (s.type() == int.class) {
                assertNotEquals(Math.round(r[0]), Math.round(r[1]), s.key() + " rounds to one value");
            }
        }
    }
}
