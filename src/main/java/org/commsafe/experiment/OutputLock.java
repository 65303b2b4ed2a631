package org.commsafe.experiment;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An exclusive lock on an output directory: the file {@value #FILE} holding the owner's pid,
 * host, start time and command, created with create-new (atomic on local and NFSv3+ file
 * systems). A second writer is refused with a message naming the holder. A lock left by a
 * process that died (same host, pid no longer alive, e.g. after kill -9) is stale and taken
 * over with a warning. The lock is released on {@link #close} and, failing that, by a shutdown
 * hook (SIGTERM from a Slurm time limit, System.exit).
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".commsafe.lock";

    private final Path file;
    private final String content;
    private final Thread hook;
    private final boolean createdDir;
    private boolean released;

    private OutputLock(Path file, String content, boolean createdDir) {
        this.file = file;
        this.content = content;
        this.createdDir = createdDir;
        this.hook = new Thread(this::releaseQuietly, "commsafe-unlock");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /**
     * Creates {@code dir} if needed and locks it for {@code command}; warnings (a stale lock
     * taken over) go to {@code log}.
     */
    public static OutputLock acquire(Path dir, String command, PrintStream log)
            throws IOException, OutputDirectory.RefusedException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new OutputDirectory.RefusedException(dir + " exists and is not a directory");
        }
        boolean created = !Files.exists(dir);
        Files.createDirectories(dir);
        Path file = dir.resolve(FILE);
        String content = describe(command);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
                return new OutputLock(file, content, created);
            } catch (FileAlreadyExistsException e) {
                Map<String, String> holder = read(file);
                if (holder == null) {
                    continue; // released between our attempt and the read: try again
                }
                if (stale(holder)) {
                    if (log != null) {
                        log.printf("commsafe: warning: %s: taking over a stale lock of pid %s on %s (started %s), "
                            + "which is no longer running%n", dir, holder.get("pid"), holder.get("host"), holder.get("started"));
                    }
                    Files.deleteIfExists(file);
                    continue;
                }
                throw new OutputDirectory.RefusedException(dir + " is in use by another commsafe: pid " + holder.get("pid")
                    + " on host " + holder.get("host") + " since " + holder.get("started") + " ("
                    + holder.getOrDefault("command", "?") + "); wait for it to finish or choose another --out"
                    + " (if that process is gone, delete " + file + ")");
            }
        }
        throw new OutputDirectory.RefusedException(dir + ": could not take the lock " + file + " (it keeps changing)");
    }

    /** The lock record of the holder, or null if there is none. */
    public static Map<String, String> read(Path file) throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
        Map<String, String> m = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            if (eq > 0) {
                m.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return m;
    }

    /** A lock whose holder ran on this host and is no longer alive. */
    static boolean stale(Map<String, String> holder) {
        if (!host().equals(holder.get("host"))) {
            return false; // cannot tell whether a process on another host lives
        }
        try {
            long pid = Long.parseLong(holder.get("pid"));
            return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static String describe(String command) {
        String cmd = command == null ? "" : command.replace('\n', ' ').replace('\r', ' ');
        return "pid=" + ProcessHandle.current().pid() + "\nhost=" + host() + "\nstarted=" + Instant.now() + "\ncommand=" + cmd
            + "\n";
    }

    static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String h = System.getenv("HOSTNAME");
            return h != null ? h : "unknown";
        }
    }

    private synchronized void releaseQuietly() {
        if (released) {
            return;
        }
        released = true;
        try {
            // remove the lock only if it is still ours
            if (Files.exists(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
                Files.delete(file);
                if (createdDir) {
                    OutputDirectory.removeIfEmpty(file.getParent()); // a failed first use leaves nothing
                }
            }
        } catch (IOException ignored) {
            // best effort: a left lock is stale and taken over by the next writer on this host
        }
    }

    @Override
    public void close() {
        releaseQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down
        }
    }
}
