package org.commsafe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.experiment.Merge;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "merge", mixinStandardHelpOptions = true,
    description = {"Merge the shard directories of a sweep into one output, byte-identical to the sweep run on one machine.",
        "Refuses shards of different experiments and names runs that are missing or duplicated."})
public final class MergeCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "Shard output directories")
    List<Path> shards;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Merged output directory")
    Path out;

    @Option(names = "--overwrite", description = "Write into an existing non-empty directory")
    boolean overwrite;

    @Override
    public Integer call() throws Exception {
        String commandLine = Main.commandLine(spec, "commsafe merge " + shards + " --out " + out);
        try (OutputLock lock = OutputDirectory.open(out, overwrite, "--overwrite", commandLine, System.err)) {
            for (Path s : shards) {
                if (s.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
                    System.err.println("commsafe: error: --out " + out + " is one of the shards");
                    return Main.BAD_INPUT;
                }
            }
            List<Integer> runs = Merge.merge(shards, out, commandLine, overwrite);
            System.out.println("output: " + out + " (" + runs.size() + " runs from " + shards.size() + " shards)");
            return Main.OK;
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (Merge.RefusedException e) {
            System.err.println("commsafe: error: merge refused: " + e.getMessage());
            return Main.BAD_INPUT;
        } catch (java.nio.charset.CharacterCodingException e) {
            System.err.println("commsafe: error: merge refused: a shard file is not UTF-8 text (" + e + ")");
            return Main.BAD_INPUT;
        }
    }
}
