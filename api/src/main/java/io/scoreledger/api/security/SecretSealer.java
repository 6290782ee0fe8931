package io.scoreledger.api.security;

/**
 * Encrypts secrets that must be used again later (integration credentials, webhook signing secrets), so that they
 * are never stored, logged or put into an event in clear. Sealed values name the key that sealed them, so keys can be
 * rotated: new values use the active key, old ones still open with theirs.
 */
public interface SecretSealer {

    String seal(String plaintext);

    String open(String sealed);
}
