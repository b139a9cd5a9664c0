package org.sitrep.clean;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Paragraph;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;

/**
 * The clean stage: a raw report in, a cleaned {@link Report} out. Runs, in order, {@link UnicodeNormaliser},
 * {@link PageFurnitureFilter}, {@link LineRejoiner}, the title check, {@link DatelineSplitter},
 * {@link RepeatedParagraphFilter} and {@link LanguageGuesser}.
 *
 * <ul>
 *   <li>{@code text}: the paragraphs kept, joined by one blank line ({@code "\n\n"}); {@code paragraphs} carry
 *       their offsets into it, indices from 0.
 *   <li>{@code id}: the first 16 hex digits of the SHA-256 of {@code text} (UTF-8), so the same report under
 *       another URL or file name gets the same id.
 *   <li>{@code title}: normalised, on one line; when the body's first paragraph only repeats it, that paragraph
 *       is dropped.
 *   <li>{@code dateline}: its place ("Erbil"), or null; {@code language}: "en", another code, or "und".
 *   <li>source, url, outlet and published are passed on as they are.
 * </ul>
 * Throws {@link RejectedInputException} {@code source: no text left after cleaning} when nothing is left, and
 * {@code source: 20000000 characters, over the 200000-character limit of one report} for a text or title longer
 * than {@link CleanConfig#maxCharacters()}: the paragraph comparison and the annotator grow faster than the text,
 * so an unbounded report could hold the batch for hours.
 * Options: {@link CleanConfig}. Immutable; one instance serves every thread.
 */
public final class ReportCleaner implements Stage<RawReport, Report> {
    private static final int ID_HEX_DIGITS = 16;
    private static final String PARAGRAPH_BREAK = "\n\n";
    /** How many opening paragraphs may be a date line (a bulletin's "Ministry of Defence" then "Moscow, 13 September 2025"). */
    private static final int TOP_LINES = 3;

    private final UnicodeNormaliser normaliser = new UnicodeNormaliser();
    private final PageFurnitureFilter furniture = PageFurnitureFilter.bundled();
    private final LineRejoiner rejoiner = new LineRejoiner();
    private final DatelineSplitter datelines = new DatelineSplitter();
    private final RepeatedParagraphFilter repeats;
    private final LanguageGuesser languages = new LanguageGuesser();
    private final int maxCharacters;

    public ReportCleaner() {
        this(CleanConfig.defaults());
    }

    public ReportCleaner(CleanConfig config) {
        this.repeats = new RepeatedParagraphFilter(Objects.requireNonNull(config, "config").nearDuplicateSimilarity());
        this.maxCharacters = config.maxCharacters();
    }

    @Override
    public Report apply(RawReport raw) throws RejectedInputException {
        int length = Math.max(raw.text().length(), raw.title() == null ? 0 : raw.title().length());
        if (length > maxCharacters) {
            throw new RejectedInputException(raw.source(), length + " characters, over the " + maxCharacters
                    + "-character limit of one report");
        }
        String title = title(raw.title());
        // Repeats are removed line by line before broken lines are rejoined: a repeated fragment of a broken
        // sentence (the seed repeats one) is then removed as what it is, and the count is of source paragraphs.
        List<String> story = furniture.filter(normaliser.normalise(raw.text()).lines().toList()).kept();
        RepeatedParagraphFilter.Result lines = repeats.filter(story);
        List<String> paragraphs = withoutTitle(rejoiner.paragraphs(String.join("\n", lines.kept())), title);
        DatelineSplitter.Result dated = datelines.split(paragraphs);
        RepeatedParagraphFilter.Result filtered = repeats.filter(dated.paragraphs());
        if (filtered.kept().isEmpty()) throw new RejectedInputException(raw.source(), "no text left after cleaning");

        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        for (String paragraph : filtered.kept()) {
            if (text.length() > 0) text.append(PARAGRAPH_BREAK);
            spans.add(new int[] {text.length(), text.length() + paragraph.length()});
            text.append(paragraph);
        }
        String body = text.toString();
        List<Paragraph> offsets = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            offsets.add(new Paragraph(i, span[0], span[1], body.substring(span[0], span[1])));
        }
        return new Report(id(body), raw.source(), raw.url(), raw.outlet(), title, published(raw, dated), dated.dateline(),
                languages.guess(body), body, offsets, lines.removed() + filtered.removed());
    }

    /**
     * The date the input gives, else the one its text states for itself: a dateline's ("KABUL, April 8, 2025 -") or
     * a top line that is only a date ("Moscow, 13 September 2025"). Text inputs have no other; without it, every
     * relative day of the report ("on Monday") would be read against a guess.
     */
    private static @Nullable LocalDate published(RawReport raw, DatelineSplitter.Result dated) {
        if (raw.published() != null) return raw.published();
        if (dated.date() != null) return dated.date();
        List<String> top = dated.paragraphs();
        for (int i = 0; i < Math.min(TOP_LINES, top.size()); i++) {
            LocalDate d = StatedDate.line(top.get(i));
            if (d != null) return d;
        }
        return null;
    }

    private @Nullable String title(@Nullable String raw) {
        if (raw == null) return null;
        String title = normaliser.normalise(raw).replace('\n', ' ').replace('\t', ' ').replaceAll(" {2,}", " ")
                .strip();
        return title.isEmpty() ? null : title;
    }

    /** Scraped text often starts with the headline that is already the title. */
    private static List<String> withoutTitle(List<String> paragraphs, @Nullable String title) {
        if (title == null || paragraphs.isEmpty() || !comparable(paragraphs.get(0)).equals(comparable(title))) {
            return paragraphs;
        }
        return paragraphs.subList(1, paragraphs.size());
    }

    private static String comparable(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.!?:]+$", "").strip();
    }

    static String id(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            // Every Java platform must provide SHA-256.
            throw new IllegalStateException(e);
        }
    }
}
