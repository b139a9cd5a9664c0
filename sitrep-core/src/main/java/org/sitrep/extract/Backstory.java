package org.sitrep.extract;

import org.sitrep.model.EventType;
import org.sitrep.resolve.time.TimeMention;

/**
 * Whether a trigger recalls the past of something a report tells about, not an event the report brings:
 * <ul>
 *   <li>a relative clause describing a noun of a clause that tells no attack, with no date of its own ("a maternity
 *       hospital that was struck during the siege reopened on Monday", "an exhibition of drones, including a Shahed
 *       that hit an apartment block"): the date of the sentence is that of the reopening, not of the strike;</li>
 *   <li>an undated sentence after a dated lead that told no event ("Metalist played their first home match on
 *       Sunday ... 'My brother was killed by shelling in Saltivka,' the goalkeeper said"; an obituary's "He was
 *       wounded by a sniper during the fighting"): with nothing told yet for it to add to, it is the life, the
 *       place or the story the report recalls. A report's first sentence keeps its undated events ("Two rockets
 *       hit the Green Zone, police said").</li>
 * </ul>
 * Stateless; reads the sentence and the report state.
 */
final class Backstory {
    private final Lexicon lexicon;

    Backstory(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean isBackstory(SentenceContext c, int i) {
        return relic(c.parse, i) || describesNoun(c, i) || looseRelative(c, i) || underParticiple(c, i) || charged(c.parse, i) || undatedAfterLead(c);
    }

    private boolean describesNoun(SentenceContext c, int i) {
        Parse p = c.parse;
        for (int a : c.ancestors(i)) {
            if (!p.relation(a).equals("acl:relcl")) continue;
            int host = p.head(a);
            // "the air base north of Sanaa, where weapons storage was struck", "came on Friday, when US bombers
            // struck": what happened at a place or on a day is told.
            if (p.children(a, "advmod").stream().anyMatch(k -> p.token(k).tag().equals("WRB"))) return false;
            // Only a clause opened by "that", "which" or "who": the parser also takes a participle for one ("sites
            // near Hodeidah used to launch drones").
            if (!relativised(p, host, a)) return false;
            // "a strike that killed five": the clause tells the noun's own event.
            if (host < 0 || lexicon.trigger(p.lemma(host), true) != null || datedWithin(c, a)) return false;
            int verb = hostVerb(p, host, a);
            return verb < 0 || lexicon.trigger(TriggerFinder.phrasalLemma(p, verb), false) == null;
        }
        return false;
    }

    /**
     * "a collection written after the RSF stormed her neighbourhood in Omdurman won a prize on Thursday": a trigger
     * under a participle describing a noun (not the participle itself, as "12 people killed by gunmen"), in a
     * sentence whose clause above tells no attack, with no date of its own.
     */
    private boolean underParticiple(SentenceContext c, int i) {
        Parse p = c.parse;
        for (int a : c.ancestors(i)) {
            if (a == i || !p.relation(a).equals("acl")) continue;
            if (!p.token(a).isVerb() || lexicon.trigger(TriggerFinder.phrasalLemma(p, a), false) != null) return false;
            int host = p.head(a);
            if (host < 0 || lexicon.trigger(p.lemma(host), true) != null || datedWithin(c, a)) return false;
            int verb = hostVerb(p, host, a);
            return verb >= 0 && lexicon.trigger(TriggerFinder.phrasalLemma(p, verb), false) == null;
        }
        return false;
    }

    /**
     * "accused of throwing grenades into a wedding hall, killing 14 guests", "convicted of planting the bomb": an -ing
     * form after a word of a charge and its "of", "with" or "for", with no finite verb between, is what a court or the
     * police allege, told by the trial or the arrest, not an event of its own.
     */
    private boolean charged(Parse p, int i) {
        if (!p.token(i).tag().equals("VBG")) return false;
        for (int k = i - 1; k > 0; k--) {
            String tag = p.token(k).tag();
            if (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD")) return false;
            if (CHARGE_LINKS.contains(p.lemma(k)) && lexicon.isCharging(p.lemma(k - 1))) return true;
        }
        return false;
    }

    private static final java.util.Set<String> CHARGE_LINKS = java.util.Set.of("of", "with", "for");

    /** The verb of the clause the described noun belongs to, not the describing clause's own, or -1. */
    private static int hostVerb(Parse p, int host, int clause) {
        for (org.sitrep.model.Dependency d : p.sentence().dependencies()) {
            if (d.dependent() != host || d.governor() == clause || d.governor() < 0 || d.relation().equals("ref")) continue;
            int v = verbAbove(p, d.governor());
            if (p.token(d.governor()).isVerb()) return d.governor();
            if (v >= 0 && v != clause) return v;
        }
        return -1;
    }

    /**
     * "played their first home match on Sunday at a stadium that was hit by a Russian missile in the first weeks of
     * the war", where the parser hangs the clause's verb on the sentence's as a loose dependent: a trigger verb whose
     * own subject or object is "that", "which" or "who" after a noun is that noun's relative clause all the same.
     */
    private boolean looseRelative(SentenceContext c, int i) {
        Parse p = c.parse;
        if (!p.token(i).isVerb() || p.relation(i).equals("acl:relcl")) return false;
        int rel = -1;
        for (org.sitrep.model.Dependency d : p.sentence().children(i)) {
            String tag = p.token(d.dependent()).tag();
            if (d.dependent() < i && d.dependent() > 0 && d.relation().matches("nsubj(:pass)?|obj")
                    && (tag.equals("WDT") || tag.equals("WP")) && p.token(d.dependent() - 1).isNoun()) rel = d.dependent();
        }
        if (rel < 0) return false;
        for (TimeMention t : c.times) {
            int tok = c.parse.sentence().tokenAt(t.phrase().start());
            if (tok > rel && t.value().isKnown() && c.ancestors(tok).contains(i)) return false;
        }
        int root = c.ancestors(i).get(c.ancestors(i).size() - 1);
        return root != i && p.token(root).isVerb() && lexicon.trigger(TriggerFinder.phrasalLemma(p, root), false) == null;
    }

    private static boolean relativised(Parse p, int host, int clause) {
        for (int k = host + 1; k < clause; k++) {
            String tag = p.token(k).tag();
            if (tag.equals("WDT") || tag.equals("WP") || tag.equals("WP$")) return true;
        }
        return false;
    }

    /** Whether a known date hangs in the clause headed at {@code clause}. */
    private static boolean datedWithin(SentenceContext c, int clause) {
        for (TimeMention t : c.times) {
            int tok = c.parse.sentence().tokenAt(t.phrase().start());
            if (tok >= 0 && t.value().isKnown() && c.ancestors(tok).contains(clause)) return true;
        }
        return false;
    }

    /**
     * "Experts defused a 1,000-kilogramme bomb from the Second World War in Cologne": a bomb defused or blown up in a
     * sentence that names a long-past war is a leftover of that war, not a weapon used now.
     */
    private boolean relic(Parse p, int i) {
        Lexicon.Trigger t = lexicon.trigger(p.lemma(i), p.token(i).isNoun());
        if (t == null || t.type() != EventType.DISRUPTED_WEAPONS_USE && t.type() != EventType.REMOTE_EXPLOSIVE
                && t.fallback() != EventType.REMOTE_EXPLOSIVE) return false;
        return lexicon.namesRelicWar(p.sentence().text());
    }

    /** The nearest verb at or above the token, or -1. */
    private static int verbAbove(Parse p, int noun) {
        for (int a : p.headChain(noun)) if (p.token(a).isVerb()) return a;
        return -1;
    }

    private static boolean undatedAfterLead(SentenceContext c) {
        if (c.parse.sentence().index() == 0 || !c.state.mentions.isEmpty() || !c.state.anchor.isKnown()) return false;
        if (c.speaker != null && c.speaker.time().isKnown()) return false;
        return c.times.stream().noneMatch(t -> t.value().isKnown());
    }
}
