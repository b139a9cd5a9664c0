package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.model.EventType;
import org.sitrep.model.Token;

/**
 * The trigger words of a sentence: every noun or verb the lexicon lists as one (with its particle: "shot down",
 * "open fire"), less those that cannot tell an event whatever the context (a month, a noun modifying another, a
 * verb of leaving, "fire" with no weapon). {@link MentionFinder} then decides which of them tell an event.
 */
final class TriggerFinder {
    private final Lexicon lexicon;
    private final WeaponReader weapons;

    TriggerFinder(Lexicon lexicon, WeaponReader weapons) {
        this.lexicon = lexicon;
        this.weapons = weapons;
    }

    record Candidate(int token, Lexicon.Trigger trigger) {
    }

    /** Trigger candidates of the sentence, secondary ones dropped where a primary one is present. */
    List<Candidate> candidates(Parse p) {
        List<Candidate> all = triggers(p);
        // "a drone launched from Yemen hit a hotel": an aiming verb with no weapon aimed shadows nothing.
        // "A day after the market attack, air defences shot down drones", "risen to 34 from the 21 announced on the
        // day of the attack": an attack that only marks the time of the telling shadows nothing either.
        List<Candidate> primaries = all.stream()
                .filter(c -> !lexicon.isSecondary(c.trigger().lemma()) && !aimsNoWeapon(p, c.token())
                        && !marksTime(p, c.token())).toList();
        // "Turkish drones struck a village on Tuesday, hours after fighters attacked an outpost": a primary trigger
        // across a span's "after" or "before" tells another event and leaves the secondary its own.
        all.removeIf(c -> lexicon.isSecondary(c.trigger().lemma())
                && primaries.stream().anyMatch(o -> !EventTimeChooser.acrossSpan(p, o.token(), c.token())));
        // "raided a house and arrested two men": a raid that ends in arrests is coded as the arrests.
        if (all.stream().anyMatch(c -> c.trigger().type() == EventType.ARREST)) all.removeIf(c -> c.trigger().lemma().equals("raid"));
        return all;
    }

    /** Whether the noun is what a span of time is counted from: "a day after the attack", "the day of the attack". */
    static boolean marksTime(Parse p, int i) {
        if (!p.token(i).isNoun()) return false;
        int head = p.head(i);
        String rel = p.relation(i);
        return head >= 0 && EventTimeChooser.SPANS.contains(p.lemma(head))
                && (rel.equals("nmod:of") || rel.equals("nmod:after") || rel.equals("nmod:before"));
    }

