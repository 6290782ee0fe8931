package io.scoreledger.rules;

/** The command names something that does not exist for its tenant; the api answers 404 NOT_FOUND. */
public class UnknownResourceException extends RuntimeException {

    public UnknownResourceException(String message) {
        super(message);
    }
}
