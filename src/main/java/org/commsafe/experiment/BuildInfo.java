package org.commsafe.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/** Version and source commit of the running commsafe, for manifests. */
public final class BuildInfo {
    private BuildInfo() {
    }

    public static String version() {
        String v = BuildInfo.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    /** The git commit of the checkout named by COMMSAFE_HOME (set by the launcher), or "unknown". */
    public static String gitCommit() {
        String home = System.getenv("COMMSAFE_HOME");
        if (home == null) {
            home = ".";
        }
        try {
            Process p = new ProcessBuilder("git", "-C", home, "rev-parse", "HEAD").redirectErrorStream(true).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "unknown";
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (p.exitValue() != 0 || !out.matches("[0-9a-f]{40}")) {
                return "unknown";
            }
            Process d = new ProcessBuilder("git", "-C", home, "status", "--porcelain", "--untracked-files=no")
                .redirectErrorStream(true).start();
            d.waitFor(5, TimeUnit.SECONDS);
            boolean dirty = d.getInputStream().readAllBytes().length > 0;
            return dirty ? out + "-dirty" : out;
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
