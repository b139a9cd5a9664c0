package org.sitrep.resolve.time;

import org.sitrep.model.Phrase;

/** A time expression found in a sentence and its resolved value. */
public record TimeMention(Phrase phrase, TimeValue value) {
}
