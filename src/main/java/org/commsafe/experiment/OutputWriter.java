package org.commsafe.experiment;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;

/** The tidy output tables of a run: daily.csv and summary.csv. */
public final class OutputWriter {
    private OutputWriter() {
    }

    public static String dailyHeader() {
        StringBuilder sb = new StringBuilder("replication,seed,day,community");
        for (Metric m : Metric.all()) {
            sb.append(',').append(m.column());
        }
        return sb.append('\n').toString();
    }

    /** Rows of one replication: each day, its communities then the city row. */
    public static void dailyRows(RunResult r, Writer w) throws IOException {
        dailyRows(r, "", false, w);
    }

    /**
     * Rows of one replication, each starting with {@code prefix} (a sweep puts run, point and
     * point name there); {@code cityOnly} keeps only the city rows.
     */
    public static void dailyRows(RunResult r, String prefix, boolean cityOnly, Writer w) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        for (int d = 0; d < r.days(); d++) {
            double[][] rows = r.daily()[d];
            for (int row = cityOnly ? r.communities() : 0; row < rows.length; row++) {
                sb.append(prefix).append(r.replication()).append(',').append(r.seed()).append(',').append(d + 1).append(',')
                    .append(row < r.communities() ? r.communityNames()[row] : "city");
                for (double v : rows[row]) {
                    sb.append(',');
                    Csv.num(sb, v);
                }
                sb.append('\n');
            }
            if (sb.length() > 1 << 15) {
                w.append(sb);
                sb.setLength(0);
            }
        }
        w.append(sb);
    }

    public static void writeDaily(Path file, List<RunResult> results) throws IOException {
        AtomicFiles.write(file, w -> {
            w.write(dailyHeader());
            for (RunResult r : results) {
                dailyRows(r, w);
            }
        });
    }

    public static String summaryHeader() {
        StringBuilder sb = new StringBuilder("replication,seed");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',').append(m.column());
        }
        return sb.append('\n').toString();
    }

    public static String summaryRow(RunResult r) {
        StringBuilder sb = new StringBuilder();
        sb.append(r.replication()).append(',').append(r.seed());
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append(',');
            Csv.num(sb, m.compute(r));
        }
        return sb.append('\n').toString();
    }

    public static void writeSummary(Path file, List<RunResult> results) throws IOException {
        AtomicFiles.write(file, w -> {
            w.write(summaryHeader());
            for (RunResult r : results) {
                w.write(summaryRow(r));
            }
        });
    }
}
