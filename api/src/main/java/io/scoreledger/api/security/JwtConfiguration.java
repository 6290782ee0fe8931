package io.scoreledger.api.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

/**
 * JWTs from an OIDC provider such as Auth0, checked by Spring Security: signature (JWKS URI or a configured RSA public
 * key), issuer, audience, and expiry (required) with a small clock skew. Without an issuer configured, no JWT is accepted.
 */
@Configuration
@ConditionalOnExpression("'${scoreledger.auth.jwt.issuer:}' != ''")
class JwtConfiguration {

    @Bean
    JwtDecoder jwtDecoder(AuthProperties auth, ResourceLoader resources) throws IOException {
        String issuer = Objects.requireNonNull(auth.jwt().issuer());
        String audience = auth.jwt().audience();
        String jwkSetUri = auth.jwt().jwkSetUri();
        String publicKeyLocation = auth.jwt().publicKeyLocation();
        Duration clockSkew = auth.jwt().clockSkew();
        NimbusJwtDecoder decoder;
        if (StringUtils.hasText(jwkSetUri)) {
            decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        } else if (StringUtils.hasText(publicKeyLocation)) {
            decoder = NimbusJwtDecoder.withPublicKey(publicKey(resources.getResource(publicKeyLocation)))
                    .build();
        } else {
            throw new IllegalStateException(
                    "scoreledger.auth.jwt.issuer is set: also set scoreledger.auth.jwt.jwk-set-uri or .public-key-location");
        }
        if (!StringUtils.hasText(audience)) {
            throw new IllegalStateException(
                    "scoreledger.auth.jwt.issuer is set: also set scoreledger.auth.jwt.audience");
        }
        OAuth2TokenValidator<Jwt> audienceValidator =
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience));
        // The timestamp validator lets a token without exp through, and such a token would never expire.
        OAuth2TokenValidator<Jwt> expiryRequired = new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                expiryRequired,
                new JwtTimestampValidator(clockSkew),
                new JwtIssuerValidator(issuer),
                audienceValidator));
        return decoder;
    }

    private static RSAPublicKey publicKey(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return RsaKeyConverters.x509().convert(in);
        }
    }
}
