package org.sitrep.merge;

import org.sitrep.extract.EventMention;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.time.TimeValue;

/**
 * Combines two records of one event, {@code a} the older: a named actor beats a generic one, the more precise
 * place and the narrower date win, claims (one per speaker, kind and date) and evidence are united, and the newer report's casualty figures win
 * (follow-ups revise tolls). {@link #finish} derives the status and writes the notes.
 */
public final class EventCombiner {
    private final ActorRegistry registry;

    public EventCombiner(ActorRegistry registry) {
        this.registry = registry;
    }

    public Event combine(Event a, Event b) {
        boolean bActor1 = better(b.actor1Id(), a.actor1Id());
        boolean bActor2 = better(b.actor2Id(), a.actor2Id());
        // Of two places of one precision, a province ("Duhok province") is narrower than a part of a country
        // ("northern Iraq"), which has no first-level region.
        boolean bPlace = b.geoPrecision() != null && (a.geoPrecision() == null || b.geoPrecision() < a.geoPrecision()
                || b.geoPrecision().equals(a.geoPrecision()) && a.admin1() == null && b.admin1() != null);
        boolean bDate = narrower(b, a);
        // A toll told on its own takes the kind of the strike or battle it joins.
        boolean tollFirst = !a.type().family().equals(b.type().family()) && EventCompatibility.isUnattributed(a);
        boolean bType = tollFirst || a.type().family().equals(b.type().family()) && a.weapon() == null && b.weapon() != null;
        String weapon = a.weapon() != null && !(tollFirst && b.weapon() != null) ? a.weapon() : b.weapon();
        List<Claim> claims = new ArrayList<>(a.claims());
        // Every dated assertion is kept: a confirmation repeated on a later day is a second assertion, the same one
        // retold by another report (same speaker, kind and date) is not.
        for (Claim c : b.claims()) {
            if (claims.stream().noneMatch(x -> x.kind() == c.kind() && x.by().equals(c.by())
                    && java.util.Objects.equals(x.date(), c.date()))) {
                claims.add(c);
            }
        }
        Set<String> outcomes = new LinkedHashSet<>();
        if (a.outcome() != null) outcomes.addAll(List.of(a.outcome().split("; ")));
        if (b.outcome() != null) outcomes.addAll(List.of(b.outcome().split("; ")));
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        for (Evidence e : b.evidence()) if (!evidence.contains(e)) evidence.add(e);
        Set<String> reports = new LinkedHashSet<>(a.reports());
        reports.addAll(b.reports());
        return new Event(a.id(), bType ? b.type() : a.type(), bDate ? b.date() : a.date(),
                bDate ? b.datePrecision() : a.datePrecision(),
                bActor1 ? b.actor1() : a.actor1(), bActor1 ? b.actor1Id() : a.actor1Id(),
                bActor2 ? b.actor2() : a.actor2(), bActor2 ? b.actor2Id() : a.actor2Id(),
                bPlace ? b.location() : a.location(), bPlace ? b.placeId() : a.placeId(),
                bPlace ? b.admin1() : a.admin1(), bPlace ? b.country() : a.country(),
                bPlace ? b.latitude() : a.latitude(), bPlace ? b.longitude() : a.longitude(),
                bPlace ? b.geoPrecision() : a.geoPrecision(), weapon,
                a.status(), claims, EventMention.larger(a.fatalities(), b.fatalities()),
                EventMention.larger(a.injuries(), b.injuries()),
                outcomes.isEmpty() ? null : String.join("; ", outcomes), evidence, List.copyOf(reports), a.notes());
    }

