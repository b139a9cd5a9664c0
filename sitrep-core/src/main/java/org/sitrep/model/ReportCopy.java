package org.sitrep.model;

/**
 * A stored link from a report to the earlier report whose text it nearly duplicates (a wire copy, a syndicated
 * rewrite), with their estimated resemblance (0 to 1). {@code duplicateOf} is the first text of the chain.
 */
public record ReportCopy(String report, String duplicateOf, double similarity) {
}
