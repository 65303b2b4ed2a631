package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.commsafe.agents.Offender;
import org.commsafe.experiment.Replication;
import org.commsafe.experiment.RunResult;
import org.commsafe.metrics.Metric;
import org.commsafe.model.Beats;
import org.commsafe.model.City;
import org.commsafe.model.CommSafeModel;
import org.commsafe.model.District;
import org.commsafe.model.Households;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.ScenarioWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planner's own district: per-community settings from scenario files, validated, honoured by the city. */
class DistrictTest {
    @TempDir
    Path dir;

    private static final Path EXAMPLE = Path.of("scenarios/example-district.yaml");

    private static District.Community community(String name, Map<District.Column, Double> set) {
        double[] v = new double[District.Column.values().length];
        Arrays.fill(v, Double.NaN);
        set.forEach((c, x) -> v[c.ordinal()] = x);
        return new District.Community(name, v);
    }

    @Test
    void exampleDistrictLoadsWithItsOwnCommunities() throws Exception {
        Scenario s = ScenarioLoader.load(EXAMPLE);
        Parameters p = s.parameters();
        assertEquals(6, p.communities());
        assertEquals(5, p.district().size());
        City city = new City(p);
        assertEquals("jinxiu-garden", city.communityName(0));
        assertEquals("urban-village", city.communityName(2));
        assertEquals("c05", city.communityName(5), "a community beyond the list keeps its default name");
        assertEquals(5200, city.households(2));
        assertEquals(p.householdsPerCommunity(), city.households(5), "beyond the list: the global value");
        assertEquals(p.households(), city.households);
        assertFalse(city.uniform);
        // every household belongs to the community whose range holds it
        for (int c = 0; c < city.communities; c++) {
            for (int i = city.firstHousehold(c); i < city.firstHousehold(c) + city.households(c); i++) {
                assertEquals(c, city.communityOfHousehold(i));
            }
        }
        // buildings fit in their community's block, no cell twice
        boolean[] used = new boolean[city.cellsWide * city.cellsHigh];
        for (int b = 0; b < city.buildings; b++) {
            int c = city.buildingCommunity[b];
            assertEquals(c % city.gridWidth, city.buildingX[b] / city.blockSide);
            assertEquals(c / city.gridWidth, city.buildingY[b] / city.blockSide);
            int cell = city.buildingX[b] * city.cellsHigh + city.buildingY[b];
            assertFalse(used[cell]);
            used[cell] = true;
            assertEquals(b, city.cellBuilding[cell]);
        }
    }

    @Test
    void communitiesKeepTheirOwnTenureAndPopulation() throws Exception {
        Parameters p = ScenarioLoader.load(EXAMPLE).parameters();
        CommSafeModel m = new CommSafeModel(11, p, 1, 1);
        m.start();
        City city = m.city;
        double[] rental = new double[city.communities];
        double[] floating = new double[city.communities];
        for (int i = 0; i < city.households; i++) {
            int c = city.communityOfHousehold(i);
            rental[c] += m.households.has(i, Households.RENTAL) ? 1 : 0;
            floating[c] += m.households.has(i, Households.FLOATING) ? 1 : 0;
        }
        for (int c = 0; c < city.communities; c++) {
            double n = city.households(c);
            assertEquals(city.rentalShare[c], rental[c] / n, 0.03, city.communityName(c));
            assertEquals(city.floatingShare[c], floating[c] / n, 0.03, city.communityName(c));
        }
        assertEquals(0.85, city.rentalShare[2]);
        assertEquals(p.rentalShare(), city.rentalShare[5], "beyond the list: the global share");
        // the urban village (most floating households) houses more floating offenders than the work unit
        int[] floatingHomes = new int[city.communities];
        for (Offender o : m.offenders) {
            if (o.present && o.floating) {
                floatingHomes[o.home]++;
            }
        }
        assertTrue(floatingHomes[2] > floatingHomes[3], Arrays.toString(floatingHomes));
        // the community's own cameras stand in the community
        int[] cams = new int[city.communities];
        for (int b : m.cameraBuildings()) {
            cams[city.buildingCommunity[b]]++;
        }
        assertTrue(cams[0] >= 12, "jinxiu-garden's 12 own cameras on top of public ones: " + Arrays.toString(cams));
    }

