package io.scoreledger.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A credential as it arrived (bearer token, API key or session cookie), before any provider has vouched for it. */
final class PresentedCredential extends AbstractAuthenticationToken {

    enum Source {
        BEARER,
        API_KEY_HEADER,
        SESSION_COOKIE
    }

    private final String token;
    private final Source source;

    PresentedCredential(String token, Source source) {
        super(List.of());
        this.token = token;
        this.source = source;
        setAuthenticated(false);
    }

    String token() {
        return token;
    }

    Source source() {
        return source;
    }

    boolean looksLikeApiKey() {
        return token.startsWith(ApiKeys.PREFIX);
    }

    boolean looksLikeJwt() {
        return source == Source.BEARER
                && !looksLikeApiKey()
                && token.chars().filter(c -> c == '.').count() == 2;
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
        return "PresentedCredential[" + source + ", redacted]";
    }
}
