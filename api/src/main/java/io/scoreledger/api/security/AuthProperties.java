package io.scoreledger.api.security;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How callers authenticate: JWTs from an identity provider, browser sessions, API keys.
 *
 * @param jwt              JWTs from an OIDC provider such as Auth0.
 * @param session          The crp_session cookie.
 * @param apiKeyUsageFlush How often API keys' last-used times are written to the database, in one batch.
 */
@ConfigurationProperties("scoreledger.auth")
public record AuthProperties(
        @DefaultValue Jwt jwt,
        @DefaultValue Session session,
        @DefaultValue("PT10S") Duration apiKeyUsageFlush) {

    /**
     * JWTs are checked for signature, issuer, audience and expiry; with no issuer set, none is accepted.
     *
     * @param issuer            The identity provider's issuer (iss), e.g. https://your-tenant.eu.auth0.com/. Empty: no
     *                          JWT is accepted.
     * @param audience          Required with an issuer: the API identifier every token's aud must contain.
     * @param jwkSetUri         Where the signing keys are published, e.g.
     *                          https://your-tenant.eu.auth0.com/.well-known/jwks.json.
     * @param publicKeyLocation Instead of a JWKS URI: an RSA public key (PEM, X.509), e.g.
     *                          file:/etc/scoreledger/idp.pem.
     * @param clockSkew         Tolerance for a token's exp and nbf.
     */
    public record Jwt(
            @Nullable String issuer,
            @Nullable String audience,
            @Nullable String jwkSetUri,
            @Nullable String publicKeyLocation,
            @DefaultValue("PT60S") Duration clockSkew) {}

    /**
     * @param ttl          Lifetime of a crp_session.
     * @param secureCookie Whether the session cookie is marked Secure; false only for local plain-http use, or
     *                     browsers send it nowhere.
     */
    public record Session(
            @DefaultValue("PT12H") Duration ttl,
            @DefaultValue("true") boolean secureCookie) {}
}
