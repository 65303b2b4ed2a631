package org.commsafe.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.random.Stream;
import org.junit.jupiter.api.Test;

/**
 * The cadres' form share is an outcome of a backlog fed by routine, inspection and ledger forms,
 * not the ratio tasks x forms x hours / capacity: inspection peaks carry over into the next
 * month, and levers that are not about forms (safety funding, the registration need) move it.
 */
class CadreFormsTest {
    /** Drives one team over {@code days} days as the model does; returns [form share, registrations, written off, mean inspection-week forms, mean other weekday forms]. */
    static double[] run(Parameters p, double unregistered, int days) {
        CadreTeam t = new CadreTeam(0);
        t.unregisteredHouseholds = unregistered;
        Stream s = new Stream(11, "cadre.day");
        double forms = 0, all = 0, regs = 0, off = 0, peak = 0, peakDays = 0, rest = 0, restDays = 0;
        for (int day = 0; day < days; day++) {
            boolean weekday = day % 7 < 5;
            int dom = day % 30;
            t.day(p, s.at(0, day), weekday, dom, (day / 30) % 3 == 2, 3.0);
            if (day % 30 == 29) {
                off += t.inspection(p);
                t.registrationsThisMonth = 0;
            }
            if (day < 120) {
                continue; // the backlog settles
            }
            forms += t.formsToday;
            all += t.formsToday + t.fundedToday + t.safetyToday;
            regs += t.registrationsToday;
            if (weekday && dom >= CadreTeam.INSPECTION_WEEK_START) {
                peak += t.formsToday;
                peakDays++;
            } else if (weekday && dom >= 12) {
                rest += t.formsToday;
                restDays++;
            }
        }
        return new double[] {forms / all, regs, off, peak / peakDays, rest / restDays};
    }

    static Parameters with(Object... kv) {
        Parameters p = ParameterSpace.defaults();
        for (int i = 0; i < kv.length; i += 2) {
            p = ParameterSpace.with(p, Map.of((String) kv[i], kv[i + 1]));
        }
        return p;
    }

    @Test
    void inspectionPeaksFillWholeDaysAndCarryOverIntoTheNextMonth() {
        Parameters p = ParameterSpace.defaults();
        double[] r = run(p, Double.POSITIVE_INFINITY, 720);
        double hours = CadreTeam.hours(p);
        assertTrue(r[3] > 0.95 * hours, "the weekdays of the inspection week go (almost always wholly) to forms: " + r[3]);
        assertTrue(r[4] < 0.6 * hours, "mid-month weekdays have time left: " + r[4]);
        // the quarter's inspection leaves a backlog that eats the first weekdays of the next month
        CadreTeam t = new CadreTeam(0);
        Stream s = new Stream(11, "cadre.day");
        for (int day = 0; day < 90; day++) {
            t.day(p, s.at(0, day), day % 7 < 5, day % 30, (day / 30) % 3 == 2, 3.0);
        }
        assertTrue(t.formBacklog > 2 * hours, "the quarter-end backlog carries over: " + t.formBacklog);
        t.day(p, s.at(0, 91), true, 1, false, 3.0);
        assertEquals(hours, t.formsToday, 1e-9, "the next month starts on last month's forms, not its own routine ones");
        // without inspection peaks the same mean load leaves every weekday some time
        double[] flat = run(with("inspection_form_share", 0.0), Double.POSITIVE_INFINITY, 720);
        assertTrue(flat[3] < hours, "no peak without inspection forms");
    }

    @Test
    void formShareMovesWithLeversThatAreNotAboutForms() {
        double base = run(ParameterSpace.defaults(), Double.POSITIVE_INFINITY, 720)[0];
        double funded = run(with("safety_funding", 2.0), Double.POSITIVE_INFINITY, 720)[0];
        assertTrue(funded > base + 0.005, "funded safety work documents itself (ledger forms): " + base + " -> " + funded);
        double nobodyToRegister = run(ParameterSpace.defaults(), 0, 720)[0];
        assertTrue(nobodyToRegister < base, "no one left to register: fewer records, fewer ledger forms");
        // the path: without ledger forms safety funding leaves the form share where it was
        double b0 = run(with("forms_per_safety_record", 0.0), Double.POSITIVE_INFINITY, 720)[0];
        double f0 = run(with("forms_per_safety_record", 0.0, "safety_funding", 2.0), Double.POSITIVE_INFINITY, 720)[0];
        assertEquals(b0, f0, 1e-12);
    }

    @Test
    void appraisalPressureRaisesTheShareUntilTheBacklogIsWrittenOff() {
        double[] base = run(ParameterSpace.defaults(), Double.POSITIVE_INFINITY, 720);
        double[] more = run(with("community_appraisal_pressure", 1.5), Double.POSITIVE_INFINITY, 720);
        double[] crushing = run(with("community_appraisal_pressure", 4.0), Double.POSITIVE_INFINITY, 720);
        assertEquals(0, base[2], 0.0, "this city's teams keep up over a quarter");
        assertTrue(more[0] > base[0]);
        assertTrue(crushing[0] > 0.99 && crushing[0] <= 1, "forms take every hour: " + crushing[0]);
        assertTrue(crushing[2] > 0, "forms owed beyond what the team can carry are written off");
        assertEquals(0, crushing[1], 1e-9, "no safety hours left, nobody registered");
    }

    @Test
    void trainingCutsFormHoursAndRaisesSafetyOutput() {
        double[] base = run(ParameterSpace.defaults(), Double.POSITIVE_INFINITY, 720);
        double[] trained = run(with("cadre_training", 1.0), Double.POSITIVE_INFINITY, 720);
        assertTrue(trained[0] < base[0] - 0.1, base[0] + " -> " + trained[0]);
        assertTrue(trained[1] > 1.5 * base[1], "more safety hours, each registering more");
        double[] noGain = run(with("cadre_training", 1.0, "training_form_saving", 0.0, "training_safety_gain", 0.0),
            Double.POSITIVE_INFINITY, 720);
        assertEquals(base[0], noGain[0], 1e-12, "training with no effect sizes changes nothing");
    }
}
