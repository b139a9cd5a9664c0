package org.sitrep.store;

/**
 * The store could not open, migrate, read or write its database. The message names what was being done and, for a
 * write, the report; the cause carries the database's own error. Unchecked because no caller can repair a broken
 * database mid-run: the per-report runner records it and goes on, a command reports it and stops.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
