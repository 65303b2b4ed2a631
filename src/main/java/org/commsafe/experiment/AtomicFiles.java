package org.commsafe.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a file under a temporary name and renames it when complete: never a half file. */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    public interface Body {
        void write(Writer w) throws IOException;
    }

    public static void write(Path target, Body body) throws IOException {
        writeStream(target, os -> {
            Writer w = new java.io.OutputStreamWriter(os, java.nio.charset.StandardCharsets.UTF_8);
            body.write(w);
            w.flush();
        });
    }

    public interface StreamBody {
        void write(java.io.OutputStream os) throws IOException;
    }

    /** Binary variant of {@link #write}. */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (java.io.OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            body.write(os);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        writeStream(target, os -> os.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, w -> w.write(text));
    }
}
