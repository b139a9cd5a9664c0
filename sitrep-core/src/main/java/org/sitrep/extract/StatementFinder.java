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
            "DISAPPROVE", "condemned", "THREATEN", "warned", "DENY", "denied");

    private final Lexicon lexicon;

    StatementFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Statement> find(SentenceContext c, String report, int ordinal) {
        Parse p = c.parse;
        List<Statement> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < p.size(); i++) {
            // The longest cue starting at a token wins: "rejected the accusation" is a denial, not a rejection.
            List<Map.Entry<String, String>> matched = new ArrayList<>();
            int longest = 0;
            for (Map.Entry<String, String> cue : lexicon.statementCues().entrySet()) {
                int n = cue.getKey().split(" ").length;
                if (n < longest || !matchesAt(p, i, cue.getKey().split(" "))) continue;
                if (n > longest) matched.clear();
                longest = n;
                matched.add(cue);
            }
            for (Map.Entry<String, String> cue : matched) {
                String[] words = cue.getKey().split(" ");
                // A one-word cue is a verb or an adjective ("urged", "unacceptable"), never a noun ("press briefing").
                if (words.length == 1 && p.token(i).isNoun() && !cue.getKey().equals("redline")) continue;
                String type = cue.getValue();
                // "urged residents to leave", "called on Syrians to guard the peace": a plea to the public is an
                // appeal; a demand is made of a party ("called on the group to end its attacks").
                if (type.equals("DEMAND") && addressesPublic(p, i)) type = "APPEAL";
                Speaker sp = speakerFor(c, i);
                if (sp == null) continue;
                String speaker = sp.name();
                if (!seen.add(speaker + "/" + type)) continue;
                out.add(statement(c, i, words.length > 1 ? between(p, i, words) : -1, type, sp, report, ordinal + out.size()));
            }
        }
        return out;
    }

    private boolean addressesPublic(Parse p, int cue) {
        int whom = p.child(cue, "obj");
        if (whom < 0) whom = p.child(cue, "obl:on");
        if (whom < 0 && cue + 1 < p.size()) whom = p.child(cue + 1, "obj");
        return whom >= 0 && lexicon.isAppealee(p.lemma(whom).toLowerCase(java.util.Locale.ROOT));
    }

    /** The cue's words in order starting at token i, within six tokens. */
    private static boolean matchesAt(Parse p, int i, String[] words) {
        if (!p.lemma(i).equals(words[0]) && !p.token(i).word().equalsIgnoreCase(words[0])) return false;
        int k = i + 1;
        for (int w = 1; w < words.length; w++) {
            boolean found = false;
            for (; k < Math.min(p.size(), i + 7); k++) {
                if (p.lemma(k).equals(words[w]) || p.token(k).word().equalsIgnoreCase(words[w])) { found = true; k++; break; }
            }
            if (!found) return false;
        }
        return true;
    }

    private @Nullable Speaker speakerFor(SentenceContext c, int cue) {
        Parse p = c.parse;
        if (p.token(cue).isVerb()) {
            int subj = p.child(cue, "nsubj");
            // "Palestinian Islamic Jihad, which rejected the accusation": the relative pronoun stands for its noun.
            if (subj >= 0 && (p.token(subj).tag().equals("WDT") || p.token(subj).tag().equals("WP"))
                    && p.relation(cue).startsWith("acl:relcl") && p.head(cue) >= 0) {
                subj = p.head(cue);
            }
            // "Saree warned ... and he urged shipping companies", "condemned what he called ... and called on":
            // a pronoun names the sentence's own earlier subject before anyone in the sentences above.
            if (subj >= 0 && p.token(subj).tag().startsWith("PRP")) {
                int earlier = earlierNamedSubject(p, cue);
                if (earlier >= 0) subj = earlier;
            }
            if (subj >= 0) {
                Phrase ph = p.core(subj);
                if (SentenceContext.isAnaphoric(ph.text()) && c.state.lastSpeaker != null) return c.state.lastSpeaker;
                ActorMatch m = c.resolveNoun(subj, false);
                // "Zelensky said the attacks showed that Russia was not preparing for peace and urged partners ...":
                // the parser may hand the cue to the reported clause; a state named inside what the speaker says
                // is not the one who urges.
                if (m != null && m.person() == null && c.speaker != null && c.speaker.verb() >= 0 && c.speaker.verb() < subj
                        && c.ancestors(cue).contains(c.speaker.verb()) && c.speaker.match() != null) {
                    return c.speaker;
                }
                Phrase name = m == null ? c.properName(subj) : null;
                if (m != null || name != null) {
                    // A named speaker the registry does not know is kept by name ("Hans Leo Cacdac urged ...").
                    TimeMention tm = c.timeFor(cue);
                    return new Speaker(m != null ? ph : name, m, cue, p.lemma(cue), tm != null ? tm.value() : TimeValue.UNKNOWN,
                            null, lexicon.isOfficialPhrase(p.nounPhrase(subj).text()));
                }
            }
        }
        if (c.speaker != null && (c.speaker.match() != null || p.token(p.sentence().tokenAt(c.speaker.phrase().start())).tag().startsWith("NNP"))) {
            return c.speaker;
        }
        return null;
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
    private static int between(Parse p, int i, String[] words) {
        for (int k = i + 1; k < Math.min(p.size(), i + 7); k++) {
            if (p.lemma(k).equals(words[words.length - 1])) break;
            if (p.token(k).isNoun()) return k;
        }
        return -1;
    }

    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("we", "i", "you", "he", "she", "they", "it", "this", "that");

    private Statement statement(SentenceContext c, int cue, int inner, String type, Speaker sp, String report, int ordinal) {
        Parse p = c.parse;
        int aboutTok = inner >= 0 ? inner : p.child(cue, "obj");
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
        TimeValue when = sp.time();
        String affiliation = sp.match() != null && sp.match().person() != null ? sp.match().actor().name() : null;
        Matcher q = QUOTE.matcher(p.sentence().text());
        String quote = q.find() ? q.group(1) : null;
        String summary = sp.name() + " " + VERBS.get(type) + (about != null ? " " + about : "")
                + (quote != null ? ": \"" + quote + "\"" : "");
        List<Evidence> ev = List.of(
                p.sentenceEvidence(report, "sentence"),
                p.span(cue, cue).evidence(report, "cue"));
        return new Statement(report + "-s" + ordinal, report, sp.name(), affiliation, when.iso(),
                when.isKnown() ? when.precision() : DatePrecision.UNKNOWN, type, about, summary, quote, ev);
    }

    private static String stripDeterminer(String s) {
        return s.replaceFirst("^(?i)(the|a|an)\\s+", "");
    }
}
