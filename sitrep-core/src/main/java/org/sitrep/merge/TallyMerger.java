package org.sitrep.merge;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Evidence;
import org.sitrep.model.Tally;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.time.TimeValue;

/**
 * Joins a report's tallies to the same count stated before, so that a wire's "at least 130 attacks since October 17"
 * and its syndicated copy are one tally with two sources, as the same statement is one statement. Two tallies are
 * the same when they give the same number of the same thing ({@code what} shares a content word), from the same
 * source when both name one, over windows whose ends are at most a day apart where both are known, stated at most a
 * day apart, in places that overlap where both are named, and anchored by a source or a date both know ("five
 * attacks" alone is too common to be one count). The qualifier may differ: a rewrite turns "at least 130" into "130".
 *
 * <p>The first tally keeps its id, so stored ids never change; a tally whose report is already among the sources
 * changes nothing, so merging again is a no-op. Stateless.
 */
public final class TallyMerger {
    /**
     * The tallies to write for a report: each of {@code incoming} either joined to the first same one of
     * {@code stored} or of the report's own earlier tallies (the joined tally, with the stored id), or unchanged. A
     * stored tally joined several times is returned once, in its final state.
     */
    public List<Tally> merge(List<Tally> incoming, List<Tally> stored) {
        return Rejoin.merge(incoming, stored, this::same, TallyMerger::join, Tally::id);
    }

    /** Whether two tallies state the same count. */
    public boolean same(Tally a, Tally b) {
        if (a.count() != b.count() || !TopicWords.shareWord(a.what(), b.what())) return false;
        boolean sources = a.source() != null && b.source() != null;
        if (sources && !Names.key(a.source()).equals(Names.key(b.source()))) return false;
        if (!a.where().isEmpty() && !b.where().isEmpty() && a.where().stream().noneMatch(w -> b.where().stream().anyMatch(w::equalsIgnoreCase))) {
            return false;
        }
        if (!close(a.from(), b.from()) || !close(a.to(), b.to()) || !close(a.stated(), b.stated())) return false;
        // "Five attacks", said by no one known at no known time, is too common to be the same count by itself.
        return sources || known(a.stated(), b.stated()) || known(a.to(), b.to()) || known(a.from(), b.from());
    }

    private static boolean known(@Nullable String a, @Nullable String b) {
        return StatementMerger.time(a).isKnown() && StatementMerger.time(b).isKnown();
    }

    /** Unknown on either side, or at most a day apart. */
    private static boolean close(@Nullable String a, @Nullable String b) {
        TimeValue ta = StatementMerger.time(a), tb = StatementMerger.time(b);
        return !ta.isKnown() || !tb.isKnown() || StatementMerger.withinADay(ta, tb);
    }

    /**
     * {@code first} stated again by {@code later}: the first keeps its id, report, count and words; what it left
     * unknown (window, places, source, speaker, date) the later one fills; sources and evidence are the union.
     */
    static Tally join(Tally first, Tally later) {
        if (first.reports().containsAll(later.reports()) && first.evidence().containsAll(later.evidence())) return first;
        List<String> reports = Rejoin.union(first.reports(), later.reports());
        List<Evidence> evidence = Rejoin.union(first.evidence(), later.evidence());
        return new Tally(first.id(), first.report(), first.count(), first.qualifier(), or(first.from(), later.from()),
                or(first.to(), later.to()), first.what(), first.where().isEmpty() ? later.where() : first.where(),
                or(first.source(), later.source()), or(first.speaker(), later.speaker()),
                or(first.stated(), later.stated()), evidence, reports);
    }

    private static @Nullable String or(@Nullable String a, @Nullable String b) {
        return a != null ? a : b;
    }
}
