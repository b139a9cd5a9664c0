package org.sitrep.resolve.actor;

import org.jspecify.annotations.Nullable;

/**
 * An actor found in a phrase. When the phrase names a person, {@code person} is set and {@code actor} is the
 * organisation the person spoke or acted for on that date.
 */
public record ActorMatch(Actor actor, @Nullable Person person, String text) {
    /** The name to show for a speaker: the person where there is one, else the actor. */
    public String speakerName() {
        return person != null ? person.name() : actor.name();
    }
}
