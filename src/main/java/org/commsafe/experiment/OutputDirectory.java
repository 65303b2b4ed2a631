package org.commsafe.experiment;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** One directory per run (MATSim's convention): refuses a non-empty directory unless asked. */
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

    public static boolean isNonEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isPresent();
        }
    }

    /** Checks the directory may be written; does not create it. */
    public static void check(Path dir, boolean overwrite) throws RefusedException, IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new RefusedException(dir + " exists and is not a directory");
        }
        if (!overwrite && isNonEmpty(dir)) {
            throw new RefusedException(dir + " exists and is not empty; choose another --out or pass --overwrite");
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
