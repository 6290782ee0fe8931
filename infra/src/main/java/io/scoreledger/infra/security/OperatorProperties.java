package io.scoreledger.infra.security;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform operator's bootstrap credential (docs/adr/0007-operator-bootstrap-token.md).
 *
 * @param operatorToken The operator's bearer token (at least 16 characters), the same on every node. Empty: a random
 *                      token is generated at first start and kept in the data directory (operator-token, mode 600).
 */
@ConfigurationProperties("scoreledger")
record OperatorProperties(@Nullable String operatorToken) {}
