package org.sitrep.model;

/** A paragraph of the cleaned report text: {@code text} equals {@code report.text().substring(start, end)}. */
public record Paragraph(int index, int start, int end, String text) {
    public Paragraph {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad paragraph span " + start + ".." + end);
        if (text.length() != end - start) throw new IllegalArgumentException("paragraph text does not fit its span");
    }
}
