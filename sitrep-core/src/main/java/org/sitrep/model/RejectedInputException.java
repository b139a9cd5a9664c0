package org.sitrep.model;

/**
 * An input that cannot be read or processed. Its message is one line that names the input and the reason,
 * e.g. {@code reports/a.html: no article text found}; it is shown to users as is, never with a stack trace.
 */
public final class RejectedInputException extends Exception {
    private final String input;
    private final String reason;

    public RejectedInputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
        this.reason = reason;
    }

    public String input() { return input; }

    public String reason() { return reason; }
}
