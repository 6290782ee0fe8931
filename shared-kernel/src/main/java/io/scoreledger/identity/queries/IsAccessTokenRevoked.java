package io.scoreledger.identity.queries;

/** tokenSha256: hex SHA-256 of the presented JWT. */
public record IsAccessTokenRevoked(String tokenSha256) {

    public record Result(boolean revoked) {}
}
