package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the store. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "FILE", description = "SQLite store (default: ${DEFAULT-VALUE}).",
            defaultValue = "sitrep.db")
    Path db;
}
