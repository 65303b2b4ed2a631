package org.commsafe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.experiment.Merge;
import org.commsafe.experiment.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the shard directories of a sweep into one output, byte-identical to the sweep run on one machine.",
        "Refuses shards of different experiments and names runs that are missing or duplicated."})
public final class MergeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "Shard output directories")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Merged output directory")
    Path out;

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        try {
            OutputDirectory.check(out, overwrite);
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        try {
            List<Integer> runs = Merge.merge(shards, out, "commsafe merge " + shards + " --out " + out);
            System.out.println("output: " + out + " (" + runs.size() + " runs from " + shards.size() + " shards)");
            return Main.OK;
        } catch (Merge.RefusedException e) {
            System.err.println("commsafe: error: merge refused: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }
}
