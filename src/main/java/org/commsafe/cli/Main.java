package org.commsafe.cli;

import org.commsafe.experiment.BuildInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The commsafe command line. Exit codes: 0 success, 1 failed run, 2 bad input, 3 runs pending
 * (optimise --collect: a stage of a sharded optimisation still has runs for its shards).
 */
@Command(name = "commsafe", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Agent-based simulator of community safety prevention (MASON).",
    subcommands = {RunCommand.class, SweepCommand.class, CompareCommand.class, MergeCommand.class, SlurmCommand.class, GuiCommand.class, ValidateCommand.class, ParamsCommand.class, ColumnsCommand.class, CheckCommand.class, WarmupCommand.class, CalibrateCommand.class, SensitivityCommand.class, PatternsCommand.class, BenchCommand.class, CostsCommand.class, OptimiseCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements java.util.concurrent.Callable<Integer> {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_INPUT = 2;
    public static final int PENDING = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command: the usage, on stderr, and exit 2 (a script that forgot its command must not pass). */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        System.err.println("commsafe: error: no command given");
        return BAD_INPUT;
    }

    public static void main(String[] args) {
        int code;
        try {
            code = execute(args);
        } catch (OutOfMemoryError e) {
            System.err.println("commsafe: out of memory (raise it with COMMSAFE_JAVA_OPTS=-Xmx...)");
            code = FAILED;
        } catch (Throwable e) {
            // never a stack trace for the user; COMMSAFE_DEBUG=1 shows it
            System.err.println("commsafe: internal error: " + e);
            if (System.getenv("COMMSAFE_DEBUG") != null) {
                e.printStackTrace();
            }
            code = FAILED;
        }
        System.exit(code);
    }

    /** Runs a command line and returns its exit code (tests call this). */
    public static int execute(String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof org.commsafe.scenario.ScenarioException se) {
                commandLine.getErr().println("commsafe: error: " + se.describe());
                return BAD_INPUT;
            }
            if (ex instanceof org.commsafe.experiment.NotTextException) {
                commandLine.getErr().println("commsafe: error: " + ex.getMessage());
                return BAD_INPUT;
            }
            if (ex instanceof java.nio.charset.CharacterCodingException) {
                // a file commsafe reads back (CSV, manifest, log) is binary or in another encoding
                commandLine.getErr().println("commsafe: error: a file read is not UTF-8 text (binary or damaged): " + ex);
                return BAD_INPUT;
            }
            commandLine.getErr().println("commsafe: run failed: " + ex);
            return FAILED;
        });
        return cl.execute(args);
    }

    /**
     * The command line as the user typed it ("commsafe run scenarios/baseline.yaml --reps 4"), for manifests
     * and locks: the root command's original arguments, each quoted for a POSIX shell when it needs it.
     */
    static String commandLine(CommandLine.Model.CommandSpec spec, String fallback) {
        if (spec == null || spec.root().commandLine().getParseResult() == null) {
            return fallback;
        }
        return commandLine(spec.root().commandLine().getParseResult().originalArgs());
    }

    /** "commsafe" and the arguments, each quoted for a POSIX shell when it needs it. */
    public static String commandLine(java.util.List<String> args) {
        StringBuilder sb = new StringBuilder("commsafe");
        for (String a : args) {
            sb.append(' ');
            if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:=,@%+-]+")) {
                sb.append(a);
            } else {
                sb.append('\'').append(a.replace("'", "'\\''")).append('\'');
            }
        }
        return sb.toString();
    }

    /** Chart and GUI labels for --lang, or null after printing why not (the caller exits with 2). */
    static org.commsafe.charts.Labels labelsOrReport(String lang) {
        try {
            return org.commsafe.charts.Labels.forLanguage(lang, System.err);
        } catch (IllegalArgumentException e) {
            System.err.println("commsafe: error: --lang: " + e.getMessage());
            return null;
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"commsafe " + BuildInfo.version() + " (MASON 18, Java " + System.getProperty("java.version") + ")"};
        }
    }
}
