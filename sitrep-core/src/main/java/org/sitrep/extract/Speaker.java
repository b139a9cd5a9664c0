package org.sitrep.extract;

import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.time.TimeValue;

/**
 * Who says something in a sentence: the subject of a reporting verb ("said", "claimed"), resolved where the
 * registry knows it; {@code verb} is the reporting verb's token; {@code time} when the saying happened.
 */
record Speaker(Phrase phrase, @Nullable ActorMatch match, int verb, String verbLemma, TimeValue time,
               @Nullable String channel, boolean official) {
    String name() {
        return match != null ? match.speakerName() : phrase.text();
    }
}
