package org.sitrep.cli;

import picocli.CommandLine;

/** Entry point: the only place that calls {@code System.exit}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line in-process and returns its exit code (used by tests). */
    public static int run(String... args) {
        return run(new CommandLine(new SitrepCommand()), args);
    }

    /** Runs the command line in-process with its output and errors captured (used by tests). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setOut(out);
        cli.setErr(err);
        return run(cli, args);
    }

    private static int run(CommandLine cli, String... args) {
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: internal error: " + ex);
            if (parsed.hasMatchedOption("--verbose")) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cli.execute(args);
    }
}
