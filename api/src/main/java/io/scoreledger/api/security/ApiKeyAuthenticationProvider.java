package io.scoreledger.api.security;

import io.scoreledger.identity.queries.ApiKeyCredential;
import io.scoreledger.identity.queries.FindApiKeyCredential;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.ids.UserId;
import io.scoreledger.values.Role;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/**
 * Verifies crp.… keys against the stored hash; revocation and expiry hold from the next request, on every node. A key
 * acts for its creator, so it stops when the creator is deactivated and holds no more than the creator holds now.
 */
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
        var caller = Caller.OPERATOR_ID.equals(credential.issuedBy())
                ? Caller.apiKey(credential, Role.SUPER_ADMIN, Set.of())
                : activeCreator(credential)
                        .map(creator -> Caller.apiKey(credential, creator.role(), creator.clientIds()))
                        .orElseThrow(() -> new BadCredentialsException("API key of a deactivated or unknown user"));
        usage.used(credential.id(), now);
        return new CallerAuthentication(caller, Credential.of(Credential.Type.API_KEY));
    }

    private Optional<UserView> activeCreator(ApiKeyCredential credential) {
        if (!UserId.isWellFormed(credential.issuedBy())) {
            return Optional.empty();
        }
        return queries.query(
                        new GetUser(credential.tenantId(), new UserId(credential.issuedBy())), GetUser.Result.class)
                .join()
                .found()
                .filter(UserView::active);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
