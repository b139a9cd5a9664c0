package org.sitrep.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The input formats Sitrep reads, recognised by file name extension (case-insensitive). */
enum InputFormat {
    TEXT(".txt", ".text"),
    HTML(".html", ".htm"),
    JSON_LINES(".jsonl"),
    JSON(".json");

    private final List<String> extensions;

    InputFormat(String... extensions) {
        this.extensions = List.of(extensions);
    }

    static Optional<InputFormat> ofFileName(String fileName) {
        String extension = extension(fileName);
        for (InputFormat format : values()) {
            if (format.extensions.contains(extension)) return Optional.of(format);
        }
        return Optional.empty();
    }

    /** The lower-case extension with its dot (".pdf"), or "" when the name has none. */
    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        // A leading dot marks a hidden file, not an extension.
        return dot <= 0 ? "" : fileName.substring(dot).toLowerCase(Locale.ROOT);
    }
}