    @Test
    void beatsCoverUnequalCommunitiesOnceAndFollowHouseholds() throws Exception {
        Parameters base = ScenarioLoader.load(EXAMPLE).parameters();
        for (int hpo : new int[] {1000, 2500, 3000, 6000, 20000}) {
            Parameters p = ParameterSpace.with(base, "households_per_officer", hpo);
            City city = new City(p);
            int n = Beats.officerCount(p);
            int[][] beats = Beats.assign(city, n);
            int[] seen = new int[city.buildings];
            for (int[] beat : beats) {
                assertTrue(beat.length > 0, "no empty beat at " + hpo);
                for (int b : beat) {
                    seen[b]++;
                }
            }
            for (int b = 0; b < city.buildings; b++) {
                assertEquals(1, seen[b], "building " + b + " at " + hpo);
            }
        }
        // more officers than communities: the urban village (5,200 households) gets more than the work unit (1,800)
        Parameters p = ParameterSpace.with(base, "households_per_officer", 1000);
        City city = new City(p);
        int[][] beats = Beats.assign(city, Beats.officerCount(p));
        int[] officers = new int[city.communities];
        for (int[] beat : beats) {
            officers[city.buildingCommunity[beat[0]]]++;
        }
        assertTrue(officers[2] > 2 * officers[3], Arrays.toString(officers));
    }

    @Test
    void aDistrictThatOnlyNamesCommunitiesChangesNoNumber() {
        Parameters p = TestCities.small(Map.of());
        List<District.Community> named = new ArrayList<>();
        for (String n : new String[] {"north", "east", "south", "west"}) {
            named.add(community(n, Map.of()));
        }
        Parameters q = p.withDistrict(new District(named));
        RunResult a = Replication.run(p, 0, 99, 30, 30);
        RunResult b = Replication.run(q, 0, 99, 30, 30);
        assertEquals("east", b.communityNames()[1]);
        for (int d = 0; d < a.days(); d++) {
            for (int row = 0; row < a.daily()[d].length; row++) {
                assertArrayEquals(a.daily()[d][row], b.daily()[d][row], 0, "day " + d + " row " + row);
            }
        }
    }

    @Test
    void aLargerCommunityHasMoreHouseholdsInTheOutputsAndRunsAreReproducible() {
        Parameters p = TestCities.small(Map.of()).withDistrict(new District(List.of(
            community("big", Map.of(District.Column.HOUSEHOLDS, 4000.0)),
            community("small", Map.of(District.Column.HOUSEHOLDS, 600.0)))));
        RunResult a = Replication.run(p, 0, 5, 20, 120);
        RunResult b = Replication.run(p, 0, 5, 20, 120);
        assertEquals(4000 + 600 + 2 * 1500, a.households());
        double bigFraud = 0;
        double smallFraud = 0;
        for (double[][] day : a.daily()) {
            bigFraud += day[0][Metric.FRAUD_ATTEMPTS.ordinal()];
            smallFraud += day[1][Metric.FRAUD_ATTEMPTS.ordinal()];
        }
        assertTrue(bigFraud > smallFraud, "remote fraud follows households: " + bigFraud + " vs " + smallFraud);
        for (int d = 0; d < a.days(); d++) {
            for (int row = 0; row < a.daily()[d].length; row++) {
                assertArrayEquals(a.daily()[d][row], b.daily()[d][row], 0);
            }
        }
    }

    @Test
    void resolvedScenarioReloadsWithItsDistrict() throws Exception {
        Scenario s = ScenarioLoader.load(EXAMPLE);
        Path f = dir.resolve("resolved.yaml");
        Files.writeString(f, ScenarioWriter.toYaml(s));
        assertEquals(s.parameters(), ScenarioLoader.load(f).parameters());
    }

