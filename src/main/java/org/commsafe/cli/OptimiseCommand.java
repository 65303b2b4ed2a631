package org.commsafe.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.commsafe.charts.ChartExport;
import org.commsafe.charts.CostCharts;
import org.commsafe.charts.Labels;
import org.commsafe.costs.CostEffect;
import org.commsafe.costs.CostModel;
import org.commsafe.costs.Optimiser;
import org.commsafe.costs.Robustness;
import org.commsafe.costs.RunLog;
import org.commsafe.experiment.SlurmScripts;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.Fingerprint;
import org.commsafe.experiment.OutputDirectory;
import org.commsafe.experiment.OutputLock;
import org.commsafe.experiment.Replication;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import org.commsafe.scenario.ScenarioWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "optimise", aliases = "optimize", mixinStandardHelpOptions = true,
    description = {"The lever mix that minimises an objective within each budget: successive halving over candidate mixes of the",
        "levers a costs file names (or an experiment file's 'levers:'), on common random numbers, from an experiment file (its",
        "base, settings and the replications of the best) or a scenario file. Writes frontier.csv, candidates.csv, report.md,",
        "the frontier chart and best-N.yaml; stop any time and continue with --resume."})
public final class OptimiseCommand implements Callable<Integer> {
    @picocli.CommandLine.Parameters(index = "0", paramLabel = "EXPERIMENT|SCENARIO", description = {"An experiment file (as"
        + " 'commsafe sweep' reads: base, parameters, replications, seed, days, burn_in_days, and optionally 'levers:' to search"
        + " instead of the costs file's; a 'design:' is not used) or a scenario file.",
        "With an experiment, its replications are the replications of each budget's best and of the baseline (at least"
        + " --first-reps); with a scenario, the best gets --first-reps x 2^halvings."})
    Path file;

    @Option(names = "--reps", hidden = true)
    Integer reps;

    @Option(names = "--seed", paramLabel = "S", converter = Counts.Seed.class, description = "Base seed in [0, 2^49) (default: the file's)")
    Long seed;

    @Option(names = "--days", paramLabel = "D", converter = Counts.Days.class, description = "Observed days after burn-in (default: the file's)")
    Integer days;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one parameter of the base (repeatable)")
    List<String> sets = new ArrayList<>();

    @Option(names = "--costs", required = true, paramLabel = "FILE", description = "Costs file with a 'levers:' section")
    Path costsFile;

    @Option(names = "--budget", required = true, split = ",", paramLabel = "YUAN", description = "Budgets: extra yuan per year over"
        + " the baseline's cost, e.g. 500000,2000000")
    List<Double> budgets;

    @Option(names = "--objective", paramLabel = "O", description = "What to minimise: harm (harm per 1,000 households a year, by the"
        + " costs file's weights), victimisation, recorded, or any summary column (default: harm)")
    String objectiveName = "harm";

    @Option(names = "--candidates", paramLabel = "N", converter = Counts.Positive.class, description = "Random mixes per budget (default: 8), besides"
        + " each lever alone and, for a lever that reaches its bound first, the rest on each other lever")
    int candidates = 8;

    @Option(names = "--first-reps", paramLabel = "R", converter = Counts.Positive.class, description = "Replications of every candidate"
        + " before the first halving (default: 2); the best gets R x 2^rounds")
    int firstReps = 2;

    @Option(names = "--out", paramLabel = "DIR", description = "Output directory (default: results/optimise-<name>)")
    Path out;

    @Option(names = "--resume", description = "Continue a stopped optimisation in --out")
    boolean resume;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    @Option(names = "--robust", paramLabel = "N", description = "Re-run each budget's finalists (up to 3) over N draws of the"
        + " assumed parameters (+-50%%) and assumed prices (x 0.5-1.5): how often each stays best, its regret (default: 0, none)")
    int robust = 0;

    @Option(names = "--robust-reps", paramLabel = "R", converter = Counts.Positive.class, description = "Replications per draw with"
        + " --robust (default: 2)")
    int robustReps = 2;

    @Option(names = "--lang", paramLabel = "en|zh", description = "Language of the chart (default: en)")
    String lang = "en";

    @Option(names = "--shard", paramLabel = "I/N", description = "Run only shard I of N (0 <= I < N) of the first stage that has"
        + " missing runs (a round of the search: every candidate on the same replications), logged in OUT/shards/I-of-N, and"
        + " exit; when every shard has run, --collect or --resume goes on")
    String shard;

    @Option(names = "--collect", description = "Run no model run: merge the shards' runs and write the outputs if no stage"
        + " has missing runs, else exit 3 (the next stage's runs are pending: run the shards again)")
    boolean collect;

