package org.commsafe.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.stream.Stream;

/**
 * One directory per run (MATSim's convention): refuses a non-empty directory unless asked, and
 * is locked by its writer ({@link OutputLock}).
 */
public final class OutputDirectory {
    private OutputDirectory() {
    }

    /** Thrown when the directory may not be used; the CLI reports it as bad input. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        public RefusedException(String message) {
            super(message);
        }
    }

    /** Whether the directory holds anything besides a lock file and the temporaries of unfinished writes. */
    public static boolean isNonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            // the lock and the temporaries of a write killed before its rename are not outputs: a sweep
            // killed before its fingerprint landed leaves a directory that starts afresh
            return s.anyMatch(p -> !p.getFileName().toString().equals(OutputLock.FILE) && !AtomicFiles.isTemporary(p));
        }
    }

    /** Checks the directory may be written; does not create it. */
    public static void check(Path dir, boolean overwrite) throws RefusedException, IOException {
        check(dir, overwrite, "--overwrite");
    }

    /**
     * Checks the directory may be written; {@code option} is the option of this command that
     * allows a non-empty directory (named in the refusal).
     */
    public static void check(Path dir, boolean allowed, String option) throws RefusedException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException(dir + " exists and is not a directory");
        }
        if (!allowed && isNonEmpty(dir)) {
            throw new RefusedException(dir + " exists and is not empty; choose another --out or pass " + option);
        }
    }

    /**
     * Locks the directory (creating it) and then checks it may be written: a refusal releases
     * the lock. The caller closes the lock when done, also on failure.
     */
    public static OutputLock open(Path dir, boolean allowed, String option, String command, PrintStream log)
            throws RefusedException, IOException {
        check(dir, true, option); // not a file
        OutputLock lock = OutputLock.acquire(dir, command, log);
        try {
            check(dir, allowed, option);
            return lock;
        } catch (RefusedException | IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Removes commsafe's own outputs {@code names} (files, or directories of commsafe files)
     * from {@code dir}, and any temporary files of an interrupted write; anything else stays.
     * The manifest goes first, so an interruption leaves a directory marked unfinished.
     */
    public static void removeOwn(Path dir, Collection<String> names) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.deleteIfExists(dir.resolve("manifest.json"));
        for (String n : names) {
            Path p = dir.resolve(n);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    for (Path q : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(q);
                    }
                }
            } else {
                Files.deleteIfExists(p);
            }
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(AtomicFiles::isTemporary).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /**
     * Refuses to overwrite a directory holding another kind of output (any of {@code markers}):
     * --overwrite replaces a command's own files, never those of another command.
     */
    public static void refuseOther(Path dir, String what, String... markers) throws RefusedException {
        for (String m : markers) {
            if (Files.exists(dir.resolve(m))) {
                throw new RefusedException(dir + " holds " + what + " (" + m + "); --overwrite replaces only this command's"
                    + " own files: choose another --out");
            }
        }
    }

    /** Removes the directory if it holds nothing (after a failed run that created it). */
    public static void removeIfEmpty(Path dir) {
        try {
            if (Files.isDirectory(dir) && !isNonEmpty(dir)) {
                Files.delete(dir);
            }
        } catch (IOException ignored) {
            // best effort: an empty directory left behind is harmless
        }
    }
}
