package org.sitrep.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Evidence;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;

/**
 * An evidence span with the sentence around it, for the page to show with the span marked: {@code context} is the
 * sentence (or sentences) of the report holding the span, and {@code mark_start}/{@code mark_end} the span's
 * offsets inside {@code context}. Sentence ends are read from the paragraph's text (". ", "! ", "? "), which is
 * coarse for abbreviations but never cuts the span, since the context always covers it. When the report is not
 * stored, the context is the evidence text alone.
 */
final class EvidenceContext {
    private EvidenceContext() {
    }

    static ObjectNode of(Evidence e, Map<String, Optional<Report>> reports, ObjectMapper mapper) {
        ObjectNode n = mapper.createObjectNode();
        n.put("field", e.field());
        n.put("report", e.report());
        n.put("sentence", e.sentence());
        n.put("text", e.text());
        Report report = reports.computeIfAbsent(e.report(), k -> Optional.empty()).orElse(null);
        String text = report == null ? null : report.text();
        if (text == null || e.end() > text.length() || !text.substring(e.start(), e.end()).equals(e.text())) {
            return n.put("context", e.text()).put("mark_start", 0).put("mark_end", e.text().length());
        }
        int from = 0, to = text.length();
        for (Paragraph p : report.paragraphs()) {
            if (p.start() <= e.start() && e.end() <= p.end()) {
                from = p.start();
                to = p.end();
                break;
            }
        }
        int start = from;
        for (int i = e.start() - 1; i > from; i--) {
            if (isSentenceEnd(text, i - 1) && Character.isWhitespace(text.charAt(i))) {
                start = i + 1;
                break;
            }
        }
        int end = to;
        for (int i = Math.max(e.end(), e.start() + 1) - 1; i < to - 1; i++) {
            if (isSentenceEnd(text, i) && Character.isWhitespace(text.charAt(i + 1)) && i + 1 >= e.end()) {
                end = i + 1;
                break;
            }
        }
        return n.put("context", text.substring(start, end)).put("mark_start", e.start() - start)
                .put("mark_end", e.end() - start);
    }

    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        return c == '.' || c == '!' || c == '?';
    }
}
