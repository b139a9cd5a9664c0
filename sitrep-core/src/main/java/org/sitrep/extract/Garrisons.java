package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.refdata.TsvRows;

/**
 * Forces stationed at a site ({@code garrisons.tsv}): an attack on "the Conoco base" with no target named hits the
 * US troops there, as ACLED codes it. Immutable.
 */
final class Garrisons {
    record Garrison(String place, String actor, LocalDate from, LocalDate to) {
    }

    private final Map<String, List<Garrison>> byPlace;

    private Garrisons(List<Garrison> rows) {
        Map<String, List<Garrison>> m = new HashMap<>();
        for (Garrison g : rows) m.computeIfAbsent(g.place(), k -> new ArrayList<>()).add(g);
        this.byPlace = Map.copyOf(m);
    }

    static Garrisons bundled() {
        return new Garrisons(TsvRows.map(TsvRows.resource(Garrisons.class, "garrisons.tsv"), r -> {
            String to = r.get("to");
            LocalDate from = LocalDate.parse(r.required("from"));
            LocalDate until = to.isEmpty() ? LocalDate.MAX : LocalDate.parse(to);
            if (until.isBefore(from)) throw r.fail("to before from");
            return new Garrison(r.required("place"), r.required("actor"), from, until);
        }));
    }

    /** The actor stationed at the place on the day, if the table knows one. */
    Optional<String> at(String placeId, LocalDate day) {
        for (Garrison g : byPlace.getOrDefault(placeId, List.of())) {
            if (!day.isBefore(g.from()) && !day.isAfter(g.to())) return Optional.of(g.actor());
        }
        return Optional.empty();
    }
}
