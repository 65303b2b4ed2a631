package org.commsafe.cli;

import java.util.concurrent.Callable;
import org.commsafe.metrics.Metric;
import org.commsafe.metrics.SummaryMetric;
import picocli.CommandLine.Command;

@Command(name = "columns", mixinStandardHelpOptions = true,
    description = "Document every output column of daily.csv and summary.csv (Markdown).")
public final class ColumnsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.out.print(markdown());
        return Main.OK;
    }

    /** The README's column tables: generated, so they cannot drift from the code. */
    public static String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("`daily.csv` (one row per replication x day x community, plus `city` rows):\n\n");
        sb.append("| column | unit | meaning |\n| --- | --- | --- |\n");
        sb.append("| `replication` | index | replication number, from 0 |\n");
        sb.append("| `seed` | integer | the replication's random seed |\n");
        sb.append("| `day` | day | observed day, 1 = first day after burn-in |\n");
        sb.append("| `community` | name | `c00`, `c01`, ... (row-major on the community grid) or `city` |\n");
        for (Metric m : Metric.all()) {
            sb.append("| `").append(m.column()).append("` | ").append(m.unit).append(" | ").append(m.description).append(" |\n");
        }
        sb.append("\n`summary.csv` (one row per replication; `summary_stats.csv` gives n, mean, sd and 95% interval of each):\n\n");
        sb.append("| column | unit | meaning |\n| --- | --- | --- |\n");
        for (SummaryMetric m : SummaryMetric.values()) {
            sb.append("| `").append(m.column()).append("` | ").append(m.unit).append(" | ").append(m.description).append(" |\n");
        }
        return sb.toString();
    }
}
