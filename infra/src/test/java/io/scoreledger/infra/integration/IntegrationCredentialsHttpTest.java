package io.scoreledger.infra.integration;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntegrationCredentialsHttpTest extends ApplicationTest {

    private static final String TYPES = "connectwise, huntress, autotask, datto, ninjaone, sentinelone, crowdstrike, "
            + "microsoft365, google_workspace, other";

    private Directory directory;
    private String companyId;
    private String clientId;
    private String keys;

    @BeforeEach
    void companyWithClient() {
        directory = new Directory(api());
        companyId = directory.company("Integrations MSP", "enterprise");
        clientId = directory.client(companyId, "Initech");
        keys = "/api/v3/companies/" + companyId + "/clients/" + clientId + "/api-keys";
    }

    private String credential(String type, String name) {
        var response = api().post(keys, """
                {"type": "%s", "name": "%s", "api_key": "key-%s"}""".formatted(type, name, name));
        assertSuccess(response, 201);
        return response.data().get("id").asText();
    }

    private HttpApi.Response delete(HttpApi as, String path) {
        return as.send("DELETE", path, null, List.of());
    }

    @Test
    void givenClient_whenAddingCredentialAsTheSeedShows_thenCreatedWithoutSecrets() {
        var created = api().post(keys, """
                {"type": "connectwise", "name": "Main ConnectWise Instance", "api_key": "your-api-key",
                 "api_secret": "your-api-secret", "server_url": "https://your-connectwise-server.com",
                 "client_id": "your-client-id"}""");

        assertSuccess(created, 201);
        var data = created.data();
        var id = data.get("id").asText();
        assertThat(id).matches("icr_[0-9A-Za-z]{20}");
        assertThat(created.header("Location")).isEqualTo(keys + "/" + id);
        var fields = new ArrayList<String>();
        data.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsExactly("id", "type", "name", "status", "last_sync", "created_at");
        assertThat(data.get("type").asText()).isEqualTo("connectwise");
        assertThat(data.get("name").asText()).isEqualTo("Main ConnectWise Instance");
        assertThat(data.get("status").asText()).isEqualTo("active");
        assertThat(data.get("last_sync").isNull()).isTrue();
        assertThat(data.get("created_at").asText()).isNotBlank();
        assertThat(created.body()).doesNotContain("your-api-key", "your-api-secret", "your-client-id", "server");

        var listed = api().get(keys);
        assertSuccess(listed, 200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0)).isEqualTo(data);
        assertThat(listed.body()).doesNotContain("your-api-key", "your-api-secret");
    }

    @Test
    void givenCredentials_whenListing_thenOldestFirstAndOnlyThisClients() {
        var connectwise = credential("connectwise", "ConnectWise");
        var huntress = credential("huntress", "Huntress");
        var other = directory.client(companyId, "Hooli");
        assertSuccess(
                api().post(
                                "/api/v3/companies/" + companyId + "/clients/" + other + "/api-keys",
                                "{\"type\": \"datto\", \"name\": \"Datto\", \"api_key\": \"k\"}"),
                201);

        assertThat(ids(api().get(keys))).containsExactly(connectwise, huntress);
    }

    @Test
    void givenActiveCredential_whenRevoking_thenRevokedAndStillListed_andRevokingAgainIsConflict() {
        var id = credential("huntress", "Huntress");

        var revoked = delete(api(), keys + "/" + id);
        assertSuccess(revoked, 200);
        assertThat(revoked.data().get("id").asText()).isEqualTo(id);
        assertThat(revoked.data().get("status").asText()).isEqualTo("revoked");
        assertThat(api().get(keys).data().get(0).get("status").asText()).isEqualTo("revoked");

        var again = delete(api(), keys + "/" + id);
        assertError(again, 409, "CONFLICT");
        assertThat(again.json().path("error").path("message").asText())
                .isEqualTo("The integration credential is already revoked.");
    }

    @Test
    void givenMissingOrForeignCredential_whenRevoking_thenNotFound() {
        var other = directory.client(companyId, "Hooli");
        var otherKeys = "/api/v3/companies/" + companyId + "/clients/" + other + "/api-keys";
        var foreign = api().post(otherKeys, "{\"type\": \"datto\", \"name\": \"D\", \"api_key\": \"k\"}")
                .data()
                .get("id")
                .asText();

        assertError(delete(api(), keys + "/" + foreign), 404, "NOT_FOUND");
        assertError(delete(api(), keys + "/icr_unknown0000000000000"), 404, "NOT_FOUND");
        assertError(delete(api(), keys + "/key123"), 404, "NOT_FOUND");
        assertThat(api().get(otherKeys).data().get(0).get("status").asText()).isEqualTo("active");
    }

    @Test
    void givenInvalidBodies_whenAdding_thenValidationErrorPerFieldAndNothingStored() {
        var missing = api().post(keys, "{\"type\": \" \", \"name\": \" \", \"api_key\": \" \"}");
        assertError(missing, 422, "VALIDATION_ERROR");
        assertThat(missing.details().get("type").get(0).asText()).isEqualTo("The type field is required.");
        assertThat(missing.details().get("name").get(0).asText()).isEqualTo("The name field is required.");
        assertThat(missing.details().get("api_key").get(0).asText()).isEqualTo("The api_key field is required.");
        assertThat(missing.body()).doesNotContain("null");

        var unknownType = api().post(keys, "{\"type\": \"servicenow\", \"name\": \"N\", \"api_key\": \"k\"}");
        assertError(unknownType, 422, "VALIDATION_ERROR");
        assertThat(unknownType.details().get("type").get(0).asText())
                .isEqualTo("The type field must be one of " + TYPES + ".");

        for (var url : List.of("http://cw.example.com", "cw.example.com", "https://", "ftp://cw.example.com")) {
            var response = api().post(keys, """
                    {"type": "connectwise", "name": "N", "api_key": "k", "server_url": "%s"}""".formatted(url));
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().get("server_url").get(0).asText())
                    .isEqualTo("The server_url field must be an https URL.");
        }

        var tooLong = api().post(keys, """
                {"type": "other", "name": "%s", "api_key": "%s"}""".formatted("n".repeat(256), "k".repeat(2001)));
        assertError(tooLong, 422, "VALIDATION_ERROR");
        assertThat(tooLong.details().has("name")).isTrue();
        assertThat(tooLong.details().has("api_key")).isTrue();
        assertThat(tooLong.body()).doesNotContain("kkkk");

        var unknownField =
                api().post(keys, "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\", \"colour\": 1}");
        assertError(unknownField, 422, "VALIDATION_ERROR");
        assertThat(unknownField.details().has("colour")).isTrue();

        assertThat(ids(api().get(keys))).isEmpty();
    }

    @Test
    void givenUnknownCompanyOrClient_whenCalling_thenNotFound() {
        var body = "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\"}";
        var noCompany = "/api/v3/companies/cmp_nobody0000000000000/clients/" + clientId + "/api-keys";
        var noClient = "/api/v3/companies/" + companyId + "/clients/cli_nobody0000000000000/api-keys";
        assertError(api().get(noCompany), 404, "NOT_FOUND");
        assertError(api().post(noCompany, body), 404, "NOT_FOUND");
        assertError(api().get(noClient), 404, "NOT_FOUND");
        assertError(api().post(noClient, body), 404, "NOT_FOUND");
        assertError(api().get("/api/v3/companies/" + companyId + "/clients/client1/api-keys"), 404, "NOT_FOUND");
        assertError(delete(api(), noClient + "/icr_unknown0000000000000"), 404, "NOT_FOUND");
    }

    @Test
    void givenNoCredential_whenCalling_thenUnauthorized() {
        var id = credential("other", "Anonymous");
        assertError(anonymous().get(keys), 401, "UNAUTHORIZED");
        assertError(
                anonymous().post(keys, "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\"}"),
                401,
                "UNAUTHORIZED");
        assertError(delete(anonymous(), keys + "/" + id), 401, "UNAUTHORIZED");
        assertThat(api().get(keys).data().get(0).get("status").asText()).isEqualTo("active");
    }

    @Test
    void givenApiKeyWithOnlyClientsRead_whenWriting_thenForbiddenButListingWorks() {
        var id = credential("other", "Scoped");
        var admin = api().withToken(directory.user(companyId, "msp_admin").token());
        var readOnly = api().withToken(Directory.apiKey(admin, companyId, "clients:read"));

        for (var response : List.of(
                readOnly.post(keys, "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\"}"),
                delete(readOnly, keys + "/" + id))) {
            assertError(response, 403, "FORBIDDEN");
            assertThat(response.json().path("error").path("message").asText())
                    .isEqualTo("This credential lacks the clients:write scope.");
        }
        assertThat(ids(readOnly.get(keys))).containsExactly(id);

        var noClients = api().withToken(Directory.apiKey(admin, companyId, "policies:read"));
        assertError(noClients.get(keys), 403, "FORBIDDEN");
    }

    @Test
    void givenAnotherCompanysCredential_whenAddressingThisCompany_thenForbiddenWithTheSeedsMessage() {
        var id = credential("other", "Private");
        var otherCompany = directory.company("Intruder MSP", "plus");
        var intruder = api().withToken(directory.user(otherCompany, "msp_admin").token());

        for (var response : List.of(
                intruder.get(keys),
                intruder.post(keys, "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\"}"),
                delete(intruder, keys + "/" + id))) {
            assertError(response, 403, "FORBIDDEN");
            assertThat(response.json().path("error").path("message").asText())
                    .isEqualTo("You are not authorized for this tenant context.");
        }
        assertThat(ids(api().get(keys))).containsExactly(id);
    }

    @Test
    void givenCompanyUser_whenCalling_thenOnlyAssignedClientsAndNoWrites() {
        var id = credential("other", "Assigned");
        var unassigned = directory.client(companyId, "Unassigned");
        var user = api().withToken(directory
                .user(companyId, "company_user", List.of(clientId))
                .token());

        assertThat(ids(user.get(keys))).containsExactly(id);
        assertError(
                user.get("/api/v3/companies/" + companyId + "/clients/" + unassigned + "/api-keys"), 404, "NOT_FOUND");
        assertError(user.post(keys, "{\"type\": \"other\", \"name\": \"N\", \"api_key\": \"k\"}"), 403, "FORBIDDEN");
        assertError(delete(user, keys + "/" + id), 403, "FORBIDDEN");
    }

    private static List<String> ids(HttpApi.Response response) {
        assertSuccess(response, 200);
        var ids = new ArrayList<String>();
        response.data().forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
