package org.sitrep.store;

import java.time.LocalDate;

/** How many events start on {@code day}: one bar of a timeline. */
public record DayCount(LocalDate day, int events) {
}
