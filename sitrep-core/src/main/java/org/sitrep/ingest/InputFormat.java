package org.sitrep.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The input formats Sitrep reads, recognised by file name extension (case-insensitive). A {@code .json} file may
 * hold reports or a Telegram channel export; {@link JsonReportReader} tells them apart by their shape.
 */
enum InputFormat {
    TEXT(".txt", ".text"),
    HTML(".html", ".htm"),
    JSON_LINES(".jsonl"),
    JSON(".json"),
    FEED(".xml", ".rss", ".atom"),
    WARC(".warc", ".warc.gz");

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

    /**
     * The lower-case extension with its dot (".pdf"), or "" when the name has none. A compressed web archive keeps
     * both parts (".warc.gz"), since ".gz" alone says nothing of what is inside.
     */
    static String extension(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc.gz") && lower.length() > ".warc.gz".length()) return ".warc.gz";
        int dot = lower.lastIndexOf('.');
        // A leading dot marks a hidden file, not an extension.
        return dot <= 0 ? "" : lower.substring(dot);
    }
}
