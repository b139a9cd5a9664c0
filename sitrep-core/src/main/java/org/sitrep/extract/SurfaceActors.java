package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;
import org.sitrep.resolve.actor.ActorMatch;

/**
 * Actors named by the surface words in front of a noun or a verb ("a US drone strike", "a senior Hezbollah
 * commander", "Malian soldiers accompanied by Russian fighters killed"), for where the parse names no subject or
 * misreads it.
 */
final class SurfaceActors {
    private final Lexicon lexicon;

    SurfaceActors(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "--", "\u2014", "when", "as", "after", "before",
            "while", "because", "since", "which", "who", "that", "where", "said", "says");

    /**
     * The attacker named on the surface before the trigger: for a noun, a name or national adjective in its own
     * phrase ("a US drone strike"); for an active verb with no subject found, the first noun phrase of its clause
     * ("Malian soldiers accompanied by Russian fighters killed ..."), if that names an actor.
     */
    @Nullable Phrase surfaceAttacker(SentenceContext c, int i) {
        Parse p = c.parse;
        int start = i;
        if (p.token(i).isNoun()) {
            // A weapon word the tagger took for a verb ("drone") still belongs to the phrase.
            while (start > 0 && (isNominal(p.token(start - 1))
                    || lexicon.weaponAt(p.sentence().tokens(), start - 1) != null)) start--;
        } else {
            String tag = p.token(i).tag();
            // A participle with a direct object is an active verb the parser took for a reduced relative
            // ("soldiers accompanied by Russian fighters killed 21 civilians").
            // So is one with an object that the parser made a passive ("A Russian drone hit a minibus").
            boolean activeParticiple = tag.equals("VBN") && p.child(i, "obj") >= 0
                    && (p.relation(i).equals("acl") || p.child(i, "aux:pass") >= 0);
            if (!tag.equals("VBD") && !tag.equals("VBZ") && !tag.equals("VBP") && !activeParticiple) return null;
            start = 0;
            for (int k = i - 1; k >= 0; k--) {
                if (CLAUSE_BREAKS.contains(p.token(k).word().toLowerCase(java.util.Locale.ROOT))) {
                    start = k + 1;
                    break;
                }
            }
            // The clause's first chunk only, and only when it is not led by a preposition ("In nearby Qabatiya").
            while (start < i && !isNominal(p.token(start))) {
                if (p.token(start).tag().equals("IN")) return null;
                start++;
            }
        }
        for (int k = start; k < i; k++) {
            Token t = p.token(k);
            if (!isNominal(t)) {
                if (p.token(i).isNoun()) continue;
                break;
            }
            if (!t.tag().startsWith("JJ") && !t.tag().startsWith("NNP")) continue;
            int end = k;
            while (end + 1 < i && p.token(end + 1).tag().startsWith("NNP")) end++;
            Phrase name = p.span(k, end);
            if (c.resolve(name, false) != null) return name;
            Phrase forces = new Phrase(name.text() + " forces", name.start(), name.end(), name.sentence());
            if (c.resolve(forces, false) != null) return forces;
            k = end;
        }
        return null;
    }

    private static boolean isNominal(Token t) {
        String tag = t.tag();
        return tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("DT") || tag.equals("CD") || tag.equals("HYPH")
                || tag.equals("POS");
    }

    /**
     * "a Russian missile strike", "an Israeli airstrike", "a Houthi drone attack": the attacker named by an adjective
     * or a name in front of the noun (or of the weapon noun before it). The registry lists forces, not demonyms, so
     * "Russian" is also tried as "Russian forces".
     */
    @Nullable ActorMatch modifierActor(SentenceContext c, int i) {
        // "a senior Hezbollah commander": each modifier in turn, not only the first ("senior").
        for (Phrase m : modifierPhrases(c, i)) {
            // "a military post", "security sources": only a name or a national adjective names a side.
            if (!Character.isUpperCase(m.text().charAt(0))) continue;
            // "three Army Reserve soldiers": a bare "Army" names no nation (the report's country is not thereby theirs).
            String bare = m.text().toLowerCase(java.util.Locale.ROOT);
            if (lexicon.isOwnForces(bare) || lexicon.isOwnPolice(bare)) continue;
            ActorMatch direct = c.resolve(m, false);
            if (direct == null) direct = c.resolve(new Phrase(m.text() + " forces", m.start(), m.end(), m.sentence()), false);
            if (direct != null) return direct;
        }
        return null;
    }

    static @Nullable Phrase modifierPhrase(SentenceContext c, int i) {
        List<Phrase> all = modifierPhrases(c, i);
        return all.isEmpty() ? null : all.get(0);
    }

    /** The adjectives, names and acronyms in front of the noun at {@code i} (or of its compounds), in parse order. */
    private static List<Phrase> modifierPhrases(SentenceContext c, int i) {
        List<Phrase> out = new ArrayList<>();
        Parse p = c.parse;
        List<Integer> heads = new ArrayList<>(List.of(i));
        heads.addAll(p.children(i, "compound"));
        for (int h : heads) {
            for (org.sitrep.model.Dependency d : p.sentence().children(h)) {
                String rel = d.relation();
                int k = d.dependent();
                if (k >= i) continue;
                // "an ISIS attack", where the tagger takes the acronym for a common noun.
                String w = p.token(k).word();
                boolean acronym = w.length() >= 2 && w.chars().allMatch(Character::isUpperCase);
                if ((rel.equals("amod") || rel.equals("compound")) && (p.token(k).tag().startsWith("JJ")
                        || p.token(k).tag().startsWith("NNP") || acronym)) {
                    out.add(p.span(k, k));
                }
            }
        }
        return out;
    }
}
