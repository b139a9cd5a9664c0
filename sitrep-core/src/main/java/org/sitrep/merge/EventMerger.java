package org.sitrep.merge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.sitrep.extract.EventMention;
import org.sitrep.extract.ExtractedReport;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.Event;
import org.sitrep.resolve.place.Place;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.resolve.actor.Actor;

/**
 * Merges a report's event mentions with each other and with stored events: each mention joins the first
 * compatible event (the report's own first, then stored ones) or starts a new one. Compatibility and combination
 * rules are in {@link EventCompatibility} and {@link EventCombiner}. Event ids come from the first mention (report
 * id and trigger offset), so a re-run over the same reports gives the same ids. A mention is compared only with
 * the events that share its type family, week and country or first actor ({@link EventPool}), which finds the same
 * event as comparing with all of them: merging n mentions costs about n times the events per cell, not n squared.
 * Immutable; thread-safe.
 */
public final class EventMerger {
    private final EventCompatibility compatibility;
    private final EventCombiner combiner;
    private final boolean blocked;

    public EventMerger(EventCompatibility compatibility, EventCombiner combiner) {
        this(compatibility, combiner, true);
    }

    /**
     * {@code blocked} false compares each mention with every event (quadratic): the reference that the blocked
     * merger must equal, kept for tests and {@code sitrep bench-merge}.
     */
    public EventMerger(EventCompatibility compatibility, EventCombiner combiner, boolean blocked) {
        this.compatibility = compatibility;
        this.combiner = combiner;
        this.blocked = blocked;
    }

    /** What a report changes: events new or revised (full state) and the link of each mention to its event. */
    public record Result(List<Event> events, List<MentionLink> links) {
    }

    public Result merge(ExtractedReport report, List<Event> stored) {
        return merge(report.mentions(), stored);
    }

    /** Merges a batch of mentions (one report's, or a synthetic batch) with the stored events they may join. */
    public Result merge(List<EventMention> mentions, List<Event> stored) {
        EventPool changed = new EventPool(blocked), pool = new EventPool(blocked);
        for (Event e : stored) pool.add(e);
        List<MentionLink> links = new ArrayList<>();
        List<EventMention> placeless = new ArrayList<>();
        for (EventMention m : mentions) {
            if (isPlaced(m)) join(m, changed, pool, links);
            else placeless.add(m);
        }
        // An event needs a place. A mention without one ("the militia said it struck the base") adds to an event of
        // its own report; across reports it could join anything, so there it is dropped, as it is when it joins none.
        // Its report's events are those its placed mentions made or joined, stored ones included.
        for (EventMention m : placeless) join(m, changed, new EventPool(blocked), links);
        List<Event> finished = new ArrayList<>();
        for (Event e : changed.events()) {
            if (e.placeId() != null && !Place.isCountryId(e.placeId()) && e.date() != null) {
                finished.add(combiner.finish(e));
            }
        }
        Set<String> kept = new HashSet<>();
        for (Event e : finished) kept.add(e.id());
        links.removeIf(l -> !kept.contains(l.event()));
        return new Result(finished, links);
    }

    /**
     * Whether the mention's place locates an event; one that does not joins only events its report's placed mentions
     * made or joined. A country alone ("a strike in Syria") locates nothing an analyst can map. The Spark job routes
     * mentions by this same test.
     */
    public static boolean isPlaced(EventMention m) {
        return m.place() != null && m.place().kind() != Place.Kind.COUNTRY;
    }

    private void join(EventMention m, EventPool changed, EventPool pool, List<MentionLink> links) {
        Event single = fromMention(m);
        Event target = null;
        int slot = changed.firstCompatible(single, compatibility);
        if (slot >= 0) target = changed.remove(slot);
        else if ((slot = pool.firstCompatible(single, compatibility)) >= 0) target = pool.remove(slot);
        Event merged = target == null ? single : combiner.combine(target, single);
        changed.add(merged);
        Evidence trigger = m.evidence().get(0);
        links.add(new MentionLink(m.id(), m.report(), merged.id(), m.sentence(), trigger, m.type()));
    }

    /** An event made of one mention: the unit the combiner merges. */
    Event fromMention(EventMention m) {
        Actor a1 = m.actor1(), a2 = m.actor2();
        var place = m.place();
        String outcome = m.outcomes().isEmpty() ? null : String.join("; ", m.outcomes());
        return new Event(id(m), m.type(), m.time().iso(), m.time().precision(), a1 == null ? null : a1.name(),
                a1 == null ? null : a1.id(), a2 == null ? null : a2.name(), a2 == null ? null : a2.id(),
                place == null ? null : place.name(), place == null ? null : place.id(),
                place == null ? null : place.admin1(), place == null ? null : place.country(),
                place == null ? null : place.lat(), place == null ? null : place.lon(),
                m.geoPrecision() == null ? null : m.geoPrecision().code(), m.weapon(), ClaimStatus.derive(m.claims()),
                m.claims(), m.fatalities(), m.injuries(), outcome, m.evidence(), List.of(m.report()), null);
    }

    private static String id(EventMention m) {
        String basis = m.report() + ":" + m.evidence().get(0).start();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(basis.getBytes(StandardCharsets.UTF_8));
            return "ev-" + HexFormat.of().formatHex(h, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
