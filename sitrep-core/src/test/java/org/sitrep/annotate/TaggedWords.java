package org.sitrep.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Tokens as the tagger leaves them, written "word/TAG", for the tag repairs' tests. */
final class TaggedWords {
    private TaggedWords() {
    }

    static List<CoreLabel> of(String... wordTag) {
        List<CoreLabel> out = new ArrayList<>();
        for (String wt : wordTag) {
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, wt.lastIndexOf('/')));
            l.setTag(wt.substring(wt.lastIndexOf('/') + 1));
            out.add(l);
        }
        return out;
    }
}
