package io.scoreledger.infra.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

/** An identity provider for tests: signs RS256 tokens the way Auth0 would, with a key the application trusts. */
public final class TestJwts {

    public static final String ISSUER = "https://issuer.scoreledger.test/";
    public static final String AUDIENCE = "scoreledger-api";

    private static final KeyPair TRUSTED = newKeyPair();
    private static final KeyPair UNTRUSTED = newKeyPair();
    private static final Path PUBLIC_KEY = writePublicKey();

    private TestJwts() {}

    public static Path publicKeyFile() {
        return PUBLIC_KEY;
    }

    public static String forUser(String subject, String email) {
        return sign(TRUSTED, subject, email, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    public static String signedByUntrustedKey(String subject, String email) {
        return sign(UNTRUSTED, subject, email, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    public static String withIssuer(String issuer, String subject, String email) {
        return sign(TRUSTED, subject, email, issuer, AUDIENCE, Instant.now().plusSeconds(3600));
    }

    public static String withAudience(String audience, String subject, String email) {
        return sign(TRUSTED, subject, email, ISSUER, audience, Instant.now().plusSeconds(3600));
    }

    public static String expiredAt(Instant expiry, String subject, String email) {
        return sign(TRUSTED, subject, email, ISSUER, AUDIENCE, expiry);
    }

    /** As an identity provider that lets anyone sign up with an address it has not verified. */
    public static String withUnverifiedEmail(String subject, String email) {
        return sign(claims(subject, email, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600))
                .claim("email_verified", false)
                .build());
    }

    public static String withoutExpiry(String subject, String email) {
        return sign(claims(subject, email, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600))
                .expirationTime(null)
                .build());
    }

    private static String sign(
            KeyPair keys, String subject, String email, String issuer, String audience, Instant expiry) {
        return sign(keys, claims(subject, email, issuer, audience, expiry).build());
    }

    private static JWTClaimsSet.Builder claims(
            String subject, String email, String issuer, String audience, Instant expiry) {
        return new JWTClaimsSet.Builder()
                .jwtID(java.util.UUID.randomUUID().toString())
                .subject(subject)
                .claim("email", email)
                .claim("email_verified", true)
                .issuer(issuer)
                .audience(List.of(audience))
                .issueTime(Date.from(expiry.minusSeconds(7200)))
                .expirationTime(Date.from(expiry));
    }

    private static String sign(JWTClaimsSet claims) {
        return sign(TRUSTED, claims);
    }

    private static String sign(KeyPair keys, JWTClaimsSet claims) {
        var jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path writePublicKey() {
        try {
            var pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes())
                            .encodeToString(TRUSTED.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            var file = Files.createTempFile("scoreledger-test-jwt", ".pem");
            Files.writeString(file, pem);
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
