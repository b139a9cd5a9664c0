package org.sitrep.extract;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;
/**
 * Who makes a statement: the cue's subject or agent, the sentence's reporting speaker, a pronoun or an office that
 * refers back ("he", "the ministry"), a transcript's turn, a quote's speaker; and the person named for a speaker.
 * Remembers across sentences what such references resolve to.
 */
final class StatementSpeakers {
    private final Lexicon lexicon;

    StatementSpeakers(Lexicon lexicon) {
        this.lexicon = lexicon;
    }
    /**
     * "Israel has been accused by the UN of blocking aid": in the passive the subject is the one accused or
     * threatened, and the agent is who speaks; "Al-Shabaab was blamed for the bombing" names no one who spoke.
     */
    private @Nullable Speaker agentOf(SentenceContext c, int cue) {
        Parse p = c.parse;
        int agent = p.child(cue, "obl:agent");
        if (agent < 0) agent = p.child(cue, "obl:by");
        if (agent < 0) return null;
        ActorMatch m = c.resolveNoun(agent, false);
        Phrase name = m == null ? c.properName(agent) : null;
        return m != null || name != null ? speaker(c, m != null ? p.core(agent) : name, m, cue, agent) : null;
    }
    /**
     * Who says the clause a REPORTED cue stands in: the sentence's speaker, or the subject of the verb that
     * introduces the clause when that verb is itself a statement ("Gallant warned that Hezbollah would pay a heavy
     * price": Gallant threatens, Hezbollah is threatened).
     */
    @Nullable Speaker reportingSpeaker(SentenceContext c, int cue) {
        // "He said Israel bore responsibility": the one "he" stands for, as for any cue.
        Speaker pronoun = pronounSpeaker(c);
        if (pronoun != null) return pronoun;
        int intro = StatementFinder.reportingVerb(c.parse, cue, lexicon);
        // "Ukraine accused Russia ..., while Moscow said Ukrainian drones had caused the blast": the second verb of
        // saying has a speaker of its own.
        if (intro >= 0 && c.speaker != null && c.speaker.verb() != intro && contrasted(c.parse, intro, c.speaker.verb())) {
            Speaker own = speakerFor(c, intro, false);
            if (own != null && own.match() != null) return own;
        }
        if (c.speaker != null && named(c.parse, c.speaker)) return unnamed(c, asWritten(c, c.speaker));
        Speaker office = officeSpeaker(c);
        if (office != null) return office;
        return intro >= 0 && !lexicon.isReportingVerb(c.parse.lemma(intro)) ? speakerFor(c, intro, false) : null;
    }
    /**
     * A transcript turn: a sentence opening with a capitalised label and a colon ("GEN. RYDER:", "MR. KIRBY:") gives
     * the floor to that name until the next label; "Q:" is a question, whose "we" is nobody's statement.
     */
    static void turnOf(SentenceContext c) {
        Parse p = c.parse;
        int colon = -1;
        for (int k = 1; k < Math.min(p.size(), 5) && colon < 0; k++) if (p.token(k).word().equals(":")) colon = k;
        if (colon < 0) return;
        for (int k = 0; k < colon; k++) if (!p.token(k).word().matches("\\p{Lu}[\\p{Lu}.'-]*")) return;
        String label = p.token(colon - 1).word();
        if (label.length() < 2) {
            c.state.transcriptSpeaker = null;
            return;
        }
        String name = label.charAt(0) + label.substring(1).toLowerCase(java.util.Locale.ROOT);
        Phrase at = p.span(colon - 1, colon - 1);
        Phrase phrase = new Phrase(name, at.start(), at.end(), at.sentence());
        c.state.transcriptSpeaker = new Speaker(phrase, c.resolve(phrase, false), colon - 1, "say", TimeValue.UNKNOWN,
                null, false);
    }
    /**
     * "Egypt's foreign minister", "Sudan's government", "the foreign ministry spokesman in Tehran": an office the
     * registry does not know speaks for the state that the possessor or the capital it sits in names.
     */
    private @Nullable ActorMatch officeOf(SentenceContext c, int subj) {
        Parse p = c.parse;
        if (!lexicon.isOfficialPhrase(p.nounPhrase(subj).text())) return null;
        // "the Ministry of Defence of the Russian Federation": also the state an office is "of".
        for (String rel : new String[] {"nmod:poss", "nmod:in", "nmod:of"}) {
            for (int k : p.children(subj, rel)) {
                if (!p.token(k).tag().startsWith("NNP")) continue;
                ActorMatch state = c.resolve(p.core(k), false);
                if (state == null) state = c.resolve(p.span(k, k), false);
                if (state != null && state.person() == null && state.actor().isState()) {
                    return new ActorMatch(state.actor(), null, p.nounPhrase(subj).text());
                }
            }
        }
        // "the Iraqi foreign ministry", "the Somali defence minister": the state its adjective names; the one
        // nearest the noun ("Iraqi Kurdish officials" are Kurdish ones, not Baghdad's).
        int adjective = -1;
        for (int k : p.children(subj, "amod")) {
            String w = p.token(k).word();
            if (k < subj && !w.isEmpty() && Character.isUpperCase(w.charAt(0))) adjective = Math.max(adjective, k);
        }
        if (adjective < 0) return null;
        Phrase at = p.span(adjective, adjective);
        String word = p.token(adjective).word();
        ActorMatch state = c.resolve(new Phrase(word + " government", at.start(), at.end(), at.sentence()), false);
        if (state != null && state.person() == null && state.actor().isState()) {
            return new ActorMatch(state.actor(), null, p.nounPhrase(subj).text());
        }
        // "the Ethiopian foreign ministry": the registry may know the country's troops by the adjective, not its
        // government; the country they serve is the one.
        ActorMatch troops = c.resolve(new Phrase(word + " troops", at.start(), at.end(), at.sentence()), false);
        if (troops == null || troops.actor().type() != Actor.Type.STATE_MILITARY || troops.actor().country() == null) return null;
        return c.actors.governmentOf(troops.actor().country()).map(g -> new ActorMatch(g, null, p.nounPhrase(subj).text())).orElse(null);
    }
    /** The last person the sentence names as the subject of a verb ("Kanaani spoke to reporters"). */
    @Nullable Speaker lastPersonNamed(SentenceContext c) {
        Parse p = c.parse;
        Speaker last = null;
        for (int k = 0; k < p.size(); k++) {
            // "Qatar's prime minister spoke to reporters": an office the registry knows the holder of names him too.
            if (!p.relation(k).equals("nsubj") || !p.token(k).isNoun() || p.head(k) < 0) continue;
            ActorMatch m = c.resolve(p.core(k), false);
            if (m != null && m.person() != null) last = speaker(c, p.core(k), m, p.head(k), k);
            // "Foreign ministry spokesman Heorhii Tykhyi spoke to reporters": a person the registry does not know.
            // "Ukraine's foreign ministry spokesman Heorhii Tykhyi" resolves to the state at most; the person is who spoke.
            if ((m == null || m.person() == null) && namedPerson(p, k)) {
                int first = nameStart(p, k, 0);
                if (first < k) last = speaker(c, p.span(first, k), null, p.head(k), k);
            }
            // "Britain's ambassador, Barbara Woodward, accused ...": the name beside an office that speaks is the
            // person a "she" of the next sentence stands for.
            if (m == null || m.person() == null) {
                for (int a : p.children(k, "appos")) {
                    if (!namedPerson(p, a)) continue;
                    int first = nameStart(p, a, k + 1);
                    ActorMatch named = c.resolve(p.span(first, a), false);
                    last = speaker(c, p.span(first, a), named != null && named.person() != null ? named : null, p.head(k), k);
                }
            }
        }
        return last;
    }
    /** A token of a person's proper name ("Woodward" in "Barbara Woodward"). */
    private static boolean namedPerson(Parse p, int k) {
        return p.token(k).ner().equals("PERSON") && p.token(k).tag().startsWith("NNP");
    }

