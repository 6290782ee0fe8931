package io.scoreledger.infra.security;

import io.scoreledger.api.security.OperatorToken;
import io.scoreledger.infra.database.DatabaseProperties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * The operator's bootstrap credential: SCORELEDGER_OPERATOR_TOKEN, or else a random token generated at first start
 * and kept, readable only by its owner, in the data directory. The token itself is never logged.
 */
@Configuration
@EnableConfigurationProperties({OperatorProperties.class, DatabaseProperties.class})
class OperatorTokenConfiguration {

    private static final Logger log = LoggerFactory.getLogger(OperatorTokenConfiguration.class);
    static final String TOKEN_FILE = "operator-token";

    @Bean
    OperatorToken operatorToken(OperatorProperties operator, DatabaseProperties storage) throws IOException {
        String configured = operator.operatorToken();
        Path dataDir = storage.dataDir();
        if (StringUtils.hasText(configured)) {
            log.info("Operator token taken from SCORELEDGER_OPERATOR_TOKEN");
            return OperatorToken.of(configured.strip());
        }
        Path file = dataDir.resolve(TOKEN_FILE).toAbsolutePath().normalize();
        if (Files.exists(file)) {
            log.info("Operator token read from {}", file);
            return OperatorToken.of(
                    Files.readString(file, StandardCharsets.UTF_8).strip());
        }
        Files.createDirectories(file.getParent());
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Files.createFile(
                file,
                PosixFilePermissions.asFileAttribute(Set.of(
                        java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)));
        Files.writeString(file, token + "\n", StandardCharsets.UTF_8);
        log.warn(
                "Generated an operator token and stored it in {} (readable by its owner only). "
                        + "Send it as 'Authorization: Bearer <token>'.",
                file);
        return OperatorToken.of(token);
    }
}
