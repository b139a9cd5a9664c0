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
        CommandLine cli = new CommandLine(new SitrepCommand());
        cli.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("sitrep: internal error: " + ex);
            if (parsed.hasMatchedOption("--verbose")) ex.printStackTrace(cmd.getErr());
            return 1;
        });
        return cli.execute(args);
    }
}
