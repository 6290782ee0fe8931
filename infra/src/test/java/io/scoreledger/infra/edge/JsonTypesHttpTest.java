package io.scoreledger.infra.edge;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A JSON value of the wrong type, or a number out of range, is a 422 naming the field, never coerced or a 400. */
class JsonTypesHttpTest extends ApplicationTest {

    private String company;

    @BeforeEach
    void setUp() {
        company = new Directory(api()).company("Types MSP", "enterprise");
    }

    @Test
    void givenANonStringForAText_whenCreatingACompany_thenValidationErrorNamingTheField() {
        for (var name : List.of("true", "5", "1.5")) {
            var response = api().post("/api/v3/companies", """
                    {"name": %s, "email": "it@%s.example", "subscription_package": "enterprise"}""".formatted(name, UUID.randomUUID()));

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("name")).as(name + " " + response).isTrue();
        }
    }

    @Test
    void givenAFractionAStringOrAnOutOfRangeNumberForAnInteger_whenCreatingAKey_thenValidationErrorNamingTheField() {
        for (var days : List.of("1.5", "1.0", "\"5\"", "true", "1e12", "99999999999", "-99999999999999999999")) {
            var response = api().post("/api/v1/api-keys", """
                    {"tenantId": "%s", "name": "key", "scopes": ["scores:read"], "expiresInDays": %s}""".formatted(company, days));

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("expiresInDays"))
                    .as(days + " " + response)
                    .isTrue();
        }
    }

    @Test
    void givenAWholeNumberInRange_whenCreatingAKey_thenAccepted() {
        var response = api().post("/api/v1/api-keys", """
                {"tenantId": "%s", "name": "key", "scopes": ["scores:read"], "expiresInDays": 30}""".formatted(company));

        assertSuccess(response, 201);
    }

    @Test
    void givenWrongTypesInNestedItems_whenUpsertingEmployees_thenTheItemsFieldIsNamed() {
        var writer = api().withToken(Directory.apiKey(api(), company, "employees:write"));
        var response = writer.send("PUT", "/api/v1/employees", """
                {"employees": [{"email": "ann@x.example", "name": false}]}""", List.of("Content-Type", "application/json"));

        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().has("employees[0].name"))
                .as(response.toString())
                .isTrue();
    }

    @Test
    void givenAStringOrOverflowingEmployeeCount_whenCreatingAClient_thenValidationErrorNamingIt() {
        for (var count : List.of("\"12\"", "12.5", "1e12", "10000000000")) {
            var response = api().post("/api/v3/companies/" + company + "/clients", """
                    {"name": "Initech", "employee_count": %s}""".formatted(count));

            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().has("employee_count"))
                    .as(count + " " + response)
                    .isTrue();
        }
    }
}
