package org.commsafe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.commsafe.gui.CityView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The planners' GUI without a person: `commsafe gui --steps N --snapshot DIR` under Xvfb, then
 * the images are checked (.ci/run installs Xvfb; without it this test is skipped).
 */
class GuiSnapshotTest {
    @TempDir
    Path dir;

    @Test
    void snapshotShowsTheCityAndTheCharts() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/xvfb-run").canExecute(), "xvfb-run not installed");
        Path out = dir.resolve("snap");
        Process p = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
            "org.commsafe.cli.Main", "gui", "scenarios/baseline.yaml", "--steps", "300", "--snapshot", out.toString())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(300, TimeUnit.SECONDS), "GUI snapshot finished");
        assertEquals(0, p.exitValue(), log);
        assertFalse(log.contains("Exception"), log);
        assertTrue(log.contains("snapshot after 300 steps"), "exactly the steps asked for, not more: " + log);
        assertTrue(log.contains("step 300/300"), "progress is printed: " + log);

        BufferedImage display = ImageIO.read(out.resolve("display.png").toFile());
        assertTrue(display.getWidth() >= 400 + 250 && display.getHeight() >= 400, "display and legend size " + display.getWidth());
        assertTrue(distinctColours(display) > 20, "the display is not blank");
        // the city without the legend (300 px at the right, whose officer swatch is a disc too)
        BufferedImage city = display.getSubimage(0, 0, display.getWidth() - 300, display.getHeight());
        assertEquals(16, blobs(city, CityView.OFFICER), "one marker per officer (48,000 households / 3,000)");
        // the legend's colour ramp (grey, light to dark) is in the exported picture, right of the city
        int rampY = -1;
        for (int y = 0; y < display.getHeight() && rampY < 0; y++) {
            int rgb = display.getRGB(display.getWidth() - 150, y);
            int r = rgb >> 16 & 0xff;
            if (r > 100 && r < 200 && Math.abs(r - (rgb >> 8 & 0xff)) <= 2 && Math.abs(r - (rgb & 0xff)) <= 6) {
                rampY = y;
            }
        }
        assertTrue(rampY > 0, "a grey ramp in the legend of display.png");

        for (String name : List.of("crimes", "rates", "officer_hours", "sighting", "watch", "tech")) {
            BufferedImage chart = ImageIO.read(out.resolve("chart_" + name + ".png").toFile());
            assertEquals(700, chart.getWidth());
            assertEquals(450, chart.getHeight());
            assertTrue(distinctColours(chart) > 5, name + " chart is not blank");
        }
        assertTrue(Files.readString(out.resolve("chart_officer_hours.svg")).contains("Officer hours by activity (city, per day)"));
        assertTrue(Files.readString(out.resolve("chart_crimes.svg")).contains("Crimes by type (per day)"));
        assertTrue(Files.readString(out.resolve("chart_rates.svg")).contains("Reporting and clearance rates"));
    }

    @Test
    void snapshotThatCannotReachItsStepsExitsNonZero() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/xvfb-run").canExecute(), "xvfb-run not installed");
        Path out = dir.resolve("never");
        Process p = new ProcessBuilder("xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
            "org.commsafe.cli.Main", "gui", "scenarios/baseline.yaml", "--steps", "80000", "--timeout", "1", "--snapshot", out.toString())
            .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "gave up");
        assertEquals(1, p.exitValue(), log);
        assertTrue(log.contains("no snapshot"), log);
        assertFalse(Files.exists(out.resolve("display.png")), "no snapshot taken early");
    }

    private static int distinctColours(BufferedImage img) {
        Set<Integer> s = new HashSet<>();
        for (int y = 0; y < img.getHeight(); y += 2) {
            for (int x = 0; x < img.getWidth(); x += 2) {
                s.add(img.getRGB(x, y));
            }
        }
        return s.size();
    }

    /** Connected regions (4-neighbour) of pixels within a small distance of a colour. */
    private static int blobs(BufferedImage img, java.awt.Color c) {
        // a marker is a disc 0.7 cells wide: at least ~20 pixels; smaller specks are anti-aliasing
        int minPixels = 20;
        int w = img.getWidth();
        int h = img.getHeight();
        boolean[] mask = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = img.getRGB(x, y);
                int r = rgb >> 16 & 0xff;
                int g = rgb >> 8 & 0xff;
                int b = rgb & 0xff;
                mask[y * w + x] = Math.abs(r - c.getRed()) + Math.abs(g - c.getGreen()) + Math.abs(b - c.getBlue()) < 40;
            }
        }
        int count = 0;
        int[] stack = new int[w * h];
        for (int i = 0; i < mask.length; i++) {
            if (!mask[i]) {
                continue;
            }
            int size = 0;
            int top = 0;
            stack[top++] = i;
            mask[i] = false;
            while (top > 0) {
                int k = stack[--top];
                size++;
                int x = k % w;
                int y = k / w;
                int[] nbs = {x > 0 ? k - 1 : -1, x < w - 1 ? k + 1 : -1, y > 0 ? k - w : -1, y < h - 1 ? k + w : -1};
                for (int n : nbs) {
                    if (n >= 0 && mask[n]) {
                        mask[n] = false;
                        stack[top++] = n;
                    }
                }
            }
            if (size >= minPixels) {
                count++;
            }
        }
        return count;
    }
}
