package org.sitrep.serve;

/**
 * A request the API refuses, with the HTTP status and the one line the client sees in the JSON error body. Thrown
 * by handlers and turned into a response by {@link SitrepServer}; never carries a stack trace to the client.
 */
final class ApiException extends RuntimeException {
    private final int status;

    ApiException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    int status() {
        return status;
    }
}
