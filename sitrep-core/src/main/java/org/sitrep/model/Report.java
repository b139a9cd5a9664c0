package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned report. {@code text} is the cleaned body (paragraphs joined by one blank line, title and dateline
 * removed and kept in their own fields); every offset elsewhere in Sitrep points into it. {@code id} is a hash of
 * {@code text}, so the same report under a second URL is the same report.
 */
public record Report(String id, String source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                     @Nullable LocalDate published, @Nullable String dateline, String language, String text,
                     List<Paragraph> paragraphs, int duplicateParagraphsRemoved) {
    public Report {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id is required");
        paragraphs = List.copyOf(paragraphs);
    }

    public Report withPublished(@Nullable LocalDate date) {
        return new Report(id, source, url, outlet, title, date, dateline, language, text, paragraphs,
                duplicateParagraphsRemoved);
    }
}
