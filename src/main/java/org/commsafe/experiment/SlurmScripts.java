package org.commsafe.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * sbatch scripts for a sweep on a Slurm cluster: an N-task job array (task i runs shard i/N with
 * --resume, so a failed task is simply resubmitted), a merge job that depends on the whole
 * array, and submit.sh that submits both.
 */
public final class SlurmScripts {
    /** What the user chose; null fields are left to the cluster's defaults. */
    public record Options(int tasks, String partition, String time, int cpus, String mem, List<String> setup) {
    }

    private SlurmScripts() {
    }

    /** The command that starts commsafe on a node for a jar. */
    public static String javaJar(Path jar) {
        return "java ${COMMSAFE_JAVA_OPTS:-} -jar " + q(jar);
    }

    public static String arrayScript(String name, Path experiment, String launcher, Path out, Options o) {
        StringBuilder sb = header("commsafe-" + name, out, o);
        sb.append("#SBATCH --array=0-").append(o.tasks() - 1).append('\n');
        sb.append("#SBATCH --output=").append(logs(out, "%x-%A_%a.out")).append('\n');
        sb.append("set -euo pipefail\n");
        setup(sb, o);
        sb.append("# task i runs shard i of ").append(o.tasks()).append("; --resume makes a resubmitted task finish what it started\n");
        sb.append(launcher).append(" sweep ").append(q(experiment))
            .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(o.tasks()).append("\"")
            .append(" --out ").append(q(out)).append("/shard-\"${SLURM_ARRAY_TASK_ID}\"-of-").append(o.tasks())
            .append(" --threads \"${SLURM_CPUS_PER_TASK:-1}\" --resume\n");
        return sb.toString();
    }

    public static String mergeScript(String name, String launcher, Path out, Options o) {
        Options one = new Options(1, o.partition(), o.time(), 1, o.mem(), o.setup());
        StringBuilder sb = header("commsafe-" + name + "-merge", out, one);
        sb.append("#SBATCH --output=").append(logs(out, "%x-%j.out")).append('\n');
        sb.append("set -euo pipefail\n");
        setup(sb, o);
        sb.append("shards=()\nfor i in $(seq 0 ").append(o.tasks() - 1).append("); do shards+=(").append(q(out))
            .append("/shard-$i-of-").append(o.tasks()).append("); done\n");
        sb.append(launcher).append(" merge \"${shards[@]}\" --out ")
            .append(q(out)).append("/merged --overwrite\n");
        return sb.toString();
    }

    public static String submitScript(Path slurmDir) {
        return "#!/bin/bash\n# Submits the job array, then the merge as a job that runs when every task has succeeded.\n"
            + "set -euo pipefail\n"
            + "array=$(sbatch --parsable " + q(slurmDir.resolve("sweep.sbatch")) + ")\n"
            + "array=${array%%;*}\n"
            + "merge=$(sbatch --parsable --dependency=afterok:${array} " + q(slurmDir.resolve("merge.sbatch")) + ")\n"
            + "echo \"submitted array job ${array} and merge job ${merge}\"\n";
    }

    /**
     * The array job of one stage of a sharded optimisation: task i runs shard i/N of the first
     * stage with missing runs (position mod N) and exits. {@code args}: optimise's arguments that
     * define the problem (file, --costs, --budget, ...), without --out.
     */
    public static String optimiseStageScript(String name, List<String> args, String launcher, Path out, Options o) {
        StringBuilder sb = header("commsafe-opt-" + name, out, o);
        sb.append("#SBATCH --array=0-").append(o.tasks() - 1).append('\n');
        sb.append("#SBATCH --output=").append(logs(out, "%x-%A_%a.out")).append('\n');
        sb.append("set -euo pipefail\n");
        setup(sb, o);
        sb.append("# task i runs shard i of ").append(o.tasks()).append(" of the current stage (the first with missing runs) and exits\n");
        sb.append(launcher).append(" optimise").append(words(args)).append(" --out ").append(q(out))
            .append(" --shard \"${SLURM_ARRAY_TASK_ID}/").append(o.tasks()).append("\" --threads \"${SLURM_CPUS_PER_TASK:-1}\"\n");
        return sb.toString();
    }

