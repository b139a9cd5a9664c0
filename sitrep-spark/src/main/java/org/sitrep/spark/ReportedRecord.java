package org.sitrep.spark;

import java.io.Serializable;

/** A tally or statement as JSON, with the input order of its report and its place among that report's records. */
record ReportedRecord(String order, int position, String json) implements Serializable {
}
