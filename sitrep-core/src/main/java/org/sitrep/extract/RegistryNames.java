package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Sentence;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorRegistry;

/**
 * The names of the actor registry a sentence holds, read off its capitalised words without a parse: at each
 * capitalised word the longest registry key of up to four words, whose words are then passed over. A cheap whole-report
 * pass ("which armed groups does this report name?"), where resolving every noun phrase would cost a parse.
 */
final class RegistryNames {
    private RegistryNames() {
    }

    /** The actors of each name found, in sentence order (a name several actors share gives them all). */
    static List<List<Actor>> in(ActorRegistry registry, Sentence s) {
        List<List<Actor>> out = new ArrayList<>();
        var tokens = s.tokens();
        int longest = Math.min(4, registry.longestKey());
        for (int i = 0; i < tokens.size(); i++) {
            String w = tokens.get(i).word();
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            for (int n = Math.min(longest, tokens.size() - i); n >= 1; n--) {
                StringBuilder b = new StringBuilder();
                for (int k = i; k < i + n; k++) b.append(k > i ? " " : "").append(tokens.get(k).word());
                List<Actor> found = registry.actorsByKey(Names.key(b.toString()));
                if (found.isEmpty()) continue;
                // "IDF chief Eyal Zamir": a group's one-word name that is part of a person's name (the tagger's
                // PERSON running on past it) names the person, not the group.
                if (partOfPerson(tokens, i, i + n)) continue;
                out.add(found);
                i += n - 1;
                break;
            }
        }
        return out;
    }

    private static boolean partOfPerson(List<org.sitrep.model.Token> tokens, int from, int to) {
        for (int k = from; k < to; k++) if (!"PERSON".equals(tokens.get(k).ner())) return false;
        return from > 0 && "PERSON".equals(tokens.get(from - 1).ner())
                || to < tokens.size() && "PERSON".equals(tokens.get(to).ner());
    }
}
