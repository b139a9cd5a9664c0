package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sitrep}: news reports in, a deduplicated conflict-event record out. */
@Command(name = "sitrep", mixinStandardHelpOptions = true, version = "sitrep 0.1.0",
        description = "News reports in, a deduplicated conflict-event record out.",
        subcommands = {DemoCommand.class, IngestCommand.class, EventsCommand.class, ShowCommand.class,
                ExportCommand.class, WatchCommand.class, EvalCommand.class, Re3dEvalCommand.class,
                CameoEvalCommand.class, EvalGeoCommand.class, EvalMergeCommand.class, BenchCommand.class,
                BenchMergeCommand.class, ServeCommand.class, BenchServeCommand.class, BenchLoadCommand.class,
                TalliesCommand.class})
final class SitrepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
