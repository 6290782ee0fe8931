package io.scoreledger.infra.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

/** Sets up companies, clients, users and their tokens through the public API, as an operator would. */
public final class Directory {

    private final HttpApi operator;

    public Directory(HttpApi operator) {
        this.operator = operator;
    }

    public record Member(String userId, String email, String subject, String token) {}

    public String company(String name, String plan) {
        var response = operator.post("/api/v3/companies", """
                {"name": "%s", "email": "it@%s.example", "subscription_package": "%s"}""".formatted(name, UUID.randomUUID(), plan));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asText();
    }

    public String client(String companyId, String name) {
        var response = operator.post("/api/v3/companies/" + companyId + "/clients", "{\"name\": \"" + name + "\"}");
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("id").asText();
    }

    public Member user(String companyId, String role, List<String> clientIds) {
        var email = role + "-" + UUID.randomUUID() + "@example.com";
        var clients = clientIds.isEmpty() ? "" : ", \"client_ids\": [\"" + String.join("\", \"", clientIds) + "\"]";
        var response = operator.post("/api/v4/users", """
                {"name": "Test %s", "email": "%s", "role": "%s", "company_id": "%s"%s}""".formatted(role, email, role, companyId, clients));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        var subject = "auth0|" + UUID.randomUUID();
        return new Member(response.data().get("id").asText(), email, subject, TestJwts.forUser(subject, email));
    }

    public Member user(String companyId, String role) {
        return user(companyId, role, List.of());
    }

    /** Creates a key with the given scopes as the given credential and returns the raw key. */
    public static String apiKey(HttpApi as, String tenantId, String... scopes) {
        var response = as.post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "test key", "scopes": ["%s"]}""".formatted(tenantId, String.join("\", \"", scopes)));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.data().get("apiKey").asText();
    }
}
