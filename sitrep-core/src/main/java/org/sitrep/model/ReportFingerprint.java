package org.sitrep.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A report's near-duplicate fingerprint as the store keeps it (computed by {@code org.sitrep.dedup}): the MinHash
 * {@code signature}, how many word shingles the text had, the LSH {@code buckets} it is filed under, and the
 * earlier report it copies ({@code duplicateOf}, always the first text of a chain of copies) with their estimated
 * resemblance. Kept so that a later report is compared with the reports sharing a bucket without re-reading any
 * text. Read back from the store, {@code buckets} is empty.
 */
public record ReportFingerprint(String report, List<Long> signature, int shingles, List<Long> buckets,
                                @Nullable String duplicateOf, @Nullable Double similarity) {
    public ReportFingerprint {
        if (report == null || report.isBlank()) throw new IllegalArgumentException("report id is required");
        if ((duplicateOf == null) != (similarity == null)) {
            throw new IllegalArgumentException("duplicateOf and similarity go together");
        }
        signature = List.copyOf(signature);
        buckets = List.copyOf(buckets);
    }

    public boolean isCopy() {
        return duplicateOf != null;
    }
}
