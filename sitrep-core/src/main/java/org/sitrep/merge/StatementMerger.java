package org.sitrep.merge;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Evidence;
import org.sitrep.model.Statement;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.time.TimeValue;

/**
 * Joins a report's statements to the same statement told before, so that an analyst sees it once with all its
 * sources. Two statements are the same when they have the same PLOVER type, the same speaker (or one is the
 * person speaking for the other's actor: "Pat Ryder" of the Department of Defense and "US Department of Defense"),
 * days at most one apart (a wire dates the speech, a rewrite its own publication), and targets that share a word
 * or are not both known. An undated statement joins only one whose target shares a word with its own: without a
 * date, the target is all that tells two accusations apart.
 *
 * <p>The first statement keeps its id, so stored ids never change; a statement whose report is already among the
 * sources changes nothing, so merging again is a no-op. Stateless.
 */
public final class StatementMerger {
    /**
     * The statements to write for a report: each of {@code incoming} either joined to the first compatible one of
     * {@code stored} or of the report's own earlier statements (the joined statement, with the stored id), or
     * unchanged. A stored statement joined several times is returned once, in its final state.
     */
    public List<Statement> merge(List<Statement> incoming, List<Statement> stored) {
        return Rejoin.merge(incoming, stored, this::same, StatementMerger::join, Statement::id);
    }

    /** Whether two statements report the same speech act. */
    public boolean same(Statement a, Statement b) {
        if (!a.plover().equals(b.plover()) || !sameSpeaker(a, b)) return false;
        TimeValue da = time(a.date()), db = time(b.date());
        boolean sharedTarget = TopicWords.shareWord(a.about(), b.about());
        if (!da.isKnown() || !db.isKnown()) return sharedTarget;
        if (!withinADay(da, db)) return false;
        return a.about() == null || b.about() == null || sharedTarget;
    }

    private static boolean sameSpeaker(Statement a, Statement b) {
        String ka = Names.key(a.speaker()), kb = Names.key(b.speaker());
        if (ka.equals(kb)) return true;
        boolean personA = a.speakerAffiliation() != null, personB = b.speakerAffiliation() != null;
        // Two different people never make one statement, even for one government.
        if (personA && personB) return surname(ka).equals(surname(kb)) && ka.contains(" ") != kb.contains(" ");
        if (personA) return Names.key(a.speakerAffiliation()).equals(kb);
        if (personB) return Names.key(b.speakerAffiliation()).equals(ka);
        return false;
    }

    private static String surname(String key) {
        return key.substring(key.lastIndexOf(' ') + 1);
    }

    /** Whether two known times are at most a day apart. */
    static boolean withinADay(TimeValue a, TimeValue b) {
        LocalDate aFrom = a.from().minusDays(1), aTo = a.to().plusDays(1);
        return !aFrom.isAfter(b.to()) && !b.from().isAfter(aTo);
    }

    /**
     * {@code first} told again by {@code later}: the first keeps its id and report; a named person beats the actor
     * they speak for, a known date an unknown one, a known target and quote an unknown one; the sources and
     * evidence are the union.
     */
    static Statement join(Statement first, Statement later) {
        if (first.reports().containsAll(later.reports()) && first.evidence().containsAll(later.evidence())) return first;
        boolean laterPerson = later.speakerAffiliation() != null && first.speakerAffiliation() == null;
        Statement voice = laterPerson ? later : first;
        boolean laterDate = first.date() == null && later.date() != null;
        Statement when = laterDate ? later : first;
        List<String> reports = Rejoin.union(first.reports(), later.reports());
        List<Evidence> evidence = Rejoin.union(first.evidence(), later.evidence());
        return new Statement(first.id(), first.report(), voice.speaker(), voice.speakerAffiliation(), when.date(),
                when.datePrecision(), first.plover(), first.about() != null ? first.about() : later.about(),
                voice.summary(), first.quote() != null ? first.quote() : later.quote(), evidence, reports);
    }

    /** A stored ISO date or range, or unknown when absent or unreadable. */
    static TimeValue time(@Nullable String iso) {
        try {
            return TimeValue.parse(iso, org.sitrep.model.DatePrecision.DAY);
        } catch (RuntimeException e) {
            return TimeValue.UNKNOWN;
        }
    }
}