    /** The first token of the person's name that ends at {@code last}, not before {@code floor}. */
    private static int nameStart(Parse p, int last, int floor) {
        int first = last;
        while (first - 1 >= floor) {
            if (namedPerson(p, first - 1)) first--;
            // "Ahmed al-Saadi" is tokenised "al", "-", "Saadi": a hyphen between two words of a name is part of it.
            else if (first - 2 >= floor && p.token(first - 1).tag().equals("HYPH") && namedPerson(p, first - 2)) first -= 2;
            else break;
        }
        return first;
    }
    /** The subject of a verb of saying put after the quote that holds {@code cue}, or null. */
    private @Nullable Speaker quoteSpeaker(SentenceContext c, int cue) {
        Parse p = c.parse;
        List<Integer> up = p.headChain(cue);
        int root = up.get(up.size() - 1);
        for (int k : p.children(root, "parataxis")) {
            if (k <= cue || !p.token(k).isVerb() || !lexicon.isReportingVerb(p.lemma(k))) continue;
            int s = p.child(k, "nsubj");
            if (s < 0 || p.token(s).tag().startsWith("PRP")) continue;
            ActorMatch m = c.resolveNoun(s, false);
            Phrase name = m == null ? c.properName(s) : null;
            if (m != null || name != null) return speaker(c, m != null ? p.core(s) : name, m, cue, s);
        }
        return null;
    }
    /** The party the sentence's main verb has for its subject ("The RSF issued a statement"), or null. */
    private @Nullable Speaker mainSubject(SentenceContext c) {
        Parse p = c.parse;
        for (int k = 0; k < p.size(); k++) {
            if (!p.relation(k).equals("nsubj") || p.head(k) < 0 || p.head(p.head(k)) >= 0) continue;
            ActorMatch m = c.resolve(p.core(k), false);
            // "Iraq's foreign ministry condemned ...": an office stands for its state.
            if (m == null) m = officeOf(c, k);
            return m != null && m.person() == null && !m.actor().isGeneric() ? speaker(c, p.core(k), m, p.head(k), k) : null;
        }
        return null;
    }
    /**
     * The last armed group the sentence names, for "the group" in the sentences after it. A name is a capitalised
     * noun whatever its tag: the tagger often takes an acronym ("the RSF") for a common noun.
     */
    private static @Nullable Actor lastGroupNamed(SentenceContext c) {
        Parse p = c.parse;
        Actor last = null;
        for (int k = 0; k < p.size(); k++) {
            String word = p.token(k).word();
            // "the Islamic State group": a common head whose name stands in front of it.
            int head = k;
            boolean named = !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                    || c.lexicon.isGroupNoun(p.lemma(k)) && p.children(k, "compound").stream()
                    .anyMatch(j -> j < head && Character.isUpperCase(p.token(j).word().charAt(0)));
            if (!p.token(k).isNoun() || !named || p.relation(k).equals("compound")) continue;
            ActorMatch m = c.resolve(p.core(k), false);
            if (m != null && m.person() == null && m.actor().isArmedGroup()) last = m.actor();
        }
        return last;
    }
    /** Offices named by whom or what they serve ("envoy for Sudan", "adviser to the commander"). */
    private static final Set<String> OFFICE_OF = Set.of("envoy", "adviser", "advisor", "coordinator", "representative",
            "rapporteur", "mediator", "emissary", "counsellor", "aide", "ambassador", "delegate");
    static final Set<String> FIRST_PERSON = Set.of("we", "i", "us");
    @Nullable Speaker speakerFor(SentenceContext c, int cue, boolean directive) {
        Parse p = c.parse;
        // "would expand", "will continue": the verb, not its auxiliary, has the subject.
        boolean modal = p.relation(cue).startsWith("aux") && p.head(cue) >= 0;
        if (modal) cue = p.head(cue);
        // "his forces were committed to the talks": a participle that tells a state has no agent to speak.
        if (p.token(cue).isVerb() && !p.lemma(cue).equals("cause") && !StatementFinder.STATIVE.contains(p.token(cue).word().toLowerCase(java.util.Locale.ROOT))
                && StatementFinder.hasPassiveSubject(p, cue)) return agentOf(c, cue);
        if (p.token(cue).isVerb()) {
            int subj = p.child(cue, "nsubj");
            if (subj < 0) subj = sharedSubject(p, cue);
            // "Palestinian Islamic Jihad, which rejected the accusation": the relative pronoun stands for its noun.
            if (subj >= 0 && (p.token(subj).tag().equals("WDT") || p.token(subj).tag().equals("WP"))
                    && p.relation(cue).startsWith("acl:relcl") && p.head(cue) >= 0) {
                subj = p.head(cue);
            }
            if (p.relation(cue).startsWith("acl:relcl")) subj = relativeAntecedent(p, cue, subj);
            // "Saree warned ... and he urged shipping companies", "condemned what he called ... and called on":
            // a pronoun names the sentence's own earlier subject before anyone in the sentences above.
            // "GEN. RYDER: ... we hold Iran ultimately responsible": "we" and "I" are whoever holds the floor.
            if (subj >= 0 && FIRST_PERSON.contains(p.lemma(subj)) && c.state.transcriptSpeaker != null) {
                return c.state.transcriptSpeaker;
            }
            // "\"We categorically deny these accusations,\" the RSF said": "we" in a quote is whoever says it.
            if (subj >= 0 && FIRST_PERSON.contains(p.lemma(subj))) {
                Speaker quoted = quoteSpeaker(c, cue);
                if (quoted != null) return quoted;
                // "We call on donors to release funding": an unquoted "we" with no one holding the floor is the
                // report's own author (an NGO's release), never the party some earlier sentence quoted.
                if (c.speaker == null && c.state.quoteSpeaker == null && !c.parse.sentence().text().matches("(?s).*[\"\u201c\u201d].*")) {
                    return c.state.voice;
                }
            }
            if (subj >= 0 && p.token(subj).tag().startsWith("PRP")) {
                int earlier = earlierNamedSubject(p, cue);
                if (earlier >= 0) subj = earlier;
            }
            if (subj >= 0) {
                Phrase ph = p.core(subj);
                // "Saree warned that the group would widen its operations": what a speaker says will happen is
                // the speaker's threat, whoever the clause names.
                if (modal) {
                    Speaker outer = embeddingSpeaker(c, cue, subj, true, false);
                    if (outer != null) return outer;
                }
                // "the government" is no armed group named before: it is the government of the report's country.
                ActorMatch government = reportGovernment(c, subj);
                if (government != null) return speaker(c, ph, government, cue, subj);
                Speaker referent = referent(c, subj, ph);
                if (referent != null) return referent;
                // "Sybiha wrote that the strike showed that Moscow had no interest in peace, and called on allies",
                // "Saree warned that the group's operations would expand": the parser may hand the cue to the
                // reported clause; a state or a thing named inside what a speaker says is not the one who speaks.
                Speaker outer = embeddingSpeaker(c, cue, subj, p.lemma(cue).equals("cause"), directive);
                if (outer != null) return outer;
                // "The Regional Indigenous Council of Cauca (CRIC) condemned": a body the report introduces with its
                // own acronym, which the registry does not know, is named by the words before the acronym, not by a
                // party inside them ("the UN Support Mission in Libya" is no plain "United Nations").
                Phrase body = unknownBody(c, subj);
                if (body != null) return speaker(c, body, null, cue, subj);
                ActorMatch m = c.resolve(ownPhrase(p, subj), false);
                int appos = officeAppos(p, subj);
                if (m == null && appos >= 0) m = c.resolve(p.nounPhrase(appos), false);
                if (m == null) m = officeOf(c, subj);
                if (m == null) {
                    Speaker same = sameOffice(c, subj);
                    if (same != null) return same;
                }
                // "Zelensky said the attacks showed that Russia was not preparing for peace and urged partners ...".
                // "India's army said ..., while Pakistan's military denied the allegation": a clause set against the
                // speaker's is its own subject's word.
                if (m != null && m.person() == null && m.actor().isState() && c.speaker != null && c.speaker.verb() >= 0 && c.speaker.verb() < subj
                        && c.ancestors(cue).contains(c.speaker.verb()) && c.speaker.match() != null && !contrasted(p, cue, c.speaker.verb())) {
                    return c.speaker;
                }
                Phrase name = m == null ? c.properName(subj) : null;
                if (name == null && m == null && appos >= 0 && p.token(appos).tag().startsWith("NNP")) name = p.core(appos);
                if (m != null || name != null) {
                    // A named speaker the registry does not know is kept by name ("Hans Leo Cacdac urged ...").
                    return speaker(c, m != null ? ph : name, m, cue, subj);
                }
                // "The official blamed JNIM", "a police officer in Afgooye accused": one who speaks unnamed is
                // kept as the report words him.
                if (lexicon.isUnnamedSpeaker(p.lemma(subj))) {
                    Phrase own = p.nounPhrase(subj);
                    String text = fuller(c, stripDeterminer(own.text()));
                    return speaker(c, new Phrase(text, own.start(), own.end(), own.sentence()), null, cue, subj);
                }
            }
        }
        if (c.speaker != null && named(c.parse, c.speaker)) return unnamed(c, asWritten(c, c.speaker));
        // "\"Any aggression will receive a decisive response,\" he said": a cue with no subject of its own is said by
        // whoever the sentence's "he" stands for.
        Speaker pronoun = pronounSpeaker(c);
        return pronoun != null ? pronoun : officeSpeaker(c);
    }
    /**
     * "The government rejected the findings", "a claim the government dismissed": a bare "the government" or "the
     * authorities" is that of the country the report's places lie in, as "the army" is its army.
     */
    private @Nullable ActorMatch reportGovernment(SentenceContext c, int subj) {
        Parse p = c.parse;
        if (c.state.country == null || !Set.of("government", "authorities").contains(p.lemma(subj))) return null;
        for (int k : p.children(subj, "")) {
            String rel = p.relation(k);
            if (!(rel.equals("det") && p.lemma(k).equalsIgnoreCase("the")) && !Set.of("punct", "ref").contains(rel)
                    && !rel.startsWith("acl")) return null;
        }
        return c.actors.governmentOf(c.state.country).map(g -> new ActorMatch(g, null, p.nounPhrase(subj).text())).orElse(null);
    }
    /** Who the sentence's speaker stands for when it is a pronoun the registry could not resolve, or null. */
    private @Nullable Speaker pronounSpeaker(SentenceContext c) {
        Speaker s = c.speaker;
        if (s == null || s.match() != null || s.phrase().sentence() != c.parse.sentence().index()) return null;
        int tok = c.parse.sentence().tokenAt(s.phrase().start());
        if (tok < 0 || !c.parse.token(tok).tag().equals("PRP") || FIRST_PERSON.contains(c.parse.lemma(tok))) return null;
        return referent(c, tok, s.phrase());
    }
    /** The sentence's speaker when the registry knows it only by its state: "the Pakistani foreign office said". */
    private @Nullable Speaker officeSpeaker(SentenceContext c) {
        Speaker s = c.speaker;
        if (s == null || s.match() != null || s.phrase().sentence() != c.parse.sentence().index()) return null;
        int head = c.parse.sentence().tokenAt(s.phrase().end() - 1);
        ActorMatch m = head < 0 ? null : officeOf(c, head);
        // "Saudi Arabia's foreign ministry called for calm ... The kingdom \"reserves the right ...\", the ministry said."
        if (m == null && head >= 0) {
            Speaker same = sameOffice(c, head);
            if (same != null) m = same.match();
        }
        return m == null ? null : new Speaker(s.phrase(), m, s.verb(), s.verbLemma(), s.time(), s.channel(), s.official());
    }
    /**
     * "Lebanon's health ministry says ... The ministry condemned ...": "the" with an office noun is the speaker the
     * registry knows that was named before with that noun.
     */
    private @Nullable Speaker sameOffice(SentenceContext c, int subj) {
        Parse p = c.parse;
        int det = p.child(subj, "det");
        String lemma = p.lemma(subj);
        if (det < 0 || !p.lemma(det).equalsIgnoreCase("the") || !lexicon.isOfficialPhrase(lemma)) return null;
        for (Speaker before : new Speaker[] {c.state.priorSentenceSpeaker, c.state.lastSpeaker, c.state.priorMainSubject}) {
            // One who spoke unnamed ("a local official ... The official blamed") is the unnamed speakers' business.
            if (before != null && before.match() != null && before.phrase().sentence() < p.sentence().index()
                    && singular(headWord(before.phrase().text())).equals(lemma)) return before;
        }
        return null;
    }
    private Speaker speaker(SentenceContext c, Phrase phrase, @Nullable ActorMatch m, int cue, int subj) {
        TimeMention tm = c.timeFor(cue);
        return new Speaker(phrase, m, cue, c.parse.lemma(cue), tm != null ? tm.value() : TimeValue.UNKNOWN,
                null, lexicon.isOfficialPhrase(c.parse.nounPhrase(subj).text()));
    }
    /**
     * A speaker the registry knows, one named by a proper noun of the sentence it spoke in, or one who speaks
     * unnamed ("a government spokesperson said", "the military authorities said").
     */
    private boolean named(Parse p, Speaker s) {
        if (s.match() != null || isUnnamed(s)) return true;
        if (s.phrase().sentence() != p.sentence().index()) return false;
        int at = p.sentence().tokenAt(s.phrase().start());
        return at >= 0 && p.token(at).tag().startsWith("NNP");
    }
    /**
     * Who a pronoun or "the group" stands for. "It blamed the RSF" follows the sentence that named who spoke, even
     * when the registry does not know it; "the group rejected the claim" is the armed group named last, which need
     * not be the last speaker ("the Israeli military said ... a rocket misfired by Palestinian Islamic Jihad").
     */
    private @Nullable Speaker referent(SentenceContext c, int subj, Phrase ph) {
        if (!c.isAnaphoric(ph.text()) && !describesGroup(c.parse, subj)) return null;
        Parse p = c.parse;
        String lemma = p.lemma(subj);
        Speaker prior = c.state.priorSentenceSpeaker;
        // "Kanaani spoke to reporters on Monday. He accused ...": with no one quoted just before, "he" or "she" is
        // the person the sentence before named.
        Speaker person = c.state.lastPersonNamed;
        if (Set.of("he", "she").contains(lemma) && person != null && person.phrase().sentence() == p.sentence().index() - 1
                && (prior == null || prior.match() == null || prior.match().person() == null)) {
            return person;
        }
        boolean priorJustBefore = prior != null && prior.phrase().sentence() == p.sentence().index() - 1;
        // "\"...,\" Baghaei said. \"...,\" he added": a person who spoke just before goes on speaking.
        if (Set.of("he", "she").contains(lemma) && priorJustBefore && prior.match() != null && prior.match().person() != null) {
            return prior;
        }
        // "The provincial police chief said ... He asked candidates to ...": one who spoke unnamed just before.
        if (Set.of("he", "she").contains(lemma) && priorJustBefore && isUnnamed(prior) && !isPlural(prior)) {
            return unnamed(c, prior);
        }
        // "..., the state government said. It blamed the RSF": an office the registry does not know, unnamed.
        if (Set.of("it", "they").contains(lemma) && priorJustBefore
                && (prior.match() != null || prior.phrase().text().matches("^([Tt]he\\s+)?\\p{Lu}.*")
                    || prior.official() || isUnnamed(prior))
                && !(lemma.equals("it") && isPlural(prior) && prior.match() == null)) {
            return prior.match() == null ? unnamed(c, prior) : prior;
        }
        // "The RSF issued a statement on Tuesday. It accused the army ...": with no one quoted just before, "it" or
        // "they" is the party the sentence before was about.
        Speaker party = c.state.priorMainSubject;
        if (Set.of("it", "they").contains(lemma) && prior == null && party != null
                && party.phrase().sentence() == p.sentence().index() - 1) {
            return party;
        }
        if (!p.token(subj).tag().startsWith("PRP") && c.state.lastGroupNamed != null) {
            ActorMatch group = new ActorMatch(c.state.lastGroupNamed, null, ph.text());
            return speaker(c, ph, group, p.head(subj) >= 0 ? p.head(subj) : subj, subj);
        }
        return c.state.lastSpeaker;
    }
    /**
     * "The paramilitary group", "the jihadist movement": a definite group noun with only lower-case describing words
     * before it names no one new; it is the group named before.
     */
    private boolean describesGroup(Parse p, int subj) {
        int det = p.child(subj, "det");
        if (det < 0 || !p.lemma(det).equalsIgnoreCase("the") || !lexicon.isGroupNoun(p.lemma(subj))) return false;
        for (int k = det + 1; k < subj; k++) {
            String w = p.token(k).word();
            if (!p.relation(k).equals("amod") || w.isEmpty() || !Character.isLowerCase(w.charAt(0))) return false;
        }
        return true;
    }
    /** The named subject of a verb whose reported clause holds the cue, when the cue's own subject is no speaker. */
    private @Nullable Speaker embeddingSpeaker(SentenceContext c, int cue, int subj, boolean reported, boolean directive) {
        Parse p = c.parse;
        boolean thing = reported;
        // A state is told to act ("called on", "urged") only by someone named.
        ActorMatch own = thing || !directive ? null : c.resolve(p.nounPhrase(subj), false);
        boolean state = own != null && own.person() == null && own.actor().isState();
        if (!thing && !state) return null;
        for (int a : c.ancestors(cue)) {
            if (a == cue || !p.token(a).isVerb()) continue;
            int s = p.child(a, "nsubj");
            if (s < 0 || s >= subj || s == subj || p.token(s).tag().startsWith("PRP")) continue;
            ActorMatch m = c.resolve(ownPhrase(p, s), false);
            if (m == null && p.child(s, "appos") >= 0) m = c.resolve(p.nounPhrase(p.child(s, "appos")), false);
            Phrase name = m == null ? c.properName(s) : null;
            if (m != null && !(state && m.person() == null && m.actor().isState()) || name != null) {
                return speaker(c, m != null ? p.core(s) : name, m, cue, s);
            }
        }
        return null;
    }
    /**
     * The name given beside an office: "Kirkuk's governor, Rakan al-Jubouri", also where the parser hangs it on the
     * place the office serves ("the UN envoy for Sudan, Ramtane Lamamra"). -1 if none.
     */
    private static int officeAppos(Parse p, int subj) {
        int appos = p.child(subj, "appos");
        if (appos >= 0) return appos;
        // "The RSF's adviser Mustafa Tambour": the parser may hang the name on the title as a loose dependent.
        int loose = p.child(subj, "dep");
        if (loose > subj && namedPerson(p, loose)) return loose;
        for (String rel : new String[] {"nmod:for", "nmod:to"}) {
            int served = p.child(subj, rel);
            if (served >= 0 && p.child(served, "appos") > served) return p.child(served, "appos");
        }
        return -1;
    }
    /** The noun with its compounds and adjectives, no possessor: "operations" in "the group's operations". */
    private static Phrase headWords(Parse p, int head) {
        int lo = head;
        for (String rel : new String[] {"compound", "amod"}) for (int k : p.children(head, rel)) if (k < head) lo = Math.min(lo, k);
        return p.span(lo, head);
    }
    /**
     * The noun phrase of a speaker without the place it sits in: "the health ministry in the Hamas-run territory" is
     * not Hamas. A name keeps its "in" ("the Islamic Resistance in Iraq").
     */
    private static Phrase ownPhrase(Parse p, int head) {
        Phrase full = p.nounPhrase(head);
        if (p.token(head).tag().startsWith("NNP")) return full;
        // "the UN envoy for Sudan", "an adviser to the RSF commander": who an office serves or deals with is not
        // who speaks.
        for (String rel : new String[] {"nmod:in", "nmod:at", "nmod:for", "nmod:to"}) {
            if ((rel.equals("nmod:for") || rel.equals("nmod:to")) && !OFFICE_OF.contains(p.lemma(head))) continue;
            int place = p.child(head, rel);
            if (place < 0 || place < head) continue;
            int cut = place;
            int cs = p.child(place, "case");
            if (cs >= 0) cut = Math.min(cut, cs);
            for (int k = head + 1; k < cut; k++) if (p.child(place, "det") == k || p.child(place, "amod") == k) cut = k;
            Phrase core = p.core(head);
            int lo = p.sentence().tokenAt(full.start());
            return lo >= 0 && cut - 1 >= lo ? p.span(lo, cut - 1) : core;
        }
        return full;
    }
    /**
     * ", which rejected": a non-restrictive relative clause speaks of the name just before its comma; the parser
     * may hang the clause on an earlier common noun ("a rocket misfired by Palestinian Islamic Jihad, which ...").
     */
    private static int relativeAntecedent(Parse p, int cue, int subj) {
        for (int k = cue - 1; k >= Math.max(2, cue - 3); k--) {
            String tag = p.token(k).tag();
            if (!tag.equals("WDT") && !tag.equals("WP")) continue;
            if (!Set.of("which", "who", "that").contains(p.lemma(k))) return subj;
            for (int m = k + 1; m < cue; m++) if (!p.token(m).tag().matches("RB|MD|VB[DZP]?")) return subj;
            int before = k - 2;
            if (!p.token(k - 1).tag().equals(",") || !p.token(before).tag().startsWith("NNP")) return subj;
            if (subj >= 0 && p.token(subj).tag().startsWith("NNP")) return subj;
            return before;
        }
        return subj;
    }
    /**
     * "ordered the ambassador to leave and demanded the withdrawal": a conjoined verb shares the subject of the verb
     * before it, also where the parser leaves it unattached after "and". -1 if none.
     */
    /** Whether a clause between the cue and the verb of saying above it opens with "while" or "whereas". */
    private static boolean contrasted(Parse p, int cue, int saying) {
        for (int k = cue, steps = 0; k >= 0 && k != saying && steps < 6; k = p.head(k), steps++) {
            for (int m : p.children(k, "mark")) if (Set.of("while", "whereas").contains(p.lemma(m))) return true;
        }
        return false;
    }
    private int sharedSubject(Parse p, int verb) {
        int first = -1;
        if (p.relation(verb).equals("conj") && p.head(verb) >= 0) first = p.head(verb);
        // "has ordered French journalists to leave, accusing them of ...": a participle's doer is its verb's subject.
        else if (p.token(verb).tag().equals("VBG") && p.head(verb) >= 0 && p.relation(verb).equals("advcl")) first = p.head(verb);
        // "hit out at the UAE, accusing it of ...": a participle left loose after a comma belongs to a verb of saying
        // before it; after any other verb its doer is unknown ("troops attacked the town, the governor said, urging").
        else if (p.token(verb).tag().equals("VBG") && p.relation(verb).equals("dep") && p.token(verb - 1).tag().equals(",")
                && p.head(verb) >= 0 && opensCue(p.lemma(p.head(verb)))) first = p.head(verb);
        else if (clauseOfObject(p, verb) >= 0) first = clauseOfObject(p, verb);
        // "said ... that troops would be sent and called on both groups to stop": a verb after "and" with no subject,
        // which the parser hangs under the verb of saying, is that verb's conjunct.
        else if (p.relation(verb).equals("ccomp") && p.child(verb, "cc") >= 0 && p.child(verb, "mark") < 0
                && p.head(verb) >= 0 && lexicon.isReportingVerb(p.lemma(p.head(verb)))) first = p.head(verb);
        else if (p.head(verb) < 0 && verb > 0 && p.token(verb - 1).tag().equals("CC")) {
            for (int k = verb - 2; k >= 0 && first < 0; k--) if (p.head(k) < 0) first = k;
        }
        return first >= 0 && p.token(first).isVerb() ? p.child(first, "nsubj") : -1;
    }
    /**
     * "expelled the French ambassador, accusing Paris of ...", "hit out at the UAE, accusing it of ...": a participle
     * after a comma that the parser hangs on the object is its verb's own clause; that verb, or -1.
     */
    static int clauseOfObject(Parse p, int participle) {
        int noun = p.head(participle);
        if (!p.token(participle).tag().equals("VBG") || !p.relation(participle).equals("acl") || participle < 1
                || !p.token(participle - 1).tag().equals(",") || noun < 0
                || !(p.relation(noun).equals("obj") || p.relation(noun).startsWith("obl"))) return -1;
        int verb = p.head(noun);
        return verb >= 0 && p.token(verb).isVerb() ? verb : -1;
    }
    /** Whether a statement cue opens with this lemma ("hit" of "hit out", "condemn"). */
    private boolean opensCue(String lemma) {
        for (Lexicon.StatementCue cue : lexicon.statementCueList()) if (cue.words().get(0).equals(lemma)) return true;
        return false;
    }
    /** The first noun or name that is the subject of a verb before the cue in this sentence, or -1. */
    private static int earlierNamedSubject(Parse p, int cue) {
        for (int k = 0; k < cue; k++) {
            if (!p.relation(k).equals("nsubj") || p.head(k) < 0 || p.head(k) >= cue) continue;
            // "He called the attack a war crime and demanded ...": the subject of a small clause is no one who speaks.
            if (p.relation(p.head(k)).equals("xcomp")) continue;
            if (p.token(k).isNoun()) return k;
        }
        return -1;
    }
    static final java.util.Set<String> PRONOUNS = java.util.Set.of("we", "i", "you", "he", "she", "they", "it", "this", "that");
    /**
     * "The UN Secretary-General's personal envoy for Sudan, Ramtane Lamamra, urged": the registry may know the office
     * but not the person; the statement is the named person's, for the office.
     */
    private static @Nullable String namedPerson(SentenceContext c, Speaker sp) {
        Parse p = c.parse;
        // "The junta's spokesman Zaw Min Tun": an office the registry does not know may have its holder named too.
        if (sp.match() != null && sp.match().person() != null || sp.phrase().sentence() != p.sentence().index()) return null;
        int head = p.sentence().tokenAt(sp.phrase().end() - 1);
        int start = p.sentence().tokenAt(sp.phrase().start());
        // "Gang leader Jimmy Cherizier": words the registry does not know as an office may still describe the person
        // the name after them is.
        boolean person = head > 0 && namedPerson(p, head);
        if (sp.match() == null && !sp.official() && !person) return null;
        // "the UN envoy for Sudan, Ramtane Lamamra": the parser may hang the name on the place the office serves.
        // "The head of the Kharkiv regional administration, Oleh Syniehubov": or on a word of the office's phrase.
        int appos = -1;
        for (int k : p.headChain(head)) {
            if (k < start || k > head || appos >= 0) break;
            appos = officeAppos(p, k);
        }
        // "M23 spokesman Lawrence Kanyuka": a name after the group and title, in the same phrase.
        if (appos < 0 && head > 0 && namedPerson(p, head)) {
            int first = nameStart(p, head, 0);
            int lo = p.sentence().tokenAt(sp.phrase().start());
            if (first == head || first <= lo) return null;
            return personName(c, p.span(first, head));
        }
        if (appos < 0) return null;
        Phrase name = p.core(appos);
        int lo = p.sentence().tokenAt(name.start());
        if (lo < 0 || appos - lo < 1) return null;
        // "Clementine Nkweta-Salami": a hyphen inside a name is part of it.
        for (int k = lo; k <= appos; k++) if (!p.token(k).tag().startsWith("NNP") && !p.token(k).tag().equals("HYPH")) return null;
        return personName(c, name);
    }
    /** A name as the registry knows the person ("Nabil Abdallah"), as written when it does not; null for a party. */
    private static @Nullable String personName(SentenceContext c, Phrase name) {
        ActorMatch m = c.resolve(name, false);
        if (m == null) return name.text();
        return m.person() != null ? m.person().name() : null;
    }
    /**
     * "Houthi spokesman Yahya Saree", "Ukraine's foreign minister Andrii Sybiha": the registry may read the title as
     * whoever held the office; the name the report gives is who spoke.
     */
    private static @Nullable String nameOverTitle(SentenceContext c, Speaker sp) {
        Parse p = c.parse;
        if (sp.match() == null || sp.match().person() == null || sp.phrase().sentence() != p.sentence().index()) return null;
        int lo = p.sentence().tokenAt(sp.phrase().start());
        int hi = p.sentence().tokenAt(sp.phrase().end() - 1);
        if (lo < 0 || hi < 0) return null;
        // "Ukraine's foreign minister Andrii Sybiha": the parser may hang the name on the title as a loose dependent.
        for (String rel : new String[] {"dep", "appos"}) {
            int name = p.child(hi, rel);
            if (name > hi && p.token(name).tag().startsWith("NNP") && !p.token(hi).tag().startsWith("NNP")) hi = name;
        }
        // "The army spokesman in Ituri, Lieutenant Jules Ngongo": a name set beside the title, after its rank.
        if (!p.token(hi).tag().startsWith("NNP")) {
            int head = phraseHead(p, lo, hi);
            int appos = officeAppos(p, head);
            // The parser may hang the name on the place the office serves ("the army spokesman in Ituri, ...").
            for (int k : p.children(head, "nmod")) if (appos < 0) appos = p.child(k, "appos");
            if (appos > hi && namedPerson(p, appos)) {
                lo = nameStart(p, appos, hi + 1) - 1;
                hi = appos;
            }
        }
        if (!p.token(hi).tag().startsWith("NNP")) return null;
        int first = hi;
        while (first - 1 > lo && p.token(first - 1).tag().startsWith("NNP")) first--;
        // A title goes before the name; a bare two-word name is the person the registry found.
        if (first == hi || first == lo) return null;
        org.sitrep.resolve.actor.Person held = sp.match().person();
        String surname = p.token(hi).word();
        if (held.name().contains(surname) || held.aliases().stream().anyMatch(a -> a.contains(surname))) return null;
        Phrase name = p.span(first, hi);
        ActorMatch m = c.resolve(name, false);
        return m != null && m.person() != null ? m.person().name() : name.text();
    }
    /** The token of lo..hi whose governor lies outside the span: "spokesman" in "the army spokesman in Ituri". */
    private static int phraseHead(Parse p, int lo, int hi) {
        for (int k = lo; k <= hi; k++) if (p.head(k) < lo || p.head(k) > hi) return k;
        return hi;
    }
    /** The sentence's speaker named as the report writes it when it is a body the registry does not know. */
    private Speaker asWritten(SentenceContext c, Speaker s) {
        Parse p = c.parse;
        if (s.match() != null && s.match().person() != null || s.phrase().sentence() != p.sentence().index()) return s;
        int lo = p.sentence().tokenAt(s.phrase().start()), hi = p.sentence().tokenAt(s.phrase().end() - 1);
        for (int k = Math.max(0, lo); lo >= 0 && k <= hi; k++) {
            Phrase body = unknownBody(c, k);
            if (body != null) return new Speaker(body, null, s.verb(), s.verbLemma(), s.time(), s.channel(), s.official());
        }
        return s;
    }
    /**
     * The name of a body written out before its acronym in parentheses ("Centre for Human Rights and Democracy in
     * Africa" in "The Centre for Human Rights and Democracy in Africa (CHRDA)"), when the registry knows neither the
     * acronym nor the whole name; else null.
     */
    private static @Nullable Phrase unknownBody(SentenceContext c, int subj) {
        Parse p = c.parse;
        // The tagger may take a capitalised head for a common noun ("Mission").
        if (!capitalisedNoun(p, subj)) return null;
        int open = subj + 1;
        // The name's own words after its head: "of", "for", "in", "and" and capitalised words.
        while (open < p.size() && open < subj + 10 && (p.token(open).word().matches("of|for|in|and|on|the")
                || capitalisedNoun(p, open))) open++;
        if (open + 2 >= p.size() || !p.token(open).word().matches("\\(|-LRB-") || !p.token(open + 2).word().matches("\\)|-RRB-")) return null;
        String acronym = p.token(open + 1).word();
        if (!acronym.matches("\\p{Lu}[\\p{Lu}\\d&-]{1,9}") || !capitalisedNoun(p, open - 1)) return null;
        int lo = p.sentence().tokenAt(p.core(subj).start());
        if (lo < 0 || lo > subj) lo = subj;
        while (lo < subj && (p.token(lo).tag().equals("DT") || !Character.isUpperCase(p.token(lo).word().charAt(0)))) lo++;
        Phrase name = p.span(lo, open - 1);
        if (c.resolve(p.span(open + 1, open + 1), false) != null) return null;
        // A body the registry knows by this very name speaks as that actor.
        ActorMatch whole = c.resolve(name, false);
        String key = org.sitrep.refdata.Names.key(name.text());
        if (whole != null && (org.sitrep.refdata.Names.key(whole.actor().name()).equals(key)
                || whole.actor().aliases().stream().anyMatch(a -> org.sitrep.refdata.Names.key(a).equals(key)))) {
            return null;
        }
        return name;
    }
    private static boolean capitalisedNoun(Parse p, int k) {
        String w = p.token(k).word();
        return p.token(k).isNoun() && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
    /** One who speaks without a name: no registry match, and a head noun of kind unnamedspeaker ("local officials"). */
    private boolean isUnnamed(@Nullable Speaker s) {
        if (s == null || s.match() != null) return false;
        return lexicon.isUnnamedSpeaker(singular(headWord(s.phrase().text())));
    }
    private static boolean isPlural(Speaker s) {
        String head = headWord(s.phrase().text());
        return !head.isEmpty() && Character.isLowerCase(head.charAt(0)) && head.endsWith("s") && !head.endsWith("ss");
    }
    private static String headWord(String text) {
        String[] words = text.trim().split("\\s+");
        return words[words.length - 1];
    }
    private static String singular(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        return w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w;
    }
    /** An unnamed speaker as the report words it, without its article, and "the official" as told first. */
    private @Nullable Speaker unnamed(SentenceContext c, @Nullable Speaker s) {
        if (s == null || s.match() != null || !isUnnamed(s) && !s.official()) return s;
        Phrase ph = s.phrase();
        String text = fuller(c, stripDeterminer(ph.text()));
        return new Speaker(new Phrase(text, ph.start(), ph.end(), ph.sentence()), null, s.verb(), s.verbLemma(), s.time(),
                s.channel(), s.official());
    }
    /** "The official blamed JNIM" after "a local official said": the fuller words the report gave him first. */
    private static String fuller(SentenceContext c, String text) {
        if (text.contains(" ")) return text;
        return c.state.unnamedSpeakers.getOrDefault(singular(text), text);
    }
    /** What this sentence's speakers, people, subject and groups leave for the next sentence to refer back to. */
    void remember(SentenceContext c) {
        // "\"...,\" he said. \"...,\" he added": the person "he" stood for is who the next "he" stands for.
        // "... the ministry said. It called on Turkey ...": likewise the office "the ministry" stood for.
        Speaker known = pronounSpeaker(c);
        if (known == null) known = officeSpeaker(c);
        c.state.priorSentenceSpeaker = known != null && known.match() != null
                ? new Speaker(c.speaker.phrase(), known.match(), c.speaker.verb(), c.speaker.verbLemma(), c.speaker.time(),
                        c.speaker.channel(), c.speaker.official())
                : c.speaker;
        rememberUnnamed(c, c.speaker);
        Speaker person = lastPersonNamed(c);
        if (person != null) c.state.lastPersonNamed = person;
        c.state.priorMainSubject = mainSubject(c);
        Actor group = lastGroupNamed(c);
        if (group != null) c.state.lastGroupNamed = group;
    }

    /**
     * "Azerbaijan's defence ministry said", "Armenia said": a country speaks through its government, where the
     * registry knows one.
     */
    Speaker governmentFor(SentenceContext c, Speaker sp) {
        ActorMatch m = sp.match();
        // "Armenia's foreign ministry said the two countries had agreed": an office the registry does not know,
        // reached as the one who reports a clause, speaks for its state too.
        if (m == null && sp.phrase().sentence() == c.parse.sentence().index()) {
            int head = c.parse.sentence().tokenAt(sp.phrase().end() - 1);
            m = head < 0 ? null : officeOf(c, head);
            if (m != null) sp = new Speaker(sp.phrase(), m, sp.verb(), sp.verbLemma(), sp.time(), sp.channel(), sp.official());
        }
        if (m == null || m.person() != null || m.actor().type() != Actor.Type.COUNTRY || m.actor().country() == null) return sp;
        Speaker s = sp;
        ActorMatch country = m;
        return c.actors.governmentOf(m.actor().country())
                .map(g -> new Speaker(s.phrase(), new ActorMatch(g, null, country.text()), s.verb(), s.verbLemma(), s.time(),
                        s.channel(), s.official()))
                .orElse(sp);
    }
    /** The person named for the speaker ("Yahya Saree" for "the group's spokesman, Yahya Saree"), or null. */
    @Nullable String personOf(SentenceContext c, Speaker sp) {
        String person = namedPerson(c, sp);
        return person != null ? person : nameOverTitle(c, sp);
    }

    private void rememberUnnamed(SentenceContext c, @Nullable Speaker s) {
        if (!isUnnamed(s)) return;
        Parse p = c.parse;
        String text = stripDeterminer(s.phrase().text());
        int head = s.phrase().sentence() == p.sentence().index() ? p.sentence().tokenAt(s.phrase().end() - 1) : -1;
        if (head >= 0) text = stripDeterminer(ownPhrase(p, head).text());
        // "a local official and the regional transport union": the first of joined speakers.
        text = text.split(",| and ")[0].trim();
        if (text.contains(" ") && !isPlural(s)) c.state.unnamedSpeakers.putIfAbsent(singular(headWord(text)), text);
    }
    static String stripDeterminer(String s) {
        return s.replaceFirst("^(?i)(the|a|an)\\s+", "");
    }
}

