package io.scoreledger.infra.secrets;

import io.scoreledger.api.security.SecretSealer;
import io.scoreledger.infra.database.DatabaseProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Set;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * Keys from SCORELEDGER_SECRET_KEYS ("id:base64-of-32-bytes,id2:…") with SCORELEDGER_SECRET_ACTIVE_KEY naming the one
 * that seals; without them a key is generated at first start into the data directory (mode 600), like the operator
 * token. Rotation: add a new key, make it active, keep the old one until nothing sealed with it remains.
 */
@Configuration
@EnableConfigurationProperties({SecretsProperties.class, DatabaseProperties.class})
class SecretsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SecretsConfiguration.class);
    static final String KEY_FILE = "secret-key";

    @Bean
    SecretSealer secretSealer(SecretsProperties secrets, DatabaseProperties storage) throws IOException {
        String configuredKeys = secrets.keys();
        String activeKey = secrets.activeKey();
        Path dataDir = storage.dataDir();
        var keys = new LinkedHashMap<String, SecretKey>();
        if (StringUtils.hasText(configuredKeys)) {
            for (String entry : configuredKeys.split(",")) {
                var parts = entry.strip().split(":", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException("scoreledger.secrets.keys entries look like id:base64key");
                }
                keys.put(parts[0], key(Base64.getDecoder().decode(parts[1])));
            }
            var active = StringUtils.hasText(activeKey)
                    ? activeKey
                    : keys.keySet().iterator().next();
            log.info("Secrets sealed with configured key {} ({} key(s) can open)", active, keys.size());
            return new AesGcmSecretSealer(keys, active);
        }
        Path file = dataDir.resolve(KEY_FILE).toAbsolutePath().normalize();
        if (!Files.exists(file)) {
            Files.createDirectories(file.getParent());
            byte[] random = new byte[32];
            new SecureRandom().nextBytes(random);
            Files.createFile(
                    file,
                    PosixFilePermissions.asFileAttribute(
                            Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            Files.writeString(
                    file, "local:" + Base64.getEncoder().encodeToString(random) + "\n", StandardCharsets.UTF_8);
            log.warn(
                    "Generated a secret-sealing key in {} (readable by its owner only); set SCORELEDGER_SECRET_KEYS "
                            + "in production",
                    file);
        }
        var parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(":", 2);
        keys.put(parts[0], key(Base64.getDecoder().decode(parts[1])));
        return new AesGcmSecretSealer(keys, parts[0]);
    }

    private static SecretKey key(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("Secret keys are 32 bytes (AES-256)");
        }
        return new SecretKeySpec(bytes, "AES");
    }
}
