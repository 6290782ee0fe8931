package io.scoreledger.command.identity;

import io.scoreledger.ids.UserId;

/**
 * E-mail addresses are unique across the directory, because a JWT is matched to its user by e-mail on first sign-in.
 * A claim is recorded in the same transaction as the event append, so it rolls back with a failed command.
 */
@FunctionalInterface
public interface EmailClaims {

    /** False when another user already holds the address. */
    boolean claim(String normalizedEmail, UserId userId);
}
