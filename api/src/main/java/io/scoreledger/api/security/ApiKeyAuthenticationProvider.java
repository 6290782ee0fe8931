package io.scoreledger.api.security;

import io.scoreledger.identity.queries.FindApiKeyCredential;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** Verifies crp.… keys against the stored hash; revocation and expiry hold from the next request, on every node. */
final class ApiKeyAuthenticationProvider implements AuthenticationProvider {

    private final QueryGateway queries;
    private final ApiKeyUsageRecorder usage;
    private final Clock clock;

    ApiKeyAuthenticationProvider(QueryGateway queries, ApiKeyUsageRecorder usage, Clock clock) {
        this.queries = queries;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (PresentedCredential) authentication;
        if (!presented.looksLikeApiKey() || presented.source() == PresentedCredential.Source.SESSION_COOKIE) {
            return null;
        }
        var parts = ApiKeys.parse(presented.token());
        if (parts == null) {
            throw new BadCredentialsException("Malformed API key");
        }
        var credential = queries.query(new FindApiKeyCredential(parts.lookup()), FindApiKeyCredential.Result.class)
                .join()
                .found()
                .filter(key -> Hashing.matchesSha256Hex(parts.secret(), key.secretSha256()))
                .orElseThrow(() -> new BadCredentialsException("Unknown API key"));
        var now = clock.instant();
        if (credential.revokedAt() != null) {
            throw new BadCredentialsException("Revoked API key");
        }
        if (credential.expiresAt() != null && !now.isBefore(credential.expiresAt())) {
            throw new BadCredentialsException("Expired API key");
        }
        usage.used(credential.id(), now);
        return new CallerAuthentication(Caller.apiKey(credential), Credential.of(Credential.Type.API_KEY));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
