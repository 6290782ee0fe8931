package io.scoreledger.command.identity;

import io.scoreledger.ids.TenantId;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.time.Instant;
import java.util.regex.Pattern;

final class IdentityRules {

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");

    private IdentityRules() {}

    static void requireSha256(String field, String value) {
        if (value == null || !SHA256_HEX.matcher(value).matches()) {
            throw new InvalidCommandException(field, "The " + field + " must be a lowercase hex SHA-256.");
        }
    }

    static void requireAfter(String field, Instant value, Instant reference) {
        if (value == null || !value.isAfter(reference)) {
            throw new InvalidCommandException(field, "The " + field + " must lie in the future.");
        }
    }

    /** Another tenant's resource is answered exactly like a missing one. */
    static void requireSameTenant(TenantId owner, TenantId caller, String what) {
        if (!owner.equals(caller)) {
            throw new UnknownResourceException(what + " not found.");
        }
    }
}