    @picocli.CommandLine.ArgGroup(exclusive = false, heading = "Slurm (instead of running: a job array per stage and a job"
        + " that advances the search)%n")
    SlurmOptions slurm = new SlurmOptions();

    /** Options of optimise --slurm. */
    static final class SlurmOptions {
        @Option(names = "--slurm", paramLabel = "N", converter = Counts.Positive.class, description = "Write OUT/slurm/{stage.sbatch,"
            + "advance.sbatch,submit.sh}: each stage as an N-task array (shards), then a job that collects it and submits the"
            + " next stage, until the outputs are written")
        Integer tasks;

        @Option(names = "--partition", paramLabel = "P", description = "Slurm partition (default: the cluster's)")
        String partition;

        @Option(names = "--time", paramLabel = "T", description = "Time limit per task, e.g. 02:00:00 (default: the cluster's)")
        String time;

        @Option(names = "--cpus", paramLabel = "C", converter = Counts.Threads.class, description = "CPUs per task = threads"
            + " (default: 4)")
        int cpus = 4;

        @Option(names = "--mem", paramLabel = "M", description = "Memory per task, e.g. 4G (default: the cluster's)")
        String mem;

        @Option(names = "--setup", paramLabel = "CMD", description = "A shell line run before java, e.g. 'module load java/17'"
            + " (repeatable)")
        List<String> setup = new ArrayList<>();

        @Option(names = "--jar", paramLabel = "JAR", description = "commsafe jar the jobs run (default: this one)")
        Path jar;
    }

