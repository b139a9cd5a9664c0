package org.sitrep.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Evidence;
import org.sitrep.model.Phrase;
import org.sitrep.model.Statement;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeMention;
import org.sitrep.resolve.time.TimeValue;

/**
 * Attributed statements: a cue from the lexicon ("hold ... responsible", "urged", "unacceptable", "condemned",
 * "warned", "denied involvement") with a speaker, its subject or the sentence's reporting speaker ("he said"
 * resolves to the previous speaker). One statement per speaker and type per sentence.
 */
final class StatementFinder {
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{3,})\"");
    private static final Map<String, String> VERBS = Map.of("ACCUSE", "held responsible", "DEMAND", "urged",
            "DISAPPROVE", "condemned", "THREATEN", "warned", "DENY", "denied", "APPEAL", "appealed to",
            "REJECT", "rejected", "AGREE", "agreed to", "RETREAT", "announced a halt to");

    private final Lexicon lexicon;

    StatementFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Statement> find(SentenceContext c, String report, int ordinal) {
        Parse p = c.parse;
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        turnOf(c);
        for (int i = 0; i < p.size(); i++) {
            // The longest cue starting at a token whose condition holds wins: "rejected the accusation" is a
            // denial, "rejected the offer" a rejection.
            List<Lexicon.StatementCue> matched = new ArrayList<>();
            int longest = 0;
            for (Lexicon.StatementCue cue : lexicon.statementCueList()) {
                int n = cue.words().size();
                if (n < longest || !matchesAt(p, i, cue.words()) || !holds(p, i, cue, lexicon)) continue;
                if (n > longest) matched.clear();
                longest = n;
                matched.add(cue);
            }
            for (Lexicon.StatementCue cue : matched) {
                List<String> words = cue.words();
                // A one-word cue is a verb or an adjective ("urged", "unacceptable"), never a noun ("press briefing").
                // A noun in a reported clause is what the speaker calls the thing: "said the strike was a violation".
                // A noun said of a claim is the speaker's word for it: "said the reports were propaganda".
                if (words.size() == 1 && p.token(i).isNoun() && !cue.phrase().equals("redline")
                        && !cue.needs().contains(Lexicon.Needs.REPORTED) && !cue.needs().contains(Lexicon.Needs.SUBJECT)) continue;
                // "would not agree to any deal", "did not condemn": a verb denied performs no act of its kind.
                if (words.size() == 1 && p.token(i).isVerb() && isNegated(p, i)) continue;
                String type = cue.type();
                // "said it was not responsible for the killing": an accusation denied is a denial.
                if (type.equals("ACCUSE") && !p.token(i).isVerb() && isNegated(p, i)) type = "DENY";
                // "urged residents to leave", "called on Syrians to guard the peace": a plea to the public is an
                // appeal; a demand is made of a party ("called on the group to end its attacks").
                if (type.equals("DEMAND") && addressesPublic(p, i)) type = "APPEAL";
                if (!isSpeechAct(p, i, words.size(), type)) continue;
                // "said the blast was caused by a rocket misfired by Palestinian Islamic Jihad" blames someone;
                // "caused by an electrical fault" blames no one.
                if (p.lemma(i).equals("cause") && !blamesActor(c, i)) continue;
                if (type.equals("ACCUSE") && describesAccused(p, i)) continue;
                // "blamed the drought for the poor harvest": an accusation is made against someone.
                if (type.equals("ACCUSE") && words.size() == 1 && !accusesSomeone(c, i, lexicon)) continue;
                // "said the Houthis must stop": the one who says it, never the clause's own subject.
                // "said the reports were fabricated": what a claim is called is said by the one who speaks.
                Speaker sp = cue.needs().contains(Lexicon.Needs.REPORTED) || cue.needs().contains(Lexicon.Needs.SUBJECT)
                        ? reportingSpeaker(c, i)
                        : speakerFor(c, i, type.equals("DEMAND") || type.equals("APPEAL"));
                if (sp == null) continue;
                // "UNIFIL urged all sides to avoid ...": a plea to every side from a body of states is an appeal.
                if (type.equals("DEMAND") && p.lemma(i).equals("urge") && addressesSides(p, i) && sp.match() != null
                        && sp.match().actor().type() == Actor.Type.IGO) {
                    type = "APPEAL";
                }
                String person = namedPerson(c, sp);
                if (person == null) person = nameOverTitle(c, sp);
                String speaker = person != null ? person : sp.name();
                if (!seen.add(speaker + "/" + type)) continue;
                out.add(statement(c, i, words.size() > 1 ? between(p, i, words) : -1, type, sp, person, report, ordinal + out.size()));
            }
        }
        cleft(c, report, ordinal, out, seen);
        c.state.priorSentenceSpeaker = c.speaker;
        rememberUnnamed(c, c.speaker);
        Speaker person = lastPersonNamed(c);
        if (person != null) c.state.lastPersonNamed = person;
        c.state.priorMainSubject = mainSubject(c);
        Actor group = lastGroupNamed(c);
        if (group != null) c.state.lastGroupNamed = group;
        return out;
    }

    /**
     * "saying it was the Congolese army that had shelled the camps": a cleft under a verb of saying names who did
     * the attack, and accuses them.
     */
    private void cleft(SentenceContext c, String report, int ordinal, List<Statement> out, Set<String> seen) {
        Parse p = c.parse;
        for (int i = 0; i < p.size(); i++) {
            if (!p.token(i).isNoun() || p.child(i, "cop") < 0) continue;
            int it = p.child(i, "nsubj");
            if (it < 0 || !p.lemma(it).equalsIgnoreCase("it") || it > i) continue;
            int done = p.child(i, "acl:relcl");
            if (done < 0 || !p.token(done).isVerb() || lexicon.trigger(p.lemma(done), false) == null) continue;
            int intro = p.head(i);
            if (intro < 0 || !p.relation(i).startsWith("ccomp") || !(lexicon.isReportingVerb(p.lemma(intro))
                    || lexicon.isSayingVerb(p.lemma(intro)))) continue;
            // "it was the army that ...": an army, even where the report names no country whose it is.
            if (c.resolve(p.nounPhrase(i), false) == null && c.resolve(p.core(i), false) == null
                    && !lexicon.isOwnForces(p.lemma(i))) continue;
            Speaker sp = speakerFor(c, intro, false);
            if (sp == null) continue;
            String person = namedPerson(c, sp);
            if (person == null) person = nameOverTitle(c, sp);
            String speaker = person != null ? person : sp.name();
            if (!seen.add(speaker + "/ACCUSE")) continue;
            out.add(statement(c, intro, i, "ACCUSE", sp, person, report, ordinal + out.size()));
        }
    }

    /** A participle with a passive subject: "was accused", not "vowed" that shares "were killed"'s subject. */
    private static boolean hasPassiveSubject(Parse p, int verb) {
        if (!p.token(verb).tag().equals("VBN")) return false;
        for (int k : p.children(verb, "nsubj")) if (p.relation(k).equals("nsubj:pass")) return true;
        return false;
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
    private @Nullable Speaker reportingSpeaker(SentenceContext c, int cue) {
        // "He said Israel bore responsibility": the one "he" stands for, as for any cue.
        Speaker pronoun = pronounSpeaker(c);
        if (pronoun != null) return pronoun;
        if (c.speaker != null && named(c.parse, c.speaker)) return unnamed(c, c.speaker);
        Speaker office = officeSpeaker(c);
        if (office != null) return office;
        int intro = reportingVerb(c.parse, cue, lexicon);
        return intro >= 0 && !lexicon.isReportingVerb(c.parse.lemma(intro)) ? speakerFor(c, intro, false) : null;
    }

    /**
     * A transcript turn: a sentence opening with a capitalised label and a colon ("GEN. RYDER:", "MR. KIRBY:") gives
     * the floor to that name until the next label; "Q:" is a question, whose "we" is nobody's statement.
     */
    private static void turnOf(SentenceContext c) {
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
    private @Nullable Speaker lastPersonNamed(SentenceContext c) {
        Parse p = c.parse;
        Speaker last = null;
        for (int k = 0; k < p.size(); k++) {
            // "Qatar's prime minister spoke to reporters": an office the registry knows the holder of names him too.
            if (!p.relation(k).equals("nsubj") || !p.token(k).isNoun() || p.head(k) < 0) continue;
            ActorMatch m = c.resolve(p.core(k), false);
            if (m != null && m.person() != null) last = speaker(c, p.core(k), m, p.head(k), k);
        }
        return last;
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
            if (!p.token(k).isNoun() || word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                    || p.relation(k).equals("compound")) continue;
            ActorMatch m = c.resolve(p.core(k), false);
            if (m != null && m.person() == null && m.actor().isArmedGroup()) last = m.actor();
        }
        return last;
    }

    /**
     * False for a cue word that performs nothing: a verb that describes a noun, an infinitive, or a warning of what
     * a third party could do ("officials warned that Russia could step up its attacks" is a forecast, not a threat
     * by those who warn; "warned that the group would widen" is one).
     */
    private static boolean isSpeechAct(Parse p, int cue, int words, String type) {
        String rel = p.relation(cue);
        if (p.token(cue).isVerb() && rel.startsWith("acl") && !rel.startsWith("acl:relcl")
                && p.head(cue) >= 0 && p.token(p.head(cue)).isNoun() && clauseOfObject(p, cue) < 0) {
            return false;
        }
        // "the Houthis' ability to threaten global trade", "called on the council to condemn": an infinitive is
        // what someone may or should do, not what the speaker does.
        int mark = p.child(cue, "mark");
        // "said Kyiv was to blame": "to" after a copula blames; it is no infinitive.
        if (words == 1 && p.token(cue).isVerb() && mark >= 0 && p.lemma(mark).equals("to") && p.child(cue, "cop") < 0) {
            return false;
        }
        // "Asked whether the mission had recorded casualties caused by Ukrainian forces": a question, not a claim.
        for (int k = cue, steps = 0; k >= 0 && steps < 6; k = p.head(k), steps++) {
            int m = p.child(k, "mark");
            if (m >= 0 && p.lemma(m).equalsIgnoreCase("whether")) return false;
        }
        // "The Houthis have said they will halt their attacks if a ceasefire takes hold": an offer on a condition
        // announces no halt.
        if (type.equals("RETREAT")) {
            for (int k : p.children(cue, "advcl")) {
                int m = p.child(k, "mark");
                if (m >= 0 && Set.of("if", "unless").contains(p.lemma(m).toLowerCase(java.util.Locale.ROOT))) return false;
            }
        }
        // "asking not to be named": the terms of a source's anonymity.
        if (p.lemma(cue).equals("ask")) {
            for (int x : p.children(cue, "xcomp")) if (Set.of("name", "identify", "quote").contains(p.lemma(x))) return false;
        }
        if (type.equals("THREATEN") && p.lemma(cue).equals("warn")) {
            int said = p.child(cue, "ccomp");
            if (said >= 0) {
                int subj = p.child(said, "nsubj");
                boolean mayHappen = false;
                for (int aux : p.children(said, "aux")) mayHappen |= FORECAST.contains(p.lemma(aux));
                if (mayHappen && subj >= 0 && !p.token(subj).tag().startsWith("PRP")) return false;
            }
        }
        return true;
    }

    /**
     * "a commander, whom it accused of planning attacks", "travellers it accuses of working with the army", "a
     * commander who was responsible for the attacks": a relative clause that tells what someone is accused of
     * describes that person; only "X, which blamed Y" is X's own accusation.
     */
    private static boolean describesAccused(Parse p, int cue) {
        int clause = -1;
        for (int k = cue, steps = 0; k >= 0 && steps < 3 && clause < 0; k = p.head(k), steps++) {
            if (p.relation(k).startsWith("acl")) clause = k;
        }
        if (clause < 0) return false;
        int antecedent = p.head(clause);
        int subj = p.child(cue, "nsubj");
        boolean relativeSubject = subj >= 0 && (subj == antecedent || isRelativePronoun(p, subj));
        // "a commander who was responsible for": the clause says its own noun is to blame.
        if (!p.token(cue).isVerb() || clause != cue) return subj < 0 || relativeSubject;
        // "X, which blamed Y" is X's own accusation; "we hold Iran responsible", hung by the parser on a noun
        // before it, accuses Iran, not that noun.
        if (relativeSubject) return false;
        int obj = p.child(cue, "obj");
        return obj < 0 || obj == antecedent || isRelativePronoun(p, obj);
    }

    private static boolean isNegated(Parse p, int verb) {
        for (String rel : new String[] {"advmod", "neg"}) {
            for (int k : p.children(verb, rel)) {
                if (NEGATION.contains(p.token(k).word().toLowerCase(java.util.Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static final Set<String> NEGATION = Set.of("not", "n't", "never");

    private static boolean isRelativePronoun(Parse p, int k) {
        return p.token(k).tag().equals("WDT") || p.token(k).tag().equals("WP");
    }

    /**
     * Whether the one a verb of accusing governs is someone: a name, a party the registry knows, or a pronoun
     * standing for one. "Blamed the drought" and "accused the men of theft" accuse no party to a conflict.
     */
    private static boolean accusesSomeone(SentenceContext c, int cue, Lexicon lexicon) {
        Parse p = c.parse;
        int whom = p.child(cue, "obj");
        if (whom < 0 || !p.token(cue).isVerb()) return true;
        // A plural noun is people ("blamed jihadists"); a thing blamed is mostly a mass noun ("the drought").
        if (p.token(whom).tag().startsWith("PRP") || p.token(whom).tag().equals("NNS")) return true;
        // "accused the junta", "blamed the militia": an office or an armed body is someone.
        String head = p.lemma(whom).toLowerCase(java.util.Locale.ROOT);
        if (lexicon.isOfficialPhrase(head) || lexicon.isGroupNoun(head)) return true;
        // The whole phrase, its describing words with theirs: "Iran-aligned militia groups".
        Phrase ph = p.subtree(whom, AGENT_STOP, 12);
        if (c.resolve(p.nounPhrase(whom), false) != null || c.resolve(ph, false) != null) return true;
        int lo = p.sentence().tokenAt(ph.start()), hi = p.sentence().tokenAt(ph.end() - 1);
        for (int k = Math.max(lo, 1); k >= 0 && k <= hi; k++) {
            String w = p.token(k).word();
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) return true;
        }
        return false;
    }

    private static boolean blamesActor(SentenceContext c, int cause) {
        int agent = c.parse.child(cause, "obl:agent");
        if (agent < 0) agent = c.parse.child(cause, "obl:by");
        if (agent < 0) return false;
        if (c.resolve(c.parse.subtree(agent, AGENT_STOP, 12), false) != null) return true;
        // "caused by an Israeli air strike", "by a Russian drone": the weapon's maker named by its adjective.
        for (int k : c.parse.children(agent, "amod")) {
            String w = c.parse.token(k).word();
            if (k > agent || w.isEmpty() || !Character.isUpperCase(w.charAt(0))) continue;
            Phrase at = c.parse.span(k, k);
            if (c.resolve(new Phrase(w + " forces", at.start(), at.end(), at.sentence()), false) != null) return true;
        }
        return false;
    }

    // "a rocket misfired by Palestinian Islamic Jihad": the agent's own clause names who is blamed.
    private static final Set<String> AGENT_STOP = Set.of("acl:relcl", "appos", "punct", "cc", "parataxis", "dep");

    private static final Set<String> FORECAST = Set.of("could", "may", "might", "can");

    /** Nouns of force: what an infinitive sets going that makes a readiness or a vow a threat. */
    private static final Set<String> HOSTILE = Set.of("offensive", "war", "attack", "strike", "invasion", "assault",
            "retaliation", "force", "operation", "troop");

    /** Offices named by whom or what they serve ("envoy for Sudan", "adviser to the commander"). */
    private static final Set<String> OFFICE_OF = Set.of("envoy", "adviser", "advisor", "coordinator", "representative",
            "rapporteur", "mediator", "emissary", "counsellor", "aide", "ambassador", "delegate");

    /** Participles that tell a state of the subject, not something done to it by an agent. */
    private static final Set<String> STATIVE = Set.of("committed", "prepared");

    private static boolean addressesSides(Parse p, int cue) {
        int whom = p.child(cue, "obj");
        if (whom < 0 && cue + 1 < p.size()) whom = p.child(cue + 1, "obj");
        return whom >= 0 && Set.of("side", "party").contains(p.lemma(whom).toLowerCase(java.util.Locale.ROOT));
    }

    private boolean addressesPublic(Parse p, int cue) {
        int whom = p.child(cue, "obj");
        if (whom < 0) whom = p.child(cue, "obl:on");
        if (whom < 0 && cue + 1 < p.size()) whom = p.child(cue + 1, "obj");
        return whom >= 0 && lexicon.isAppealee(p.lemma(whom).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The cue's words in order starting at token i, within six tokens, each next to the one before it or within two
     * dependency steps of it: "called on the government" and "hold Iran ultimately responsible" are cues, "called a
     * cowardly attack on young Somalis" is no "call on".
     */
    private static boolean matchesAt(Parse p, int i, List<String> words) {
        if (!matchesWord(p, i, words.get(0))) return false;
        int prev = i;
        for (int w = 1; w < words.size(); w++) {
            int found = -1;
            for (int k = prev + 1; k < Math.min(p.size(), i + 14); k++) {
                if (!matchesWord(p, k, words.get(w))) continue;
                // Far words belong to the cue only as direct dependents: "called the strike on the Beirut suburb a
                // flagrant violation".
                boolean near = k < i + 7 && (k == prev + 1 || treeDistance(p, prev, k) <= 2);
                // "hold the army and its Islamist allies responsible": a word said of the cue's object.
                boolean ofObject = p.head(k) >= 0 && p.head(p.head(k)) == prev && p.relation(p.head(k)).equals("obj");
                if (near || p.head(k) == prev || ofObject) { found = k; break; }
            }
            if (found < 0) return false;
            prev = found;
        }
        return true;
    }

    /**
     * Whether the cue's first word, at {@code at}, meets the cue's parse condition: what it governs, or, for
     * "must", that it stands in what someone is reported to have said about another party.
     */
    static boolean holds(Parse p, int at, Lexicon.StatementCue cue, Lexicon lexicon) {
        for (Lexicon.Needs n : cue.needs()) if (!holds(p, at, n, cue.objects(), lexicon)) return false;
        return true;
    }

    private static boolean holds(Parse p, int at, Lexicon.Needs needs, Set<String> objects, Lexicon lexicon) {
        // "would continue its attacks", "will not negotiate": a cue that opens with a modal, a negation or a copula
        // is judged on the verb those belong to.
        if (needs != Lexicon.Needs.ANY && needs != Lexicon.Needs.REPORTED && leadsToVerb(p, at)) at = p.head(at);
        return switch (needs) {
            case ANY -> true;
            case OBJECT -> governs(p, at, objects, "obj", "obl", "nsubj:pass", "iobj");
            // "the reports were fabricated news", "allegations were part of a disinformation campaign": the word
            // may describe the predicate that has the subject.
            case SUBJECT -> {
                boolean found = false;
                for (int k = at, steps = 0; k >= 0 && steps < 4 && !found; k = p.head(k), steps++) {
                    found = governs(p, k, objects, "nsubj", "nsubj:pass");
                    String rel = p.relation(k);
                    if (!(rel.startsWith("nmod") || rel.equals("compound") || rel.equals("amod") || rel.equals("obl"))) break;
                }
                yield found;
            }
            case TO -> {
                List<Integer> todo = new ArrayList<>(p.children(at, "xcomp"));
                // "vowed in a statement to make them pay": the parser may hang a late infinitive elsewhere; the
                // first one after the word, with no other verb between, is what it governs.
                if (todo.isEmpty()) {
                    for (int k = at + 1; k < Math.min(p.size(), at + 8); k++) {
                        if (!p.token(k).isVerb()) continue;
                        int mark = p.child(k, "mark");
                        if (mark >= 0 && p.lemma(mark).equals("to")) todo.add(k);
                        break;
                    }
                }
                for (int x : todo) {
                    if (p.token(x).isVerb() && p.child(x, "mark") >= 0 && (objects.isEmpty() || doesAny(p, x, objects))) yield true;
                }
                yield false;
            }
            // A clause of its own ("vowed that those behind it would be punished"); an infinitive is "to".
            case CLAUSE -> p.child(at, "ccomp") >= 0;
            case REPORTED -> isReported(p, at, lexicon);
            case UNLESS_OBJECT -> !governs(p, at, objects, "obj", "iobj", "nsubj:pass");
        };
    }

    private static boolean leadsToVerb(Parse p, int at) {
        String rel = p.relation(at);
        return p.head(at) >= 0 && (rel.startsWith("aux") || rel.equals("cop")
                || rel.equals("advmod") && NEGATION.contains(p.token(at).word().toLowerCase(java.util.Locale.ROOT)));
    }

    /** The verb or one it makes happen is one of lemmas: "vowed to make the Americans pay a heavy price". */
    private static boolean doesAny(Parse p, int verb, Set<String> lemmas) {
        if (lemmas.contains(p.lemma(verb))) return true;
        // "vowed to keep striking": the tagger often takes the -ing form after "keep" for an adjective.
        if (Set.of("keep", "continue").contains(p.lemma(verb)) && verb + 1 < p.size()) {
            String w = p.token(verb + 1).word().toLowerCase(java.util.Locale.ROOT);
            if (w.endsWith("ing") && w.length() > 5) {
                String stem = w.substring(0, w.length() - 3);
                if (lemmas.contains(stem) || lemmas.contains(stem + "e")) return true;
            }
        }
        // "prepared to move to an offensive", "vowed to wage war": what the verb sets going is hostile.
        for (String rel : new String[] {"obj", "obl"}) {
            for (int k : p.children(verb, rel)) if (HOSTILE.contains(p.lemma(k))) return true;
        }
        for (String rel : new String[] {"xcomp", "ccomp"}) {
            for (int k : p.children(verb, rel)) if (p.token(k).isVerb() && lemmas.contains(p.lemma(k))) return true;
        }
        return false;
    }

    private static boolean governs(Parse p, int at, Set<String> lemmas, String... relations) {
        for (String rel : relations) {
            for (int k : p.children(at, rel)) {
                // "obl" also covers "obl:tmod" ("agreed on Monday"): only a noun that is not a time counts.
                if (!p.token(k).isNoun() || p.relation(k).equals("obl:tmod")) continue;
                if (lemmas.isEmpty() || lemmas.contains(p.lemma(k))) return true;
            }
        }
        return false;
    }

    /** "said the Houthis must stop": a modal in a clause under a reporting verb, about someone else than "we". */
    private static boolean isReported(Parse p, int at, Lexicon lexicon) {
        int verb = predicateOf(p, at);
        if (verb < 0 || reportingVerb(p, at, lexicon) < 0) return false;
        int subj = p.child(verb, "nsubj");
        // A quoted clause may come without its subject ("said the army \"will pay the price\""); a noun is a
        // predicate only with one.
        if (subj < 0) return p.token(verb).isVerb();
        return !FIRST_PERSON.contains(p.lemma(subj));
    }

    /**
     * The verb that introduces the clause of token {@code at}, or -1: "said (that) the Houthis must stop", a quote
     * put before its verb ("\"Russia must stop,\" Zelensky said", where the parser hangs the verb of saying on the
     * quote), or a verb that is itself a statement ("warned that Hezbollah would pay").
     */
    private static int reportingVerb(Parse p, int at, Lexicon lexicon) {
        int verb = predicateOf(p, at);
        if (verb < 0) return -1;
        // "said the army \"will pay the price\"": the parser may leave a quoted clause as a bare dependent.
        if (p.relation(verb).startsWith("ccomp") || p.relation(verb).equals("dep") && p.token(verb).isVerb()) {
            int intro = p.head(verb);
            boolean says = intro >= 0 && p.token(intro).isVerb() && (lexicon.isReportingVerb(p.lemma(intro))
                    || lexicon.isSayingVerb(p.lemma(intro)) || lexicon.statementCues().containsKey(p.lemma(intro)));
            return says ? intro : -1;
        }
        if (p.head(verb) < 0) {
            for (int k : p.children(verb, "parataxis")) {
                if (k > verb && p.token(k).isVerb() && lexicon.isReportingVerb(p.lemma(k))) return k;
            }
        }
        return -1;
    }

    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "us");

    /**
     * The word a cue's first word stands for: the word a modal ("will pay the price"), a copula or an adjective
     * ("said the incursion was a terrorist act", judged on "act") belongs to; else the first word itself.
     */
    private static int predicateOf(Parse p, int at) {
        return opensPredicate(p, at) ? p.head(at) : at;
    }

    private static boolean opensPredicate(Parse p, int at) {
        String rel = p.relation(at);
        return rel.startsWith("aux") || rel.equals("cop") || rel.equals("amod");
    }

    private static boolean matchesWord(Parse p, int k, String word) {
        return p.lemma(k).equals(word) || p.token(k).word().equalsIgnoreCase(word);
    }

    /** Steps between two tokens through their nearest common governor, or a large number. */
    static int treeDistance(Parse p, int a, int b) {
        List<Integer> up = new ArrayList<>();
        for (int cur = a; cur >= 0 && up.size() < 8; cur = p.head(cur)) up.add(cur);
        int steps = 0;
        for (int cur = b; cur >= 0 && steps < 8; cur = p.head(cur), steps++) {
            int at = up.indexOf(cur);
            if (at >= 0) return at + steps;
        }
        return Integer.MAX_VALUE;
    }

    private @Nullable Speaker speakerFor(SentenceContext c, int cue, boolean directive) {
        Parse p = c.parse;
        // "would expand", "will continue": the verb, not its auxiliary, has the subject.
        boolean modal = p.relation(cue).startsWith("aux") && p.head(cue) >= 0;
        if (modal) cue = p.head(cue);
        // "his forces were committed to the talks": a participle that tells a state has no agent to speak.
        if (p.token(cue).isVerb() && !p.lemma(cue).equals("cause") && !STATIVE.contains(p.token(cue).word().toLowerCase(java.util.Locale.ROOT))
                && hasPassiveSubject(p, cue)) return agentOf(c, cue);
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
                Speaker referent = referent(c, subj, ph);
                if (referent != null) return referent;
                // "Sybiha wrote that the strike showed that Moscow had no interest in peace, and called on allies",
                // "Saree warned that the group's operations would expand": the parser may hand the cue to the
                // reported clause; a state or a thing named inside what a speaker says is not the one who speaks.
                Speaker outer = embeddingSpeaker(c, cue, subj, p.lemma(cue).equals("cause"), directive);
                if (outer != null) return outer;
                ActorMatch m = c.resolve(ownPhrase(p, subj), false);
                int appos = officeAppos(p, subj);
                if (m == null && appos >= 0) m = c.resolve(p.nounPhrase(appos), false);
                if (m == null) m = officeOf(c, subj);
                if (m == null) {
                    Speaker same = sameOffice(c, subj);
                    if (same != null) return same;
                }
                // "Zelensky said the attacks showed that Russia was not preparing for peace and urged partners ...".
                if (m != null && m.person() == null && m.actor().isState() && c.speaker != null && c.speaker.verb() >= 0 && c.speaker.verb() < subj
                        && c.ancestors(cue).contains(c.speaker.verb()) && c.speaker.match() != null) {
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
                if (lexicon.isUnnamedSpeaker(p.lemma(subj).toLowerCase(java.util.Locale.ROOT))) {
                    Phrase own = p.nounPhrase(subj);
                    String text = fuller(c, stripDeterminer(own.text()));
                    return speaker(c, new Phrase(text, own.start(), own.end(), own.sentence()), null, cue, subj);
                }
            }
        }
        if (c.speaker != null && named(c.parse, c.speaker)) return unnamed(c, c.speaker);
        return officeSpeaker(c);
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
        return m == null ? null : new Speaker(s.phrase(), m, s.verb(), s.verbLemma(), s.time(), s.channel(), s.official());
    }

    /**
     * "Lebanon's health ministry says ... The ministry condemned ...": "the" with an office noun is the speaker the
     * registry knows that was named before with that noun.
     */
    private @Nullable Speaker sameOffice(SentenceContext c, int subj) {
        Parse p = c.parse;
        int det = p.child(subj, "det");
        String lemma = p.lemma(subj).toLowerCase(java.util.Locale.ROOT);
        if (det < 0 || !p.lemma(det).equalsIgnoreCase("the") || !lexicon.isOfficialPhrase(lemma)) return null;
        for (Speaker before : new Speaker[] {c.state.priorSentenceSpeaker, c.state.lastSpeaker}) {
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
        if (loose > subj && p.token(loose).tag().startsWith("NNP") && p.token(loose).ner().equals("PERSON")) return loose;
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
            if ((rel.equals("nmod:for") || rel.equals("nmod:to")) && !OFFICE_OF.contains(p.lemma(head).toLowerCase(java.util.Locale.ROOT))) continue;
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
        else if (p.head(verb) < 0 && verb > 0 && p.token(verb - 1).tag().equals("CC")) {
            for (int k = verb - 2; k >= 0 && first < 0; k--) if (p.head(k) < 0) first = k;
        }
        return first >= 0 && p.token(first).isVerb() ? p.child(first, "nsubj") : -1;
    }

    /**
     * "expelled the French ambassador, accusing Paris of ...", "hit out at the UAE, accusing it of ...": a participle
     * after a comma that the parser hangs on the object is its verb's own clause; that verb, or -1.
     */
    private static int clauseOfObject(Parse p, int participle) {
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
            if (p.token(k).isNoun()) return k;
        }
        return -1;
    }

    /** For a split cue ("hold Iran responsible"), the proper or common noun between its words. */
    private static int between(Parse p, int i, List<String> words) {
        for (int k = i + 1; k < Math.min(p.size(), i + 7); k++) {
            if (p.lemma(k).equals(words.get(words.size() - 1))) break;
            if (p.token(k).isNoun()) return k;
        }
        return -1;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("we", "i", "you", "he", "she", "they", "it", "this", "that");

    /**
     * "The UN Secretary-General's personal envoy for Sudan, Ramtane Lamamra, urged": the registry may know the office
     * but not the person; the statement is the named person's, for the office.
     */
    private static @Nullable String namedPerson(SentenceContext c, Speaker sp) {
        Parse p = c.parse;
        // "The junta's spokesman Zaw Min Tun": an office the registry does not know may have its holder named too.
        if (sp.match() == null && !sp.official() || sp.match() != null && sp.match().person() != null
                || sp.phrase().sentence() != p.sentence().index()) return null;
        int head = p.sentence().tokenAt(sp.phrase().end() - 1);
        int start = p.sentence().tokenAt(sp.phrase().start());
        // "the UN envoy for Sudan, Ramtane Lamamra": the parser may hang the name on the place the office serves.
        // "The head of the Kharkiv regional administration, Oleh Syniehubov": or on a word of the office's phrase.
        int appos = -1;
        for (int k : p.headChain(head)) {
            if (k < start || k > head || appos >= 0) break;
            appos = officeAppos(p, k);
        }
        // "M23 spokesman Lawrence Kanyuka": a name after the group and title, in the same phrase.
        if (appos < 0 && head > 0 && p.token(head).ner().equals("PERSON") && p.token(head).tag().startsWith("NNP")) {
            int first = head;
            while (first - 1 >= 0 && p.token(first - 1).tag().startsWith("NNP") && p.token(first - 1).ner().equals("PERSON")) first--;
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

    private Statement statement(SentenceContext c, int cue, int inner, String type, Speaker sp, @Nullable String person,
                                String report, int ordinal) {
        Parse p = c.parse;
        int aboutTok = inner;
        // "called on the Houthis to release the crew": a demand or appeal is about the one it is made of.
        boolean directive = type.equals("DEMAND") || type.equals("APPEAL");
        if (aboutTok < 0 && directive) aboutTok = p.child(cue, "obl:on");
        // The parser may make the one called on the subject of what it is to do ("called on the Houthis to release").
        if (aboutTok < 0 && directive) {
            for (String rel : new String[] {"advcl", "xcomp"}) {
                int todo = p.child(cue, rel);
                if (todo >= 0 && todo > cue && p.child(todo, "nsubj") > cue) { aboutTok = p.child(todo, "nsubj"); break; }
            }
        }
        if (aboutTok < 0) aboutTok = p.child(cue, "obj");
        // "demanded that the UAE stop": a demand is about the one told to act. (A threat's clause names the one who
        // would act, mostly the speaker's own side: "warned that the group would widen its operations".)
        int said = p.child(cue, "ccomp");
        if (aboutTok < 0 && said >= 0 && directive) aboutTok = p.child(said, "nsubj");
        if (aboutTok < 0) aboutTok = p.child(cue, "nsubj", "obl:on");
        if (aboutTok < 0 && p.head(cue) >= 0) aboutTok = p.child(p.head(cue), "nsubj");
        String about = null;
        if (aboutTok >= 0 && PRONOUNS.contains(p.lemma(aboutTok))) aboutTok = -1;
        if (aboutTok >= 0 && !p.nounPhrase(aboutTok).text().equals(sp.phrase().text())) {
            Phrase ph = p.nounPhrase(aboutTok);
            ActorMatch m = c.resolve(ph, false);
            // A person is named canonically; anything else as the report words it ("Iran", "attacks on ...").
            about = m != null && m.person() != null ? m.person().name() : stripDeterminer(ph.text());
        }
        TimeValue when = dateOf(c, sp);
        String affiliation = sp.match() != null && (sp.match().person() != null || person != null) ? sp.match().actor().name() : null;
        Matcher q = QUOTE.matcher(p.sentence().text());
        String quote = q.find() ? q.group(1) : null;
        // "Hamas's government media office" is the Hamas government media office.
        String speaker = (person != null ? person : sp.name()).replaceAll("(?<=\\p{L})['\u2019]s\\b", "");
        String summary = speaker + " " + VERBS.getOrDefault(type, type.toLowerCase(java.util.Locale.ROOT)) + (about != null ? " " + about : "")
                + (quote != null ? ": \"" + quote + "\"" : "");
        List<Evidence> ev = List.of(
                p.sentenceEvidence(report, "sentence"),
                p.span(cue, cue).evidence(report, "cue"));
        return new Statement(report + "-s" + ordinal, report, speaker, affiliation, when.iso(),
                when.isKnown() ? when.precision() : DatePrecision.UNKNOWN, type, about, summary, quote, ev);
    }

    /**
     * When the statement was made: the time of its own verb or speaker, else that of the sentence's reporting verb
     * ("said on Monday that ... and urged"). No fallback to the publication day: wires date a speech by its own
     * day, often the day before the story (dev statement F1 fell from 0.73 to 0.64 with it).
     */
    private static TimeValue dateOf(SentenceContext c, Speaker sp) {
        if (sp.time().isKnown()) return sp.time();
        if (c.speaker != null && c.speaker.phrase().sentence() == c.parse.sentence().index()) return c.speaker.time();
        return TimeValue.UNKNOWN;
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

    private static String stripDeterminer(String s) {
        return s.replaceFirst("^(?i)(the|a|an)\\s+", "");
    }
}

