package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;

/** One re3d document: its text and the gold entity spans kept (all types) at the reader's confidence threshold. */
public record Re3dDocument(String id, String dataset, String text, List<TypedSpan> entities) {
    public Re3dDocument {
        entities = List.copyOf(entities);
    }

    /**
     * The document as a report for the annotator, its text unchanged so that every token offset is a re3d offset:
     * the cleaner is skipped (it would rewrite the text), and each non-blank line is a paragraph, as the cleaner
     * would make it, so that no sentence crosses a line break.
     */
    public Report report() {
        List<Paragraph> paragraphs = new ArrayList<>();
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            if (!text.substring(at, end).isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), at, end, text.substring(at, end)));
            }
            if (nl < 0) break;
            at = nl + 1;
        }
        return new Report(id, dataset + "/" + id, null, null, null, null, null, "en", text, paragraphs, 0);
    }
}
