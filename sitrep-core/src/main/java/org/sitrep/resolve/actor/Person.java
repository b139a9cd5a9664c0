package org.sitrep.resolve.actor;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A person with a dated role: {@code titles} held at {@code organisation} (an actor id) from {@code from} to {@code to}. */
public record Person(String id, String name, List<String> aliases, List<String> titles, String organisation,
                     @Nullable LocalDate from, @Nullable LocalDate to) {
    public Person {
        aliases = List.copyOf(aliases);
        titles = List.copyOf(titles);
    }

    /** True when the role was held on {@code date} (or the date is unknown). */
    public boolean inOffice(@Nullable LocalDate date) {
        if (date == null) return true;
        return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
    }
}
