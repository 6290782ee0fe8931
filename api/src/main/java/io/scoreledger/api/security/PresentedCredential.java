package io.scoreledger.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A bearer credential as it arrived, before any provider has vouched for it. */
final class PresentedCredential extends AbstractAuthenticationToken {

    private final String token;

    PresentedCredential(String token) {
        super(List.of());
        this.token = token;
        setAuthenticated(false);
    }

    String token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return token;
    }

    @Override
    public Object getPrincipal() {
        return null;
    }

    @Override
    public String toString() {
        return "PresentedCredential[redacted]";
    }
}