    @Test
    void inlineListWorksAndAChildMayExtendIt() throws Exception {
        Path f = dir.resolve("inline.yaml");
        Files.writeString(f, """
            name: inline
            parameters:
              grid_width: 2
              grid_height: 1
            communities:
              - {name: gated-garden, households: 2000}
              - name: open-lanes
                rental_share: 0.6
            """);
        Parameters p = ScenarioLoader.load(f).parameters();
        assertEquals(2, p.district().size());
        assertEquals(2000 + 3000, p.households());
        Path child = dir.resolve("child.yaml");
        Files.writeString(child, "extends: inline.yaml\nparameters:\n  households_per_community: 1000\n");
        Parameters q = ScenarioLoader.load(child).parameters();
        assertEquals(p.district(), q.district());
        assertEquals(2000 + 1000, q.households(), "the unlisted households follow the child's global value");
    }

    private ScenarioException refused(String csv, String yamlExtra) throws Exception {
        Files.writeString(dir.resolve("d.csv"), csv);
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "name: s\nparameters:\n  grid_width: 2\n  grid_height: 1\ncommunities_file: d.csv\n" + yamlExtra);
        return assertThrows(ScenarioException.class, () -> ScenarioLoader.load(f));
    }

    @Test
    void badDistrictsAreRefusedWithFileLineAndField() throws Exception {
        ScenarioException e = refused("name,households\n# a comment\na,3000\nb,abc\n", "");
        assertTrue(e.describe().contains("d.csv:4: key 'households': expected a whole number"), e.describe());
        e = refused("name,households\na,3000\nb,20\n", "");
        assertTrue(e.describe().contains("d.csv:3: key 'households': value 20 is out of range [30, 200000]"), e.describe());
        e = refused("name,households,gates\na,3000,1\n", "");
        assertTrue(e.describe().contains("d.csv:1: key 'gates': unknown community field"), e.describe());
        e = refused("name,rental_share\na,0.2\nb,0.3\nc,0.4\n", "");
        assertTrue(e.describe().contains("d.csv:4: key 'name': community 3 ('c') is beyond the city's grid"), e.describe());
        e = refused("name,rental_share\na,0.2\na,0.3\n", "");
        assertTrue(e.describe().contains("d.csv:3: key 'name': community name 'a' used twice"), e.describe());
        e = refused("name,rental_share\na,0.2,7\n", "");
        assertTrue(e.describe().contains("d.csv:2: expected 2 fields"), e.describe());
        e = refused("name,rental_share\ncity,0.2\n", "");
        assertTrue(e.describe().contains("d.csv:2: key 'name'"), e.describe());
        e = refused("name,rental_share\na,0.2\n", "communities:\n  - {name: x}\n");
        assertTrue(e.describe().contains("s.yaml:5: key 'communities_file'"), e.describe());
        Files.writeString(dir.resolve("s2.yaml"), "name: s2\ncommunities_file: missing.csv\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("s2.yaml")));
        assertTrue(e.describe().contains("s2.yaml:2: key 'communities_file'") && e.describe().contains("file not found"),
            e.describe());
        Files.writeString(dir.resolve("s3.yaml"), "name: s3\ncommunities:\n  - {name: a, housholds: 10}\n");
        e = assertThrows(ScenarioException.class, () -> ScenarioLoader.load(dir.resolve("s3.yaml")));
        assertTrue(e.describe().contains("s3.yaml:3: key 'housholds': unknown community field (did you mean 'households'?)"),
            e.describe());
    }

    @Test
    void validateCommandReportsDistrictErrorsWithoutAStackTrace() throws Exception {
        Files.writeString(dir.resolve("d.csv"), "name,floating_share\na,0.2\nb,1.5\n");
        Path f = dir.resolve("s.yaml");
        Files.writeString(f, "name: s\ncommunities_file: d.csv\n");
        CliRun r = CliRun.of("validate", f.toString());
        assertNotEquals(0, r.code());
        assertTrue(r.err().contains("d.csv:3: key 'floating_share': value 1.5 is out of range [0, 1]"), r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        CliRun ok = CliRun.of("validate", EXAMPLE.toString());
        assertEquals(0, ok.code(), ok.err());
        CliRun shrunk = CliRun.of("run", EXAMPLE.toString(), "--set", "grid_width=2", "--reps", "1", "--days", "1",
            "--out", dir.resolve("o").toString());
        assertNotEquals(0, shrunk.code());
        assertTrue(shrunk.err().contains("grid"), shrunk.err());
    }
}