    /** Status from the claims (claims by a generic actor dropped beside a named one), and a one-line note. */
    public Event finish(Event e) {
        List<Claim> claims = new ArrayList<>();
        for (Claim c : e.claims()) {
            boolean generic = c.byId() != null && registry.actor(c.byId()).map(x -> x.isGeneric()).orElse(false);
            boolean namedSibling = e.claims().stream().anyMatch(x -> x != c && x.kind() == c.kind()
                    && x.byId() != null && registry.actor(x.byId()).map(y -> !y.isGeneric()).orElse(false));
            if (generic && (namedSibling || (c.kind() == ClaimKind.CLAIM && e.actor1Id() != null && !e.actor1Id().equals(c.byId())))) {
                if (!namedSibling && e.actor1() != null) claims.add(new Claim(c.kind(), e.actor1(), e.actor1Id(), c.date(), c.channel(), c.evidence()));
                continue;
            }
            claims.add(c);
        }
        // An arrest is an authority's act that the authority makes public: told with no one vouching for or against
        // it ("police arrested five men on Sunday"), it stands on the arresting side's own account, which confirms it.
        if (e.type() == EventType.ARREST && claims.isEmpty() && e.actor1Id() != null && !e.evidence().isEmpty()
                && registry.actor(e.actor1Id()).map(x -> !x.isGeneric()).orElse(false)) {
            claims.add(new Claim(ClaimKind.CONFIRM, e.actor1(), e.actor1Id(), e.date(), null, e.evidence().get(0)));
        }
        ClaimStatus status = ClaimStatus.derive(claims);
        // Whoever claims an attack is its perpetrator: the claimant names an unnamed or generic attacker.
        String actor1 = e.actor1(), actor1Id = e.actor1Id();
        boolean unnamed = actor1Id == null || registry.actor(actor1Id).map(x -> x.isGeneric()).orElse(false);
        if (unnamed) {
            for (Claim c : claims) {
                if (c.kind() == ClaimKind.CLAIM && c.byId() != null && registry.actor(c.byId()).map(x -> !x.isGeneric()).orElse(false)) {
                    actor1 = c.by();
                    actor1Id = c.byId();
                    break;
                }
            }
        }
        return new Event(e.id(), e.type(), e.date(), e.datePrecision(), actor1, actor1Id, e.actor2(),
                e.actor2Id(), e.location(), e.placeId(), e.admin1(), e.country(), e.latitude(), e.longitude(),
                e.geoPrecision(), e.weapon(), status, claims, e.fatalities(), e.injuries(), e.outcome(), e.evidence(),
                e.reports(), notes(e, actor1, status));
    }

    private static String notes(Event e, String actor1, ClaimStatus status) {
        StringBuilder s = new StringBuilder();
        s.append(e.type().label());
        if (e.weapon() != null) s.append(" (").append(e.weapon()).append(")");
        if (actor1 != null) s.append(" by ").append(actor1);
        if (e.actor2() != null) s.append(" on ").append(e.actor2());
        if (e.location() != null) s.append(" at ").append(e.location());
        if (e.date() != null) s.append(", ").append(e.date());
        s.append("; ").append(status.code());
        if (e.outcome() != null) s.append("; ").append(e.outcome());
        if (e.fatalities() != null) s.append("; ").append(e.fatalities()).append(" killed");
        return s.append('.').toString();
    }

    private boolean better(String candidate, String current) {
        if (candidate == null) return false;
        if (current == null) return true;
        boolean curGeneric = registry.actor(current).map(x -> x.isGeneric()).orElse(true);
        boolean candGeneric = registry.actor(candidate).map(x -> x.isGeneric()).orElse(true);
        return curGeneric && !candGeneric;
    }

    private static boolean narrower(Event b, Event a) {
        TimeValue tb = TimeValue.parse(b.date(), b.datePrecision()), ta = TimeValue.parse(a.date(), a.datePrecision());
        if (!tb.isKnown()) return false;
        if (!ta.isKnown()) return true;
        long lb = tb.spanDays(), la = ta.spanDays();
        return lb < la || (lb == la && b.datePrecision() == DatePrecision.DAY && a.datePrecision() != DatePrecision.DAY);
    }
}
