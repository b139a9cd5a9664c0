package org.sitrep.store;

/** An actor's canonical name and the number of events it is actor1 or actor2 of. */
public record ActorCount(String name, int events) {
}
