package org.commsafe.cli;

import java.util.concurrent.Callable;
import org.commsafe.model.ParameterSpace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "params", mixinStandardHelpOptions = true,
    description = "List every parameter: key, default, unit, range, meaning and source.")
public final class ParamsCommand implements Callable<Integer> {
    @Option(names = "--markdown", description = "As the Markdown table used in docs/ODD.md")
    boolean markdown;

    @Override
    public Integer call() {
        System.out.print(markdown ? markdownTable() : plain());
        return Main.OK;
    }

    static String plain() {
        StringBuilder sb = new StringBuilder();
        String group = "";
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            if (!s.meta().group().equals(group)) {
                group = s.meta().group();
                sb.append('\n').append(group).append('\n');
            }
            sb.append(String.format("  %-40s %-10s %-28s %s%n", s.key(), s.meta().def(), s.meta().unit(), s.range()));
            sb.append(String.format("  %-40s %s [%s]%n", "", s.meta().doc(), s.meta().source()));
        }
        return sb.toString();
    }

    /** The ODD parameter table: generated, so it cannot drift from the code. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| group | key | default | unit | range | meaning | source | free |\n");
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (ParameterSpace.Spec s : ParameterSpace.specs()) {
            sb.append("| ").append(s.meta().group()).append(" | `").append(s.key()).append("` | ")
                .append(s.meta().def()).append(" | ").append(s.meta().unit()).append(" | ")
                .append(s.range()).append(" | ").append(s.meta().doc()).append(" | ")
                .append(s.meta().source()).append(" | ").append(s.meta().free() ? "yes" : "").append(" |\n");
        }
        return sb.toString();
    }
}
