package io.scoreledger.rules;

/** The command is well-formed but the current state forbids it; the api answers 409 CONFLICT. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
