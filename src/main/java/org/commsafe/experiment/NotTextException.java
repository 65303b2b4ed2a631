package org.commsafe.experiment;

import java.io.IOException;
import java.nio.file.Path;

/** A file commsafe wrote and reads back (fingerprint, log, CSV) is not UTF-8 text: damaged or foreign. Exit 2. */
public final class NotTextException extends IOException {
    private static final long serialVersionUID = 1L;

    public NotTextException(Path file, String advice) {
        super(file + ": not UTF-8 text (binary or damaged); " + advice);
    }
}
