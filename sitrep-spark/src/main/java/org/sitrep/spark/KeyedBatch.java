package org.sitrep.spark;

import java.io.Serializable;

/** A {@link MentionBatch} as JSON with the key it is merged under. */
record KeyedBatch(MergeKey key, String batch) implements Serializable {
}
