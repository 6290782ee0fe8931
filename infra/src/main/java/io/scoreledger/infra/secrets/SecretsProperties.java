package io.scoreledger.infra.secrets;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The AES-256 keys that seal webhook signing secrets and integration credentials before they enter a command.
 *
 * @param keys      Comma-separated id:base64-of-32-bytes entries, e.g. k2:…,k1:…; every listed key can open what it
 *                  sealed. Empty: one key is generated at first start into the data directory (secret-key, id local).
 * @param activeKey The id of the key that seals new secrets. Empty: the first key listed.
 */
@ConfigurationProperties("scoreledger.secrets")
record SecretsProperties(@Nullable String keys, @Nullable String activeKey) {}
