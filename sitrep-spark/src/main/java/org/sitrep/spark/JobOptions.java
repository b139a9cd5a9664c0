package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's options. {@code --input} (repeatable, or comma-separated): files, folders or globs Hadoop can read;
 * {@code --output}: a folder that must not exist; {@code --format warc|jsonl}, default from the first input's
 * name ({@code .jsonl} is JSON Lines, anything else WARC); {@code --partitions}, default Spark's default
 * parallelism (how many tasks annotate and merge); {@code --window-days}, default 7 (the merge's date window).
 */
record JobOptions(List<String> inputs, String output, Format format, int partitions, int windowDays) {
    enum Format { WARC, JSONL }

    static final String USAGE = "usage: SparkJob --input PATH[,PATH...] --output DIR [--format warc|jsonl]"
            + " [--partitions N] [--window-days 7]";

    JobOptions {
        inputs = List.copyOf(inputs);
        if (inputs.isEmpty()) throw new IllegalArgumentException("--input is required");
        if (output == null || output.isBlank()) throw new IllegalArgumentException("--output is required");
        if (windowDays < 1) throw new IllegalArgumentException("--window-days must be at least 1");
        if (partitions < 0) throw new IllegalArgumentException("--partitions must be positive");
    }

    /** Parses the command line; a bad or missing option throws IllegalArgumentException naming it. */
    static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String output = null, format = null;
        int partitions = 0, windowDays = 7;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) throw new IllegalArgumentException(option + " needs a value");
            String value = args[++i];
            switch (option) {
                case "--input" -> {
                    for (String p : value.split(",")) if (!p.isBlank()) inputs.add(p.strip());
                }
                case "--output" -> output = value;
                case "--format" -> format = value;
                case "--partitions" -> partitions = number(option, value);
                case "--window-days" -> windowDays = number(option, value);
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("--input is required");
        return new JobOptions(inputs, output, format(format, inputs.get(0)), partitions, windowDays);
    }

    private static Format format(String format, String firstInput) {
        if (format == null) return firstInput.toLowerCase(Locale.ROOT).endsWith(".jsonl") ? Format.JSONL : Format.WARC;
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "warc" -> Format.WARC;
            case "jsonl" -> Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be warc or jsonl, not " + format);
        };
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a number, not " + value);
        }
    }
}
