package io.scoreledger.assessment.model;

import java.util.Arrays;
import java.util.Optional;

/** How a question is answered; the wire names are the seeds' snake_case. */
public enum AnswerType {
    YES_NO("yes_no"),
    SCALE_0_5("scale_0_5"),
    TEXT("text");

    private final String wireName;

    AnswerType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<AnswerType> fromWireName(String name) {
        return Arrays.stream(values())
                .filter(type -> type.wireName.equals(name))
                .findFirst();
    }
}
