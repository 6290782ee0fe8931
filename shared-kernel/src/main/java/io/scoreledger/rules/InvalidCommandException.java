package io.scoreledger.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A command that breaks input rules; the api answers 422 VALIDATION_ERROR with every field named. */
public class InvalidCommandException extends RuntimeException {

    private final Map<String, List<String>> problems;

    public InvalidCommandException(String field, String message) {
        this(Map.of(field, List.of(message)));
    }

    /** Every bad field at once, each with its messages, in the order they were found. */
    public InvalidCommandException(Map<String, List<String>> problems) {
        super(problems.values().iterator().next().getFirst());
        this.problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems));
    }

    /** The first bad field. */
    public String field() {
        return problems.keySet().iterator().next();
    }

    public Map<String, List<String>> problems() {
        return problems;
    }
}
