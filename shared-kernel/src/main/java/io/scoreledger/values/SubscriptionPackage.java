package io.scoreledger.values;

import java.util.Arrays;
import java.util.Optional;

public enum SubscriptionPackage {
    PROFESSIONAL("professional"),
    PLUS("plus"),
    ENTERPRISE("enterprise");

    private final String wireName;

    SubscriptionPackage(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<SubscriptionPackage> fromWireName(String name) {
        return Arrays.stream(values()).filter(p -> p.wireName.equals(name)).findFirst();
    }
}
