package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;
import org.sitrep.resolve.place.PlaceMention;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * What one sentence offers the finders: its parse, places, times and speaker, plus the report's running state
 * (the previous speaker and actor for "he said" and "the same group"). Built per sentence inside one call.
 */
final class SentenceContext {
    private static final Set<String> PRONOUNS = Set.of("it", "they", "he", "she", "we", "i", "its", "their");
    private static final Set<String> GROUP_NOUNS = Set.of("group", "militia", "organization", "organisation",
            "movement", "faction", "groups", "militias", "side", "force", "forces");

    final Parse parse;
    final List<PlaceMention> places;
    final List<TimeMention> times;
    final @Nullable LocalDate published;
    final ReportState state;
    final ActorResolver actors;
    final Lexicon lexicon;
    @Nullable Speaker speaker;
    /** The sentence's trigger candidates, set by the mention finder before it builds mentions. */
    List<TriggerFinder.Candidate> candidates = List.of();
    /** Whether a trigger of the sentence has made or added to a mention; if none has, the secondary ones are tried. */
    boolean told;

    SentenceContext(Parse parse, List<PlaceMention> places, List<TimeMention> times, @Nullable LocalDate published,
                    ReportState state, ActorResolver actors, Lexicon lexicon) {
        this.parse = parse;
        this.places = places;
        this.times = times;
        this.published = published;
        this.state = state;
        this.actors = actors;
        this.lexicon = lexicon;
    }

    /** Resolves a role phrase; pronouns and "the same group" go to the running state. */
    @Nullable ActorMatch resolve(Phrase phrase, boolean preferSpeaker) {
        if (isAnaphoric(phrase.text())) {
            // "The Israeli military says it struck ...": a military speaks of its own strikes; a government ("Iraq
            // said it ...") of what others did as often as of its own.
            if (preferSpeaker && speaker != null && speaker.match() != null
                    && (!speaker.match().actor().isState() || speaker.match().actor().type() == Actor.Type.STATE_MILITARY)
                    && !isAnaphoric(speaker.phrase().text())) {
                return speaker.match();
            }
            Actor last = state.lastActor;
            return last == null ? null : new ActorMatch(last, null, phrase.text());
        }
        // "the army", "the military", "police": with no nation named, the forces (or police) of the report's country.
        // The phrase of a "with" or "against" comes with its preposition ("clashed with the army").
        String bare = phrase.text().toLowerCase(Locale.ROOT)
                .replaceFirst("^(?:(?:with|against|by)\\s+)?(?:(?:the|its|their)\\s+)?", "").trim();
        if (state.country != null) {
            // Only words that name a nation's own army: "soldiers" in a West Bank report are not Palestinian.
            Actor own = ownForces(state.country, bare);
            if (own != null) return new ActorMatch(own, null, phrase.text());
        }
        // "Troops killed 40 militants, the army said": unnamed troops are those of the army that tells of them.
        if (BARE_TROOPS.contains(bare) && speaker != null && speaker.match() != null
                && speaker.match().actor().type() == Actor.Type.STATE_MILITARY) {
            return new ActorMatch(speaker.match().actor(), null, phrase.text());
        }
        ActorMatch m = actors.resolve(phrase.text(), published, state.country).orElse(null);
        if (m == null) m = possessive(phrase.text());
        if (m == null) m = localForces(phrase);
        return m != null || state.country == null ? m : ownSpokesman(bare, phrase.text());
    }

    /**
     * "Army spokesman General X said", "a police spokesperson said": a spokesman of forces named with no nation
     * speaks for the report's country's forces, when the registry knows neither the man nor a nation in the phrase.
     */
    private @Nullable ActorMatch ownSpokesman(String bare, String text) {
        String[] w = bare.split("\\s+");
        for (int k = 1; k < w.length; k++) {
            if (!lexicon.isUnnamedSpeaker(w[k])) continue;
            Actor own = ownForces(state.country, String.join(" ", java.util.Arrays.copyOfRange(w, 0, k)));
            return own == null ? null : new ActorMatch(own, null, text);
        }
        return null;
    }

    /** Words around a place in a force's name that say nothing of whose force it is ("police in Basra province"). */
    private static final Set<String> PLACE_LINKS = Set.of("the", "in", "of", "from", "'s", "\u2019s", "'", "province",
            "governorate", "city", "district", "state", "region", "town", "local", "provincial", "city's");
    /** Unnamed soldiers with a town named: "soldiers in Bunia" (not "forces", which names anyone's). */
    private static final Set<String> LOCAL_TROOPS = Set.of("troops", "soldiers");

