package org.sitrep.eval;

import java.util.Locale;
import org.sitrep.model.Token;

/**
 * Verb forms that the parse attaches as a preposition or subordinator ("including", "following", "regarding")
 * work as prepositions and name no event; "according (to)" does name one, ECB+ marks it as a statement, so verbs
 * of saying are kept. Stateless.
 */
public final class PrepositionalVerbs {
    private PrepositionalVerbs() {
    }

    /** Whether verb {@code t}, attached to its head by {@code relation} (null at the root), is no event trigger. */
    public static boolean isPrepositional(Token t, String relation, EventFamilies families) {
        if (relation == null || !(relation.equals("case") || relation.equals("mark"))) return false;
        return !families.isReporting(t.word().toLowerCase(Locale.ROOT)) && !families.isReporting(t.lemma().toLowerCase(Locale.ROOT));
    }
}
