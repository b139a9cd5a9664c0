package org.sitrep.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.EventType;
import org.sitrep.refdata.TsvRows;

/**
 * Who alone strikes a country from the air in a war ({@code sole-attackers.tsv}): an air strike in Gaza that no one
 * is named for is Israel's, as ACLED codes it. Immutable.
 */
final class SoleAttackers {
    record Row(String country, EventType type, Set<String> weapons, String actor, LocalDate from, LocalDate to) {
    }

    private final List<Row> rows;

    private SoleAttackers(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    static SoleAttackers bundled() {
        return new SoleAttackers(TsvRows.map(TsvRows.resource(SoleAttackers.class, "sole-attackers.tsv"), r -> {
            EventType type;
            try {
                type = EventType.valueOf(r.required("type"));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown type " + r.get("type"));
            }
            String to = r.get("to");
            LocalDate from = LocalDate.parse(r.required("from"));
            LocalDate until = to.isEmpty() ? LocalDate.MAX : LocalDate.parse(to);
            if (until.isBefore(from)) throw r.fail("to before from");
            return new Row(r.required("country"), type, Set.copyOf(r.list("weapons")), r.required("actor"), from, until);
        }));
    }

    /** The one side that strikes the country so on the day, if the table knows one. */
    Optional<String> of(@Nullable String country, EventType type, @Nullable String weapon, LocalDate day) {
        if (country == null) return Optional.empty();
        for (Row r : rows) {
            if (r.country().equals(country) && r.type() == type && !day.isBefore(r.from()) && !day.isAfter(r.to())
                    && (r.weapons().isEmpty() || weapon != null && r.weapons().contains(weapon))) {
                return Optional.of(r.actor());
            }
        }
        return Optional.empty();
    }
}
