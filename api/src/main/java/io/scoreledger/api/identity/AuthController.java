package io.scoreledger.api.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.security.AnyCaller;
import io.scoreledger.api.security.AuthProperties;
import io.scoreledger.api.security.Caller;
import io.scoreledger.api.security.CallerAuthentication;
import io.scoreledger.api.security.Credential;
import io.scoreledger.api.security.Hashing;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.ReadYourWrites;
import io.scoreledger.api.web.RequestClock;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.identity.commands.EndSession;
import io.scoreledger.identity.commands.RevokeAccessToken;
import io.scoreledger.identity.commands.StartSession;
import io.scoreledger.identity.queries.FindSession;
import io.scoreledger.identity.queries.GetUser;
import io.scoreledger.identity.queries.IsAccessTokenRevoked;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.SessionId;
import io.scoreledger.ids.UserId;
import io.scoreledger.tenancy.queries.GetCompany;
import io.scoreledger.values.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication", description = "Profile, logout and server-side sessions.")
class AuthController {

    static final String SESSION_COOKIE = "crp_session";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReadYourWrites readYourWrites;
    private final RequestClock clock;
    private final Duration sessionTtl;
    private final boolean secureCookie;

    AuthController(
            CommandGateway commands,
            QueryGateway queries,
            ReadYourWrites readYourWrites,
            RequestClock clock,
            AuthProperties auth) {
        this.commands = commands;
        this.queries = queries;
        this.readYourWrites = readYourWrites;
        this.clock = clock;
        this.sessionTtl = auth.session().ttl();
        this.secureCookie = auth.session().secureCookie();
    }

    record Profile(
            String id,
            String name,
            @Nullable String email,
            RoleRef role,
            @Nullable CompanyRef company,
            List<String> permissions,
            @JsonProperty("current_client_id") @Nullable String currentClientId) {}

    record RoleRef(
            String id,
            String name,
            @JsonProperty("display_name") String displayName) {}

    @Schema(name = "ProfileCompanyRef")
    record CompanyRef(
            String id,
            String name,
            @JsonProperty("subscription_status") @Nullable String subscriptionStatus) {}

    @GetMapping(path = "/api/v3/auth/user", produces = MediaType.APPLICATION_JSON_VALUE)
    @AnyCaller
    @Operation(
            operationId = "getAuthenticatedUser",
            summary = "The authenticated user's profile, roles and permissions")
    Envelope<Profile> profile(CallerAuthentication authentication) {
        var caller = authentication.getPrincipal();
        if (caller.isApiKey()) {
            throw ApiException.forbidden("API keys have no user profile.");
        }
        if (caller.isOperator()) {
            var role = Role.SUPER_ADMIN;
            return Envelope.of(new Profile(
                    Caller.OPERATOR_ID, "Platform operator", null, roleRef(role), null, role.permissions(), null));
        }
        var user = queries.query(new GetUser(caller.tenantId(), new UserId(caller.actorId())), GetUser.Result.class)
                .join()
                .found()
                .orElseThrow(() -> ApiException.forbidden("No active user matches this identity."));
        var company = queries.query(new GetCompany(user.tenantId()), GetCompany.Result.class)
                .join()
                .company();
        return Envelope.of(new Profile(
                user.id().value(),
                user.name(),
                user.email(),
                roleRef(user.role()),
                new CompanyRef(
                        user.tenantId().value(),
                        user.companyName(),
                        company == null ? null : company.subscriptionStatus()),
                user.role().permissions(),
                user.clientIds().stream()
                        .map(ClientId::value)
                        .sorted()
                        .findFirst()
                        .orElse(null)));
    }

    /** The seed's logout answer, which has no data envelope. */
    record LoggedOut(boolean success, String message) {}

