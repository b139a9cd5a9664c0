package org.sitrep.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Brings a database to the newest schema: migration {@code n} is applied when {@code PRAGMA user_version} is below
 * {@code n}, each in its own transaction together with the new version number, so a crash leaves the database at
 * the last complete version. The bundled migrations are the resources
 * {@code org/sitrep/store/migrations/NNN_name.sql}, listed in {@link #BUNDLED}; to change the schema, add the next
 * file and its name there, never edit an applied one. A statement in a file ends with {@code ;} at the end of a
 * line; {@code --} lines are comments.
 */
final class SchemaMigrator {
    /** In order; the number in each name is the schema version it brings the database to. */
    static final List<String> BUNDLED = List.of("001_initial.sql", "002_feed_items.sql", "003_report_dating.sql",
            "004_history.sql", "005_event_list_indexes.sql");

    private final List<Migration> migrations;

    /** One schema step: {@code version} is 1 for the first, and each next one counts up by one. */
    record Migration(int version, String name, String sql) {
    }

    SchemaMigrator(List<Migration> migrations) {
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).version() != i + 1) {
                throw new IllegalArgumentException("migration " + migrations.get(i).name() + " should be version "
                        + (i + 1));
            }
        }
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations shipped with Sitrep, read from the classpath. */
    static SchemaMigrator bundled() {
        List<Migration> out = new ArrayList<>();
        for (String name : BUNDLED) {
            String resource = "migrations/" + name;
            try (InputStream in = SchemaMigrator.class.getResourceAsStream(resource)) {
                if (in == null) throw new IllegalStateException("missing migration resource " + resource);
                out.add(new Migration(Integer.parseInt(name.substring(0, 3)), name,
                        new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read migration resource " + resource, e);
            }
        }
        return new SchemaMigrator(out);
    }

    /** The version the newest migration brings a database to. */
    int latestVersion() {
        return migrations.size();
    }

    /**
     * Applies the migrations the database lacks and returns how many this call applied. Refuses a database whose version is newer
     * than the newest migration: it was written by a later Sitrep, whose tables this one might damage.
     */
    int migrate(Connection connection) throws SQLException {
        if (checkedVersion(connection) == latestVersion()) return 0;
        int applied = 0;
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            while (true) {
                // The version is read after BEGIN IMMEDIATE has taken the write lock: two processes that open a
                // new file at once would otherwise both see version 0, and the second fail on "table reports
                // already exists".
                statement.executeUpdate("BEGIN IMMEDIATE");
                int current;
                try {
                    current = checkedVersion(connection);
                } catch (SQLException | RuntimeException e) {
                    statement.executeUpdate("ROLLBACK");
                    throw e;
                }
                if (current == latestVersion()) {
                    statement.executeUpdate("COMMIT");
                    return applied;
                }
                Migration m = migrations.get(current);
                try {
                    for (String sql : statements(m.sql())) statement.executeUpdate(sql);
                    // PRAGMA takes no parameters; the version is our own integer, never input.
                    statement.executeUpdate("PRAGMA user_version = " + m.version());
                    statement.executeUpdate("COMMIT");
                    applied++;
                } catch (SQLException e) {
                    statement.executeUpdate("ROLLBACK");
                    throw new StoreException("schema migration " + m.name() + " failed: " + e.getMessage(), e);
                }
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The database's version; refused when newer than the newest migration (a later Sitrep wrote it). */
    private int checkedVersion(Connection connection) throws SQLException {
        int current = version(connection);
        if (current > latestVersion()) {
            throw new StoreException(String.format(Locale.ROOT,
                    "database schema version %d is newer than this Sitrep's (%d)", current, latestVersion()));
        }
        return current;
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /** Splits a migration file at lines ending in ';', dropping comment lines (see the class comment). */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) continue;
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) out.add(current.toString().strip());
        return out;
    }
}
