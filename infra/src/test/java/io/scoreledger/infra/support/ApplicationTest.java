package io.scoreledger.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with its embedded PostgreSQL in a fresh directory. Every subclass shares
 * one Spring context, so the database starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ApplicationTest.ShiftableClock.class)
public abstract class ApplicationTest {

    @TestConfiguration
    static class ShiftableClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock();
        }
    }

    public static final String OPERATOR_TOKEN = "test-operator-token-5b0c7e1d9a";

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("scoreledger.data-dir", DATA_DIR::toString);
        registry.add("scoreledger.operator-token", () -> OPERATOR_TOKEN);
        registry.add("scoreledger.auth.jwt.issuer", () -> TestJwts.ISSUER);
        registry.add("scoreledger.auth.jwt.audience", () -> TestJwts.AUDIENCE);
        registry.add("scoreledger.auth.jwt.public-key-location", () -> "file:" + TestJwts.publicKeyFile());
    }

    protected HttpApi api() {
        return new HttpApi(port, OPERATOR_TOKEN);
    }

    protected HttpApi anonymous() {
        return new HttpApi(port, null);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("scoreledger-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
