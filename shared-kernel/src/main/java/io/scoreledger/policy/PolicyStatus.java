package io.scoreledger.policy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A policy's lifecycle stage; the wire name is the lowercase name, as the seed shows ("published"). */
public enum PolicyStatus {
    DRAFT,
    PUBLISHED,
    APPROVED,
    REJECTED,
    ARCHIVED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<PolicyStatus> fromWireName(String name) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(name)).findFirst();
    }
}
