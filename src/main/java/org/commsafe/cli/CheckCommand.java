package org.commsafe.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.commsafe.analysis.TargetCheck;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.RunResult;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioException;
import org.commsafe.scenario.Targets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Run a scenario and print how it meets calibration targets; exit 1 when a target is missed.")
public final class CheckCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--targets", required = true, paramLabel = "FILE", description = "Targets file (e.g. scenarios/targets/seed-city.yaml)")
    Path targetsFile;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        Targets t = s == null ? null : targets(targetsFile);
        if (t == null) {
            return Main.BAD_INPUT;
        }
        List<RunResult> rs = Batch.run(s, threads == null ? Batch.defaultThreads() : threads, null);
        List<TargetCheck.Row> rows = TargetCheck.rows(t, rs);
        System.out.printf("%s against %s (%d replications, seed %d)%n%n", s.name(), t.name(), s.replications(), s.seed());
        System.out.print(TargetCheck.table(rows));
        boolean ok = TargetCheck.allPass(rows);
        System.out.println(ok ? "\nall targets met" : "\ntarget(s) missed");
        return ok ? Main.OK : Main.FAILED;
    }

    /** Loads a targets file, or prints why not and returns null. */
    static Targets targets(java.nio.file.Path file) {
        try {
            return Targets.load(file);
        } catch (ScenarioException e) {
            System.err.println("commsafe: error: " + e.describe());
            return null;
        }
    }
}
