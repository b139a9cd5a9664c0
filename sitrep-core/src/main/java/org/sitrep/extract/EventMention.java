package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Claim;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.GeoPrecision;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.time.TimeValue;

/**
 * One event mention of one report with its roles resolved: who acted on whom, where, when, with what weapon and
 * outcome, and the claims made about it, each with evidence. Merge turns mentions into events.
 */
public record EventMention(String id, String report, int sentence, EventType type, @Nullable String weapon,
                           @Nullable Actor actor1, @Nullable Actor actor2, @Nullable Place place,
                           @Nullable GeoPrecision geoPrecision, TimeValue time, @Nullable Integer fatalities,
                           @Nullable Integer injuries, List<String> outcomes, List<Claim> claims,
                           List<Evidence> evidence) {
    public EventMention {
        outcomes = List.copyOf(outcomes);
        claims = List.copyOf(claims);
        evidence = List.copyOf(evidence);
    }

    /** This mention with another's details added: an anaphoric "the assault" that brings a confirmation. */
    public EventMention absorb(List<Claim> moreClaims, List<String> moreOutcomes, @Nullable Integer moreFatalities,
                               @Nullable Integer moreInjuries, List<Evidence> moreEvidence) {
        List<Claim> c = new ArrayList<>(claims);
        for (Claim x : moreClaims) if (c.stream().noneMatch(y -> y.kind() == x.kind() && y.by().equals(x.by()))) c.add(x);
        List<String> o = new ArrayList<>(outcomes);
        for (String x : moreOutcomes) if (!o.contains(x)) o.add(x);
        List<Evidence> e = new ArrayList<>(evidence);
        e.addAll(moreEvidence);
        return new EventMention(id, report, sentence, type, weapon, actor1, actor2, place, geoPrecision, time,
                larger(fatalities, moreFatalities), larger(injuries, moreInjuries),
                o, c, e);
    }

    /** This mention with its claims replaced: a confirmation the report itself says it could not check. */
    public EventMention withClaims(List<Claim> newClaims) {
        return new EventMention(id, report, sentence, type, weapon, actor1, actor2, place, geoPrecision, time,
                fatalities, injuries, outcomes, newClaims, evidence);
    }

    /** This mention at the more precise place a later sentence gives ("The strikes near Jurf al-Sakhar ..."). */
    public EventMention relocated(Place newPlace, GeoPrecision newPrecision, List<Evidence> moreEvidence) {
        List<Evidence> e = new ArrayList<>(evidence);
        e.removeIf(v -> v.field().equals("place"));
        e.addAll(moreEvidence);
        return new EventMention(id, report, sentence, type, weapon, actor1, actor2, newPlace, newPrecision, time,
                fatalities, injuries, outcomes, claims, e);
    }

    /**
     * The same deed told at another place of the sentence, as a mention of its own ("19 over Bryansk, 8 over Kursk").
     * Its first evidence, which names its event, is its own place, told as the trigger's field.
     */
    public EventMention copiedTo(String newId, Place newPlace, GeoPrecision newPrecision, Evidence placeEvidence) {
        List<Evidence> e = new ArrayList<>(evidence);
        e.removeIf(v -> v.field().equals("place"));
        Evidence first = evidence.get(0);
        e.set(0, new Evidence(first.report(), first.sentence(), placeEvidence.start(), placeEvidence.end(),
                placeEvidence.text(), first.field()));
        e.add(placeEvidence);
        return new EventMention(newId, report, sentence, type, weapon, actor1, actor2, newPlace, newPrecision, time,
                fatalities, injuries, outcomes, claims, e);
    }

    /** This mention on the day a later sentence gives the deed itself, where its own was the day it was told. */
    public EventMention redated(TimeValue newTime) {
        return new EventMention(id, report, sentence, type, weapon, actor1, actor2, place, geoPrecision, newTime,
                fatalities, injuries, outcomes, claims, evidence);
    }

    /** This mention as a later sentence shows it: a protest whose crowd then hurled stones was a riot. */
    public EventMention retyped(EventType newType, @Nullable Actor newActor1, @Nullable Actor newActor2,
                                List<Evidence> moreEvidence) {
        List<Evidence> e = new ArrayList<>(evidence);
        e.addAll(moreEvidence);
        return new EventMention(id, report, sentence, newType, weapon, newActor1, newActor2, place, geoPrecision, time,
                fatalities, injuries, outcomes, claims, e);
    }

    /** This mention with the weapon a later sentence names ("Three rockets landed inside the perimeter"). */
    public EventMention armed(String newWeapon, List<Evidence> moreEvidence) {
        List<Evidence> e = new ArrayList<>(evidence);
        e.addAll(moreEvidence);
        return new EventMention(id, report, sentence, type, newWeapon, actor1, actor2, place, geoPrecision, time,
                fatalities, injuries, outcomes, claims, e);
    }

    /** The last sentence that told of this event: its own, or a later one whose details it took in. */
    public int lastSentence() {
        int last = sentence;
        for (Evidence e : evidence) if (e.report().equals(report)) last = Math.max(last, e.sentence());
        return last;
    }

    /** Tolls only rise as bodies are found and the wounded die: of two counts for one event, the larger is the later. */
    public static @Nullable Integer larger(@Nullable Integer a, @Nullable Integer b) {
        if (a == null) return b;
        if (b == null) return a;
        return Math.max(a, b);
    }
}
