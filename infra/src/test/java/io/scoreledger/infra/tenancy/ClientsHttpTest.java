package io.scoreledger.infra.tenancy;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientsHttpTest extends ApplicationTest {

    private String companyId;
    private String clients;

    @BeforeEach
    void newCompany() {
        companyId = api().post("/api/v3/companies", CompaniesHttpTest.companyJson("Clients Inc"))
                .data()
                .get("id")
                .asText();
        clients = "/api/v3/companies/" + companyId + "/clients";
    }

    @Test
    void givenCompany_whenCreatingClientWithEveryField_thenCreatedAndListedAsTheSeedShows() {
        var created = api().post(clients, """
                {"name": "New Client Company", "city": "Los Angeles", "state": "CA", "country": "US",
                 "email_delivery_settings": "SMTP", "industry": "Technology", "employee_count": 150}""");

        assertSuccess(created, 201);
        var client = created.data();
        var id = client.get("id").asText();
        assertThat(id).matches("cli_[0-9A-Za-z]{20}");
        assertThat(created.header("Location")).isEqualTo(clients + "/" + id);
        assertThat(client.get("name").asText()).isEqualTo("New Client Company");
        assertThat(client.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(client.get("city").asText()).isEqualTo("Los Angeles");
        assertThat(client.get("state").asText()).isEqualTo("CA");
        assertThat(client.get("country").asText()).isEqualTo("US");
        assertThat(client.get("email_delivery_settings").asText()).isEqualTo("SMTP");
        assertThat(client.get("industry").asText()).isEqualTo("Technology");
        assertThat(client.get("employee_count").asInt()).isEqualTo(150);
        assertThat(client.get("policy_count").asInt()).isZero();
        assertThat(client.get("assessment_count").asInt()).isZero();
        assertThat(client.get("created_at").asText()).isNotBlank();

        var listed = api().get(clients);
        assertSuccess(listed, 200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0)).isEqualTo(client);
        assertThat(api().get(clients + "/" + id).data()).isEqualTo(client);
    }

    @Test
    void givenOnlyAName_whenCreatingClient_thenOptionalFieldsAreNull() {
        var client = api().post(clients, "{\"name\": \"Minimal\"}").data();

        assertThat(client.get("city").isNull()).isTrue();
        assertThat(client.get("employee_count").isNull()).isTrue();
    }

    @Test
    void givenClients_whenFilteringByStatusAndSearch_thenOnlyMatchesReturned() {
        var acme = api().post(clients, "{\"name\": \"Acme Corporation\"}")
                .data()
                .get("id")
                .asText();
        var initech =
                api().post(clients, "{\"name\": \"Initech\"}").data().get("id").asText();
        var deactivated = api().patch(clients + "/" + initech, "{\"status\": \"INACTIVE\"}");
        assertSuccess(deactivated, 200);
        assertThat(deactivated.data().get("status").asText()).isEqualTo("INACTIVE");

        assertThat(ids(api().get(clients))).containsExactly(acme, initech);
        assertThat(ids(api().get(clients + "?status=ACTIVE"))).containsExactly(acme);
        assertThat(ids(api().get(clients + "?status=INACTIVE"))).containsExactly(initech);
        assertThat(ids(api().get(clients + "?search=CORP"))).containsExactly(acme);
        assertThat(ids(api().get(clients + "?search=corp&status=INACTIVE"))).isEmpty();

        var reactivated = api().patch(clients + "/" + initech, "{\"status\": \"ACTIVE\"}");
        assertThat(reactivated.data().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(ids(api().get(clients + "?status=ACTIVE"))).containsExactly(acme, initech);
    }

    @Test
    void givenUnknownStatusFilter_whenListing_thenValidationError() {
        var response = api().get(clients + "?status=DELETED");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().get("status").get(0).asText())
                .isEqualTo("The status parameter must be ACTIVE or INACTIVE.");
    }

    @Test
    void givenInvalidClientFields_whenCreating_thenValidationErrorPerField() {
        var response = api().post(clients, """
                {"name": " ", "country": "usa", "employee_count": -5}""");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("name")).isTrue();
        assertThat(response.details().has("country")).isTrue();
        assertThat(response.details().has("employee_count")).isTrue();
    }

    @Test
    void givenCountryCodeThatIsNoCountry_whenCreating_thenTheDomainRejectsIt() {
        var response = api().post(clients, "{\"name\": \"Nowhere Ltd\", \"country\": \"ZZ\"}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("country")).isTrue();
        assertThat(ids(api().get(clients))).isEmpty();
    }

    @Test
    void givenNonNumericEmployeeCount_whenCreating_thenValidationErrorNamesTheField() {
        var response = api().post(clients, "{\"name\": \"X\", \"employee_count\": \"many\"}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("employee_count")).isTrue();
    }

    @Test
    void givenUnknownCompany_whenCreatingOrListingClients_thenNotFound() {
        assertError(
                api().post("/api/v3/companies/cmp_nobody0000000000000/clients", "{\"name\": \"X\"}"), 404, "NOT_FOUND");
        assertError(api().get("/api/v3/companies/cmp_nobody0000000000000/clients"), 404, "NOT_FOUND");
    }

    @Test
    void givenClientOfAnotherCompany_whenAddressedThroughThisCompany_thenNotFound() {
        var otherCompany = api().post("/api/v3/companies", CompaniesHttpTest.companyJson("Other"))
                .data()
                .get("id")
                .asText();
        var foreign = api().post("/api/v3/companies/" + otherCompany + "/clients", "{\"name\": \"Foreign\"}")
                .data()
                .get("id")
                .asText();

        assertError(api().get(clients + "/" + foreign), 404, "NOT_FOUND");
        assertError(api().patch(clients + "/" + foreign, "{\"status\": \"INACTIVE\"}"), 404, "NOT_FOUND");
        assertThat(api().get("/api/v3/companies/" + otherCompany + "/clients/" + foreign)
                        .data()
                        .get("status")
                        .asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void givenBadStatusChange_whenPatching_thenValidationError() {
        var id = api().post(clients, "{\"name\": \"Patched\"}").data().get("id").asText();

        var response = api().patch(clients + "/" + id, "{\"status\": \"ARCHIVED\"}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("status")).isTrue();
        assertError(api().patch(clients + "/cli_unknown00000000000", "{\"status\": \"ACTIVE\"}"), 404, "NOT_FOUND");
    }

    @Test
    void givenNoCredential_whenCallingClientRoutes_thenUnauthorized() {
        for (var response : List.of(
                anonymous().get(clients),
                anonymous().post(clients, "{\"name\": \"X\"}"),
                anonymous().patch(clients + "/cli_x", "{\"status\": \"ACTIVE\"}"))) {
            assertError(response, 401, "UNAUTHORIZED");
        }
    }

    private static List<String> ids(io.scoreledger.infra.support.HttpApi.Response response) {
        assertSuccess(response, 200);
        var ids = new ArrayList<String>();
        response.data().forEach(c -> ids.add(c.get("id").asText()));
        return ids;
    }
}
