package org.sitrep.resolve.place;

import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Phrase;

/** A place named in a sentence, resolved, with the precision the wording gives ("near X" is {@code NEAR}). */
public record PlaceMention(Phrase phrase, Place place, GeoPrecision precision) {
}
