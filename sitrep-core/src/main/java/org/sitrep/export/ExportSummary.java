package org.sitrep.export;

/**
 * How many records of each kind an export wrote, and how many events it left out for lack of coordinates (only
 * GeoJSON leaves any out), so that a command can say so: "3 events without coordinates left out".
 */
public record ExportSummary(int reports, int events, int tallies, int statements, int eventsWithoutCoordinates) {
}
