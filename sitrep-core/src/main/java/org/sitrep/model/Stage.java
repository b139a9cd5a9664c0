package org.sitrep.model;

/**
 * One per-report step of the pipeline: takes one record and returns the next. Implementations are immutable,
 * built once with their configuration and loaded data, and one instance serves every thread.
 */
@FunctionalInterface
public interface Stage<I, O> {
    O apply(I input) throws RejectedInputException;

    /** This stage followed by {@code next}, as Lucene filters wrap one another. */
    default <R> Stage<I, R> then(Stage<? super O, ? extends R> next) {
        return input -> next.apply(apply(input));
    }
}