    /**
     * The job that runs after a stage's array: merges the shards' runs and goes as far as they
     * allow without running the model (optimise --collect); when the next stage has missing
     * runs (exit 3) it submits that stage's array and itself again; when none is missing the
     * optimisation's outputs are written and the chain ends.
     */
    public static String optimiseAdvanceScript(String name, List<String> args, String launcher, Path out, Options o) {
        Options one = new Options(1, o.partition(), o.time(), 1, o.mem(), o.setup());
        StringBuilder sb = header("commsafe-opt-" + name + "-advance", out, one);
        sb.append("#SBATCH --output=").append(logs(out, "%x-%j.out")).append('\n');
        sb.append("set -uo pipefail\n");
        setup(sb, o);
        sb.append("rc=0\n");
        sb.append(launcher).append(" optimise").append(words(args)).append(" --out ").append(q(out))
            .append(" --resume --collect --threads 1 || rc=$?\n");
        sb.append("if [ \"$rc\" -eq 3 ]; then\n  # another stage has runs to do: its array, then this job again\n  exec bash ")
            .append(q(out.resolve("slurm").resolve("submit.sh"))).append("\nfi\nexit \"$rc\"\n");
        return sb.toString();
    }

    /** Submits the current stage's array and the advance job that waits for it. */
    public static String optimiseSubmitScript(Path slurmDir) {
        return "#!/bin/bash\n# Submits the current stage's job array, then the advance job that runs when every task has succeeded\n"
            + "# (and submits the next stage, until the optimisation is done).\n"
            + "set -euo pipefail\n"
            + "array=$(sbatch --parsable " + q(slurmDir.resolve("stage.sbatch")) + ")\n"
            + "array=${array%%;*}\n"
            + "advance=$(sbatch --parsable --dependency=afterok:${array} " + q(slurmDir.resolve("advance.sbatch")) + ")\n"
            + "advance=${advance%%;*}\n"
            + "echo \"submitted stage array ${array} and advance job ${advance}\"\n";
    }

    private static String words(List<String> args) {
        StringBuilder sb = new StringBuilder();
        for (String a : args) {
            sb.append(' ').append("'").append(a.replace("'", "'\\''")).append("'");
        }
        return sb.toString();
    }

    private static StringBuilder header(String job, Path out, Options o) {
        StringBuilder sb = new StringBuilder("#!/bin/bash\n");
        sb.append("# Generated by: commsafe ").append(job.startsWith("commsafe-opt-") ? "optimise --slurm" : "slurm").append(". Output under ").append(org.commsafe.model.Decimal.clip(out.toString(), 4096))
            .append('\n');
        sb.append("#SBATCH --job-name=").append(job).append('\n');
        sb.append("#SBATCH --ntasks=1\n");
        sb.append("#SBATCH --cpus-per-task=").append(o.cpus()).append('\n');
        if (o.partition() != null) {
            sb.append("#SBATCH --partition=").append(o.partition()).append('\n');
        }
        if (o.time() != null) {
            sb.append("#SBATCH --time=").append(o.time()).append('\n');
        }
        if (o.mem() != null) {
            sb.append("#SBATCH --mem=").append(o.mem()).append('\n');
        }
        return sb;
    }

    private static void setup(StringBuilder sb, Options o) {
        for (String line : o.setup()) {
            sb.append(line).append('\n');
        }
    }

    private static final java.util.regex.Pattern OPTION = java.util.regex.Pattern.compile("[A-Za-z0-9._:,+=@-]{1,100}");

    /**
     * Why a value cannot go into a generated script, or null: Slurm option values (--partition,
     * --time, --mem) are letters, digits and . _ : , + = @ - only; paths may hold anything but
     * control characters (a newline would end the line and start a command).
     */
    public static String problem(String option, String value) {
        if (option.startsWith("--partition") || option.startsWith("--time") || option.startsWith("--mem")) {
            return OPTION.matcher(value).matches() ? null
                : "use letters, digits and . _ : , + = @ - only (at most 100), got '" + org.commsafe.model.Decimal.clip(value) + "'";
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return "contains a control character (such as a newline), which cannot go into a generated script";
            }
        }
        return null;
    }

    /**
     * An #SBATCH --output value under OUT/slurm/logs: double-quoted with \ and " escaped (sbatch
     * reads quotes and escapes in #SBATCH lines, and a bare '#' or space would end the value) and
     * '%' doubled in the directory (Slurm expands %-patterns in file names).
     */
    static String logs(Path out, String pattern) {
        String dir = out.resolve("slurm").resolve("logs").toAbsolutePath().normalize().toString().replace("%", "%%");
        return "\"" + (dir + "/" + pattern).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String q(Path p) {
        return "'" + p.toAbsolutePath().normalize().toString().replace("'", "'\\''") + "'";
    }
}
