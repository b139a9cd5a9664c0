package org.sitrep.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/**
 * Reads a plain-text report ({@code .txt}, {@code .text}, stdin). Plain text carries no metadata, so only a title
 * is looked for: the first non-blank line is the title when it is short (under 150 characters), is followed by more
 * text, and does not read like the start of the body. It reads like the body when it ends with sentence or clause
 * punctuation (". , ; :"), ends with a word such as "in" or "the", opens with a dateline ("BAGHDAD (Reuters) -"),
 * or the next line starts in lower case (a hard-wrapped first line). The body is everything after the title, as is.
 */
public final class TextReportReader implements ReportReader {
    static final int MAX_TITLE_LENGTH = 150;
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    /** An ALL-CAPS place followed by a comma, an agency in brackets, a dash or a colon opens a news body. */
    private static final Pattern DATELINE_START =
            Pattern.compile("^\\p{Lu}{3,}[\\p{Lu}' .-]*?(?:,|\\s*\\(|\\s+[-\u2013\u2014]|:)");
    /** Words a title does not end with, but a hard-wrapped line often does. */
    private static final Set<String> CONTINUING_WORDS = Set.of("a", "an", "the", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "and", "or", "but", "that", "as", "than", "near", "into", "against");

    @Override
    public void read(String source, String content, ReportSink sink) throws RejectedInputException {
        String[] lines = LINE_BREAK.split(content, -1);
        int first = nextNonBlank(lines, 0);
        if (first < 0) throw new RejectedInputException(source, "empty file");
        int second = nextNonBlank(lines, first + 1);
        String candidate = lines[first].strip();
        if (second >= 0 && isTitle(candidate, lines[second].strip())) {
            String body = String.join("\n", Arrays.asList(lines).subList(second, lines.length));
            sink.accept(new RawReport(source, null, null, candidate, null, body));
        } else {
            sink.accept(new RawReport(source, null, null, null, null, content));
        }
    }

    static boolean isTitle(String line, String next) {
        if (line.length() >= MAX_TITLE_LENGTH) return false;
        char last = line.charAt(line.length() - 1);
        if (last == '.' || last == ',' || last == ';' || last == ':') return false;
        if (DATELINE_START.matcher(line).find()) return false;
        int space = line.lastIndexOf(' ');
        if (CONTINUING_WORDS.contains(line.substring(space + 1).toLowerCase(Locale.ROOT))) return false;
        return !Character.isLowerCase(next.codePointAt(0));
    }

    private static int nextNonBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) return i;
        }
        return -1;
    }
}