    @Override
    public Integer call() throws Exception {
        if (reps != null) {
            System.err.println("commsafe: error: --reps: optimise chooses the replications itself (--first-reps, doubled at each"
                + " halving, up to an experiment file's 'replications:')");
            return Main.BAD_INPUT;
        }
        CostModel model = CostsCommand.load(costsFile);
        if (model == null) {
            return Main.BAD_INPUT;
        }
        Input in = input(model);
        Scenario s = in.scenario();
        model = in.model();
        checkLevers(model, s);
        if (in.finalReps() > 0 && firstReps > in.finalReps()) {
            System.err.println("commsafe: error: --first-reps " + firstReps + " exceeds the " + in.finalReps() + " replications of "
                + file + " (the best's); lower --first-reps or raise 'replications:'");
            return Main.BAD_INPUT;
        }
        if (model.levers().isEmpty()) {
            System.err.println("commsafe: error: " + costsFile + ": no 'levers:' to optimise");
            return Main.BAD_INPUT;
        }
        for (double b : budgets) {
            if (!(b >= 0 && b < 1e13)) {
                System.err.println("commsafe: error: --budget: " + b + " is not a yuan amount from 0 to 1e13");
                return Main.BAD_INPUT;
            }
        }
        Optimiser.Objective objective = objective(model);
        if (objective == null) {
            return Main.BAD_INPUT;
        }
        Labels labels = Main.labelsOrReport(lang);
        if (labels == null) {
            return Main.BAD_INPUT;
        }
        org.commsafe.experiment.Shard sh = null;
        if (shard != null) {
            try {
                sh = org.commsafe.experiment.Shard.parse(shard);
            } catch (IllegalArgumentException e) {
                System.err.println("commsafe: error: --shard: " + e.getMessage());
                return Main.BAD_INPUT;
            }
        }
        if ((sh != null ? 1 : 0) + (collect ? 1 : 0) + (slurm.tasks != null ? 1 : 0) > 1) {
            System.err.println("commsafe: error: --shard, --collect and --slurm exclude each other");
            return Main.BAD_INPUT;
        }
        if (slurm.tasks == null && (slurm.partition != null || slurm.time != null || slurm.mem != null || slurm.jar != null
            || !slurm.setup.isEmpty())) {
            System.err.println("commsafe: error: --partition, --time, --mem, --setup and --jar go with --slurm N");
            return Main.BAD_INPUT;
        }
        Path dir = out != null ? out : Path.of("results", "optimise-" + s.name());
        String commandLine = "commsafe optimise " + file + " --costs " + costsFile + " --budget " + budgets + (resume ? " --resume" : "")
            + (sh != null ? " --shard " + sh : "") + (collect ? " --collect" : "");
        Fingerprint fp = fingerprint(in);
        int th = threads == null ? Batch.defaultThreads() : threads;
        double[] bs = budgets.stream().mapToDouble(Double::doubleValue).toArray();
        Optimiser opt = new Optimiser(model, ParameterSpace.toMap(s.parameters()), evaluator(s), objective,
            new Optimiser.Settings(bs, candidates, firstReps, s.seed(), th, in.finalReps()), System.err);
        if (sh != null) {
            return shard(dir, sh, fp, commandLine, in, model, opt, objective, bs, th);
        }
        try (OutputLock lock = OutputDirectory.open(dir, resume, "--resume to continue the optimisation there", commandLine, System.err)) {
            String problem = resumeProblem(dir, fp);
            if (problem != null) {
                System.err.println("commsafe: error: " + problem);
                return Main.BAD_INPUT;
            }
            if (slurm.tasks != null) {
                return slurmScripts(dir, s, fp);
            }
            Files.deleteIfExists(dir.resolve("report.md")); // written last: its absence marks an unfinished optimisation
            fp.write(dir);
            opt.mode(collect ? RunLog.Mode.COLLECT : RunLog.Mode.ALL);
            try {
                Optimiser.Result r = opt.run(dir);
                String robustMd = robust > 0 ? robust(dir, s, model, opt, r, objective, bs, th) : "";
                write(dir, in, model, opt, r, labels, robustMd);
            } catch (RunLog.Pending p) {
                System.err.printf(Locale.ROOT, "commsafe: optimise: stage %d (%s) has %d runs pending: run its shards (--shard I/N)"
                    + " and then this again, or run without --collect%n", p.stage, p.getMessage(), p.missing);
                return Main.PENDING;
            }
            // the shards' runs are in the main logs now
            OutputDirectory.removeOwn(dir, List.of(RunLog.SHARDS));
            return Main.OK;
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /**
     * Why this optimisation cannot continue in dir, or null: its fingerprint (when there is
     * one) and every shard's must match this one's. A directory holding only shards and Slurm
     * scripts may start.
     */
    private static String resumeProblem(Path dir, Fingerprint fp) throws java.io.IOException {
        if (Fingerprint.read(dir) != null) {
            String problem = fp.resumeProblem(dir, "");
            if (problem != null) {
                return problem;
            }
        } else if (Files.isDirectory(dir)) {
            try (java.util.stream.Stream<Path> st = Files.list(dir)) {
                List<String> other = st.map(p -> p.getFileName().toString()).filter(n -> !n.equals(RunLog.SHARDS) && !n.equals("slurm")
                    && !n.equals(OutputLock.FILE) && !n.startsWith(".")).sorted().toList();
                if (!other.isEmpty()) {
                    return dir + " has no " + Fingerprint.FILE + " but holds " + other + "; cannot resume it";
                }
            }
        }
        for (Path sd : RunLog.shardDirs(dir)) {
            if (Fingerprint.read(sd) != null) {
                String problem = fp.resumeProblem(sd, "");
                if (problem != null) {
                    return "shard " + problem;
                }
            }
        }
        return null;
    }

    /** Runs this shard's share of the first stage with missing runs (in OUT/shards/I-of-N) and exits. */
    private int shard(Path dir, org.commsafe.experiment.Shard sh, Fingerprint fp, String commandLine, Input in, CostModel model,
                      Optimiser opt, Optimiser.Objective objective, double[] bs, int th) throws Exception {
        Path sd = RunLog.shardDir(dir, sh);
        try (OutputLock lock = OutputDirectory.open(sd, true, "", commandLine, System.err)) {
            String problem = resumeProblem(dir, fp);
            if (problem == null && Fingerprint.read(sd) != null) {
                problem = fp.resumeProblem(sd, "");
            }
            if (problem != null) {
                System.err.println("commsafe: error: " + problem);
                return Main.BAD_INPUT;
            }
            fp.write(sd);
            opt.mode(RunLog.Mode.shard(sh));
            try {
                Optimiser.Result r = opt.run(dir);
                if (robust > 0) {
                    robust(dir, in.scenario(), model, opt, r, objective, bs, th);
                }
            } catch (RunLog.Pending p) {
                System.err.printf(Locale.ROOT, "commsafe: optimise: shard %s ran %d runs of stage %d (%s); %d runs of the stage are left"
                    + " to other shards. When every shard has run: optimise --resume --collect (exit 3: the next stage has runs for the"
                    + " shards), or optimise --resume to go on here%n", sh, p.ran, p.stage, p.getMessage(), p.missing);
                System.out.println("output: " + sd + " (" + p.ran + " new runs)");
                return Main.OK;
            }
            System.err.println("commsafe: optimise: shard " + sh + ": no stage has runs left; write the outputs with optimise"
                + " --resume (without --shard)");
            System.out.println("output: " + sd + " (0 new runs)");
            return Main.OK;
        } catch (OutputDirectory.RefusedException e) {
            System.err.println("commsafe: error: " + e.getMessage());
            return Main.BAD_INPUT;
        }
    }

    /** optimise's own arguments that define the problem (absolute paths), for the Slurm scripts. */
    private List<String> problemArgs() {
        List<String> a = new ArrayList<>(List.of(file.toAbsolutePath().normalize().toString(), "--costs",
            costsFile.toAbsolutePath().normalize().toString()));
        StringBuilder b = new StringBuilder();
        for (double x : budgets) {
            b.append(b.length() == 0 ? "" : ",").append(Csv.num(x));
        }
        a.addAll(List.of("--budget", b.toString(), "--objective", objectiveName, "--candidates", Integer.toString(candidates),
            "--first-reps", Integer.toString(firstReps), "--robust", Integer.toString(robust), "--robust-reps",
            Integer.toString(robustReps), "--lang", lang));
        if (seed != null) {
            a.addAll(List.of("--seed", Long.toString(seed)));
        }
        if (days != null) {
            a.addAll(List.of("--days", Integer.toString(days)));
        }
        for (String kv : sets) {
            a.addAll(List.of("--set", kv));
        }
        return a;
    }

    private int slurmScripts(Path dir, Scenario s, Fingerprint fp) throws Exception {
        String[][] checked = {{"--partition", slurm.partition}, {"--time", slurm.time}, {"--mem", slurm.mem}};
        for (String[] c : checked) {
            String problem = c[1] == null ? null : SlurmScripts.problem(c[0], c[1]);
            if (problem != null) {
                System.err.println("commsafe: error: " + c[0] + ": " + problem);
                return Main.BAD_INPUT;
            }
        }
        List<String> args = problemArgs();
        Path abs = dir.toAbsolutePath().normalize();
        for (String v : java.util.stream.Stream.concat(args.stream(), java.util.stream.Stream.of(abs.toString(),
                slurm.jar == null ? "" : slurm.jar.toAbsolutePath().toString())).toList()) {
            String problem = SlurmScripts.problem("argument", v);
            if (problem != null) {
                System.err.println("commsafe: error: " + problem);
                return Main.BAD_INPUT;
            }
        }
        Path jarPath = slurm.jar != null ? slurm.jar : Path.of(OptimiseCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path sl = abs.resolve("slurm");
        fp.write(dir);
        Files.createDirectories(sl.resolve("logs"));
        SlurmScripts.Options o = new SlurmScripts.Options(slurm.tasks, slurm.partition, slurm.time, slurm.cpus, slurm.mem, slurm.setup);
        String launcher = SlurmScripts.javaJar(jarPath);
        AtomicFiles.writeString(sl.resolve("stage.sbatch"), SlurmScripts.optimiseStageScript(s.name(), args, launcher, abs, o));
        AtomicFiles.writeString(sl.resolve("advance.sbatch"), SlurmScripts.optimiseAdvanceScript(s.name(), args, launcher, abs, o));
        AtomicFiles.writeString(sl.resolve("submit.sh"), SlurmScripts.optimiseSubmitScript(sl));
        for (String f : List.of("stage.sbatch", "advance.sbatch", "submit.sh")) {
            Files.setPosixFilePermissions(sl.resolve(f), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        System.out.printf("wrote %s/{stage.sbatch,advance.sbatch,submit.sh}: each stage of the search as a %d-task job array,"
            + " then an advance job that submits the next stage until the optimisation is done%n", sl, slurm.tasks);
        System.out.println("submit:");
        System.out.println("  bash " + sl.resolve("submit.sh"));
        System.out.println("result: " + abs.resolve("report.md") + " (logs: " + sl.resolve("logs") + ")");
        System.out.println("if a task fails, the chain stops: resubmit with the same command (a task redoes only its missing runs)");
        return Main.OK;
    }

    private Optimiser.Objective objective(CostModel model) {
        switch (objectiveName) {
            case "harm":
                if (model.harm().isEmpty()) {
                    System.err.println("commsafe: error: --objective harm: " + costsFile + " has no 'harm:' weights");
                    return null;
                }
                return model::harmPer1000;
            case "victimisation":
                return x -> x[SummaryMetric.VICTIMISATION_PER_1000.ordinal()];
            case "recorded":
                return x -> x[SummaryMetric.RECORDED_PER_1000.ordinal()];
            default:
                SummaryMetric m = SummaryMetric.byColumn(objectiveName);
                if (m == null) {
                    System.err.println("commsafe: error: --objective: '" + objectiveName + "' is not harm, victimisation, recorded or a"
                        + " summary column ('commsafe columns' lists them)");
                    return null;
                }
                return x -> x[m.ordinal()];
        }
    }

    /** One replication of the scenario with the levers set: its summary outcomes. */
    static Optimiser.Evaluator evaluator(Scenario s) {
        return (levers, rep) -> {
            Parameters p = ParameterSpace.with(s.parameters(), levers);
            List<String> bad = ParameterSpace.validate(p);
            if (!bad.isEmpty()) {
                throw new IllegalArgumentException(String.join("; ", bad));
            }
            RunResult rr = Replication.run(p, rep, Seeds.replicationSeed(s.seed(), rep), s.burnInDays(), s.days(), false);
            double[] v = new double[SummaryMetric.values().length];
            for (SummaryMetric m : SummaryMetric.values()) {
                v[m.ordinal()] = m.compute(rr);
            }
            return v;
        };
    }

    /**
     * What optimise runs: the scenario (an experiment file's settings applied to its base, or a
     * scenario file) with the command-line overrides; for an experiment, its base scenario, its
     * replications (those of the best) and its levers, if it names any.
     */
    record Input(Scenario scenario, boolean experiment, Scenario base, int finalReps, CostModel model) {
    }

    /** An experiment file has 'base:', 'design:' or 'levers:'; anything else is read as a scenario file. */
    static boolean isExperiment(Path file) throws org.commsafe.scenario.ScenarioException {
        Map<String, org.commsafe.scenario.YamlFile.Entry> top = org.commsafe.scenario.YamlFile.load(file);
        return top.containsKey("base") || top.containsKey("design") || top.containsKey("levers");
    }

    private Input input(CostModel model) throws org.commsafe.scenario.ScenarioException {
        if (!isExperiment(file)) {
            Scenario s = ScenarioOptions.override(org.commsafe.scenario.ScenarioLoader.load(file), null, seed, days, sets);
            return new Input(s, false, null, 0, model);
        }
        Map<String, org.commsafe.scenario.YamlFile.Entry> top = org.commsafe.scenario.YamlFile.load(file);
        java.util.Set<String> allowed = new java.util.TreeSet<>(org.commsafe.experiment.ExperimentLoader.TOP);
        allowed.add("levers");
        for (org.commsafe.scenario.YamlFile.Entry e : top.values()) {
            if (!allowed.contains(e.key())) {
                String near = org.commsafe.scenario.Suggest.nearest(e.key(), allowed);
                throw new org.commsafe.scenario.ScenarioException(file, e.line(), e.key(), "unknown key in an experiment file"
                    + (near != null ? " (did you mean '" + near + "'?)" : "") + "; optimise reads " + String.join(", ", allowed));
            }
        }
        if (top.containsKey("design")) {
            System.err.println("commsafe: note: " + file + ":" + top.get("design").line() + ": design: not used by optimise (it"
                + " searches the levers of " + (top.containsKey("levers") ? file : costsFile) + ")");
        }
        org.commsafe.experiment.ExperimentLoader.Settings st = org.commsafe.experiment.ExperimentLoader.settings(file, top);
        Scenario s = ScenarioOptions.override(st.resolved(), null, seed, days, sets);
        org.commsafe.scenario.ScenarioLoader.checkHistory(file, "burn_in_days", s);
        CostModel m = top.containsKey("levers") ? model.withLevers(CostModel.levers(file, top.get("levers"), model.items())) : model;
        return new Input(s, true, st.base(), s.replications(), m);
    }

    /**
     * Refuses a categorical lever whose list misses the baseline's value (the search starts
     * there) or holds a value the scenario cannot run with (e.g. HOTSPOT cameras without the
     * burn-in they rank crime over), naming the file and line that declares it.
     */
    private static void checkLevers(CostModel model, Scenario s) throws org.commsafe.scenario.ScenarioException {
        Map<String, Object> base = ParameterSpace.toMap(s.parameters());
        for (CostModel.Lever lv : model.levers()) {
            if (!lv.categorical()) {
                continue;
            }
            if (lv.coordinate(base.get(lv.key())) < 0) {
                throw new org.commsafe.scenario.ScenarioException(lv.file(), lv.line(), lv.key(), "the baseline's value "
                    + base.get(lv.key()) + " is not among the values [" + String.join(", ", lv.values()) + "]; list it (the"
                    + " search starts from the baseline)");
            }
            for (int i = 0; i < lv.values().size(); i++) {
                Parameters p = ParameterSpace.with(s.parameters(), lv.key(), lv.value(i));
                List<String> bad = new ArrayList<>(ParameterSpace.validate(p));
                String history = org.commsafe.model.process.CameraPlacement.historyProblem(p.cameraLayout(), s.burnInDays());
                if (history != null) {
                    bad.add(history);
                }
                if (!bad.isEmpty()) {
                    throw new org.commsafe.scenario.ScenarioException(lv.file(), lv.line(), lv.key(), "value " + lv.values().get(i)
                        + ": " + bad.get(0));
                }
            }
        }
    }

    private Fingerprint fingerprint(Input in) throws java.io.IOException {
        Scenario s = in.scenario();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("scenario", s.name());
        f.put("base_seed", Long.toString(s.seed()));
        f.put("days", Integer.toString(s.days()));
        f.put("burn_in_days", Integer.toString(s.burnInDays()));
        f.put("resolved_scenario_sha256", Fingerprint.sha256(ScenarioWriter.toYaml(s.withReplications(1)).getBytes(StandardCharsets.UTF_8)));
        f.put("costs_file_sha256", Fingerprint.sha256(costsFile));
        f.put("budgets", budgets.toString());
        f.put("objective", objectiveName);
        f.put("candidates", Integer.toString(candidates));
        f.put("first_reps", Integer.toString(firstReps));
        if (in.experiment()) {
            f.put("final_replications", Integer.toString(in.finalReps()));
            StringBuilder lv = new StringBuilder();
            for (CostModel.Lever l : in.model().levers()) {
                lv.append(lv.length() == 0 ? "" : "; ").append(l.describe());
            }
            f.put("levers", lv.toString());
        }
        Fingerprint.build(f);
        return new Fingerprint(f);
    }

    /** The robustness table (robust.csv and a report section) of each budget's finalists. */
    private String robust(Path dir, Scenario s, CostModel model, Optimiser opt, Optimiser.Result r, Optimiser.Objective objective,
                          double[] bs, int th) throws Exception {
        List<Robustness.Finalist> fin = new ArrayList<>();
        for (int b = 0; b < bs.length; b++) {
            final int bb = b;
            List<Optimiser.Candidate> cs = new ArrayList<>(r.candidates().stream().filter(c -> c.budget == bb && !c.dropped).toList());
            cs.sort(java.util.Comparator.comparingInt((Optimiser.Candidate c) -> -c.replications)
                .thenComparingDouble(c -> c.objective).thenComparingInt(c -> c.id));
            for (Optimiser.Candidate c : cs.subList(0, Math.min(3, cs.size()))) {
                fin.add(new Robustness.Finalist(b, (c.note.equals("best") ? "best: " : "") + c.origin, c.x));
            }
        }
        Map<String, Object> bp = ParameterSpace.toMap(s.parameters());
        double[] baseX = opt.encode(bp);
        Robustness rob = new Robustness(model, bp, opt, evaluator(s), objective, System.err);
        List<Robustness.Row> rows = rob.run(dir, fin, bs, baseX, robust, robustReps, s.seed(), th);
        if (opt.mode().shard() != null) {
            return ""; // a shard writes runs only
        }
        StringBuilder csv = new StringBuilder("budget,finalist");
        for (CostModel.Lever lv : model.levers()) {
            csv.append(',').append(lv.key());
        }
        csv.append(",draws,share_best,share_within_budget,mean_regret,worst_regret,mean_objective\n");
        StringBuilder md = new StringBuilder(String.format(Locale.ROOT, "## Robustness to the assumptions (%d draws)%n%n"
            + "Each budget's finalists re-run over %d draws of the %d assumed model parameters (each within +-%.0f%% of its value)"
            + " and of the prices marked as assumptions in the costs file (x %.1f-%.1f), %d replications per draw on common random"
            + " numbers. Best: lowest objective among the budget's finalists in that draw; regret: objective above that draw's"
            + " best (the objective's units); within budget: its extra cost at that draw's prices does not exceed the budget.%n%n", robust, robust, rob.assumed().size(), Robustness.SPREAD * 100,
            1 - Robustness.SPREAD, 1 + Robustness.SPREAD, robustReps));
        md.append("| budget | finalist | share best | share within budget | mean regret | worst regret |\n| --- | --- | --- | --- | --- | --- |\n");
        for (Robustness.Row row : rows) {
            csv.append(Csv.num(bs[row.finalist().budget()])).append(',').append(Csv.field(row.finalist().label()));
            for (String x : opt.format(row.finalist().x())) {
                csv.append(',').append(Csv.field(x));
            }
            csv.append(',').append(row.draws()).append(',').append(Csv.num((double) row.best() / row.draws())).append(',')
                .append(Csv.num((double) row.feasible() / row.draws())).append(',').append(Csv.num(row.meanRegret())).append(',')
                .append(Csv.num(row.worstRegret())).append(',').append(Csv.num(row.meanObjective())).append('\n');
            StringBuilder mix = new StringBuilder();
            opt.levers(row.finalist().x()).forEach((k, v) -> mix.append(mix.length() == 0 ? "" : ", ").append(k).append(' ')
                .append(leverValue(v)));
            md.append(String.format(Locale.ROOT, "| %,.0f | %s (%s) | %.2f | %.2f | %.2f | %.2f |%n", bs[row.finalist().budget()],
                row.finalist().label(), mix, (double) row.best() / row.draws(), (double) row.feasible() / row.draws(), row.meanRegret(),
                row.worstRegret()));
        }
        AtomicFiles.writeString(dir.resolve("robust.csv"), csv.toString());
        return md.append('\n').toString();
    }

    private void write(Path dir, Input in, CostModel model, Optimiser opt, Optimiser.Result r, Labels l, String robustMd)
            throws Exception {
        Scenario s = in.scenario();
        List<CostModel.Lever> levers = model.levers();
        StringBuilder cand = new StringBuilder("budget,candidate,origin");
        for (CostModel.Lever lv : levers) {
            cand.append(',').append(lv.key());
        }
        cand.append(",estimated_cost,replications,cost,objective,status\n");
        for (Optimiser.Candidate c : r.candidates()) {
            cand.append(Csv.num(budgets.get(c.budget))).append(',').append(c.id).append(',').append(Csv.field(c.origin));
            for (String x : opt.format(c.x)) {
                cand.append(',').append(Csv.field(x));
            }
            cand.append(',').append(Csv.num(c.estimatedCost)).append(',').append(c.replications).append(',')
                .append(Csv.num(c.cost - r.baselineCost())).append(',').append(Csv.num(c.objective)).append(',')
                .append(Csv.field(c.dropped ? c.note : c.note.isEmpty() ? "not ranked" : c.note)).append('\n');
        }
        AtomicFiles.writeString(dir.resolve("candidates.csv"), cand.toString());
        StringBuilder fr = new StringBuilder("budget");
        for (CostModel.Lever lv : levers) {
            fr.append(',').append(lv.key());
        }
        fr.append(",replications,extra_cost,extra_cost_low,extra_cost_high,objective,objective_low,objective_high,baseline_objective,"
            + "change,change_low,change_high\n");
        StringBuilder md = new StringBuilder("# Optimisation: the best lever mix per budget\n\n");
        md.append(String.format(Locale.ROOT, "Scenario `%s`; costs `%s`; objective `%s` (minimised%s); %d random mixes per budget besides the single-lever ones,"
            + " successive halving from %d replications, common random numbers. Budgets and costs: extra yuan per year over the"
            + " baseline's %,.0f yuan of priced levers.%n%n", s.name(), costsFile, objectiveName,
            objectiveName.equals("harm") ? ", " + model.harmUnit() + " per 1,000 households a year" : "", candidates, firstReps,
            r.baselineCost()));
        md.append("| budget (yuan/year) |");
        for (CostModel.Lever lv : levers) {
            md.append(' ').append(lv.key()).append(" |");
        }
        md.append(" replications | extra cost | objective | change vs baseline [95% interval] |\n|");
        md.append(" --- |".repeat(levers.size() + 5)).append('\n');
        List<Double> bx = new ArrayList<>();
        List<double[]> by = new ArrayList<>();
        List<String> mixes = new ArrayList<>();
        double[] baseX = opt.encode(ParameterSpace.toMap(s.parameters()));
        for (int b = 0; b < r.best().size(); b++) {
            Optimiser.Best best = r.best().get(b);
            if (best.candidate() == null) {
                md.append("| ").append(Csv.num(best.budget())).append(" | no mix fits this budget |\n");
                continue;
            }
            int n = best.objective().length;
            double[] dc = new double[n];
            double[] dobj = new double[n];
            for (int i = 0; i < n; i++) {
                dc[i] = best.cost()[i] - best.baseCost()[i];
                dobj[i] = best.objective()[i] - best.baseObjective()[i];
            }
            CostEffect.Interval ci = CostEffect.level(dc);
            CostEffect.Interval oi = CostEffect.level(best.objective());
            CostEffect.Interval di = CostEffect.level(dobj);
            CostEffect.Interval bo = CostEffect.level(best.baseObjective());
            fr.append(Csv.num(best.budget()));
            md.append("| ").append(String.format(Locale.ROOT, "%,.0f", best.budget())).append(" |");
            for (String x : opt.format(best.candidate().x)) {
                fr.append(',').append(Csv.field(x));
                md.append(' ').append(x).append(" |");
            }
            fr.append(',').append(n);
            for (CostEffect.Interval i : List.of(ci, oi)) {
                fr.append(',').append(Csv.num(i.mean())).append(',').append(Csv.num(i.low())).append(',').append(Csv.num(i.high()));
            }
            fr.append(',').append(Csv.num(bo.mean()));
            fr.append(',').append(Csv.num(di.mean())).append(',').append(Csv.num(di.low())).append(',').append(Csv.num(di.high()))
                .append('\n');
            md.append(String.format(Locale.ROOT, " %d | %,.0f | %.3f | %+.3f [%+.3f, %+.3f] |%n", n, ci.mean(), oi.mean(), di.mean(),
                di.low(), di.high()));
            bx.add(best.budget());
            by.add(new double[] {di.mean(), di.low(), di.high()});
            mixes.add(changed(opt, best.candidate().x, baseX));
            StringBuilder yaml = new StringBuilder("# Best mix for a budget of ").append(Csv.num(best.budget()))
                .append(" extra yuan a year, by: ").append("commsafe optimise (report.md)\n");
            yaml.append("name: best-").append(b + 1).append('\n');
            if (!in.experiment()) {
                yaml.append("extends: ").append(ScenarioWriter.quote(dir.toAbsolutePath().relativize(s.file().toAbsolutePath()).toString()))
                    .append('\n');
                yaml.append("parameters:\n");
                opt.levers(best.candidate().x).forEach((k, v) -> yaml.append("  ").append(k).append(": ")
                    .append(leverValue(v)).append('\n'));
            } else {
                // the experiment's base, its settings and every parameter it (or --set, or the mix) changes
                if (in.base().file() != null) {
                    yaml.append("extends: ").append(ScenarioWriter.quote(dir.toAbsolutePath().relativize(in.base().file().toAbsolutePath())
                        .toString())).append('\n');
                }
                yaml.append("replications: ").append(s.replications()).append('\n');
                yaml.append("seed: ").append(s.seed()).append('\n');
                yaml.append("days: ").append(s.days()).append('\n');
                yaml.append("burn_in_days: ").append(s.burnInDays()).append('\n');
                yaml.append("parameters:\n");
                Map<String, Object> before = ParameterSpace.toMap(in.base().parameters());
                Map<String, Object> after = ParameterSpace.toMap(s.parameters());
                after.putAll(opt.levers(best.candidate().x));
                after.forEach((k, v) -> {
                    Object was = before.get(k);
                    boolean same = was instanceof Number a && v instanceof Number c ? a.doubleValue() == c.doubleValue()
                        : String.valueOf(was).equals(String.valueOf(v));
                    if (!same) {
                        yaml.append("  ").append(k).append(": ").append(leverValue(v)).append('\n');
                    }
                });
            }
            AtomicFiles.writeString(dir.resolve("best-" + (b + 1) + ".yaml"), yaml.toString());
        }
        CostEffect.Interval base = CostEffect.level(r.baselineObjective());
        md.append(String.format(Locale.ROOT, "%nBaseline objective: %.3f [%.3f, %.3f] (%d replications).%n%n", base.mean(), base.low(),
            base.high(), r.baselineObjective().length));
        md.append(robustMd);
        md.append("Files: frontier.csv (the best mix per budget), candidates.csv (every mix tried, how far it got), evaluations.csv"
            + " (every run: lever key, replication, all summary outcomes), best-N.yaml (rerun a best mix with commsafe run), "
            + "charts/frontier.{png,svg,pdf}.\n\n![frontier](charts/frontier.png)\n");
        AtomicFiles.writeString(dir.resolve("frontier.csv"), fr.toString());
        Files.createDirectories(dir.resolve("charts"));
        double[] xb = bx.stream().mapToDouble(Double::doubleValue).toArray();
        double[] m = new double[by.size()];
        double[] lo = new double[by.size()];
        double[] hi = new double[by.size()];
        for (int i = 0; i < by.size(); i++) {
            m[i] = by.get(i)[0];
            lo[i] = by.get(i)[1];
            hi[i] = by.get(i)[2];
        }
        String axis = objectiveName.equals("harm") ? CostChartsLabel.harm(l, model.harmUnit(l.language)) : l.metric(objectiveName.equals(
            "victimisation") ? "victimisation_per_1000" : objectiveName.equals("recorded") ? "recorded_per_1000" : objectiveName);
        ChartExport.all(CostCharts.frontier(xb, m, lo, hi, mixes.toArray(String[]::new), axis, l), dir.resolve("charts").resolve("frontier"),
            ChartExport.Format.of("screen", 150, 0), l);
        AtomicFiles.writeString(dir.resolve("report.md"), md.toString());
        System.out.print(md);
        System.out.println("output: " + dir + " (" + r.runs() + " new runs)");
    }

    /** The levers a mix moves from the baseline, as the chart labels it ("public_cameras 80, camera_layout HOTSPOT"). */
    static String changed(Optimiser opt, double[] x, double[] base) {
        List<String> v = opt.format(x);
        List<String> b = opt.format(base);
        List<String> keys = new ArrayList<>(opt.levers(x).keySet());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).equals(b.get(i))) {
                sb.append(sb.length() == 0 ? "" : ", ").append(keys.get(i)).append(' ').append(v.get(i));
            }
        }
        return sb.length() == 0 ? "baseline" : sb.toString();
    }

    /** A lever's value as a scenario file spells it. */
    static String leverValue(Object v) {
        return v instanceof Double d ? Csv.num(d) : v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v);
    }

    /** Axis label of the harm objective. */
    static final class CostChartsLabel {
        private CostChartsLabel() {
        }

        static String harm(Labels l, String unit) {
            return "zh".equals(l.language) ? "每千户每年危害（" + unit + "）" : "harm, " + unit + " per 1,000 households a year";
        }
    }
}
