package org.commsafe.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Experiment;
import org.commsafe.experiment.ExperimentLoader;
import org.commsafe.experiment.SlurmScripts;
import org.commsafe.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "slurm", mixinStandardHelpOptions = true,
    description = {"Write sbatch scripts for a sweep (an N-task Slurm job array and a merge job) and print how to submit them.",
        "The merge job depends on the array and merges its shards into one output.",
        "For an optimisation (stages that depend on each other): commsafe optimise ... --slurm N."})
public final class SlurmCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (YAML)")
    Path file;

    @Option(names = "--tasks", required = true, paramLabel = "N", converter = Counts.Positive.class, description = "Array tasks (shards)")
    int tasks;

    @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's)")
    String partition;

    @Option(names = "--time", paramLabel = "T", description = "Time limit per task, e.g. 02:00:00 (default: the cluster's)")
    String time;

    @Option(names = "--cpus", paramLabel = "C", converter = Counts.Threads.class, description = "CPUs per task = sweep threads (default: 4)")
    int cpus = 4;

    @Option(names = "--mem", paramLabel = "M", description = "Memory per task, e.g. 4G (default: the cluster's)")
    String mem;

    @Option(names = "--setup", paramLabel = "CMD", description = "A shell line run before java, e.g. 'module load java/17' (repeatable)")
    List<String> setup = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", description = "Where shards and the merged result go (default: results/<name>-slurm)")
    Path out;

    @Option(names = "--jar", paramLabel = "JAR", description = "commsafe jar the tasks run (default: this one)")
    Path jar;

    @Override
    public Integer call() throws Exception {
        Experiment e;
        try {
            e = ExperimentLoader.load(file);
        } catch (ScenarioException ex) {
            System.err.println("commsafe: error: " + ex.describe());
            return Main.BAD_INPUT;
        }
        String[][] checked = {{"--partition", partition}, {"--time", time}, {"--mem", mem},
            {"EXPERIMENT", file.toAbsolutePath().toString()}, {"--out", out == null ? "" : out.toAbsolutePath().toString()},
            {"--jar", jar == null ? "" : jar.toAbsolutePath().toString()}};
        for (String[] c : checked) {
            String problem = c[1] == null ? null : SlurmScripts.problem(c[0], c[1]);
            if (problem != null) {
                System.err.println("commsafe: error: " + c[0] + ": " + problem);
                return Main.BAD_INPUT;
            }
        }
        if (tasks < 1 || cpus < 1) {
            System.err.println("commsafe: error: --tasks and --cpus must be at least 1");
            return Main.BAD_INPUT;
        }
        if (tasks > e.runs()) {
            System.err.printf("commsafe: error: --tasks %d exceeds the %d runs of the experiment%n", tasks, e.runs());
            return Main.BAD_INPUT;
        }
        Path jarPath = jar != null ? jar : Path.of(SlurmCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path dir = (out != null ? out : Path.of("results", e.name() + "-slurm")).toAbsolutePath().normalize();
        Path slurm = dir.resolve("slurm");
        Files.createDirectories(slurm.resolve("logs"));
        SlurmScripts.Options o = new SlurmScripts.Options(tasks, partition, time, cpus, mem, setup);
        AtomicFiles.writeString(slurm.resolve("sweep.sbatch"), SlurmScripts.arrayScript(e.name(), file, SlurmScripts.javaJar(jarPath), dir, o));
        AtomicFiles.writeString(slurm.resolve("merge.sbatch"), SlurmScripts.mergeScript(e.name(), SlurmScripts.javaJar(jarPath), dir, o));
        AtomicFiles.writeString(slurm.resolve("submit.sh"), SlurmScripts.submitScript(slurm));
        for (String f : List.of("sweep.sbatch", "merge.sbatch", "submit.sh")) {
            Files.setPosixFilePermissions(slurm.resolve(f), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        System.out.printf("wrote %s/{sweep.sbatch,merge.sbatch,submit.sh}: %d runs in %d array tasks%n", slurm, e.runs(), tasks);
        System.out.println("submit both (the merge waits for every task to succeed):");
        System.out.println("  bash " + slurm.resolve("submit.sh"));
        System.out.println("merged result: " + dir.resolve("merged"));
        System.out.println("if task I fails, the merge never starts: cancel it (scancel MERGE_JOB), resubmit the task"
            + " (it resumes) and a merge that waits for it:");
        System.out.println("  task=$(sbatch --parsable --array=I " + slurm.resolve("sweep.sbatch") + ")");
        System.out.println("  sbatch --dependency=afterok:$task " + slurm.resolve("merge.sbatch"));
        return Main.OK;
    }
}
