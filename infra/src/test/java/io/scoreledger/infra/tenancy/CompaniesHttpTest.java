package io.scoreledger.infra.tenancy;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CompaniesHttpTest extends ApplicationTest {

    static String companyJson(String name) {
        return """
                {"name": "%s", "email": "Ops@Example.com", "subscription_package": "enterprise"}""".formatted(name);
    }

    @Test
    void givenOperator_whenCreatingCompany_thenCreatedWithSeedFieldsAndListed() {
        var before = Instant.now().minusSeconds(1);
        var created = api().post("/api/v3/companies", companyJson("  Globex MSP  "));

        assertSuccess(created, 201);
        var company = created.data();
        var id = company.get("id").asText();
        assertThat(id).matches("cmp_[0-9A-Za-z]{20}");
        assertThat(created.header("Location")).isEqualTo("/api/v3/companies/" + id);
        assertThat(company.get("name").asText()).isEqualTo("Globex MSP");
        assertThat(company.get("email").asText()).isEqualTo("ops@example.com");
        assertThat(company.get("subscription_status").asText()).isEqualTo("active");
        assertThat(company.get("subscription_package").asText()).isEqualTo("enterprise");
        assertThat(company.get("client_count").asInt()).isZero();
        assertThat(company.get("user_count").asInt()).isZero();
        var createdAt = Instant.parse(company.get("created_at").asText());
        assertThat(createdAt).isBetween(before, Instant.now());
        assertThat(Instant.parse(company.get("subscription_cycle_end_date").asText()))
                .isAfter(createdAt.plus(Duration.ofDays(364)));

        var listed = api().get("/api/v3/companies");
        assertSuccess(listed, 200);
        var ids = new ArrayList<String>();
        listed.data().forEach(c -> ids.add(c.get("id").asText()));
        assertThat(ids).contains(id);

        var fetched = api().get("/api/v3/companies/" + id);
        assertSuccess(fetched, 200);
        assertThat(fetched.data()).isEqualTo(company);
    }

    @Test
    void givenCompanyWithClients_whenListed_thenClientCountCountsThem() {
        var id = api().post("/api/v3/companies", companyJson("Counted"))
                .data()
                .get("id")
                .asText();
        api().post("/api/v3/companies/" + id + "/clients", "{\"name\": \"One\"}");
        api().post("/api/v3/companies/" + id + "/clients", "{\"name\": \"Two\"}");

        var company = api().get("/api/v3/companies/" + id).data();

        assertThat(company.get("client_count").asInt()).isEqualTo(2);
    }

    @Test
    void givenMissingFields_whenCreatingCompany_thenValidationErrorNamesEachField() {
        var response = api().post("/api/v3/companies", "{}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().get("name").get(0).asText()).isEqualTo("The name field is required.");
        assertThat(response.details().get("email").get(0).asText()).isEqualTo("The email field is required.");
        assertThat(response.details().has("subscription_package")).isTrue();
    }

    @Test
    void givenBadValues_whenCreatingCompany_thenValidationErrorPerField() {
        var response = api().post(
                        "/api/v3/companies",
                        "{\"name\": \"X\", \"email\": \"nope\", \"subscription_package\": \"gold\"}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().get("email").get(0).asText())
                .isEqualTo("The email field must be a valid email address.");
        assertThat(response.details().get("subscription_package").get(0).asText())
                .isEqualTo("The subscription_package field must be one of professional, plus, enterprise.");
        assertThat(response.details().has("name")).isFalse();
    }

    @Test
    void givenServerOwnedOrUnknownField_whenCreatingCompany_thenRejectedNotIgnored() {
        var response = api().post(
                        "/api/v3/companies",
                        "{\"id\": \"cmp_mine\", \"name\": \"X\", \"email\": \"a@b.co\", \"subscription_package\": \"plus\"}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("id")).isTrue();
    }

    @Test
    void givenWrongJsonType_whenCreatingCompany_thenValidationErrorNamesTheField() {
        var response = api().post(
                        "/api/v3/companies",
                        "{\"name\": \"X\", \"email\": \"a@b.co\", \"subscription_package\": [\"plus\"]}");

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("subscription_package")).isTrue();
    }

    @Test
    void givenNoCredential_whenCallingAnyCompanyRoute_thenUnauthorized() {
        for (var response : List.of(
                anonymous().get("/api/v3/companies"),
                anonymous().get("/api/v3/companies/cmp_whatever"),
                anonymous().post("/api/v3/companies", companyJson("Anon")))) {
            assertError(response, 401, "UNAUTHORIZED");
        }
    }

    @Test
    void givenWrongToken_whenCallingCompanies_thenUnauthorized() {
        var response = api().withToken("not-the-operator-token").get("/api/v3/companies");

        assertError(response, 401, "UNAUTHORIZED");
        assertThat(response.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void givenUnknownOrMalformedCompanyId_whenFetched_thenNotFound() {
        assertError(api().get("/api/v3/companies/cmp_doesNotExist000"), 404, "NOT_FOUND");
        assertError(api().get("/api/v3/companies/not-an-id"), 404, "NOT_FOUND");
    }
}
