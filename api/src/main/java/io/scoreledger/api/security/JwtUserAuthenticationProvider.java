package io.scoreledger.api.security;

import io.scoreledger.api.web.ReadYourWrites;
import io.scoreledger.identity.commands.LinkUserIdentity;
import io.scoreledger.identity.queries.FindUserByIdentity;
import io.scoreledger.identity.queries.IsAccessTokenRevoked;
import io.scoreledger.identity.queries.UserView;
import io.scoreledger.rules.ConflictException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * A JWT proves identity only. Who the holder is here (role, company, permissions) comes from the user directory:
 * matched by subject, or by verified e-mail on first use, when the subject is linked to the user.
 */
final class JwtUserAuthenticationProvider implements AuthenticationProvider {

    private final JwtDecoder decoder;
    private final QueryGateway queries;
    private final CommandGateway commands;
    private final ReadYourWrites readYourWrites;
    private final Clock clock;

    JwtUserAuthenticationProvider(
            JwtDecoder decoder,
            QueryGateway queries,
            CommandGateway commands,
            ReadYourWrites readYourWrites,
            Clock clock) {
        this.decoder = decoder;
        this.queries = queries;
        this.commands = commands;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (PresentedCredential) authentication;
        if (!presented.looksLikeJwt()) {
            return null;
        }
        Jwt jwt;
        try {
            jwt = decoder.decode(presented.token());
        } catch (JwtException e) {
            throw new BadCredentialsException("Invalid JWT: " + e.getClass().getSimpleName(), e);
        }
        var tokenHash = Hashing.sha256Hex(presented.token());
        if (queries.query(new IsAccessTokenRevoked(tokenHash), IsAccessTokenRevoked.Result.class)
                .join()
                .revoked()) {
            throw new BadCredentialsException("Logged-out JWT");
        }
        var user = queries.query(
                        new FindUserByIdentity(jwt.getSubject(), verifiedEmail(jwt)), FindUserByIdentity.Result.class)
                .join()
                .found()
                .filter(UserView::active)
                .orElseThrow(UnknownUserException::new);
        if (user.subject() == null) {
            link(user, jwt.getSubject());
        }
        return new CallerAuthentication(
                Caller.user(user), new Credential(Credential.Type.JWT, tokenHash, null, jwt.getExpiresAt()));
    }

    /**
     * Only an address the identity provider has verified may link a directory user on first sign-in: anyone can sign
     * up there with somebody else's address, unverified.
     */
    private static String verifiedEmail(Jwt jwt) {
        Object verified = jwt.getClaims().get("email_verified");
        boolean isVerified = Boolean.TRUE.equals(verified) || "true".equals(verified);
        return isVerified ? jwt.getClaimAsString("email") : null;
    }

    /** First sign-in: bind the subject, and wait until the directory answers by subject, so the next request finds it. */
    private void link(UserView user, String subject) {
        try {
            commands.sendAndWait(new LinkUserIdentity(
                    user.tenantId(), user.id(), subject, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (ConflictException | IllegalArgumentException e) {
            throw new UnknownUserException();
        }
        readYourWrites.await(
                new FindUserByIdentity(subject, null),
                FindUserByIdentity.Result.class,
                result -> result.found().isPresent());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
