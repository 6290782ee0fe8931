package io.scoreledger.integration;

import java.util.Locale;

public enum IntegrationCredentialStatus {
    ACTIVE,
    REVOKED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
