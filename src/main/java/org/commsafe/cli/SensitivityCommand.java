package org.commsafe.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.commsafe.analysis.Morris;
import org.commsafe.experiment.AtomicFiles;
import org.commsafe.experiment.Batch;
import org.commsafe.experiment.Csv;
import org.commsafe.experiment.Replication;
import org.commsafe.experiment.RunResult;
import org.commsafe.experiment.Seeds;
import org.commsafe.metrics.SummaryMetric;
import org.commsafe.model.ParameterSpace;
import org.commsafe.model.Parameters;
import org.commsafe.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Morris screening (Morris 1991; mu* of Campolongo et al. 2007). By default the free
 * parameters (those calibration may move); with {@code --all} every non-structural parameter:
 * every assumption, mechanism constant, seed-sourced and cited value, all but the
 * {@link #STRUCTURAL} ones. Each factor varies over [0.5, 1.5] x its default within its valid
 * range (an intercept or other negative default: default +/- 1; an hour of the day: default +/- 2
 * hours, since a multiple of a clock hour is no uncertainty about it); whole-number parameters are
 * rounded. Points run in parallel, each on the scenario's replication seeds, so the table does not
 * depend on the number of threads.
 */
@Command(name = "sensitivity", mixinStandardHelpOptions = true,
    description = "Morris elementary-effects screen of the free parameters (--all: every non-structural parameter); prints mu* and sigma per output (Markdown).")
public final class SensitivityCommand implements Callable<Integer> {
    @Mixin
    ScenarioOptions scenario;

    @Option(names = "--all", description = "Screen every non-structural parameter, not only the free ones")
    boolean all;

    @Option(names = "--trajectories", paramLabel = "R", converter = Counts.Positive.class, description = "Morris trajectories (default: 6)")
    int trajectories = 6;

    @Option(names = "--levels", paramLabel = "P", description = "Grid levels (default: 4)")
    int levels = 4;

    @Option(names = "--burn-in", paramLabel = "D", converter = Counts.BurnInDays.class, description = "Burn-in days (default: the scenario's); shorter makes a quick screen")
    Integer burnIn;

    @Option(names = "--outputs", split = ",", paramLabel = "METRIC", description = {"Outputs (default: the calibration targets, "
        + "victimisation and clearance; with --all: victimisation, recorded crime and reporting rate)"})
    List<String> outputs;

    @Option(names = "--top", paramLabel = "N", description = "Also print, per output, the N most influential parameters by mu* with their source (the Markdown of docs/calibration.md)")
    Integer top;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the table to this Markdown file")
    Path out;

    @Option(names = "--threads", paramLabel = "T", converter = Counts.Threads.class, description = "Worker threads (default: all cores)")
    Integer threads;

    static final List<String> FREE_OUTPUTS = List.of("share_unseen_10d", "awareness_related_share_reported", "reporting_rate",
        "cadre_forms_share", "victimisation_per_1000", "clearance_rate_cohort");
    static final List<String> ALL_OUTPUTS = List.of("victimisation_per_1000", "recorded_per_1000", "reporting_rate");

    /**
     * Parameters left out of the global screen, with the reason. Structural: they define the
     * city's shape or the study's question rather than an uncertain quantity; levers: what a
     * scenario sets (at 0 in the baseline, so 0.5-1.5 x default has no range); categorical
     * parameters have no elementary effect. Every other parameter is screened (a test checks it).
     */
    public static final Map<String, String> STRUCTURAL = structural();

    private static Map<String, String> structural() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("grid_width", "city shape (communities along x)");
        m.put("grid_height", "city shape (communities along y)");
        m.put("households_per_community", "city shape (one officer's 3,000 households make a community, seed 1)");
        m.put("households_per_building", "city shape (sets the number of places)");
        m.put("households_per_officer", "the planner's lever and this city's seed figure (1:3,000), varied by the scenarios");
        m.put("geometry", "city shape (categorical: torus or bounded grid)");
        m.put("camera_layout", "categorical lever");
        m.put("patrol_strategy", "categorical lever");
        m.put("awareness_campaign", "lever, 0 in the baseline");
        m.put("tech_defence_subsidy", "lever, 0 in the baseline");
        m.put("tech_police_organised", "lever, 0 in the baseline");
        m.put("safety_funding", "lever, 0 in the baseline (seed 3: no dedicated funds)");
        m.put("gated_share", "lever, 0 in the baseline (human defence; a district sets it per community)");
        m.put("guards_per_community", "lever, 0 in the baseline (human defence; a district sets it per community)");
        m.put("property_management_share", "lever, 0 in the baseline (human defence; a district sets it per community)");
        m.put("cadre_training", "lever, 0 in the baseline");
        m.put("landlord_registration", "lever, 0 in the baseline");
        m.put("info_sharing", "lever, 0 in the baseline");
        m.put("time_risk_learning", "mechanism off by default (offenders' hour learning, docs/ODD.md 7.3: mostly noise at the baseline's volume); its aversion acts only when it is on");
        return m;
    }

    /** The factors screened: the free parameters, or with {@code all} every non-structural numeric one. */
    public static List<ParameterSpace.Spec> factors(boolean all) {
        List<ParameterSpace.Spec> factors = new ArrayList<>();
        for (ParameterSpace.Spec sp : ParameterSpace.specs()) {
            boolean numeric = sp.type() == double.class || sp.type() == int.class;
            if (all ? numeric && !STRUCTURAL.containsKey(sp.key()) : sp.meta().free() && sp.type() == double.class) {
                factors.add(sp);
            }
        }
        return factors;
    }

    /** Unit of clock-hour parameters (shift start, bedtime, wake), screened over default +/- 2 hours. */
    static final String HOUR_OF_DAY = "hour of day";

    /** The screened range of a factor around its base value d: {lo, hi}. */
    public static double[] range(ParameterSpace.Spec sp, double d) {
        if (HOUR_OF_DAY.equals(sp.meta().unit())) {
            return new double[] {Math.max(sp.meta().min(), d - 2), Math.min(sp.meta().max(), d + 2)};
        }
        double a = d < 0 ? d - 1 : d * 0.5;
        double b = d < 0 ? d + 1 : d * 1.5;
        return new double[] {Math.max(sp.meta().min(), a), Math.min(sp.meta().max(), b)};
    }

    /**
     * What evidence would pin a parameter (docs/calibration.md, "Most influential assumptions");
     * parameters without an entry get a generic line from their group.
     */
    static final Map<String, String> EVIDENCE = evidence();

    private static Map<String, String> evidence() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("offender_entry_rate", "onset of offending per 1,000 households a year: first registrations of offenders in police records, or self-report onset surveys");
        m.put("offender_desistance_rate", "length of offending careers (longitudinal cohort studies; Chinese police records of repeat registrations)");
        m.put("floating_newcomer_offender_rate", "share of floating newcomers with a police record (household registration and police records)");
        m.put("offender_stop_probability", "arrests per enforcement hour of known offenders (station activity records)");
        m.put("fines_per_enforcement_hour", "fines per officer enforcement hour (station quota records)");
        m.put("attempts_per_offender_per_day", "offending frequency (lambda) of active burglars/thieves from offender interviews or cleared-case histories");
        m.put("burglary_share", "the mix of attempted crime types in a victimisation survey (attempts included)");
        m.put("unlocked_door_probability", "survey of door-locking habits; share of burglaries without forced entry in police records");
        m.put("careless_parking_probability", "share of stolen bicycles/vehicles left unlocked (victim survey)");
        m.put("fraud_success_probability", "share of fraud approaches that succeed (anti-fraud centre statistics)");
        m.put("forced_entry_success", "share of attempted burglaries that fail (victim survey: attempts vs completed)");
        m.put("secured_vehicle_theft_success", "completed vs attempted vehicle/bicycle theft (victim survey)");
        m.put("careless_vehicle_theft_success", "completed vs attempted thefts of unlocked vehicles (victim survey)");
        m.put("occupant_deterrence", "share of burglaries with someone at home (victim survey; NCVS: 28%)");
        m.put("motivation_cap", "re-offending frequency after release (offender follow-up)");
        m.put("reoffend_multiplier", "offending frequency after release vs before (recidivism studies)");
        m.put("rehabilitation_motivation_factor", "offending frequency of offenders who accept rehabilitation");
        m.put("rehabilitation_cooperation", "share of released offenders in community correction programmes");
        m.put("motivation_spread", "distribution of offences per offender-year (self-report studies or cleared-case histories)");
        m.put("community_risk_aversion", "displacement of offenders' activity away from areas after arrests or deterrence there");
        m.put("success_learning", "how often offenders return to areas where they succeeded (cleared-case histories of repeat offenders)");
        m.put("success_decay", "time between an offender's repeat offences in the same area (cleared-case histories)");
        m.put("bedtime_hour", "hourly activity profile of the time use survey (share of residents asleep by hour)");
        m.put("wake_hour", "hourly activity profile of the time use survey (share of residents asleep by hour)");
        m.put("clearance_perception_weight", "panel survey of residents' perceived police effectiveness after changes in clearance");
        m.put("incarceration_days", "sentence lengths for burglary and theft (court statistics)");
        m.put("clearance_probability", "clearance rate of investigated property crime (police statistics)");
        m.put("reporting_intercept", "reporting rate by crime type (victim survey), already calibrated to seed 4");
        m.put("reporting_seriousness_weight", "reporting rate by seriousness/loss (victim survey)");
        m.put("reporting_trust_weight", "reporting by trust in police (victim survey with attitude items)");
        m.put("reporting_clearance_weight", "reporting by expected police success (victim survey reasons for not reporting)");
        m.put("reporting_cost_weight", "reporting by time cost (survey of reasons for not reporting; online reporting natural experiment)");
        m.put("carelessness_shame", "reporting rate of losses through carelessness vs forced (victim survey), calibrated to seed 4");
        m.put("seriousness_burglary", "reporting rate of burglary relative to other types (victim survey)");
        m.put("seriousness_vehicle_theft", "reporting rate of vehicle/bicycle theft (victim survey)");
        m.put("seriousness_fraud", "reporting rate of fraud (victim survey)");
        m.put("awareness_mean", "household survey of self-protection practice (locking, parking, scam awareness)");
        m.put("trust_mean", "household survey of trust in the community police");
        m.put("physical_defence_share", "share of homes with security doors/bars (housing survey)");
        m.put("building_attractiveness_sd", "crime concentration at addresses over several years (police records)");
        m.put("daytime_worker_share", "share of homes empty on weekdays (time-use survey)");
        m.put("hours_per_form", "cadre time-use diary (seed 3), already calibrated");
        m.put("officer_hours_per_day", "duty rosters and officer time-use diaries (hours actually worked per day)");
        m.put("statement_hours", "victim survey of time spent reporting (hours at the station per statement)");
        m.put("statement_visits", "victim survey or case files: station visits per reported case");
        m.put("sighting_probability", "household survey of when residents last saw their officer, already calibrated to seed 1");
        return m;
    }

    static String evidenceFor(ParameterSpace.Spec sp) {
        String e = EVIDENCE.get(sp.key());
        if (e != null) {
            return e;
        }
        return switch (sp.meta().group()) {
            case "officer" -> "officer time-use diaries and station records";
            case "reporting" -> "victim survey of reporting and its reasons; police case records";
            case "residents" -> "household panel survey of attitudes and adoption";
            case "watch" -> "watch-group accounts and membership records";
            case "cadre" -> "cadre time-use diaries";
            case "cameras" -> "camera inventory and coverage survey";
            case "tech" -> "household security survey (devices, arming, installation offers) and case files with home-camera footage";
            case "human" -> "compound records (gate logs, guard rosters, property management contracts and fees) with burglary and vehicle theft by compound";
            default -> "offender interviews and police records";
        };
    }

    @Override
    public Integer call() throws Exception {
        Scenario s = scenario.resolveOrReport();
        if (s == null) {
            return Main.BAD_INPUT;
        }
        if (levels < 2 || levels > 100) {
            System.err.println("commsafe: error: --levels must be between 2 and 100, got " + levels);
            return Main.BAD_INPUT;
        }
        if (burnIn != null) {
            if (burnIn < 0) {
                System.err.println("commsafe: error: --burn-in must be at least 0");
                return Main.BAD_INPUT;
            }
            s = s.withBurnInDays(burnIn);
        }
        List<SummaryMetric> ms = new ArrayList<>();
        for (String o : outputs != null ? outputs : all ? ALL_OUTPUTS : FREE_OUTPUTS) {
            SummaryMetric m = SummaryMetric.byColumn(o);
            if (m == null) {
                System.err.println("commsafe: error: --outputs: unknown outcome '" + o + "'");
                return Main.BAD_INPUT;
            }
            ms.add(m);
        }
        List<ParameterSpace.Spec> factors = factors(all);
        int k = factors.size();
        double[] lo = new double[k];
        double[] hi = new double[k];
        Map<String, Object> base = ParameterSpace.toMap(s.parameters());
        for (int i = 0; i < k; i++) {
            double[] r = range(factors.get(i), ((Number) base.get(factors.get(i).key())).doubleValue());
            lo[i] = r[0];
            hi[i] = r[1];
        }
        double[][][] design = Morris.design(k, trajectories, levels, s.seed());
        int th = threads == null ? Batch.defaultThreads() : threads;
        double[][][] y = evaluate(s, factors, lo, hi, design, ms, th);
        Morris.Indices[] idx = new Morris.Indices[ms.size()];
        for (int m = 0; m < ms.size(); m++) {
            idx[m] = Morris.indices(design, y[m]);
        }
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Morris screen of %s: %d %s parameters, %d trajectories, %d levels, %d replication(s) per "
                + "point, %d days after a %d-day burn-in.%n", s.name(), k, all ? "non-structural" : "free", trajectories, levels,
            s.replications(), s.days(), s.burnInDays()));
        md.append("Effects are per full range of the factor (range: 0.5-1.5 x default; negative defaults +/- 1; hours of the day +/- 2). Cells: mu* (sigma).\n\n");
        md.append("| parameter | range |");
        for (SummaryMetric m : ms) {
            md.append(' ').append(m.column()).append(" |");
        }
        md.append("\n| --- | --- |");
        for (int m = 0; m < ms.size(); m++) {
            md.append(" --- |");
        }
        md.append('\n');
        for (int i = 0; i < k; i++) {
            md.append("| `").append(factors.get(i).key()).append("` | ").append(Csv.num(round(lo[i]))).append(" - ")
                .append(Csv.num(round(hi[i]))).append(" |");
            for (int m = 0; m < ms.size(); m++) {
                md.append(String.format(Locale.ROOT, " %.3f (%.3f) |", idx[m].muStar()[i], idx[m].sigma()[i]));
            }
            md.append('\n');
        }
        if (top != null) {
            md.append('\n').append(topTable(s, factors, ms, idx, top, commandLine()));
        }
        System.out.print(md);
        if (out != null) {
            AtomicFiles.writeString(out, md.toString());
        }
        return Main.OK;
    }

    private String commandLine() {
        return Main.commandLine(spec, "commsafe sensitivity");
    }

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Model outputs y[output][trajectory][point]: every (point, replication) a task on the pool. */
    static double[][][] evaluate(Scenario s, List<ParameterSpace.Spec> factors, double[] lo, double[] hi, double[][][] design,
                                 List<SummaryMetric> ms, int threads) throws Exception {
        int k = factors.size();
        int r = design.length;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), t -> {
            Thread th = new Thread(t, "commsafe-morris");
            th.setDaemon(true);
            return th;
        });
        double[][][] y = new double[ms.size()][r][k + 1];
        try {
            // each task keeps only its outputs: a replication's daily table is megabytes
            List<List<Future<double[]>>> fs = new ArrayList<>();
            for (int t = 0; t < r; t++) {
                for (int p = 0; p <= k; p++) {
                    Map<String, Object> change = new LinkedHashMap<>();
                    for (int i = 0; i < k; i++) {
                        double v = lo[i] + design[t][p][i] * (hi[i] - lo[i]);
                        change.put(factors.get(i).key(), factors.get(i).type() == int.class ? (Object) (int) Math.round(v) : v);
                    }
                    Parameters params = ParameterSpace.with(s.parameters(), change);
                    List<Future<double[]>> reps = new ArrayList<>();
                    for (int rep = 0; rep < s.replications(); rep++) {
                        final int rr = rep;
                        reps.add(pool.submit(() -> {
                            RunResult res = Replication.run(params, rr, Seeds.replicationSeed(s.seed(), rr), s.burnInDays(), s.days());
                            double[] v = new double[ms.size()];
                            for (int m = 0; m < v.length; m++) {
                                v[m] = ms.get(m).compute(res);
                            }
                            return v;
                        }));
                    }
                    fs.add(reps);
                }
            }
            int done = 0;
            boolean tty = System.console() != null;
            long lastLine = System.nanoTime();
            for (int t = 0; t < r; t++) {
                for (int p = 0; p <= k; p++) {
                    List<Future<double[]>> reps = fs.get(t * (k + 1) + p);
                    double[] sum = new double[ms.size()];
                    for (Future<double[]> f : reps) {
                        double[] v = f.get();
                        for (int m = 0; m < ms.size(); m++) {
                            sum[m] += v[m];
                        }
                    }
                    for (int m = 0; m < ms.size(); m++) {
                        y[m][t][p] = sum[m] / reps.size();
                    }
                    ++done;
                    long now = System.nanoTime();
                    if (tty) {
                        System.err.printf("\rpoint %d/%d", done, r * (k + 1));
                    } else if (done == r * (k + 1) || now - lastLine >= 10_000_000_000L) {
                        // a log file gets plain lines, at most one per 10 s, not a carriage-return bar
                        System.err.printf("point %d/%d%n", done, r * (k + 1));
                        lastLine = now;
                    }
                }
            }
            if (tty) {
                System.err.println();
            }
        } finally {
            pool.shutdownNow();
        }
        return y;
    }

    /** "Most influential assumptions": per output, the top n parameters by mu*, with source and what evidence would pin them. */
    static String topTable(Scenario s, List<ParameterSpace.Spec> factors, List<SummaryMetric> ms, Morris.Indices[] idx, int n,
                           String commandLine) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Generated by `%s` on %s (%s).%n", commandLine, LocalDate.now(ZoneOffset.UTC),
            s.name()));
        for (int m = 0; m < ms.size(); m++) {
            Integer[] order = new Integer[factors.size()];
            for (int i = 0; i < order.length; i++) {
                order[i] = i;
            }
            double[] mu = idx[m].muStar();
            Arrays.sort(order, (a, b) -> Double.compare(mu[b], mu[a]));
            sb.append("\n**").append(ms.get(m).column()).append("** (").append(ms.get(m).unit).append(")\n\n");
            sb.append("| rank | parameter | mu* | sigma | source | what evidence would pin it |\n| --- | --- | --- | --- | --- | --- |\n");
            for (int j = 0; j < Math.min(n, order.length); j++) {
                ParameterSpace.Spec sp = factors.get(order[j]);
                sb.append(String.format(Locale.ROOT, "| %d | `%s` | %.3f | %.3f | %s | %s |%n", j + 1, sp.key(), mu[order[j]],
                    idx[m].sigma()[order[j]], sp.meta().source().replace("|", "/"), evidenceFor(sp)));
            }
        }
        return sb.toString();
    }

    private static double round(double x) {
        return Math.round(x * 1e4) / 1e4;
    }
}
