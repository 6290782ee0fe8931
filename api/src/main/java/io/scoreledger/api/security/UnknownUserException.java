package io.scoreledger.api.security;

import org.springframework.security.core.AuthenticationException;

/** A valid identity with no active user behind it: answered 403, not 401, since the token itself is fine. */
final class UnknownUserException extends AuthenticationException {

    UnknownUserException() {
        super("No active user matches this identity.");
    }
}