    /**
     * "Police in Basra", "Kirkuk police", "Diyala's police", "soldiers in Bunia": a force named with a town or
     * province is the force of that place's country, as "Iraqi police" is.
     */
    private @Nullable ActorMatch localForces(Phrase phrase) {
        for (PlaceMention pm : places) {
            Phrase at = pm.phrase();
            String country = pm.place().country();
            if (country == null || pm.place().kind() == org.sitrep.resolve.place.Place.Kind.COUNTRY
                    || at.sentence() != phrase.sentence() || at.start() < phrase.start() || at.end() > phrase.end()) {
                continue;
            }
            List<String> rest = new ArrayList<>();
            for (int k = 0; k < parse.size(); k++) {
                org.sitrep.model.Token t = parse.token(k);
                boolean inPhrase = t.start() >= phrase.start() && t.end() <= phrase.end();
                boolean inPlace = t.start() >= at.start() && t.end() <= at.end();
                String w = t.word().toLowerCase(Locale.ROOT);
                if (inPhrase && !inPlace && !PLACE_LINKS.contains(w)) rest.add(w);
            }
            String words = String.join(" ", rest);
            Actor own = LOCAL_TROOPS.contains(words) ? actors.militaryOf(country).orElse(null) : ownForces(country, words);
            if (own != null) return new ActorMatch(own, null, phrase.text());
        }
        return null;
    }

    /** Words for soldiers that name no side. */
    private static final java.util.Set<String> BARE_TROOPS = java.util.Set.of("troops", "soldiers", "forces");

