package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.model.Token;

/**
 * Which weapon a sentence names for an event, and whether a firing verb ("fired", "launched") is aimed at
 * something rather than used in another sense ("fired the coach").
 */
final class WeaponReader {
    private static final Set<String> AIM_WORDS = Set.of("at", "on", "toward", "towards", "into", "upon", "across");

    private final Lexicon lexicon;

    WeaponReader(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * A weapon or an aim in the words that follow, up to the next comma ("fired a salvo of missiles at"; the parser
     * often loses the "at"), or a weapon as the verb's passive subject or the noun it describes ("missiles fired
     * by the Houthis").
     */
    boolean isAimed(Parse p, int i) {
        List<Token> tokens = p.sentence().tokens();
        for (int k = i + 1; k < Math.min(p.size(), i + 12); k++) {
            String w = tokens.get(k).word();
            if (w.equals(",") || w.equals(";") || w.equals(".")) break;
            if (AIM_WORDS.contains(w.toLowerCase(java.util.Locale.ROOT)) || lexicon.weaponAt(tokens, k) != null) return true;
        }
        // "shells fired from RSF positions landed ...": the parser may make the weapon an active subject.
        int subject = p.child(i, "nsubj:pass", "nsubj");
        if (subject >= 0 && weaponHead(p, subject)) return true;
        return p.relation(i).startsWith("acl") && p.head(i) >= 0 && lexicon.weaponAt(tokens, p.head(i)) != null;
    }

    /** Whether the noun at {@code k}, or a word of its phrase, names a weapon ("two rockets", "a salvo of missiles"). */
    boolean weaponHead(Parse p, int k) {
        return k >= 0 && weaponIn(p, p.nounPhrase(k), null);
    }

    /** A weapon phrase of the sentence, its first and last token. */
    private record Match(int first, int last, Lexicon.Weapon weapon) {}

    /**
     * The weapon phrases of the sentence, in order. Weapons are tried longest first at each token, and the words of
     * a match are not read again, so "suicide bomber" is not also a "bomber" one token later. A model before its
     * class noun ("an Iskander missile", "Kalibr cruise missiles", "mortar shells") is one weapon, of the model's
     * more precise kind.
     */
    private List<Match> matches(Parse p) {
        List<Match> out = new ArrayList<>();
        List<Token> tokens = p.sentence().tokens();
        for (int k = 0; k < p.size(); k++) {
            Lexicon.Weapon w = lexicon.weaponAt(tokens, k);
            if (w == null) continue;
            int last = k + w.words().size() - 1;
            Lexicon.Weapon next = last + 1 < p.size() ? lexicon.weaponAt(tokens, last + 1) : null;
            if (next != null) last += next.words().size();
            out.add(new Match(k, last, w));
            k = last;
        }
        return out;
    }

    /** The weapon named nearest the trigger. */
    Lexicon.@Nullable Weapon weaponNear(Parse p, int i) {
        Match m = nearest(p, i, matches(p));
        return m == null ? null : m.weapon();
    }

    /**
     * The verb's doer (its subject, or its "by" agent in the passive) is a weapon, and not the aircraft that carries
     * one ("a helicopter landed in Kadugli").
     */
    boolean doneByWeapon(Parse p, int i) {
        for (String doer : List.of("nsubj", "obl:agent", "obl:by")) {
            for (int k : p.children(i, doer)) if (ownWeapon(p, k) && !lexicon.isPlatform(p.lemma(k))) return true;
        }
        return false;
    }

    /** As {@link #weaponHead}, but not a weapon that only owns the thing ("the rocket's first stage landed"). */
    private boolean ownWeapon(Parse p, int k) {
        int poss = p.child(k, "nmod:poss");
        return weaponIn(p, p.nounPhrase(k), poss >= 0 ? p.nounPhrase(poss) : null);
    }

    /** Whether a word of {@code np}, outside {@code except} when given, starts a weapon's name. */
    private boolean weaponIn(Parse p, Phrase np, @Nullable Phrase except) {
        List<Token> tokens = p.sentence().tokens();
        for (int j = 0; j < p.size(); j++) {
            Token t = tokens.get(j);
            if (except != null && t.start() >= except.start() && t.end() <= except.end()) continue;
            if (t.start() >= np.start() && t.end() <= np.end() && lexicon.weaponAt(tokens, j) != null) return true;
        }
        return false;
    }

    /** The trigger's weapon: the nearest one's kind, and the record's name for what was used. */
    record Armament(Lexicon.Weapon nearest, String name) {
    }

    /**
     * The trigger's weapon, or null: the nearest weapon, named with those joined to it by "and" in text order when
     * they are of other kinds ("drones and missiles" is "drone; missile", as ACLED lists the weapons of one attack).
     */
    @Nullable Armament armament(Parse p, int i) {
        List<Match> all = matches(p);
        Match best = nearest(p, i, all);
        if (best == null) return null;
        java.util.Set<Integer> joined = new java.util.HashSet<>(p.children(best.last(), "conj"));
        if (p.relation(best.last()).equals("conj") && p.head(best.last()) >= 0) {
            joined.add(p.head(best.last()));
            joined.addAll(p.children(p.head(best.last()), "conj"));
        }
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>();
        for (Match m : all) {
            if (m == best || m.last() != best.last() && joined.stream().anyMatch(t -> t >= m.first() && t <= m.last())) {
                names.add(m.weapon().weapon());
            }
        }
        return new Armament(best.weapon(), String.join("; ", names));
    }

    /** The first weapon the sentence names, with those joined to it, as {@link #armament} reads them; or null. */
    @Nullable Armament firstNamed(Parse p) {
        List<Match> all = matches(p);
        return all.isEmpty() ? null : armament(p, all.get(0).first());
    }

    private @Nullable Match nearest(Parse p, int i, List<Match> all) {
        Match best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Match m : all) {
            int first = m.first(), last = m.last();
            // "shelled the district with Grad rockets": the trigger verb itself ("shell") is no weapon named.
            if (first == i && p.token(i).isVerb()) continue;
            // "anti-ship missile launchers", "a drone factory": the weapon names what was hit, not what hit. Not when
            // that noun is what acts ("HIMARS launchers struck a command post").
            if (p.relation(last).equals("compound") && p.head(last) > last && lexicon.isWeaponTarget(p.lemma(p.head(last)))
                    && !p.relation(p.head(last)).startsWith("nsubj")) continue;
            // "drones struck a farm on Tuesday, hours after fighters attacked an outpost": not across a span's
            // "after", which tells another event.
            if (EventTimeChooser.spanOpenerBetween(p, Math.min(i, first), Math.max(i, last)) >= 0) continue;
            // "the drone air force targeted the ship with winged missiles": the weapon names the unit that fired.
            // The tagger often takes "drone" there for a verb and hangs it on the unit as an adjective.
            if ((p.relation(last).equals("compound") || p.relation(last).equals("amod")) && p.head(last) > last
                    && lexicon.isUnitNoun(p.lemma(p.head(last)))) continue;
            if (ofOtherClause(p, i, last)) continue;
            int dist = i < first ? first - i : i > last ? i - last : 0;
            // "aircraft dropped two guided aerial bombs": an air weapon named with the aircraft that carries it is
            // the more precise, wherever it stands.
            if (!platform(p, m) && best != null && platform(p, best) && m.weapon().type() == best.weapon().type()) dist = -1;
            else if (platform(p, m) && best != null && !platform(p, best) && m.weapon().type() == best.weapon().type()) continue;
            // "the drone air force targeted the carrier with winged missiles and drones": what the unit struck "with"
            // is the weapon, of whatever kind; the unit only carried it.
            if (!platform(p, m) && best != null && platform(p, best) && firedWith(p, i, m)) dist = -1;
            else if (platform(p, m) && best != null && !platform(p, best) && firedWith(p, i, best)) continue;
            if (dist < bestDist) { bestDist = dist; best = m; }
        }
        return best;
    }

