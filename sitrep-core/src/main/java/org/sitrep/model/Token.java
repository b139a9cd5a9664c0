package org.sitrep.model;

/**
 * A token with character offsets into the cleaned report text. {@code ner} is the entity type given by the
 * annotator ("O" for none); {@code index} counts from 0 within its sentence.
 */
public record Token(int index, String word, String lemma, String tag, String ner, int start, int end) {
    public Token {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad token span " + start + ".." + end);
    }

    public boolean isNoun() { return tag.startsWith("NN"); }

    public boolean isVerb() { return tag.startsWith("VB"); }

    public boolean isPlural() { return tag.equals("NNS") || tag.equals("NNPS"); }
}