    /** The country's army for "army", "military" ..., its police for "police" ...; null for other words. */
    private @Nullable Actor ownForces(String country, String words) {
        return lexicon.isOwnForces(words) ? actors.militaryOf(country).orElse(null)
                : lexicon.isOwnPolice(words) ? actors.policeOf(country).orElse(null) : null;
    }

    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile(
            "^(?:the\\s+)?(.+?)['\u2019]s?\\s+(.+)$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "Israel's army", "Iraq's police": a nation's own forces; "the PKK's armed wing", "the group's fighters" named
     * by a registry name: that group; "the army's artillery": the report's country's forces. The registry lists only
     * some possessive spellings.
     */
    private @Nullable ActorMatch possessive(String text) {
        java.util.regex.Matcher mt = POSSESSIVE.matcher(text.trim());
        if (!mt.matches()) return null;
        Actor owner = actors.resolve(mt.group(1), published, state.country).map(ActorMatch::actor).orElse(null);
        // "the military's artillery", "the army's 20th Division": a force named with no nation, the report's own.
        if (owner == null && state.country != null) {
            Actor own = ownForces(state.country, mt.group(1).toLowerCase(Locale.ROOT).trim());
            return own == null ? null : new ActorMatch(own, null, text);
        }
        if (owner == null) return null;
        String rest = mt.group(2).toLowerCase(Locale.ROOT).trim();
        if ((owner.type() == Actor.Type.COUNTRY || owner.type() == Actor.Type.GOVERNMENT) && owner.country() != null) {
            Actor own = ownForces(owner.country(), rest);
            return own == null ? null : new ActorMatch(own, null, text);
        }
        return owner.isArmedGroup() ? new ActorMatch(owner, null, text) : null;
    }

    /**
     * The noun phrase at {@code head} resolved, else its apposition ("Kirkuk's governor, Rakan al-Jubouri"): the
     * registry may know the name but not the title, or the reverse.
     */
    @Nullable ActorMatch resolveNoun(int head, boolean preferSpeaker) {
        // "Harakat al-Nujaba, one of the factions of the Islamic Resistance in Iraq": the name itself before what
        // its apposition or modifiers mention.
        Phrase core = parse.core(head);
        ActorMatch own = core.end() < parse.nounPhrase(head).end() ? resolve(core, preferSpeaker) : null;
        if (own != null && !own.actor().isGeneric()) return own;
        ActorMatch m = resolve(parse.nounPhrase(head), preferSpeaker);
        if (m != null) return m;
        int appos = parse.child(head, "appos");
        return appos < 0 ? null : resolve(parse.nounPhrase(appos), preferSpeaker);
    }

    /** The proper name at {@code head} or in its apposition, for a speaker the registry does not know, or null. */
    @Nullable Phrase properName(int head) {
        for (int k : new int[] {head, parse.child(head, "appos")}) {
            if (k >= 0 && parse.token(k).tag().startsWith("NNP")) return parse.core(k);
        }
        return null;
    }

    /** "it", "they", "the group", "the same alliance": words that refer back to a party named before. */
    boolean isAnaphoric(String text) {
        String t = text.toLowerCase(Locale.ROOT).trim();
        if (PRONOUNS.contains(t)) return true;
        String[] w = t.split("\\s+");
        String last = w[w.length - 1];
        return w.length <= 4 && (w[0].equals("the") || w[0].equals("this") || w[0].equals("that"))
                && (GROUP_NOUNS.contains(last) || lexicon.isGroupNoun(last)) && (w.length == 2 || w[1].equals("same") || w[1].equals("armed")
                || w[1].equals("militant") || w[1].equals("latter") || w[1].equals("former"));
    }

    /**
     * Whether time {@code t} only dates a saying or claiming ("said on Tuesday", "confirmed the attack in a statement
     * on Sunday", "a communique read on Monday"): the day the news was told, not the day the story happened.
     */
    boolean datesSaying(TimeMention t) {
        int tok = parse.sentence().tokenAt(t.phrase().start());
        int verb = tok < 0 ? -1 : verbAbove(tok);
        if (verb < 0) return false;
        // "In a communique read on state television on Monday evening, the army said": the reading is the telling.
        int noun = parse.head(verb);
        if (noun >= 0 && parse.relation(verb).startsWith("acl")
                && lexicon.channels().containsKey(parse.lemma(noun))) return true;
        String lemma = parse.lemma(verb);
        return lexicon.isReportingVerb(lemma) || lexicon.claimCue(lemma) != null;
    }

    /** The first verb above token {@code i} in the tree (i itself when it is a verb), or -1. */
    int verbAbove(int i) {
        int cur = i;
        for (int guard = 0; cur >= 0 && guard < 20; guard++) {
            if (parse.token(cur).isVerb() || parse.token(cur).tag().startsWith("JJ") && cur != i) return cur;
            cur = parse.head(cur);
        }
        return -1;
    }

    /** Token {@code i} and its governors up to the root. */
    List<Integer> ancestors(int i) {
        List<Integer> out = new ArrayList<>();
        int cur = i;
        for (int guard = 0; cur >= 0 && guard < 20; guard++) {
            out.add(cur);
            cur = parse.head(cur);
        }
        return out;
    }

    /** The time expressed for token {@code i}: one attached to i or a verb governing it, nearest first. */
    @Nullable TimeMention timeFor(int i) {
        // A date inside the trigger's own phrase first ("a drone attack ... on Saturday" under "struck ... Tuesday").
        if (!parse.token(i).isVerb()) {
            for (TimeMention t : times) {
                int tok = parse.sentence().tokenAt(t.phrase().start());
                if (tok >= 0 && t.value().isKnown() && dominates(i, tok)) return t;
            }
        }
        List<Integer> chain = ancestors(i);
        for (int a : chain) {
            for (TimeMention t : times) {
                int tok = parse.sentence().tokenAt(t.phrase().start());
                if (tok < 0 || verbAbove(tok) != a || !t.value().isKnown()) continue;
                if (a == i || !lexicon.isReportingVerb(parse.lemma(a))) return t;
                // "said on Tuesday that its drones had struck the airport, which the RSF holds, on Sunday night": the
                // parser hangs the strike's own date on the relative clause; a day the trigger dominates beats the
                // day of the saying.
                TimeMention own = dayUnder(i, i + 1);
                return own != null ? own : t;
            }
        }
        // "killed eight people and wounded 20 on Thursday": a verb conjoined with no subject but the clause's own
        // shares the date of the clause it continues.
        for (int a : chain) {
            for (TimeMention t : times) {
                int tok = parse.sentence().tokenAt(t.phrase().start());
                int v = tok >= 0 && t.value().isKnown() ? verbAbove(tok) : -1;
                if (v >= 0 && parse.children(a, "conj").contains(v) && parse.child(v, "nsubj") == parse.child(a, "nsubj")) {
                    return t;
                }
            }
        }
        return null;
    }

    /** A date of a day or two, from token {@code from} on, that hangs under {@code i} through any clause; or null. */
    @Nullable TimeMention dayUnder(int i, int from) {
        for (TimeMention t : times) {
            int tok = parse.sentence().tokenAt(t.phrase().start());
            if (tok >= from && t.value().isKnown() && t.value().spanDays() <= 2 && ancestors(tok).contains(i)) return t;
        }
        return null;
    }

    /** Whether {@code tok} hangs under {@code head} without passing through a verb. */
    private boolean dominates(int head, int tok) {
        int cur = parse.head(tok);
        for (int guard = 0; cur >= 0 && guard < 20; guard++) {
            if (cur == head) return true;
            if (parse.token(cur).isVerb()) return false;
            cur = parse.head(cur);
        }
        return false;
    }

    TimeValue anchorOr(TimeValue v) {
        return v.isKnown() ? v : state.anchor;
    }

    boolean overlapsAny(Phrase p, List<Phrase> others) {
        for (Phrase o : others) if (p.start() < o.end() && o.start() < p.end()) return true;
        return false;
    }
}
