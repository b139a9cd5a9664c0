package org.sitrep.store;

import org.jspecify.annotations.Nullable;

/** A place events happened at (gazetteer id and name, either may be missing), with its point and event count. */
public record PlaceCount(@Nullable String placeId, @Nullable String location, @Nullable String admin1,
                         @Nullable String country, @Nullable Double latitude, @Nullable Double longitude, int events) {
}
