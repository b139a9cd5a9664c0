package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * What a report is about, as its headline says. A headline that names sport, markets, a film, novel or game, a
 * commemoration, a trial, the weather or a disease, or a drill (cues.tsv kinds topic, sport, hazard, rehearsal) and
 * no weapon, no one killed, hurt or held, and no protest ("Ansar edge Nejmeh in a stormy Beirut derby", "Baghdad
 * court jails two men over 2016 bombing", "Storm batters Aden") puts the whole report off the topic of war: its war
 * words are metaphors, fiction, history or practice, and it tells no event. A headline with a weapon or a toll
 * ("Oil prices climb after drone attack", "Shelling hits Kherson football ground, wounding two") does not. The body
 * says the same when a third of its sentences speak of the topic ({@link #bodyOffTopic}). And a report whose every
 * event is more than a year old retells them ({@link #onlyHistory}), and an earlier attack told with only its month
 * is background ({@link #isRetold}). Immutable; thread-safe.
 */
final class ReportTopic {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:'\\p{L}+)?");
    private static final Pattern HYPHENATED = Pattern.compile("\\p{L}+(?:-\\p{L}+)+");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

    private final Lexicon lexicon;

    ReportTopic(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** How long before publication an event is history rather than news. */
    static final int HISTORY_DAYS = 365;

    /**
     * Whether every event the report tells ended more than a year before it was published: a retelling (a trial,
     * an anniversary, a film, a book, a museum), not a report of them.
     */
    static boolean onlyHistory(List<EventMention> mentions, @Nullable LocalDate published) {
        if (published == null || mentions.isEmpty()) return false;
        LocalDate cutoff = published.minusDays(HISTORY_DAYS);
        for (EventMention m : mentions) if (!m.time().isKnown() || !m.time().to().isBefore(cutoff)) return false;
        return true;
    }

    /** How long before publication a month-dated event is an earlier one retold, not this report's news. */
    static final int RETOLD_DAYS = 7;
    /** The shortest span that is a month or longer ("in February" spans 27 days from its first to its last). */
    private static final int MONTH_DAYS = 27;

    /**
     * Whether the report retells the mention as an earlier event with no more than its month or season ("In July, its
     * fighters attacked a church in Komanda", "the M23 took Bukavu in mid-February"): an attack told with no day of
     * its own that ended more than a week before publication is the background of today's news, whatever else the
     * report tells. An earlier attack told with its day ("on March 31") is not: the report gives it as an event,
     * unless it is more than a year old ("The war began when militants attacked on Oct. 7, 2023"): that is the
     * history behind the news, as {@link #onlyHistory} holds for a report that tells nothing newer.
     */
    static boolean isRetold(EventMention m, @Nullable LocalDate published) {
        if (published == null || !m.time().isKnown()) return false;
        if (m.time().to().isBefore(published.minusDays(HISTORY_DAYS))) return true;
        return m.time().spanDays() >= MONTH_DAYS && m.time().to().isBefore(published.minusDays(RETOLD_DAYS));
    }

    /** Whether the headline, or failing it the body, puts the report off the topic of war. */
    boolean offTopic(@Nullable String headline, List<Sentence> sentences) {
        return offTopic(headline) || bodyOffTopic(sentences);
    }

    /**
     * A body in which at least a third of the sentences (and two or more) hold a word of sport, markets, culture or
     * drills ("the striker", "investors", "the premiere", "the exercise") is about that, unless one of its
     * sentences names a weapon with someone killed or wounded ("a rocket hit the stadium, killing three fans") or
     * people harmed or held ("two soldiers were wounded", "police detained 20 people"), or names a weapon in a
     * sentence with no word of the topic ("Russian drones hit a grain terminal" in a report on wheat prices).
     */
    boolean bodyOffTopic(List<Sentence> sentences) {
        int topical = 0;
        for (Sentence s : sentences) {
            List<String> words = new ArrayList<>();
            for (Token t : s.tokens()) words.add(t.word().toLowerCase(Locale.ROOT));
            boolean topic = false, weapon = false, harm = false, victim = false, hurt = false;
            for (int i = 0; i < words.size(); i++) {
                weapon |= weaponAt(words, i);
                for (String l : lemmas(words.get(i))) {
                    topic |= lexicon.isOffTopic(l) || lexicon.isSport(l) || lexicon.isTopic(l) || lexicon.isRehearsal(l);
                    harm |= lexicon.isOutcomeVerb(l) || l.equals("dead");
                    hurt |= lexicon.isHarm(l);
                    victim |= lexicon.isVictim(l);
                }
            }
            // "a rocket hit the stadium, killing three", "two soldiers were wounded", "police detained 20 people";
            // "Russian drones hit a grain terminal" in a market report: a weapon outside the sentences of the topic.
            if (weapon && (harm || !topic) || hurt && victim) return false;
            if (topic) topical++;
        }
        return topical >= 2 && topical * 3 >= sentences.size();
    }

    boolean offTopic(@Nullable String headline) {
        if (headline == null || headline.isBlank()) return false;
        List<String> words = new ArrayList<>();
        String lower = headline.toLowerCase(Locale.ROOT);
        Matcher m = WORD.matcher(lower);
        while (m.find()) words.add(m.group());
        // "second-half blitz": a hyphenated word is also read whole, after its parts.
        for (Matcher h = HYPHENATED.matcher(lower); h.find(); ) words.add(h.group());
        boolean topic = false, backdrop = false, event = false;
        for (int i = 0; i < words.size(); i++) {
            if (weaponAt(words, i)) return false;
            for (String l : lemmas(words.get(i))) {
                event |= lexicon.trigger(l, false) != null || lexicon.trigger(l, true) != null;
                if (lexicon.isHarm(l) || lexicon.isCasualty(l) || l.equals("dead") || lexicon.isDissent(l)
                        || lexicon.isRiotous(l) || lexicon.isIntervention(l)) return false;
                // "Storm batters Aden", not "Gunmen storm a wedding": a hazard word that is also a war verb is no topic.
                boolean word = lexicon.isTopic(l) || lexicon.isSport(l) || lexicon.isRehearsal(l)
                        || lexicon.isHazard(l) && lexicon.trigger(l, false) == null;
                if (word && lexicon.isBackdrop(l)) backdrop = true;
                else topic |= word;
            }
        }
        // "Russia pounds Kyiv on anniversary of invasion", "Israeli troops raid Jenin as settlers' trial opens": an
        // anniversary or a trial is the backdrop of an event the headline tells. Not "Mosul court sentences man over
        // 2017 checkpoint attack": an attack of a named year is the trial's past.
        return topic || backdrop && (!event || YEAR.matcher(headline).find());
    }

    private boolean weaponAt(List<String> words, int i) {
        for (Lexicon.Weapon w : lexicon.weapons()) {
            if (i + w.words().size() > words.size()) continue;
            boolean match = true;
            for (int j = 0; j < w.words().size() && match; j++) match = lemmas(words.get(i + j)).contains(w.words().get(j));
            if (match) return true;
        }
        return false;
    }

    /** The word and the lemmas it may have: -s, -es, -ies, -ed, -ing undone, a doubled last letter undoubled. */
    private static Set<String> lemmas(String w) {
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        if (w.length() <= 3) return out;
        if (w.endsWith("ies")) out.add(w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) out.add(w.substring(0, w.length() - 2));
        if (w.endsWith("s") && !w.endsWith("ss")) out.add(w.substring(0, w.length() - 1));
        for (String suffix : List.of("ed", "ing")) {
            if (!w.endsWith(suffix)) continue;
            String s = w.substring(0, w.length() - suffix.length());
            if (s.length() < 2) continue;
            out.add(s);
            out.add(s + "e");
            if (s.charAt(s.length() - 1) == s.charAt(s.length() - 2)) out.add(s.substring(0, s.length() - 1));
        }
        return out;
    }
}
