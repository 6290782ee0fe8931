package io.scoreledger.rules;

/** A command that breaks an input rule; the api answers 422 VALIDATION_ERROR with the field named. */
public class InvalidCommandException extends RuntimeException {

    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
