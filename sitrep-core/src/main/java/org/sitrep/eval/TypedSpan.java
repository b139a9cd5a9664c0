package org.sitrep.eval;

/**
 * An entity span of one document: {@code type} is the benchmark's type name ("Location"), {@code start} and
 * {@code end} are character offsets into the document text, end exclusive.
 */
public record TypedSpan(String document, String type, int start, int end) {
    public TypedSpan {
        if (start < 0 || end <= start) throw new IllegalArgumentException("bad span " + start + ".." + end);
    }

    boolean overlaps(TypedSpan o) {
        return document.equals(o.document) && type.equals(o.type) && start < o.end && o.start < end;
    }
}
