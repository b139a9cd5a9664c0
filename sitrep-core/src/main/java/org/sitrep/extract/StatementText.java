package org.sitrep.extract;

import org.jspecify.annotations.Nullable;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * A report that reproduces a statement ("The following is an unofficial translation of a statement read by the
 * Houthi military spokesman ..."): the sentences after that opening are the author's own words, though none says
 * "he said", until one opens an editor's note. Outlets print armed groups' communiqués so, one operation a line
 * ("The second operation: the naval forces targeted the ship ..."). Only an armed group's statement is read so.
 */
final class StatementText {
    private final Lexicon lexicon;

    StatementText(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The author the sentence opens a statement of, by the "by" of its verb ("read by", "issued by"), or null. */
    @Nullable Speaker opens(SentenceContext c) {
        Parse p = c.parse;
        if (!lexicon.opensStatementText(p.sentence().text())) return null;
        for (int k = 0; k < p.size(); k++) {
            if (!p.lemma(k).equals("by") || !p.relation(k).equals("case")) continue;
            int author = p.head(k);
            if (author < 0 || !p.token(author).isNoun()) continue;
            ActorMatch m = c.resolveNoun(author, false);
            // An armed group's communiqué only: "an edited transcript of the briefing given by Gen. Ryder" is
            // questions and answers, whose speakers the transcript names line by line.
            if (m == null || !m.actor().isArmedGroup()) continue;
            TimeValue when = TimeValue.UNKNOWN;
            for (TimeMention tm : c.times) if (tm.value().isKnown()) when = tm.value();
            return new Speaker(p.nounPhrase(author), m, -1, "say", when, "statement", false);
        }
        return null;
    }

    /** Whether the sentence ends the statement's text ("Editor's note: ..."). */
    boolean ends(SentenceContext c) {
        return lexicon.endsStatementText(c.parse.sentence().text());
    }
}