    /** Every word of the sentence the lexicon lists as a trigger, primary or secondary. */
    private List<Candidate> triggers(Parse p) {
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            Token t = p.token(i);
            if (!t.isNoun() && !t.isVerb()) continue;
            // "sank on March 2": a month, not a march.
            if (t.tag().startsWith("NNP") && MONTHS.contains(t.word())) continue;
            // "one-way attack drones", "a carrier strike group": a noun modifying another is no event.
            if (t.isNoun() && p.relation(i).equals("compound") && p.head(i) > i) continue;
            String lemma = p.lemma(i);
            String phrasal = phrasalLemma(p, i);
            Lexicon.Trigger tr = lexicon.trigger(phrasal, t.isNoun());
            // "demonstrators stormed out of the meeting": a verb that goes out or off, at no one, is leaving.
            String next = i + 1 < p.size() ? p.token(i + 1).word().toLowerCase(Locale.ROOT) : "";
            if (t.isVerb() && LEAVING.contains(next) && p.child(i, "obj") < 0 && lexicon.trigger(lemma + " " + next, false) == null) continue;
            if (tr == null && !phrasal.equals(lemma)) tr = lexicon.trigger(lemma, t.isNoun());
            // "came under mortar fire"; not "a fire broke out" or "returned fire".
            if (tr != null && t.isNoun() && lexicon.isWeaponed(lemma) && !weapons.weaponHead(p, i)) continue;
            // "bombs fell on two camps, killing 12": a verb that is an attack only with a weapon as its doer, without
            // one, shadows nothing (a toll verb of the kind is still read as a toll).
            if (tr != null && t.isVerb() && lexicon.isByWeapon(lemma) && !lexicon.isOutcomeVerb(lemma)
                    && !weapons.doneByWeapon(p, i)) continue;
            // "troops engaged the hideout", not "engaged a lawyer": fighting only between armed people.
            if (tr != null && t.isVerb() && lexicon.isArmedOnly(lemma) && !betweenFighters(p, i)) continue;
            if (tr != null && t.isNoun() && wholeWar(p, i)) continue;
            if (tr != null) all.add(new Candidate(i, tr));
        }
        return all;
    }

    private static final Set<String> MONTHS = Set.of("March", "May");

    /**
     * "Heavy fighting broke out between the rebels and the militias": a word of a whole war (cue kind protracted)
     * tells a battle only as the bare subject of its clause with the sides named; not "people who fled the fighting
     * in Masisi", "the coalition fighting the Islamic State" or "Ukraine says fighting continues". Not even a
     * candidate then, so that it shadows no toll verb of the sentence ("three killed in ...; fighting continues").
     */
    private boolean wholeWar(Parse p, int i) {
        if (!lexicon.isProtracted(p.lemma(i))) return false;
        int det = p.child(i, "det");
        boolean definite = det >= 0 && Set.of("the", "this", "that").contains(p.lemma(det));
        return !p.relation(i).equals("nsubj") || definite || RoleFinder.between(p, i).isEmpty();
    }

    /** Whether the verb has an object, and its subject or object names armed people or their positions. */
    private boolean betweenFighters(Parse p, int i) {
        int obj = p.child(i, "obj"), subj = p.child(i, "nsubj", "nsubj:xsubj");
        if (obj < 0) return false;
        return lexicon.mentionsFighters(p.nounPhrase(obj).text()) || subj >= 0 && lexicon.mentionsFighters(p.nounPhrase(subj).text());
    }

    /** Particles that make a verb of attack one of leaving: "stormed out", "stormed off". */
    private static final Set<String> LEAVING = Set.of("out", "off");

    /** The secondary verbs ("struck", "killed") {@link #candidates} set aside for a primary trigger of the sentence. */
    List<Candidate> secondaries(Parse p, List<Candidate> kept) {
        List<Candidate> out = triggers(p);
        out.removeIf(c -> !p.token(c.token()).isVerb() || !lexicon.isSecondary(c.trigger().lemma())
                || kept.stream().anyMatch(k -> k.token() == c.token()));
        return out;
    }

    /** "fired the coach", "launched from Yemen": an aiming verb with no weapon aimed, which tells no attack. */
    boolean aimsNoWeapon(Parse p, int i) {
        return p.token(i).isVerb() && lexicon.isAimed(p.lemma(i)) && !weapons.isAimed(p, i);
    }

    /** The verb's particle ("shot down"), also where the parser took it for an adverb. */
    static int particle(Parse p, int i) {
        int prt = p.child(i, "compound:prt");
        if (prt >= 0) return prt;
        // Any adverb right after the verb, not only its first ("USS Gravely had shot down", where the parser also
        // hangs "Gravely" on the verb as an adverb).
        for (int adv : p.children(i, "advmod")) {
            if (adv == i + 1 && (p.token(adv).tag().equals("RP") || p.lemma(adv).equals("down"))) return adv;
        }
        return -1;
    }

    /** The lemma with the verb's particle: "shoot down" for "shot down", else the lemma alone. */
    static String phrasalLemma(Parse p, int i) {
        int prt = particle(p, i);
        if (prt >= 0) return p.lemma(i) + " " + p.lemma(prt);
        // "opened fire on the convoy", "exchanged fire with militants": the verb's object makes it one of shooting;
        // so does the noun's "of" in "an exchange of fire".
        if (p.lemma(i).equals("open") || p.lemma(i).equals("exchange")) {
            int o = p.token(i).isVerb() ? p.child(i, "obj") : p.child(i, "nmod:of");
            if (o >= 0 && p.lemma(o).equals("fire")) return p.lemma(i) + " fire";
        }
        // "air defences destroyed 41 drones": what brings down aircraft in flight is an interception.
        if (p.lemma(i).equals("destroy") && p.token(i).isVerb()) {
            int o = p.child(i, "obj", "nsubj:pass");
            if (o >= 0 && isAerial(p, o)) return "shoot down";
        }
        return p.lemma(i);
    }

    /** "drones", "missiles", "unmanned aerial vehicles": what flies at its target. */
    private static boolean isAerial(Parse p, int k) {
        String head = p.lemma(k);
        if (AERIAL.contains(head)) return true;
        return head.equals("vehicle") && p.children(k, "amod").stream().anyMatch(a -> p.lemma(a).equalsIgnoreCase("aerial"));
    }

    private static final Set<String> AERIAL = Set.of("drone", "uav", "missile", "cruise missile", "shahed");
}
