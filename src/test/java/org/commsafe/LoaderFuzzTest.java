package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.commsafe.experiment.ExperimentLoader;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import org.commsafe.scenario.Targets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: every malformed scenario, experiment or targets file either loads or is refused with
 * a {@link ScenarioException} whose one-line message names a file (the CLI's exit-2 path), never
 * another exception, within a time bound. Inputs are seeded mutations of the real files:
 * truncation, byte flips, binary and UTF-16 noise, values replaced by wrong types, huge or
 * non-decimal numbers, deep nesting, aliases, unknown and duplicated keys.
 */
class LoaderFuzzTest {
    private static final int INPUTS = Integer.getInteger("fuzz.inputs", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
    private static final long SECONDS_PER_INPUT = 10;

    @TempDir
    Path dir;

    private static final String[] VALUES = {"1e999", "-1e999", "99999999999999999999999", "-99999999999999999999", "0", "-1",
        "3000d", "0x1p10", "0x10", "NaN", ".nan", ".inf", "-.inf", "Infinity", "1_000", "1__0", "_1", "1e5", "2e9", "~", "null", "",
        "[]", "{}", "[1, [2, [3]]]", "{a: {b: {c: 1}}}", "*undefined", "&a [1, 2]", "!!binary AAAA", "!!java.lang.Object {}",
        "!!float 1", "\"a\\nb\"", "'''", "\"\\u0000\"", "/etc/passwd", "../../x", "\"../../../etc/hosts\"", "baseline.yaml",
        "../baseline.yaml", "strained.yaml", ".", "..", "true", "yes", "RANDOM", "hotspot", "factorial", "sobol", "lhs",
        "morris", "scenarios", "{from: 0, to: 1e9, step: 1e-9}", "{from: 1, to: 0, step: 1}", "{min: 2, max: 1}",
        "{min: 0, max: 1, extra: 2}", "{mn: 0, max: 1}", "[RANDOM, HOTSPOT]", "[1, 2, 3]", "1000000", "1000001", "36501",
        "\u00e9\u00e8", "\u202e", "\ud83d\ude00"};

    private static final String[] KEYS = {"name", "description", "extends", "base", "replications", "seed", "days",
        "burn_in_days", "parameters", "design", "type", "factors", "samples", "trajectories", "scenarios", "targets", "free",
        "min", "max", "step", "from", "to", "source", "households_per_officer", "camera_layout", "quota_pressure",
        "reporting_rate", "unknown_key", "sample", "replicatons", "<<", "? complex"};

    @Test
    void malformedFilesLoadOrFailWithTheProjectsError() throws Exception {
        Path root = Path.of("scenarios");
        Path scen = dir.resolve("scenarios");
        Files.createDirectories(scen.resolve("experiments"));
        Files.createDirectories(scen.resolve("targets"));
        Files.createDirectories(scen.resolve("costs"));
        List<Path> seeds = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                Path copy = scen.resolve(root.relativize(p).toString());
                Files.copy(p, copy);
                seeds.add(copy);
            }
        }
        Random rng = new Random(SEED);
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz");
            t.setDaemon(true);
            return t;
        });
        int loaded = 0;
        int refused = 0;
        try {
            for (int i = 0; i < INPUTS; i++) {
                Path seed = seeds.get(rng.nextInt(seeds.size()));
                byte[] mutant = mutate(Files.readAllBytes(seed), rng);
                Path f = seed.resolveSibling("fuzz-" + i + ".yaml");
                Files.write(f, mutant);
                String kind = seed.getParent().getFileName().toString();
                Future<Object> result = pool.submit(() -> switch (kind) {
                    case "experiments" -> ExperimentLoader.load(f);
                    case "targets" -> Targets.load(f);
                    case "costs" -> org.commsafe.costs.CostModel.load(f);
                    default -> ScenarioLoader.load(f);
                });
                try {
                    result.get(SECONDS_PER_INPUT, TimeUnit.SECONDS);
                    loaded++;
                } catch (TimeoutException e) {
                    result.cancel(true);
                    fail("input " + i + " (from " + seed.getFileName() + ") took over " + SECONDS_PER_INPUT + " s:\n"
                        + new String(mutant, StandardCharsets.UTF_8));
                } catch (java.util.concurrent.ExecutionException e) {
                    Throwable c = e.getCause();
                    if (!(c instanceof ScenarioException se)) {
                        throw new AssertionError("input " + i + " (from " + seed.getFileName() + ") threw " + c + ":\n"
                            + new String(mutant, StandardCharsets.UTF_8), c);
                    }
                    String msg = se.describe();
                    assertTrue(se.file() != null && msg.startsWith(se.file().toString()), "names no file: " + msg);
                    assertFalse(msg.contains("\n") || msg.contains("\r"), "not one line: " + msg);
                    assertTrue(msg.length() < 1500, "too long: " + msg);
                    refused++;
                }
                Files.delete(f);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(refused > INPUTS / 2 && loaded > 0, "loaded " + loaded + ", refused " + refused);
    }

    /** One to three mutations of a file. */
    static byte[] mutate(byte[] src, Random rng) {
        byte[] b = src;
        int n = 1 + rng.nextInt(3);
        for (int k = 0; k < n; k++) {
            b = mutateOnce(b, rng);
        }
        return b;
    }

    private static byte[] mutateOnce(byte[] b, Random rng) {
        String text = new String(b, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int li = lines.isEmpty() ? 0 : rng.nextInt(lines.size());
        switch (rng.nextInt(14)) {
            case 0: // truncate
                return java.util.Arrays.copyOf(b, b.length == 0 ? 0 : rng.nextInt(b.length));
            case 1: { // flip bytes
                byte[] c = b.clone();
                for (int i = 0; i < 1 + rng.nextInt(4) && c.length > 0; i++) {
                    c[rng.nextInt(c.length)] ^= (byte) (1 << rng.nextInt(8));
                }
                return c;
            }
            case 2: { // binary noise at a random place
                byte[] noise = new byte[1 + rng.nextInt(64)];
                rng.nextBytes(noise);
                int at = b.length == 0 ? 0 : rng.nextInt(b.length);
                byte[] c = new byte[b.length + noise.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(noise, 0, c, at, noise.length);
                System.arraycopy(b, at, c, at + noise.length, b.length - at);
                return c;
            }
            case 3: // UTF-16, with or without byte-order mark
                return text.getBytes(rng.nextBoolean() ? StandardCharsets.UTF_16 : StandardCharsets.UTF_16LE);
            case 4: { // replace a value
                String line = lines.get(li);
                int colon = line.indexOf(':');
                if (colon >= 0) {
                    lines.set(li, line.substring(0, colon + 1) + " " + VALUES[rng.nextInt(VALUES.length)]);
                }
                break;
            }
            case 5: { // add a key (top level or indented)
                String indent = rng.nextBoolean() ? "" : "  ".repeat(1 + rng.nextInt(3));
                lines.add(li, indent + KEYS[rng.nextInt(KEYS.length)] + ": " + VALUES[rng.nextInt(VALUES.length)]);
                break;
            }
            case 6: // duplicate a line
                lines.add(li, lines.get(li));
                break;
            case 7: // delete a line
                lines.remove(li);
                break;
            case 8: { // deep nesting
                int depth = 1 + rng.nextInt(rng.nextBoolean() ? 30 : 3000);
                String line = lines.get(li);
                int colon = line.indexOf(':');
                String nested = "[".repeat(depth) + "1" + "]".repeat(depth);
                lines.set(li, colon >= 0 ? line.substring(0, colon + 1) + " " + nested : nested);
                break;
            }
            case 9: { // alias bomb
                lines.add("a: &a [x, x, x, x, x, x, x, x, x]");
                lines.add("b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]");
                lines.add("c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]");
                lines.add("d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]");
                break;
            }
            case 10: { // re-indent a line
                String line = lines.get(li);
                lines.set(li, rng.nextBoolean() ? line.stripLeading() : " ".repeat(1 + rng.nextInt(6)) + line);
                break;
            }
            case 11: { // a huge number or a long string
                String line = lines.get(li);
                int colon = line.indexOf(':');
                String v = rng.nextBoolean() ? "9".repeat(1 + rng.nextInt(400)) : "x".repeat(1 + rng.nextInt(5000));
                lines.set(li, colon >= 0 ? line.substring(0, colon + 1) + " " + v : v);
                break;
            }
            case 12: // a control character or tab
                lines.set(li, lines.get(li) + (char) rng.nextInt(32));
                break;
            default: { // a number's digits changed: scale or sign
                String line = lines.get(li);
                lines.set(li, line.replaceAll("([0-9]+)", rng.nextBoolean() ? "-$1" : "$1" + "000000"));
                break;
            }
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void mutationsAreDeterministic() throws IOException {
        byte[] a = mutate("name: x\ndays: 10\n".getBytes(StandardCharsets.UTF_8), new Random(1));
        byte[] b = mutate("name: x\ndays: 10\n".getBytes(StandardCharsets.UTF_8), new Random(1));
        assertTrue(java.util.Arrays.equals(a, b));
    }
}
