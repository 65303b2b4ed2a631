package org.commsafe.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Experiment;
import org.commsafe.experiment.ExperimentLoader;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.experiment.Shard;
import org.commsafe.experiment.Sweep;
import org.commsafe.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sweep", mixinStandardHelpOptions = true,
    description = {"Run an experiment file: design points x replications, on all cores, resumable.",
        "Writes runs.csv, daily.csv.gz, points.csv and manifest.json."})
public final class SweepCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "Experiment file (YAML)")
    Path file;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/<name>[-shard-I-of-N])")
    Path out;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--resume", description = "Continue an interrupted sweep in --out: skip completed runs, redo the rest")
    boolean resume;

    @Option(names = "--shard", paramLabel = "I/N",
        description = "Run only shard I of N (default: from SLURM_ARRAY_TASK_ID / SLURM_ARRAY_TASK_COUNT when set)")
    String shard;

    @Option(names = "--daily", paramLabel = "ROWS", description = "Daily rows to keep: all (default) or city")
    String daily = "all";

    @Override
    public Integer call() throws Exception {
        Experiment e;
        Shard s;
        try {
            e = ExperimentLoader.load(file);
            s = shard();
        } catch (ScenarioException ex) {
            System.err.println("commsafe: error: " + ex.describe());
            return Main.BAD_INPUT;
        } catch (IllegalArgumentException ex) {
            System.err.println("commsafe: error: --shard: " + ex.getMessage());
            return Main.BAD_INPUT;
        }
        if (!daily.equals("all") && !daily.equals("city")) {
            System.err.println("commsafe: error: --daily must be 'all' or 'city'");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("results", e.name() + (s.count() > 1 ? "-shard-" + s.index() + "-of-" + s.count() : ""));
        String commandLine = Main.commandLine(spec, "commsafe sweep " + file + (resume ? " --resume" : ""));
        org.commsafe.experiment.Fingerprint fp = org.commsafe.experiment.Fingerprint.ofSweep(e, daily.equals("city"), s);
        try (OutputLock lock = OutputDirectory.open(dir, resume, "--resume to continue a sweep there", commandLine, System.err)) {
            if (resume) {
                Sweep.checkResume(dir, fp);
            }
            int t = threads == null ? Batch.defaultThreads() : threads;
            System.err.printf("commsafe: sweep %s: %d points x %d replications = %d runs%s, %d thread(s)%n", e.name(),
                e.points().size(), e.replications(), e.runs(), s.count() > 1 ? " (shard " + s + ")" : "", t);
            Sweep.Outcome o = Sweep.execute(e, dir, t, s, daily.equals("city"), commandLine, System.err, fp);
            System.out.println("output: " + dir);
            if (!o.ok()) {
                System.err.printf("commsafe: %d run(s) failed:%n", o.failures().size());
                for (Map.Entry<Integer, String> f : new java.util.TreeMap<>(o.failures()).entrySet()) {
                    System.err.printf("  run %d (point %s, seed %d): %s%n", f.getKey(), e.pointOf(f.getKey()).name(),
                        e.seedOf(f.getKey()), f.getValue());
                }
                System.err.println("commsafe: rerun with --resume to retry them");
                return Main.FAILED;
            }
        } catch (OutputDirectory.RefusedException ex) {
            System.err.println("commsafe: error: " + ex.getMessage());
            return Main.BAD_INPUT;
        }
        return Main.OK;
    }

    private Shard shard() {
        if (shard != null) {
            return Shard.parse(shard);
        }
        String id = System.getenv("SLURM_ARRAY_TASK_ID");
        String count = System.getenv("SLURM_ARRAY_TASK_COUNT");
        if (id != null && count != null) {
            return Shard.parse(id + "/" + count);
        }
        return Shard.ALL;
    }
}
