package io.scoreledger.infra.runtime;

import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.ScoreledgerApplication;
import io.scoreledger.infra.support.HttpApi;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The embedded default as a user meets it: a generated operator token, and data that survives a restart. */
@ExtendWith(OutputCaptureExtension.class)
class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void givenEmbeddedDefault_whenServiceRestarts_thenCompaniesClientsAndOperatorTokenSurvive(CapturedOutput output)
            throws Exception {
        String companyId;
        String clientId;
        String token;
        try (var first = start()) {
            var tokenFile = dataDir.resolve("operator-token");
            assertThat(tokenFile).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile)))
                    .isEqualTo("rw-------");
            token = Files.readString(tokenFile).strip();
            assertThat(token).hasSizeGreaterThanOrEqualTo(43);
            assertThat(output.getAll()).contains(tokenFile.toString()).doesNotContain(token);

            var api = HttpApi.at(port(first), token);
            var company = api.post("/api/v3/companies", """
                    {"name": "Durable MSP", "email": "ops@durable.example", "subscription_package": "professional"}""");
            assertSuccess(company, 201);
            companyId = company.data().get("id").asText();
            var client = api.post("/api/v3/companies/" + companyId + "/clients", "{\"name\": \"Survivor\"}");
            assertSuccess(client, 201);
            clientId = client.data().get("id").asText();
        }

        try (var second = start()) {
            var api = HttpApi.at(port(second), token);
            var companies = api.get("/api/v3/companies");
            assertSuccess(companies, 200);
            assertThat(companies.data()).hasSize(1);
            assertThat(companies.data().get(0).get("id").asText()).isEqualTo(companyId);
            assertThat(companies.data().get(0).get("client_count").asInt()).isEqualTo(1);
            var clients = api.get("/api/v3/companies/" + companyId + "/clients");
            assertThat(clients.data().get(0).get("id").asText()).isEqualTo(clientId);
        }
        assertThat(output.getAll()).doesNotContain(token);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(ScoreledgerApplication.class)
                .run(
                        "--server.port=0",
                        "--scoreledger.data-dir=" + dataDir,
                        "--scoreledger.operator-token=",
                        "--spring.datasource.url=");
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
