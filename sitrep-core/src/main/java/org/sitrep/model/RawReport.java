package org.sitrep.model;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A report as a reader found it, before cleaning: plain text (HTML already reduced to its article body) plus
 * whatever metadata the source gave. {@code source} names the input for error messages (a path, "stdin:3").
 */
public record RawReport(String source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                        @Nullable LocalDate published, String text) {
    public RawReport {
        if (source == null || source.isBlank()) throw new IllegalArgumentException("source is required");
        if (text == null) throw new IllegalArgumentException("text is required");
    }

    public RawReport withMetadata(@Nullable String url, @Nullable String outlet, @Nullable LocalDate published) {
        return new RawReport(source, url != null ? url : this.url, outlet != null ? outlet : this.outlet, title,
                published != null ? published : this.published, text);
    }
}
