package org.commsafe.experiment;

import java.io.IOException;
import java.nio.file.Path;

/** A file commsafe wrote and reads back (fingerprint, log, CSV) is not UTF-8 text: damaged or foreign. Exit 2. */
public final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotTextException(Path file, String advice) {
        super(file + ": not UTF-8 text (binary or damaged); " + advice);
    }

    /** The lines of a file commsafe wrote and reads back; a file that is not UTF-8 is refused with the advice. */
    public static java.util.List<String> readLines(Path file, String advice) throws IOException {
        try {
            return java.nio.file.Files.readAllLines(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new NotTextException(file, advice);
        }
    }
}
