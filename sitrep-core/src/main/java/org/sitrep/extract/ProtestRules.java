package org.sitrep.extract;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMention;

/**
 * Which words tell of a protest and of what kind: a crowd that marches against something, stones that make it a
 * riot, police who break it up; the state's force that intervened; and a crowd sentence that goes on telling the
 * protest just told ("Some demonstrators hurled stones at riot police").
 */
final class ProtestRules {
    private final Lexicon lexicon;
    private final ActorResolver actors;

    ProtestRules(Lexicon lexicon, ActorResolver actors) {
        this.lexicon = lexicon;
        this.actors = actors;
    }

    /**
     * Whether the crowd noun at {@code i} is the crowd of the protest told in this sentence or the one before, at
     * no other place; if so the protest takes what the sentence adds: stones make it a riot, tear gas an
     * intervention.
     */
    boolean continuesProtest(SentenceContext c, int i, List<PlaceMention> eventPlaces, String report) {
        List<EventMention> ms = c.state.mentions;
        Parse p = c.parse;
        int at = ms.size() - 1;
        while (at >= 0 && !isProtest(ms.get(at).type()) && ms.get(at).sentence() >= p.sentence().index() - 1) at--;
        if (at < 0 || !isProtest(ms.get(at).type()) || ms.get(at).sentence() < p.sentence().index() - 1) return false;
        EventMention last = ms.get(at);
        if (p.child(i, "nummod") >= 0) return false;
        for (PlaceMention pm : eventPlaces) if (last.place() == null || !pm.place().id().equals(last.place().id())) return false;
        EventType kind = protestKind(p, last.type());
        // A riot stays a riot; an intervention is not undone by a calm sentence.
        if (last.type().family().equals("Riots") || kind == EventType.PEACEFUL_PROTEST) kind = last.type();
        Actor a1 = last.actor1();
        if (kind != last.type() && kind.family().equals("Riots") && a1 != null && a1.type() == Actor.Type.PROTESTERS) {
            a1 = actors.crowdOf(a1.country(), true).orElse(a1);
        }
        c.told = true;
        ms.set(at, last.retyped(kind, a1, last.actor2(), List.of(p.span(i, i).evidence(report, "trigger"),
                p.sentenceEvidence(report, "sentence"))));
        return true;
    }

    /**
     * A peaceful protest told in the sentence of a riot at the same place (two words of one gathering, "gathered ...
     * to protest", of which a later sentence made the one a riot) takes the riot's type and sides.
     */
    static void oneGathering(List<EventMention> ms) {
        for (EventMention riot : List.copyOf(ms)) {
            if (!riot.type().family().equals("Riots") || riot.place() == null) continue;
            ms.replaceAll(m -> m.type() == EventType.PEACEFUL_PROTEST && m.sentence() == riot.sentence()
                    && m.place() != null && m.place().id().equals(riot.place().id())
                    ? m.retyped(riot.type(), riot.actor1(), riot.actor2(), List.of()) : m);
        }
    }

    /**
     * "residents marched", "hundreds gathered" against something; "police fired tear gas to disperse the crowd",
     * which tells of a protest by its breaking up. Not "Iran protested the decision" or "gathered evidence".
     */
    boolean isProtestVerb(Parse p, int i, TriggerFinder.Candidate cand) {
        if (cand.trigger().type() == EventType.PROTEST_WITH_INTERVENTION) {
            int crowd = p.child(i, "obj", "nsubj:pass");
            return crowd >= 0 && (lexicon.isCrowd(p.lemma(crowd)) || isProtestNoun(p.lemma(crowd)));
        }
        int subj = p.child(i, "nsubj");
        if (subj < 0 || !lexicon.isCrowd(p.lemma(subj))) return false;
        return p.lemma(i).equals("protest") || p.lemma(i).equals("demonstrate") || hasDissent(p);
    }

    private boolean isProtestNoun(String lemma) {
        Lexicon.Trigger tr = lexicon.trigger(lemma, true);
        return tr != null && tr.type() != null && isProtest(tr.type());
    }

