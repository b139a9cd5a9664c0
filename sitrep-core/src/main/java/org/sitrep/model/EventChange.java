package org.sitrep.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One field of an event changed by a report: its value before and after, as text ({@code null} when unset). The
 * field names are those of the record format ({@code fatalities}, {@code status}, {@code actor1}, ...); {@code claims}
 * lists each assertion as "kind by date", {@code reports} is the number of reports.
 */
public record EventChange(String field, @Nullable String before, @Nullable String after) {
    private record Field(String name, Function<Event, @Nullable Object> value) {
    }

    private static final List<Field> FIELDS = List.of(
            new Field("sub_event_type", e -> e.type().label()),
            new Field("date", Event::date),
            new Field("date_precision", e -> e.datePrecision().code()),
            new Field("actor1", Event::actor1),
            new Field("actor2", Event::actor2),
            new Field("location", Event::location),
            new Field("geo_precision", Event::geoPrecision),
            new Field("weapon", Event::weapon),
            new Field("status", e -> e.status().code()),
            new Field("claims", EventChange::claims),
            new Field("fatalities", Event::fatalities),
            new Field("injuries", Event::injuries),
            new Field("outcome", Event::outcome),
            new Field("reports", e -> e.reports().size()));

    /** The fields that differ from {@code before} (null: the event is new) to {@code after}, in record order. */
    public static List<EventChange> between(@Nullable Event before, Event after) {
        List<EventChange> out = new ArrayList<>();
        for (Field f : FIELDS) {
            String b = before == null ? null : text(f.value().apply(before));
            String a = text(f.value().apply(after));
            if (!Objects.equals(a, b)) out.add(new EventChange(f.name(), b, a));
        }
        return out;
    }

    private static @Nullable String claims(Event e) {
        if (e.claims().isEmpty()) return null;
        List<String> out = new ArrayList<>();
        for (Claim c : e.claims()) out.add(c.kind().code() + " " + c.by() + (c.date() == null ? "" : " " + c.date()));
        return String.join("; ", out);
    }

    private static @Nullable String text(@Nullable Object v) {
        return v == null ? null : v.toString();
    }
}
