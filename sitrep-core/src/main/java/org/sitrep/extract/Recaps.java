package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.sitrep.resolve.place.Place;

/**
 * The recap of a liveblog, an advisory or a roundup: a sentence under a label such as "Summary:", "To recap:",
 * "KEY POINTS:" or "Recap of the day so far:" (cues.tsv kind recap) retells in a line what the report tells at
 * length elsewhere, before or after it. Its events are those told elsewhere: a recap's event that has a
 * counterpart outside the recaps (the same family at the same place, dated within days) is that event again, and its
 * own date and toll, read from a list with no day of its own ("this morning's strike; a man killed in Nikopol"),
 * are the weaker. Stateless.
 */
final class Recaps {
    /** A label ends at its colon within this many characters of the sentence's start. */
    private static final int LABEL_CHARS = 60;
    /** A recap may date an event by the day it was written; the event it retells may be days older. */
    private static final int DAYS = 3;

    private Recaps() {
    }

    /** Whether the sentence opens with a recap's label: words before its first ": " holding a recap cue. */
    static boolean opens(String text, Lexicon lexicon) {
        int colon = text.indexOf(": ");
        if (colon < 0 || colon > LABEL_CHARS) return false;
        String label = " " + text.substring(0, colon).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]+", " ") + " ";
        for (String cue : lexicon.recapCues()) if (label.contains(" " + cue + " ")) return true;
        return false;
    }

    /** The mentions without those of recap sentences that retell a mention told outside the recaps. */
    static List<EventMention> fold(List<EventMention> mentions, Set<Integer> recapSentences) {
        if (recapSentences.isEmpty()) return mentions;
        List<EventMention> out = new ArrayList<>();
        for (EventMention m : mentions) {
            boolean retold = recapSentences.contains(m.sentence()) && mentions.stream()
                    .anyMatch(o -> !recapSentences.contains(o.sentence()) && sameEvent(m, o));
            if (!retold) out.add(m);
        }
        return out;
    }

    /**
     * The same family (or, for organised violence, any violent family) at the same place (or a part of it named by
     * its direction), dated within days. Only the same place: a recap's "a man killed in Nikopol" is not the strike on
     * the nuclear plant across the river that the report tells at length.
     */
    private static boolean sameEvent(EventMention m, EventMention o) {
        // A recap's line is too short to type its event surely: "its deadliest attack in Kabul" is the suicide
        // bombing told at length, whatever family the line alone would give.
        if (!m.type().family().equals(o.type().family()) && !(m.type().isViolence() && o.type().isViolence())) return false;
        if (!m.time().isKnown() || !o.time().isKnown() || m.time().from().isAfter(o.time().to().plusDays(DAYS))
                || o.time().from().isAfter(m.time().to().plusDays(DAYS))) return false;
        Place a = m.place(), b = o.place();
        return a != null && b != null && (a.id().equals(b.id()) || partOf(a, b) || partOf(b, a));
    }

    /** "the central Red Sea" of "the Red Sea": a part named by its direction is the same place to a recap. */
    private static boolean partOf(Place part, Place whole) {
        return part.kind() == Place.Kind.REGION && part.id().startsWith("region:") && part.id().endsWith(":" + whole.id());
    }
}