    /**
     * "Lebanese security forces fired tear gas on hundreds of protesters": the subject of the first verb above the
     * protest's word, when it is a state's force; bare "police" or "riot police" are the police of the protest's
     * country.
     */
    @Nullable Actor interveningForce(SentenceContext c, int i, @Nullable PlaceMention place) {
        Parse p = c.parse;
        for (int k = p.token(i).isVerb() ? i : p.head(i), guard = 0; k >= 0 && guard < 20; guard++, k = p.head(k)) {
            if (!p.token(k).isVerb()) continue;
            // "fired tear gas to disperse them": the one who fired, not the gas the parser makes the subject.
            int subj = -1;
            for (org.sitrep.model.Dependency d : p.sentence().children(k)) if (d.relation().equals("nsubj")) subj = d.dependent();
            if (subj < 0) continue;
            if (subj == i || lexicon.isCrowd(p.lemma(subj))) return null;
            String country = place != null ? place.place().country() : c.state.country;
            if (p.lemma(subj).equals("police") && country != null) {
                Actor police = actors.policeOf(country).orElse(null);
                if (police != null) return police;
            }
            ActorMatch m = c.resolveNoun(subj, false);
            return m != null && m.actor().isState() ? m.actor() : null;
        }
        return null;
    }

    boolean namesCrowd(Parse p, @Nullable Phrase phrase) {
        if (phrase == null) return false;
        int from = p.sentence().tokenAt(phrase.start()), to = p.sentence().tokenAt(phrase.end() - 1);
        for (int k = Math.max(0, from); k >= 0 && k <= to; k++) if (lexicon.isCrowd(p.lemma(k))) return true;
        return false;
    }

    boolean hasCrowd(Parse p) {
        for (int k = 0; k < p.size(); k++) if (lexicon.isCrowd(p.lemma(k))) return true;
        return false;
    }

    boolean hasDissent(Parse p) {
        for (int k = 0; k < p.size(); k++) if (lexicon.isDissent(p.lemma(k))) return true;
        return false;
    }

    static boolean isProtest(EventType type) {
        return type.family().equals("Protests") || type.family().equals("Riots");
    }

    /**
     * "the protest turned into a riot", "rioters": a word of riot; not one that only names the police's kind ("riot
     * police", "riot gear").
     */
    private boolean isRiotWord(Parse p, int k) {
        Lexicon.Trigger tr = lexicon.trigger(p.lemma(k), p.token(k).isNoun());
        return tr != null && tr.type() == EventType.VIOLENT_DEMONSTRATION && !p.relation(k).startsWith("compound")
                && !p.relation(k).startsWith("amod");
    }

    /** Whether the protest noun at {@code i} is a right ("the right to peaceful protest", "freedom of protest"). */
    boolean isRight(Parse p, int i) {
        int head = p.head(i);
        return head >= 0 && p.relation(i).startsWith("nmod") && lexicon.isLiberty(p.lemma(head));
    }

    /** A protest whose crowd hurls stones is a riot; one the police break up with tear gas is an intervention. */
    EventType protestKind(Parse p, EventType type) {
        if (type == EventType.MOB_VIOLENCE) return type;
        boolean riot = type == EventType.VIOLENT_DEMONSTRATION, police = false;
        for (int k = 0; k < p.size(); k++) {
            riot |= lexicon.isRiotous(p.lemma(k)) || isRiotWord(p, k);
            // "demonstrators setting fire to the council building": a verb and its object.
            int obj = p.token(k).isVerb() ? p.child(k, "obj") : -1;
            riot |= obj >= 0 && lexicon.isRiotous(p.lemma(k) + " " + p.lemma(obj));
            // "police dispersed the crowd"; not "the marchers dispersed without incident".
            police |= lexicon.isIntervention(p.lemma(k)) && (!p.token(k).isVerb() || p.child(k, "obj", "nsubj:pass") >= 0);
        }
        return riot ? EventType.VIOLENT_DEMONSTRATION : police ? EventType.PROTEST_WITH_INTERVENTION : EventType.PEACEFUL_PROTEST;
    }
}
