/**
 * Near-duplicate reports: wire copies and syndicated rewrites of one text, found by MinHash over word shingles of
 * the cleaned report text, so that twenty copies count as one source with twenty outlets. Not yet a pipeline
 * stage: the store does not record the links.
 */
@NullMarked
package org.sitrep.dedup;

import org.jspecify.annotations.NullMarked;
