package org.sitrep.resolve.place;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sitrep.refdata.TsvRows;

/**
 * The nouns with which reports say what kind of place a name is ({@code place-division-words.tsv}): "the village
 * of X", "the X district of Y", "X governorate". Immutable; thread-safe.
 */
public record PlaceWords(Map<String, Level> levels) {
    /** What the noun says of the name it goes with. */
    public enum Level {
        /** A town, village or part of one ("village", "neighbourhood", "camp"): the name is its own point. */
        SETTLEMENT,
        /** A division named after its main town ("district", "locality", "township"): near the town's point. */
        DISTRICT,
        /** A first-level region ("province", "governorate", "oblast"): a town of the name stands for its region. */
        PROVINCE,
        /** Joined to a name by a hyphen, makes it a ship's papers, not a place ("Liberia-flagged", "Greek-owned"). */
        ATTRIBUTE
    }

    public PlaceWords {
        levels = Map.copyOf(levels);
    }

    private static final String FILE = "place-division-words.tsv";

    /** The bundled list. */
    public static PlaceWords bundled() {
        return of(TsvRows.resource(PlaceWords.class, FILE));
    }

    static PlaceWords of(List<TsvRows.Row> rows) {
        Map<String, Level> out = new HashMap<>();
        for (TsvRows.Row r : rows) {
            Level level;
            try {
                level = Level.valueOf(r.required("level").toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw r.fail("unknown level " + r.get("level"));
            }
            if (out.put(r.required("word").toLowerCase(Locale.ROOT), level) != null) throw r.fail("duplicate word");
        }
        return new PlaceWords(out);
    }

    /** The level of a word as written (any case); empty when it names no kind of place. */
    public Optional<Level> level(String word) {
        return Optional.ofNullable(levels.get(word.toLowerCase(Locale.ROOT)));
    }

    public boolean isKind(String word) {
        Level l = levels.get(word.toLowerCase(Locale.ROOT));
        return l != null && l != Level.ATTRIBUTE;
    }
}
