package org.commsafe.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file under a temporary name of its own (pid and counter: two writers never share
 * one), forces it to disk and renames it when complete: never a half file, also after a crash
 * or power loss.
 */
public final class AtomicFiles {
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final String TMP = ".tmp";

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

    /** Whether a file is the temporary of an unfinished atomic write. */
    public static boolean isTemporary(Path p) {
        String n = p.getFileName().toString();
        return n.endsWith(TMP) && n.contains(".commsafe-");
    }

    /** Binary variant of {@link #write}. */
    public static void writeStream(Path target, StreamBody body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".commsafe-" + ProcessHandle.current().pid() + "-"
            + COUNTER.incrementAndGet() + TMP);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            java.io.OutputStream os = new java.io.BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
            // a body may close its stream (image and PDF writers do): that only flushes, so the file can be forced
            body.write(new java.io.FilterOutputStream(os) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    out.flush();
                }
            });
            os.flush();
            ch.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Forces a directory's entries (a rename) to disk; not possible on every platform. */
    static void syncDirectory(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | RuntimeException ignored) {
            // Windows cannot open a directory; the file itself is on disk
        }
    }

    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        writeStream(target, os -> os.write(bytes));
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, w -> w.write(text));
    }
}
