package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;

/** An annotated sentence: tokens and dependency edges, with offsets into the cleaned report text. */
public record Sentence(int index, int paragraph, int start, int end, String text, List<Token> tokens,
                       List<Dependency> dependencies) {
    public Sentence {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    /** Edges whose governor is {@code token}. */
    public List<Dependency> children(int token) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == token) out.add(d);
        return out;
    }

    /** The edge that governs {@code token}, or null for the root or an unattached token. */
    public Dependency head(int token) {
        for (Dependency d : dependencies) if (d.dependent() == token) return d;
        return null;
    }

    /** The token that starts at or covers character {@code offset}, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.start() <= offset && offset < t.end()) return t.index();
        return -1;
    }
}