    /**
     * "an Israeli strike killed five, rockets fired from Lebanon hit Kiryat Shmona, and Hezbollah and Israeli troops
     * fought near Aitaroun": a weapon in another clause, when that clause and the trigger's each have a subject of
     * their own and neither holds the other, is the weapon of that clause's event, if that clause tells one. Not "drones struck the town and
     * killed three" (no subject of its own, or the same), nor "two men were killed when a drone struck their car" (one holds the other).
     */
    private boolean ofOtherClause(Parse p, int i, int weapon) {
        int t = clauseHead(p, i), w = clauseHead(p, weapon);
        if (t < 0 || w < 0 || t == w) return false;
        // "heard two blasts ..., after drones approached the garrison": a clause that tells no attack of its own has
        // no event to take the weapon from this one.
        if (lexicon.trigger(TriggerFinder.phrasalLemma(p, w), false) == null) return false;
        // The parser may lend a participle its clause's subject ("a missile hit the area, killing three"): the same doer.
        int st = p.child(t, "nsubj", "nsubj:pass"), sw = p.child(w, "nsubj", "nsubj:pass");
        if (st < 0 || sw < 0 || st == sw) return false;
        return !holds(p, t, w) && !holds(p, w, t);
    }

    /** Whether {@code k} lies under {@code top} in the parse. */
    private static boolean holds(Parse p, int top, int k) {
        for (int n = 0; k >= 0 && n < p.size(); n++, k = p.head(k)) if (k == top) return true;
        return false;
    }

    private static int clauseHead(Parse p, int k) {
        for (int n = 0; k >= 0 && !p.token(k).isVerb() && n < p.size(); n++) k = p.head(k);
        return k;
    }

    /** Whether the weapon hangs on the trigger by "with" ("struck the ship with two missiles"). */
    private static boolean firedWith(Parse p, int trigger, Match m) {
        // "with a number of winged missiles", "with missiles and drones": up through a count or a list.
        for (int k = m.last(), step = 0; k >= 0 && step < 3; k = p.head(k), step++) {
            if (p.head(k) == trigger) return p.relation(k).equals("obl:with") || p.relation(k).equals("nmod:with");
        }
        return false;
    }

    private boolean platform(Parse p, Match m) {
        return lexicon.isPlatform(p.lemma(m.last()));
    }
}
