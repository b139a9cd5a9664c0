/**
 * Near-duplicate reports: wire copies and syndicated rewrites of one text, found by MinHash over word shingles of
 * the cleaned report text, so that twenty copies count as one source with twenty outlets. The pipeline links each
 * report to the stored one it copies ({@code org.sitrep.pipeline.CopyFinder}); the store keeps the fingerprints.
 */
@NullMarked
package org.sitrep.dedup;

import org.jspecify.annotations.NullMarked;
