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
 * process that died is stale and taken over with a warning: on the same host when its pid is no
 * longer alive (e.g. after kill -9); from another host (a Slurm task killed on one node and
 * resubmitted on another) when it has not been refreshed for {@link #STALE_AFTER} (the holder
 * refreshes it every {@link #REFRESH}). The lock is released on {@link #close} and, failing
 * that, by a shutdown hook (SIGTERM from a Slurm time limit, System.exit).
 */
public final class OutputLock implements AutoCloseable {
    public static final String FILE = ".commsafe.lock";
    /** How often a holder refreshes its lock's modification time. */
    public static final java.time.Duration REFRESH = java.time.Duration.ofSeconds(30);
    /** A lock from another host not refreshed for this long is stale. */
    public static final java.time.Duration STALE_AFTER = java.time.Duration.ofMinutes(10);

    private final Path file;
    private final String content;
    private final Thread hook;
    private final boolean createdDir;
    private final java.util.concurrent.ScheduledExecutorService refresher;
    private boolean released;

    private OutputLock(Path file, String content, boolean createdDir) {
        this.file = file;
        this.content = content;
        this.createdDir = createdDir;
        this.hook = new Thread(this::releaseQuietly, "commsafe-unlock");
        Runtime.getRuntime().addShutdownHook(hook);
        this.refresher = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "commsafe-lock-refresh");
            t.setDaemon(true);
            return t;
        });
        refresher.scheduleAtFixedRate(() -> {
            try {
                Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.from(Instant.now()));
            } catch (IOException | RuntimeException ignored) {
                // released meanwhile, or a transient file-system error: the next refresh tries again
            }
        }, REFRESH.toSeconds(), REFRESH.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
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
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new OutputDirectory.RefusedException(dir + ": cannot create the directory (" + e + ")");
        }
        Path file = dir.resolve(FILE);
        String content = describe(command);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                Files.writeString(file, content, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SYNC);
                return new OutputLock(file, content, created);
            } catch (FileAlreadyExistsException e) {
                Map<String, String> holder = read(file);
                if (holder != null) {
                    takeOverOrRefuse(dir, file, holder, log);
                }
                // released, or the stale lock removed: try again
            } catch (java.nio.file.FileSystemException e) {
                throw new OutputDirectory.RefusedException(dir + ": cannot write the lock file " + file + " (" + e + ")");
            }
        }
        throw new OutputDirectory.RefusedException(dir + ": could not take the lock " + file + " (it keeps changing)");
    }

    /** Removes a stale lock (with a warning), or refuses naming a live holder. */
    private static void takeOverOrRefuse(Path dir, Path file, Map<String, String> holder, PrintStream log)
            throws IOException, OutputDirectory.RefusedException {
        String why = stale(holder, file);
        if (why == null) {
            throw new OutputDirectory.RefusedException(dir + " is in use by another commsafe: pid " + holder.get("pid")
                + " on host " + holder.get("host") + " since " + holder.get("started") + " ("
                + holder.getOrDefault("command", "?") + "); wait for it to finish or choose another --out"
                + " (a lock from another host is taken over once not refreshed for " + STALE_AFTER.toMinutes()
                + " minutes; if that process is gone, you may delete " + file + ")");
        }
        if (log != null) {
            log.printf("commsafe: warning: %s: taking over a stale lock of pid %s on %s (started %s), %s%n", dir,
                holder.get("pid"), holder.get("host"), holder.get("started"), why);
        }
        if (holder.equals(read(file))) { // not already replaced by another writer taking it over
            Files.deleteIfExists(file);
        }
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

    /**
     * Why a lock is stale (its holder ran on this host and is no longer alive, or ran on another
     * host and stopped refreshing it), or null if it may be held.
     */
    static String stale(Map<String, String> holder, Path file) {
        if (host().equals(holder.get("host"))) {
            try {
                long pid = Long.parseLong(holder.get("pid"));
                boolean alive = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
                return alive ? null : "which is no longer running";
            } catch (RuntimeException e) {
                return null;
            }
        }
        try {
            java.time.Duration age = java.time.Duration.between(Files.getLastModifiedTime(file).toInstant(), Instant.now());
            return age.compareTo(STALE_AFTER) > 0 ? "not refreshed for " + age.toMinutes() + " minutes" : null;
        } catch (IOException e) {
            return null;
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
        refresher.shutdownNow();
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
