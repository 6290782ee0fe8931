package io.scoreledger.integration;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The external services a client's credentials can be configured for. */
public enum IntegrationType {
    CONNECTWISE,
    HUNTRESS,
    AUTOTASK,
    DATTO,
    NINJAONE,
    SENTINELONE,
    CROWDSTRIKE,
    MICROSOFT365,
    GOOGLE_WORKSPACE,
    OTHER;

    public static final String WIRE_NAMES =
            Arrays.stream(values()).map(IntegrationType::wireName).collect(Collectors.joining(", "));

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IntegrationType> fromWireName(String value) {
        return Arrays.stream(values())
                .filter(type -> type.wireName().equals(value))
                .findFirst();
    }
}
