package io.scoreledger.api.security;

import io.scoreledger.identity.queries.FindSession;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.identity.queries.UserView;
import java.time.Clock;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;

/** The crp_session cookie: open, unexpired, and its user still active. */
final class SessionAuthenticationProvider implements AuthenticationProvider {

    private final QueryGateway queries;
    private final Clock clock;

    SessionAuthenticationProvider(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (PresentedCredential) authentication;
        if (presented.source() != PresentedCredential.Source.SESSION_COOKIE) {
            return null;
        }
        var tokenHash = Hashing.sha256Hex(presented.token());
        var session = queries.query(new FindSession(tokenHash), FindSession.Result.class)
                .join()
                .found()
                .filter(s -> s.endedAt() == null && clock.instant().isBefore(s.expiresAt()))
                .orElseThrow(() -> new BadCredentialsException("Unknown, ended or expired session"));
        var user = queries.query(new GetUser(session.tenantId(), session.userId()), GetUser.Result.class)
                .join()
                .found()
                .filter(UserView::active)
                .orElseThrow(UnknownUserException::new);
        return new CallerAuthentication(
                Caller.user(user),
                new Credential(Credential.Type.SESSION, tokenHash, session.id(), session.expiresAt()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
