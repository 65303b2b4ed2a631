package org.commsafe.scenario;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * What input commsafe accepts, stated once and checked before any work starts (README, "What
 * input is refused"). Each limit is far above what a study needs and far below what exhausts a
 * small heap, so a careless or hostile file is refused with file:line:key and exit 2 instead of
 * running for hours or dying with an OutOfMemoryError.
 */
public final class Limits {
    /** Bytes of a scenario, experiment or targets file (checked before it is read or parsed). */
    public static final long MAX_FILE_BYTES = 1L << 20;
    /** Nesting of mappings and lists in a YAML file (the files need 4). */
    public static final int MAX_NESTING = 20;
    /** YAML aliases to collections ("billion laughs" guard). */
    public static final int MAX_ALIASES = 20;
    /** Characters of a scenario, experiment or targets name. */
    public static final int MAX_NAME = 64;
    /** Observed days, and burn-in days, of one run (100 years). */
    public static final int MAX_DAYS = 36_500;
    /** Replications of a scenario. */
    public static final int MAX_REPLICATIONS = 100_000;
    /** Values one factor of a factorial design may take (a range's (to - from) / step + 1). */
    public static final int MAX_LEVELS = 10_000;
    /** Design points of an experiment (each holds a full parameter set in memory). */
    public static final int MAX_POINTS = 20_000;
    /** Runs of an experiment: points x replications, computed in 64 bits. */
    public static final long MAX_RUNS = 1_000_000;
    /** Worker threads. */
    public static final int MAX_THREADS = 1024;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*");

    private Limits() {
    }

    /**
     * Why a name cannot name outputs, or null when it can: 1 to {@link #MAX_NAME} characters from
     * [A-Za-z0-9._-], not starting with '.' or '-' (names become directory names and job names
     * in generated scripts, so no '/', no spaces, no quotes, no newlines).
     */
    public static String nameProblem(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME) {
            return "must be 1 to " + MAX_NAME + " characters long (it names output directories)";
        }
        if (!NAME.matcher(name).matches()) {
            return "use letters, digits, '.', '_' or '-' only, not starting with '.' or '-' (it names output directories)";
        }
        return null;
    }

    /** Checks a name given by a 'name:' entry, or derived from the file name when entry is null. */
    public static String checkName(Path file, YamlFile.Entry entry, String name) throws ScenarioException {
        String problem = nameProblem(name);
        if (problem == null) {
            return name;
        }
        if (entry != null) {
            throw new ScenarioException(file, entry.line(), "name", problem);
        }
        throw new ScenarioException(file, 0, "name", "the file name does not make a valid name (" + problem
            + "); add a 'name:' line");
    }

    /**
     * A file named inside another (extends, base, scenarios): must be a .yaml or .yml file, so that
     * a file cannot make commsafe read an arbitrary file such as /etc/passwd.
     */
    public static Path referenced(Path asker, YamlFile.Entry e, String raw) throws ScenarioException {
        String lower = raw.toLowerCase(java.util.Locale.ROOT);
        if (!lower.endsWith(".yaml") && !lower.endsWith(".yml") || raw.indexOf('\0') >= 0) {
            throw new ScenarioException(asker, e.line(), e.key(), "must name a .yaml or .yml file, got '"
                + YamlFile.clip(raw) + "'");
        }
        Path dir = asker.toAbsolutePath().getParent();
        try {
            return dir == null ? Path.of(raw) : dir.resolve(raw).normalize();
        } catch (java.nio.file.InvalidPathException ex) {
            throw new ScenarioException(asker, e.line(), e.key(), "not a valid path: '" + YamlFile.clip(raw) + "'");
        }
    }

    /**
     * Loads a file named by another through {@code loader}: a problem with the file itself (missing,
     * not a regular file, too large, not text, malformed YAML, not a mapping) is reported at the
     * asking file's line and key, naming the file but never echoing its content.
     */
    public static <T> T loadReferenced(Path asker, YamlFile.Entry e, Path target, Loader<T> loader) throws ScenarioException {
        try {
            return loader.load(target);
        } catch (ScenarioException inner) {
            if (inner instanceof YamlFile.FileProblem && target.equals(inner.file())) {
                throw new ScenarioException(asker, e.line(), e.key(), YamlFile.clip(target.toString(), 200) + ": " + inner.getMessage());
            }
            throw inner;
        }
    }

    /** A loader of a referenced file. */
    @FunctionalInterface
    public interface Loader<T> {
        T load(Path file) throws ScenarioException;
    }
}
