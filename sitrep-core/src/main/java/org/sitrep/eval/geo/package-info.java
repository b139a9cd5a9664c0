/**
 * Geoparsing evaluation: reads the public geoparsing corpora (GeoWebNews, LGL, TR-News, GeoVirus; see
 * ../shared/benchmarks/geoparsing/SOURCE.md) and computes the standard figures: accuracy within 161 km, the AUC of
 * the log error curve, mean error, and toponym recognition precision, recall and F1 by span overlap.
 */
@NullMarked
package org.sitrep.eval.geo;

import org.jspecify.annotations.NullMarked;
