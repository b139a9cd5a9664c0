/**
 * Scoring against gold: reads gold files (../shared/gold/FORMAT.md), matches what Sitrep stored to the gold events,
 * tallies and statements, and computes precision, recall, F1 and per-field accuracy. Not a pipeline stage: it reads
 * the store after the pipeline ran.
 */
@NullMarked
package org.sitrep.eval;

import org.jspecify.annotations.NullMarked;