    @PostMapping(path = "/api/v3/auth/logout-user", produces = MediaType.APPLICATION_JSON_VALUE)
    @AnyCaller
    @Operation(
            operationId = "logoutUser",
            summary = "Invalidate the presented JWT, and the sessions opened with it, or the presented session; "
                    + "the same credential gets 401 afterwards")
    @Answers(body = LoggedOut.class, errors = 503)
    ResponseEntity<Map<String, Object>> logout(CallerAuthentication authentication) {
        var caller = authentication.getPrincipal();
        var credential = authentication.credential();
        var response = ResponseEntity.ok();
        switch (credential.type()) {
            case JWT -> {
                commands.sendAndWait(new RevokeAccessToken(
                        caller.tenantId(),
                        new UserId(caller.actorId()),
                        credential.tokenSha256(),
                        credential.expiresAt(),
                        clock.now()));
                awaitVisible(readYourWrites
                        .await(
                                new IsAccessTokenRevoked(credential.tokenSha256()),
                                IsAccessTokenRevoked.Result.class,
                                IsAccessTokenRevoked.Result::revoked)
                        .isPresent());
            }
            case SESSION -> {
                commands.sendAndWait(new EndSession(
                        caller.tenantId(), new UserId(caller.actorId()), credential.sessionId(), clock.now()));
                awaitVisible(readYourWrites
                        .await(
                                new FindSession(credential.tokenSha256()),
                                FindSession.Result.class,
                                result -> result.found()
                                        .map(s -> s.endedAt() != null)
                                        .orElse(false))
                        .isPresent());
                response.header(
                        HttpHeaders.SET_COOKIE, sessionCookie("", Duration.ZERO).toString());
            }
            case OPERATOR_TOKEN ->
                throw ApiException.forbidden(
                        "The operator token cannot be logged out; change SCORELEDGER_OPERATOR_TOKEN instead.");
            case API_KEY ->
                throw ApiException.forbidden("API keys are revoked with DELETE /api/v1/api-keys/{apiKeyId}.");
        }
        return response.body(Map.of("success", true, "message", "User logged out successfully"));
    }

    record SessionResponse(String expiresAt) {}

    @PostMapping(path = "/api/v1/auth/session", produces = MediaType.APPLICATION_JSON_VALUE)
    @AnyCaller
    @Operation(operationId = "startSession", summary = "Exchange a JWT for a server-side session (crp_session cookie)")
    @Answers(status = 201, errors = 503)
    ResponseEntity<Envelope<SessionResponse>> startSession(CallerAuthentication authentication) {
        if (authentication.credential().type() != Credential.Type.JWT) {
            throw ApiException.forbidden("Sessions are opened with a user's JWT.");
        }
        var caller = authentication.getPrincipal();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Arrays.fill(random, (byte) 0);
        String tokenHash = Hashing.sha256Hex(token);
        Instant now = clock.now();
        Instant expiresAt = now.plus(sessionTtl);
        commands.sendAndWait(new StartSession(
                caller.tenantId(),
                new UserId(caller.actorId()),
                SessionId.mint(),
                tokenHash,
                expiresAt,
                now,
                authentication.credential().tokenSha256()));
        awaitVisible(readYourWrites
                .await(
                        new FindSession(tokenHash),
                        FindSession.Result.class,
                        result -> result.found().isPresent())
                .isPresent());
        return ResponseEntity.status(HttpStatus.CREATED)
                .header(HttpHeaders.SET_COOKIE, sessionCookie(token, sessionTtl).toString())
                .body(Envelope.of(new SessionResponse(expiresAt.toString())));
    }

    private ResponseCookie sessionCookie(String value, Duration maxAge) {
        return ResponseCookie.from(SESSION_COOKIE, value)
                .httpOnly(true)
                .secure(secureCookie)
                .sameSite("Lax")
                .path("/")
                .maxAge(maxAge)
                .build();
    }

    private static RoleRef roleRef(Role role) {
        return new RoleRef(role.wireName(), role.wireName(), role.displayName());
    }

    private static void awaitVisible(boolean visible) {
        if (!visible) {
            throw ApiException.notVisibleYet("The change was recorded but is not in effect yet; retry shortly.");
        }
    }
}
