package org.commsafe.charts;

import java.nio.file.Path;

/** Lets tests in other packages check PNG size and DPI like {@link ChartExportTest}. */
public final class ChartExportTestAccess {
    private ChartExportTestAccess() {
    }

    public static void assertPng(Path png, int width, int height, int dpi) throws Exception {
        ChartExportTest.assertPng(png, width, height, dpi);
    }
}
