package org.commsafe.cli;

import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.commsafe.charts.Labels;
import org.commsafe.gui.CommSafeWithUI;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.ScenarioLoader;
import sim.display.Console;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "gui", mixinStandardHelpOptions = true,
    description = {"Open the MASON Console, the city display and live charts for a scenario.",
        "With --steps N --snapshot DIR: run N steps, write PNGs of the display and charts, and exit."})
public final class GuiCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO", description = "Scenario file (default: scenarios/baseline.yaml)")
    Path file = Path.of("scenarios", "baseline.yaml");

    @Option(names = "--lang", paramLabel = "en|zh", description = "Label language (default: en)")
    String lang = "en";

    @Option(names = "--steps", paramLabel = "N", description = "With --snapshot: hours to simulate before the snapshot")
    Long steps;

    @Option(names = "--snapshot", paramLabel = "DIR", description = "Write display.png (city and legend), screen.png and chart_*.png here, then exit")
    Path snapshot;

    @Option(names = "--bench", paramLabel = "S", converter = Counts.Positive.class,
        description = "Measure the GUI's speed: play with the Console (display on, the Model tab shown) for S seconds at each "
            + "redraw interval (every hour, day, week) and print simulated days per second; then exit")
    Integer benchSeconds;

    @Option(names = "--timeout", paramLabel = "S", converter = Counts.Positive.class,
        description = "With --snapshot: give up (exit 1, no snapshot) after S seconds (default: 600)")
    int timeoutSeconds = 600;

    @Override
    public Integer call() throws Exception {
        Scenario s;
        try {
            s = ScenarioLoader.load(file);
        } catch (ScenarioException e) {
            System.err.println("commsafe: error: " + e.describe());
            return Main.BAD_INPUT;
        }
        if ((steps == null) != (snapshot == null)) {
            System.err.println("commsafe: error: --steps and --snapshot go together");
            return Main.BAD_INPUT;
        }
        long maxSteps = 24L * 2 * org.commsafe.scenario.Limits.MAX_DAYS;
        if (steps != null && (steps < 1 || steps > maxSteps)) {
            System.err.println("commsafe: error: --steps must be between 1 and " + maxSteps + " hours, got " + steps);
            return Main.BAD_INPUT;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("commsafe: error: the GUI needs a display; on a server run it under Xvfb: xvfb-run -a ./commsafe gui ...");
            return Main.FAILED;
        }
        Labels labels = Main.labelsOrReport(lang);
        if (labels == null) {
            return Main.BAD_INPUT;
        }
        AtomicReference<CommSafeWithUI> gui = new AtomicReference<>();
        AtomicReference<Console> console = new AtomicReference<>();
        // Swing work on the event thread (DESIGN 3: pressPlay from main deadlocked)
        SwingUtilities.invokeAndWait(() -> {
            CommSafeWithUI g = new CommSafeWithUI(s, labels);
            Console c = new Console(g);
            c.setVisible(true);
            g.arrange(GraphicsEnvironment.getLocalGraphicsEnvironment().getMaximumWindowBounds(), c);
            gui.set(g);
            console.set(c);
        });
        if (benchSeconds != null) {
            return bench(console.get(), gui.get(), benchSeconds);
        }
        if (snapshot == null) {
            return waitForever();
        }
        long total = gui.get().model().totalSteps();
        if (steps > total) {
            System.err.println("commsafe: error: --steps " + steps + " is past the GUI run's last hour (" + total + ")");
            return Main.BAD_INPUT;
        }
        // started and paused at step 0; then exactly `steps` hours stepped here, not by the Console's play thread
        SwingUtilities.invokeAndWait(() -> console.get().pressPause());
        CommSafeWithUI g = gui.get();
        long begun = System.nanoTime();
        long deadline = begun + timeoutSeconds * 1_000_000_000L;
        long lastLine = begun;
        System.err.printf("commsafe: gui snapshot: %d steps (hours)%n", steps);
        while (g.state.schedule.getSteps() < steps) {
            if (!g.step()) {
                System.err.println("commsafe: error: the run ended at step " + g.state.schedule.getSteps() + " before " + steps);
                return Main.FAILED;
            }
            long now = System.nanoTime();
            if (now > deadline) {
                System.err.printf("commsafe: error: only %d of %d steps after %d s (--timeout); no snapshot%n",
                    g.state.schedule.getSteps(), steps, timeoutSeconds);
                return Main.FAILED;
            }
            if (now - lastLine >= 5_000_000_000L) {
                System.err.printf("  step %d/%d (day %d)%n", g.state.schedule.getSteps(), steps, g.state.schedule.getSteps() / 24);
                lastLine = now;
            }
        }
        long done = g.state.schedule.getSteps();
        double secs = (System.nanoTime() - begun) / 1e9;
        System.err.printf("  step %d/%d in %.1f s (%.1f simulated days/s with the display on)%n", done, steps, secs,
            done / 24.0 / Math.max(secs, 1e-9));
        Thread.sleep(300);
        SwingUtilities.invokeAndWait(() -> { }); // let queued chart updates run
        Files.createDirectories(snapshot);
        // the whole screen too: Console on its Model tab, the city, the charts
        SwingUtilities.invokeAndWait(() -> {
            selectTab(console.get(), "Model");
            console.get().toFront();
            g.display.repaint();
        });
        Thread.sleep(800);
        java.awt.Rectangle screen = new java.awt.Rectangle(java.awt.Toolkit.getDefaultToolkit().getScreenSize());
        javax.imageio.ImageIO.write(new java.awt.Robot().createScreenCapture(screen), "png", snapshot.resolve("screen.png").toFile());
        Exception[] failed = new Exception[1];
        SwingUtilities.invokeAndWait(() -> {
            try {
                g.snapshot(snapshot);
            } catch (Exception e) {
                failed[0] = e;
            }
        });
        if (failed[0] != null) {
            System.err.println("commsafe: snapshot failed: " + failed[0]);
            return Main.FAILED;
        }
        if (done != steps) {
            System.err.println("commsafe: error: the snapshot is at step " + done + ", not " + steps);
            return Main.FAILED;
        }
        System.out.printf("snapshot after %d steps: %s (%d officers)%n", done, snapshot, g.model().officers.length);
        System.out.flush();
        Runtime.getRuntime().halt(Main.OK); // Swing threads would keep the JVM alive
        return Main.OK;
    }

    /** Plays S seconds per redraw interval as a user would (the Console's play thread) and prints days/s. */
    private static int bench(Console c, CommSafeWithUI g, int seconds) throws Exception {
        SwingUtilities.invokeAndWait(() -> selectTab(c, System.getProperty("commsafe.benchTab", "Model")));
        long[] intervals = {1, 24, 24 * 7};
        String[] names = {"every hour", "once a day", "once a week"};
        System.out.printf("GUI speed (%s, %d communities, %d officers; display %s, Model tab shown; %d s each)%n",
            g.scenario().name(), g.model().params.gridWidth() * g.model().params.gridHeight(), (int) Math.round(
                (double) g.model().params.gridWidth() * g.model().params.gridHeight() * g.model().params.householdsPerCommunity()
                    / g.model().params.householdsPerOfficer()), GraphicsEnvironment.isHeadless() ? "none" : "on", seconds);
        System.out.println("| redraw | simulated days/s (wall clock) | simulated days per CPU-second of the JVM | load average |");
        System.out.println("| --- | --- | --- | --- |");
        com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        for (int k = 0; k < intervals.length; k++) {
            long every = intervals[k];
            SwingUtilities.invokeAndWait(() -> g.display.redrawEvery(every));
            SwingUtilities.invokeAndWait(() -> g.play(c));
            Thread.sleep(3000); // warm-up
            long s0 = g.state.schedule.getSteps();
            long t0 = System.nanoTime();
            long c0 = os.getProcessCpuTime();
            Thread.sleep(seconds * 1000L);
            long s1 = g.state.schedule.getSteps();
            long t1 = System.nanoTime();
            long c1 = os.getProcessCpuTime();
            SwingUtilities.invokeAndWait(c::pressPause);
            double days = (s1 - s0) / 24.0;
            System.out.printf(java.util.Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", names[k], days / ((t1 - t0) / 1e9),
                days / Math.max(1e-9, (c1 - c0) / 1e9), os.getSystemLoadAverage());
            System.out.flush();
        }
        Runtime.getRuntime().halt(Main.OK);
        return Main.OK;
    }

    private static void selectTab(java.awt.Container root, String title) {
        for (java.awt.Component k : root.getComponents()) {
            if (k instanceof javax.swing.JTabbedPane tabs) {
                for (int i = 0; i < tabs.getTabCount(); i++) {
                    if (title.equals(tabs.getTitleAt(i))) {
                        tabs.setSelectedIndex(i);
                    }
                }
            } else if (k instanceof java.awt.Container ct) {
                selectTab(ct, title);
            }
        }
    }

    /** The interactive GUI lives until its windows close (the Console exits the JVM). */
    private static int waitForever() throws InterruptedException {
        Thread.currentThread().join();
        return Main.OK;
    }
}
