package io.scoreledger.infra.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a random port with its embedded PostgreSQL in a fresh directory. Every subclass shares
 * one Spring context, so the database starts once per test run.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class ApplicationTest {

    public static final String OPERATOR_TOKEN = "test-operator-token-5b0c7e1d9a";

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("scoreledger.data-dir", DATA_DIR::toString);
        registry.add("scoreledger.operator-token", () -> OPERATOR_TOKEN);
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
