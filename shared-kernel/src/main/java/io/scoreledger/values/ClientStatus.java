package io.scoreledger.values;

public enum ClientStatus {
    ACTIVE,
    INACTIVE
}
