package io.scoreledger.infra.limits;

import io.scoreledger.ids.TenantId;
import io.scoreledger.infra.support.HttpApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with tiny limits, its own embedded PostgreSQL and its own operator token: one Spring
 * context for every rate-limit test. Every period is an hour, so no bucket refills while a test runs (a token
 * comes back after 12 minutes at the earliest). Tests use fresh tenants and client addresses of their own, so
 * they do not share buckets; the operator's buckets are shared, so tests spend few of its tokens.
 *
 * <p>Tenants: until API keys and users can be created through the API, a request carrying the operator token and
 * {@value #TENANT_HEADER} is limited as that tenant ({@link TenantStandInConfiguration}: a test-only filter between
 * Spring Security and the tenant limiter swaps the authenticated principal for a caller of that tenant). The paths
 * called as a tenant never exist (404), so no controller ever sees the stand-in caller.
 *
 * <p>Client addresses: server.forward-headers-strategy=native, as behind a load balancer, so a test chooses its
 * client address with X-Forwarded-For (Tomcat trusts it from 127.0.0.1).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "scoreledger.rate-limits.general.limit=5",
            "scoreledger.rate-limits.general.period=PT1H",
            "scoreledger.rate-limits.authentication.limit=3",
            "scoreledger.rate-limits.authentication.period=PT1H",
            "scoreledger.rate-limits.file-uploads.limit=2",
            "scoreledger.rate-limits.file-uploads.period=PT1H",
            "scoreledger.rate-limits.file-upload-paths=" + RateLimitApplicationTest.UPLOADS,
            "scoreledger.rate-limits.reports.limit=2",
            "scoreledger.rate-limits.reports.period=PT1H",
            "scoreledger.rate-limits.scores.period=PT1H",
            "scoreledger.rate-limits.scores.professional=2",
            "scoreledger.rate-limits.scores.plus=3",
            "scoreledger.rate-limits.scores.enterprise=4",
            "scoreledger.rate-limits.failed-authentication.limit=3",
            "scoreledger.rate-limits.failed-authentication.period=PT1H",
            "server.forward-headers-strategy=native"
        })
@Import(TenantStandInConfiguration.class)
abstract class RateLimitApplicationTest {

    static final String OPERATOR_TOKEN = "rate-limit-test-operator-token-7c2e91";
    static final String TENANT_HEADER = "X-Test-Tenant";
    static final String UPLOADS = "/api/v1/test-uploads";
    static final String LIMIT = "X-RateLimit-Limit";
    static final String REMAINING = "X-RateLimit-Remaining";
    static final String RESET = "X-RateLimit-Reset";

    private static final Path DATA_DIR = newDataDir();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void isolatedDataDirectory(DynamicPropertyRegistry registry) {
        registry.add("scoreledger.data-dir", DATA_DIR::toString);
        registry.add("scoreledger.operator-token", () -> OPERATOR_TOKEN);
    }

    protected HttpApi operator() {
        return HttpApi.at(port, OPERATOR_TOKEN);
    }

    /** GET as the given tenant (see the class comment). */
    protected HttpApi.Response getAs(TenantId tenant, String path) {
        return operator().send("GET", path, null, List.of(TENANT_HEADER, tenant.value()));
    }

    /** GET from the given client address, with the given headers (e.g. a credential). */
    protected HttpApi.Response getFrom(String address, String token, String path, String... headers) {
        var all = new ArrayList<>(List.of("X-Forwarded-For", address));
        all.addAll(List.of(headers));
        return HttpApi.at(port, token).send("GET", path, null, all);
    }

    static long header(HttpApi.Response response, String name) {
        String value = response.header(name);
        if (value == null) {
            throw new AssertionError("No " + name + " header on " + response + " "
                    + response.headers().map());
        }
        return Long.parseLong(value);
    }

    private static Path newDataDir() {
        try {
            return Files.createTempDirectory("scoreledger-rate-limit-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
