package org.sitrep.refdata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads Sitrep's reference-data files: UTF-8, tab-separated, {@code #} lines for source and licence, then a header
 * row, then one entry a line; a name ending in {@code .gz} is read through gzip. Every row must have the header's column count; a bad row fails the load with
 * {@code file:line: reason}, which loaders also use for their own checks through {@link Row#fail}.
 */
public final class TsvRows {
    private TsvRows() {
    }

    /** One data row: values by column name, and where it came from for error messages. */
    public record Row(String file, int line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            if (v == null) throw fail("no column " + column);
            return v.trim();
        }

        public String required(String column) {
            String v = get(column);
            if (v.isEmpty()) throw fail("empty " + column);
            return v;
        }

        public double number(String column) {
            try {
                return Double.parseDouble(required(column));
            } catch (NumberFormatException e) {
                throw fail("not a number in " + column + ": " + get(column));
            }
        }

        /** A {@code |}-separated list; empty when the cell is empty. */
        public List<String> list(String column) {
            List<String> out = new ArrayList<>();
            for (String s : get(column).split("\\|")) if (!s.isBlank()) out.add(s.trim());
            return out;
        }

        public IllegalArgumentException fail(String reason) {
            return new IllegalArgumentException(file + ":" + line + ": " + reason);
        }
    }

    /** Rows of a classpath resource (gzip when the name ends in {@code .gz}). */
    public static List<Row> resource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) throw new IllegalArgumentException(name + ": resource not found");
        return read(in, name);
    }

    /** Whether a classpath resource exists, for optional files. */
    public static boolean hasResource(Class<?> anchor, String name) {
        return anchor.getResource(name) != null;
    }

    /** Rows of a file (gzip when the name ends in {@code .gz}). */
    public static List<Row> file(Path path) {
        try {
            return read(Files.newInputStream(path), path.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": " + e.getMessage(), e);
        }
    }

    /** Parses each row with {@code parser}; rows become records. */
    public static <T> List<T> map(List<Row> rows, Function<Row, T> parser) {
        List<T> out = new ArrayList<>(rows.size());
        for (Row r : rows) out.add(parser.apply(r));
        return out;
    }

    private static List<Row> read(InputStream raw, String name) {
        List<Row> rows = new ArrayList<>();
        try (InputStream closing = raw) {
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(closing, 1 << 16) : closing;
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String[] header = null;
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cells = line.split("\t", -1);
                if (header == null) {
                    header = cells;
                    continue;
                }
                if (cells.length != header.length) {
                    throw new IllegalArgumentException(name + ":" + n + ": " + cells.length + " columns, expected "
                            + header.length);
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.length; i++) values.put(header[i].toLowerCase(Locale.ROOT), cells[i]);
                rows.add(new Row(name, n, Map.copyOf(values)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(name + ": " + e.getMessage(), e);
        }
        return rows;
    }
}
