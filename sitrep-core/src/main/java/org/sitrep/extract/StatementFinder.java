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
import org.sitrep.resolve.time.TimeValue;

/**
 * Attributed statements: a cue from the lexicon ("hold ... responsible", "urged", "unacceptable", "condemned",
 * "warned", "denied involvement") with a speaker, its subject or the sentence's reporting speaker ("he said"
 * resolves to the previous speaker). One statement per speaker and type per sentence. This class decides which cues
 * are statements and of what type; {@link StatementSpeakers} finds who makes them.
 */
final class StatementFinder {
    private static final Pattern QUOTE = Pattern.compile("\"([^\"]{3,})\"");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201c\u201d]");
    private static final Map<String, String> VERBS = Map.of("ACCUSE", "held responsible", "DEMAND", "urged",
            "DISAPPROVE", "condemned", "THREATEN", "warned", "DENY", "denied", "APPEAL", "appealed to",
            "REJECT", "rejected", "AGREE", "agreed to", "RETREAT", "announced a halt to");

    private final Lexicon lexicon;
    private final StatementSpeakers speakers;
    StatementFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.speakers = new StatementSpeakers(lexicon);
    }
    List<Statement> find(SentenceContext c, String report, int ordinal) {
        Parse p = c.parse;
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        StatementSpeakers.turnOf(c);
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
                if (words.size() == 1 && p.token(i).isVerb() && p.isNegated(i)) continue;
                String type = cue.type();
                // "said it was not responsible for the killing": an accusation denied is a denial.
                if (type.equals("ACCUSE") && !p.token(i).isVerb() && p.isNegated(i)) type = "DENY";
                // "urged residents to leave", "called on Syrians to guard the peace": a plea to the public is an
                // appeal; a demand is made of a party ("called on the group to end its attacks").
                if (type.equals("DEMAND") && addressesPublic(p, i)) type = "APPEAL";
                if (!isSpeechAct(p, i, words.size(), type)) continue;
                if (describesStance(c, i) || standingDenial(p, i, type)) continue;
                // "said the blast was caused by a rocket misfired by Palestinian Islamic Jihad" blames someone;
                // "caused by an electrical fault" blames no one.
                if (p.lemma(i).equals("cause") && !blamesActor(c, i)) continue;
                // "said the RSF were behind the drone strike"; "troops behind the front line" blame no one.
                if (p.lemma(i).equals("behind") && !namesAttack(p, p.head(i))) continue;
                if (type.equals("ACCUSE") && describesAccused(p, i)) continue;
                // "blamed the drought for the poor harvest": an accusation is made against someone.
                // "said the Armenian side had violated the truce": a reported accusation is made of its subject.
                boolean reported = cue.needs().contains(Lexicon.Needs.REPORTED);
                if (type.equals("ACCUSE") && words.size() == 1 && !p.lemma(i).equals("behind")
                        && !accusesSomeone(c, i, reported ? "nsubj" : "obj", lexicon)) continue;
                // "said the Houthis must stop": the one who says it, never the clause's own subject.
                // "said the reports were fabricated": what a claim is called is said by the one who speaks.
                Speaker sp = cue.needs().contains(Lexicon.Needs.REPORTED) || cue.needs().contains(Lexicon.Needs.SUBJECT)
                        ? speakers.reportingSpeaker(c, i)
                        : speakers.speakerFor(c, i, type.equals("DEMAND") || type.equals("APPEAL"));
                // "said those responsible would be held to account": a threat in the passive, with no agent, is
                // the word of whoever says it ("demanded that Russia be held accountable" is a demand).
                int intro = sp == null ? reportingVerb(p, i, lexicon) : -1;
                if (intro >= 0 && type.equals("THREATEN") && lexicon.isReportingVerb(p.lemma(intro))
                        && hasPassiveSubject(p, p.relation(i).startsWith("aux") ? p.head(i) : i)) {
                    sp = speakers.reportingSpeaker(c, i);
                }
                if (sp == null) continue;
                sp = speakers.governmentFor(c, sp);
                // "Medvedev said Russian forces could strike decision-making centres" threatens; "analysts said Russia
                // could launch an offensive" forecasts: what may happen is a threat only from the side that would do it.
                if (words.get(0).equals("could") && !ownSide(c, p.head(i), sp)) continue;
                // "UNIFIL urged all sides to avoid ...": a plea to every side from a body of states is an appeal.
                if (type.equals("DEMAND") && p.lemma(i).equals("urge") && addressesSides(p, i) && sp.match() != null
                        && sp.match().actor().type() == Actor.Type.IGO) {
                    type = "APPEAL";
                }
                String person = speakers.personOf(c, sp);
                String speaker = person != null ? person : sp.name();
                if (!seen.add(speaker + "/" + type)) continue;
                out.add(statement(c, i, words.size() > 1 ? between(p, i, words) : -1, type, sp, person, report, ordinal + out.size()));
                if (bareWord(c, i, sp, person)) {
                    c.state.partyWord = new ReportState.PartyWord(ordinal + out.size() - 1, p.sentence().index(), sp.match().actor());
                }
            }
        }
        cleft(c, report, ordinal, out, seen);
        speakers.remember(c);
        return out;
    }
    /**
     * "The military denied any involvement." A party's word told in a short sentence of its own, with the party as
     * the cue's subject and no quote: the sentence after it may name the person who gave it.
     */
    private static boolean bareWord(SentenceContext c, int cue, Speaker sp, @Nullable String person) {
        Parse p = c.parse;
        if (person != null || sp.match() == null || sp.match().person() != null || p.size() > 12) return false;
        // "CORRESPONDENT: The RSF denies ...": a transcript's label may be parsed as the head of the turn.
        if (p.head(cue) >= 0 && !(p.token(p.head(cue)).isNoun() && Set.of("parataxis", "dep", "appos").contains(p.relation(cue)))) return false;
        if (QUOTE_MARK.matcher(p.sentence().text()).find()) return false;
        int subj = p.child(cue, "nsubj");
        return subj >= 0 && !p.token(subj).tag().startsWith("PRP") && (p.token(subj).isNoun() || c.resolve(p.core(subj), false) != null);
    }
    /**
     * "The military denied any involvement. Junta spokesman Zaw Min Tun said no aircraft had flown ...": the party's
     * bare word of the sentence before is the word of the person this sentence names as speaking for that party.
     */
    void giveToSpokesperson(SentenceContext c, List<Statement> earlier) {
        ReportState.PartyWord word = c.state.partyWord;
        Speaker sp = c.speaker;
        if (word == null) return;
        // "The government rejected the claim. \"The base did not fall. ...,\" the minister told reporters": a quote
        // that runs over a few sentences names its speaker at its end.
        if (sp == null && c.parse.sentence().index() - word.sentence() < 3) return;
        c.state.partyWord = null;
        if (sp == null || word.index() >= earlier.size()) return;
        String person = sp.match() != null && sp.match().person() != null ? sp.match().person().name() : speakers.personOf(c, sp);

        // "its spokesman, Al-Fateh Qurashi, said": the name set beside the title, as written.
        if (person == null) {
            Speaker named = speakers.lastPersonNamed(c);
            if (named != null && named.phrase().sentence() == c.parse.sentence().index()) person = named.match() != null && named.match().person() != null
                    ? named.match().person().name() : named.phrase().text();
        }
        if (person == null) return;
        Actor party = word.party();
        Actor own = sp.match() != null ? sp.match().actor() : null;
        // "its spokesman, ...": the possessive stands for the party just named, whatever the name resolves to.
        boolean sameSide = sp.phrase().text().matches("(?i)^(its|their)\\s.*") || (own == null ? sp.official() : own.equals(party)
                || own.country() != null && own.country().equals(party.country()) && own.isState() == party.isState());
        if (!sameSide) return;
        Statement s = earlier.get(word.index());
        earlier.set(word.index(), new Statement(s.id(), s.report(), person, party.name(), s.date(), s.datePrecision(), s.plover(),
                s.about(), person + s.summary().substring(Math.min(s.speaker().length(), s.summary().length())), s.quote(),
                s.evidence(), s.reports()));
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
            Speaker sp = speakers.speakerFor(c, intro, false);
            if (sp == null) continue;
            sp = speakers.governmentFor(c, sp);
            String person = speakers.personOf(c, sp);
            String speaker = person != null ? person : sp.name();
            if (!seen.add(speaker + "/ACCUSE")) continue;
            out.add(statement(c, intro, i, "ACCUSE", sp, person, report, ordinal + out.size()));
        }
    }
    /** A participle with a passive subject: "was accused", not "vowed" that shares "were killed"'s subject. */
    static boolean hasPassiveSubject(Parse p, int verb) {
        if (!p.token(verb).tag().equals("VBN")) return false;
        for (int k : p.children(verb, "nsubj")) if (p.relation(k).equals("nsubj:pass")) return true;
        return false;
    }
    /**
     * False for a cue word that performs nothing: a verb that describes a noun, an infinitive, or a warning of what
     * a third party could do ("officials warned that Russia could step up its attacks" is a forecast, not a threat
     * by those who warn; "warned that the group would widen" is one).
     */
    private static boolean isSpeechAct(Parse p, int cue, int words, String type) {
        String rel = p.relation(cue);
        if (p.token(cue).isVerb() && rel.startsWith("acl") && !rel.startsWith("acl:relcl")
                && p.head(cue) >= 0 && p.token(p.head(cue)).isNoun() && StatementSpeakers.clauseOfObject(p, cue) < 0) {
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
        // "The Houthis have said they will halt their attacks if a ceasefire takes hold", "would agree to a truce if
        // Israel withdrew": an offer on a condition announces no halt and agrees to nothing.
        if (type.equals("RETREAT") || type.equals("AGREE")) {
            for (int k : p.children(cue, "advcl")) if (isCondition(p, p.child(k, "mark"))) return false;
        }
        // "would keep advancing unless President Tshisekedi agreed to talks": a cue in a condition is no act.
        if (isCondition(p, mark)) return false;
        // "asking not to be named": the terms of a source's anonymity.
        if (p.lemma(cue).equals("ask")) {
            for (int x : p.children(cue, "xcomp")) if (Set.of("name", "identify", "quote").contains(p.lemma(x))) return false;
        }
        if (type.equals("THREATEN") && p.lemma(cue).equals("warn")) {
            int said = p.saidClause(cue);
            if (said >= 0) {
                int subj = p.child(said, "nsubj");
                boolean mayHappen = false;
                for (int aux : p.children(said, "aux")) mayHappen |= FORECAST.contains(p.lemma(aux));
                if (mayHappen && subj >= 0 && !p.token(subj).tag().startsWith("PRP")) return false;
            }
        }
        return true;
    }
    /** Whether the marker at {@code mark} ("if", "unless") opens a condition; false for none (-1). */
    private static boolean isCondition(Parse p, int mark) {
        return mark >= 0 && Set.of("if", "unless").contains(p.lemma(mark));
    }

    /**
     * "the ELN, which has accused community leaders of ...", "Rwanda, which denies backing the rebels", "dissidents who
     * rejected the 2016 peace deal": a relative clause in the perfect or the present, or about a year before the
     * report's, tells a party's standing position; it is no statement the report tells of. "Hezbollah, which blamed
     * Israel for the blast" (the news itself) is one.
     */
    private static boolean describesStance(SentenceContext c, int cue) {
        Parse p = c.parse;
        int verb = p.relation(cue).startsWith("aux") && p.head(cue) >= 0 ? p.head(cue) : cue;
        if (!p.relation(verb).startsWith("acl:relcl") || !p.token(verb).isVerb()) return false;
        String tag = p.token(verb).tag();
        if (tag.equals("VBZ") || tag.equals("VBP")) return true;
        for (int a : p.children(verb, "aux")) {
            if (Set.of("has", "have").contains(p.token(a).word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        if (c.published == null) return false;
        for (int k = verb + 1; k < p.size() && c.ancestors(k).contains(verb); k++) {
            String w = p.token(k).word();
            if (p.token(k).tag().equals("CD") && w.matches("(19|20)\\d\\d") && Integer.parseInt(w) < c.published.getYear()) return true;
        }
        return false;
    }
    /**
     * "Rwanda denies arming the group and says ...", "Kabul denies harbouring the fighters.": a denial in the simple
     * present with a gerund is the background's standing position, not a denial the report tells of. A headline
     * ("army denies hitting civilians", no full stop) is news and stays.
     */
    private static boolean standingDenial(Parse p, int cue, String type) {
        if (!type.equals("DENY") || !p.lemma(cue).equals("deny") || !Set.of("VBZ", "VBP").contains(p.token(cue).tag())) return false;
        if (p.head(cue) >= 0 && !p.relation(cue).startsWith("conj")) return false;
        if (!p.token(p.size() - 1).word().equals(".")) return false;
        for (String rel : new String[] {"xcomp", "obj", "ccomp"}) {
            for (int k : p.children(cue, rel)) if (p.token(k).tag().equals("VBG")) return true;
        }
        return false;
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
    private static boolean isRelativePronoun(Parse p, int k) {
        return p.token(k).tag().equals("WDT") || p.token(k).tag().equals("WP");
    }
    /**
     * Whether the one a verb of accusing governs is someone: a name, a party the registry knows, or a pronoun
     * standing for one. "Blamed the drought" and "accused the men of theft" accuse no party to a conflict.
     */
    private static boolean accusesSomeone(SentenceContext c, int cue, String relation, Lexicon lexicon) {
        Parse p = c.parse;
        int whom = p.child(cue, relation);
        if (whom < 0 || !p.token(cue).isVerb()) return true;
        // A plural noun is people ("blamed jihadists"); a thing blamed is mostly a mass noun ("the drought").
        if (p.token(whom).tag().startsWith("PRP") || p.token(whom).tag().equals("NNS")) return true;
        // "accused the junta", "blamed the militia": an office or an armed body is someone.
        String head = p.lemma(whom);
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
    /** Whether the subject of {@code verb} is "we" or of the speaker's own country. */
    private static boolean ownSide(SentenceContext c, int verb, Speaker sp) {
        Parse p = c.parse;
        int subj = verb < 0 ? -1 : p.child(verb, "nsubj");
        if (subj < 0) return false;
        if (StatementSpeakers.FIRST_PERSON.contains(p.lemma(subj))) return true;
        ActorMatch doer = c.resolve(p.nounPhrase(subj), false);
        String own = sp.match() == null ? null : sp.match().actor().country();
        return doer != null && own != null && own.equals(doer.actor().country());
    }
    /** A noun for an attack with a subject of its own: "the RSF were behind the strike". */
    private boolean namesAttack(Parse p, int noun) {
        if (noun < 0 || !p.token(noun).isNoun() || p.child(noun, "nsubj") < 0) return false;
        String lemma = p.lemma(noun);
        return HOSTILE.contains(lemma) || lexicon.trigger(lemma, true) != null;
    }
    private static boolean blamesActor(SentenceContext c, int cause) {
        int agent = c.parse.child(cause, "obl:agent");
        if (agent < 0) agent = c.parse.child(cause, "obl:by");
        // "said Ukrainian drones had caused the blast": in the active the subject is who is blamed.
        if (agent < 0 && !hasPassiveSubject(c.parse, cause)) agent = c.parse.child(cause, "nsubj");
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
    private static final Set<String> MODAL_COMPANIONS = Set.of("aux", "aux:pass", "cop", "advmod");
    private static final Set<String> FORECAST = Set.of("could", "may", "might", "can");
    /** Nouns of force: what an infinitive sets going that makes a readiness or a vow a threat. */
    private static final Set<String> HOSTILE = Set.of("offensive", "war", "attack", "strike", "invasion", "assault",
            "retaliation", "force", "operation", "troop");
    /** Participles that tell a state of the subject, not something done to it by an agent. */
    static final Set<String> STATIVE = Set.of("committed", "prepared");
    private static boolean addressesSides(Parse p, int cue) {
        int whom = p.child(cue, "obj");
        if (whom < 0 && cue + 1 < p.size()) whom = p.child(cue + 1, "obj");
        return whom >= 0 && Set.of("side", "party").contains(p.lemma(whom));
    }
    private boolean addressesPublic(Parse p, int cue) {
        int whom = p.child(cue, "obj");
        if (whom < 0) whom = p.child(cue, "obl:on");
        if (whom < 0 && cue + 1 < p.size()) whom = p.child(cue + 1, "obj");
        // The tagger lemmatizes "people" to "person": "calls on the people of Mogadishu" is a plea to the public.
        return whom >= 0 && (lexicon.isAppealee(p.lemma(whom))
                || lexicon.isAppealee(p.token(whom).word().toLowerCase(java.util.Locale.ROOT)));
    }
    /**
     * The cue's words in order starting at token i, within six tokens, each next to the one before it or within two
     * dependency steps of it: "called on the government" and "hold Iran ultimately responsible" are cues, "called a
     * cowardly attack on young Somalis" is no "call on".
     */
    private static boolean matchesAt(Parse p, int i, List<String> words) {
        if (!matchesWord(p, i, words.get(0))) return false;
        int prev = i;
        // "will attack": a cue that opens with a modal goes on with the verb the modal belongs to, not with another
        // verb near it ("would defend themselves if attacked"); a negation or copula on that verb may come between.
        int verb = p.relation(i).startsWith("aux") ? p.head(i) : -1;
        for (int w = 1; w < words.size(); w++) {
            int found = -1;
            for (int k = prev + 1; k < Math.min(p.size(), i + 14); k++) {
                if (!matchesWord(p, k, words.get(w))) continue;
                if (verb >= 0 && k != verb && !(p.head(k) == verb && MODAL_COMPANIONS.contains(p.relation(k)))) continue;
                // Far words belong to the cue only as direct dependents: "called the strike on the Beirut suburb a
                // flagrant violation".
                boolean near = k < i + 7 && (k == prev + 1 || treeDistance(p, prev, k) <= 2);
                // "hold the army and its Islamist allies responsible": a word said of the cue's object.
                boolean ofObject = p.head(k) >= 0 && p.head(p.head(k)) == prev && p.relation(p.head(k)).equals("obj");
                if (near || p.head(k) == prev || ofObject) { found = k; break; }
            }
            if (found < 0) return false;
            if (found == verb) verb = -1;
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
        // "demanded that Israel halt settler attacks": a halt that is demanded of another is no retreat announced.
        if (cue.type().equals("RETREAT") && cue.needs().contains(Lexicon.Needs.REPORTED)) {
            int intro = reportingVerb(p, at, lexicon);
            if (intro >= 0 && DEMANDING.contains(lexicon.statementCues().getOrDefault(p.lemma(intro), ""))) return false;
        }
        return true;
    }
    private static final Set<String> DEMANDING = Set.of("DEMAND", "APPEAL");
    private static boolean holds(Parse p, int at, Lexicon.Needs needs, Set<String> objects, Lexicon lexicon) {
        // "would continue its attacks", "will not negotiate": a cue that opens with a modal, a negation or a copula
        // is judged on the verb those belong to.
        if (needs != Lexicon.Needs.ANY && needs != Lexicon.Needs.REPORTED && leadsToVerb(p, at)) at = p.head(at);
        return switch (needs) {
            case ANY -> true;
            // "a claim the government dismissed as propaganda": a relative clause's noun is what its verb governs
            // (the parser may call that clause a ccomp of the noun).
            case OBJECT -> governs(p, at, objects, "obj", "obl", "nsubj:pass", "iobj") || objectIsAntecedent(p, at, objects);
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
                        // "vowed on Wednesday to step up attacks": the parser may give the infinitive another mark first.
                        for (int mark : p.children(k, "mark")) if (p.lemma(mark).equals("to")) todo.add(k);
                        break;
                    }
                }
                for (int x : todo) {
                    if (p.token(x).isVerb() && p.child(x, "mark") >= 0 && (objects.isEmpty() || doesAny(p, x, objects))) yield true;
                }
                yield false;
            }
            // A clause of its own ("vowed that those behind it would be punished"); an infinitive is "to".
            case CLAUSE -> p.saidClause(at) >= 0;
            case REPORTED -> isReported(p, at, lexicon);
            case UNLESS_OBJECT -> !governs(p, at, objects, "obj", "iobj", "nsubj:pass");
        };
    }
    private static boolean objectIsAntecedent(Parse p, int verb, Set<String> objects) {
        String rel = p.relation(verb);
        int noun = p.head(verb);
        if (noun < 0 || !p.token(verb).isVerb() || !p.token(noun).isNoun() || p.child(verb, "obj") >= 0
                || p.child(verb, "mark") >= 0 || !(rel.startsWith("acl:relcl") || rel.equals("ccomp"))) return false;
        return objects.isEmpty() || objects.contains(p.lemma(noun));
    }
    private static boolean leadsToVerb(Parse p, int at) {
        String rel = p.relation(at);
        return p.head(at) >= 0 && (rel.startsWith("aux") || rel.equals("cop")
                || rel.equals("advmod") && Parse.NEGATIONS.contains(p.token(at).word().toLowerCase(java.util.Locale.ROOT)));
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
        return !StatementSpeakers.FIRST_PERSON.contains(p.lemma(subj));
    }
    /**
     * The verb that introduces the clause of token {@code at}, or -1: "said (that) the Houthis must stop", a quote
     * put before its verb ("\"Russia must stop,\" Zelensky said", where the parser hangs the verb of saying on the
     * quote), or a verb that is itself a statement ("warned that Hezbollah would pay").
     */
    static int reportingVerb(Parse p, int at, Lexicon lexicon) {
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
    /**
     * The word a cue's first word stands for: the word a modal ("will pay the price"), a copula or an adjective
     * ("said the incursion was a terrorist act", judged on "act") belongs to; else the first word itself.
     */
    private static int predicateOf(Parse p, int at) {
        return opensPredicate(p, at) ? p.head(at) : at;
    }
    private static boolean opensPredicate(Parse p, int at) {
        String rel = p.relation(at);
        // "were behind the attack": a preposition stands for the noun it belongs to.
        return rel.startsWith("aux") || rel.equals("cop") || rel.equals("amod") || rel.equals("case");
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
    /** For a split cue ("hold Iran responsible"), the proper or common noun between its words. */
    private static int between(Parse p, int i, List<String> words) {
        for (int k = i + 1; k < Math.min(p.size(), i + 7); k++) {
            if (p.lemma(k).equals(words.get(words.size() - 1))) break;
            if (p.token(k).isNoun()) return k;
        }
        return -1;
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
        if (aboutTok >= 0 && StatementSpeakers.PRONOUNS.contains(p.lemma(aboutTok))) aboutTok = -1;
        if (aboutTok >= 0 && !p.nounPhrase(aboutTok).text().equals(sp.phrase().text())) {
            Phrase ph = p.nounPhrase(aboutTok);
            ActorMatch m = c.resolve(ph, false);
            // A person is named canonically; anything else as the report words it ("Iran", "attacks on ...").
            about = m != null && m.person() != null ? m.person().name() : StatementSpeakers.stripDeterminer(ph.text());
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
}

