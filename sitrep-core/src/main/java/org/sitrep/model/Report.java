package org.sitrep.model;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cleaned report. {@code text} is the cleaned body (paragraphs joined by one blank line, title and dateline
 * removed and kept in their own fields); every offset elsewhere in Sitrep points into it. {@code id} is a hash of
 * {@code text}, so the same report under a second URL is the same report. {@code dating} says whether
 * {@code published} was stated or inferred from the text, and any contradiction the text shows (null until the
 * dating stage has run).
 */
public record Report(String id, String source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                     @Nullable LocalDate published, @Nullable String dateline, String language, String text,
                     List<Paragraph> paragraphs, int duplicateParagraphsRemoved,
                     @Nullable PublicationDating dating) {
    public Report {
        if (id == null || id.isBlank()) throw new IllegalArgumentException("id is required");
        paragraphs = List.copyOf(paragraphs);
    }

    public Report(String id, String source, @Nullable String url, @Nullable String outlet, @Nullable String title,
                  @Nullable LocalDate published, @Nullable String dateline, String language, String text,
                  List<Paragraph> paragraphs, int duplicateParagraphsRemoved) {
        this(id, source, url, outlet, title, published, dateline, language, text, paragraphs,
                duplicateParagraphsRemoved, null);
    }

    public Report withPublished(@Nullable LocalDate date) {
        return new Report(id, source, url, outlet, title, date, dateline, language, text, paragraphs,
                duplicateParagraphsRemoved, dating);
    }

    /** This report with its publication date as the dating stage found it. */
    public Report withDating(@Nullable LocalDate date, PublicationDating d) {
        return new Report(id, source, url, outlet, title, date, dateline, language, text, paragraphs,
                duplicateParagraphsRemoved, d);
    }
}
