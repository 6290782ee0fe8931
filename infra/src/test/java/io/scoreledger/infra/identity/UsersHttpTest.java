package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UsersHttpTest extends ApplicationTest {

    private Directory directory;
    private String company;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Users MSP", "enterprise");
    }

    private String userJson(String role, String companyId) {
        return """
                {"name": "Jane Smith", "email": "jane-%s@example.com", "role": "%s", "company_id": "%s"}""".formatted(UUID.randomUUID(), role, companyId);
    }

    @Test
    void givenOperator_whenCreatingUser_thenSeedShapeWithPermissions() {
        var created = api().post("/api/v4/users", userJson("msp_admin", company));

        assertSuccess(created, 201);
        var user = created.data();
        assertThat(user.get("id").asText()).matches("usr_[0-9A-Za-z]{20}");
        assertThat(user.get("name").asText()).isEqualTo("Jane Smith");
        assertThat(user.get("role").get("name").asText()).isEqualTo("msp_admin");
        assertThat(user.get("role").get("display_name").asText()).isEqualTo("MSP Administrator");
        assertThat(user.get("company").get("id").asText()).isEqualTo(company);
        assertThat(user.get("company").get("name").asText()).isEqualTo("Users MSP");
        assertThat(user.get("status").asText()).isEqualTo("Active");
        assertThat(user.get("permissions").toString()).contains("manage_users", "manage_policies", "view_assessments");
        assertThat(user.get("created_at").asText()).isNotBlank();
        assertThat(api().get("/api/v3/companies/" + company)
                        .data()
                        .get("user_count")
                        .asInt())
                .isEqualTo(1);
    }

    @Test
    void givenMspAdmin_whenCreatingUsersInOwnAndOtherCompany_thenOwnAllowedOtherForbidden() {
        var admin = directory.user(company, "msp_admin");
        var other = directory.company("Other MSP", "plus");
        var asAdmin = api().withToken(admin.token());

        assertSuccess(asAdmin.post("/api/v4/users", userJson("auditor", company)), 201);
        var implicit = asAdmin.post("/api/v4/users", """
                {"name": "No Company", "email": "nc-%s@example.com", "role": "auditor"}""".formatted(UUID.randomUUID()));
        assertSuccess(implicit, 201);
        assertThat(implicit.data().get("company").get("id").asText()).isEqualTo(company);

        var foreign = asAdmin.post("/api/v4/users", userJson("auditor", other));
        assertError(foreign, 403, "FORBIDDEN");
        assertThat(foreign.json().path("error").path("message").asText())
                .isEqualTo("You are not authorized for this tenant context.");
    }

    @Test
    void givenCompanyUserOrAuditor_whenCreatingUser_thenForbidden() {
        var auditor = directory.user(company, "auditor");

        assertError(
                api().withToken(auditor.token()).post("/api/v4/users", userJson("auditor", company)), 403, "FORBIDDEN");
    }

    @Test
    void givenInvalidUser_whenCreating_thenValidationErrors() {
        var missing = api().post("/api/v4/users", "{\"company_id\": \"" + company + "\"}");
        assertError(missing, 422, "VALIDATION_ERROR");
        assertThat(missing.details().has("name")).isTrue();
        assertThat(missing.details().has("email")).isTrue();
        assertThat(missing.details().has("role")).isTrue();

        var escalation = api().post("/api/v4/users", userJson("super_admin", company));
        assertError(escalation, 422, "VALIDATION_ERROR");
        assertThat(escalation.details().has("role")).isTrue();

        var serverOwned = api().post("/api/v4/users", """
                {"name": "X", "email": "x-%s@example.com", "role": "auditor", "company_id": "%s", "status": "Active"}""".formatted(UUID.randomUUID(), company));
        assertError(serverOwned, 422, "VALIDATION_ERROR");
        assertThat(serverOwned.details().has("status")).isTrue();

        var clientsForAdmin = api().post("/api/v4/users", """
                {"name": "X", "email": "x-%s@example.com", "role": "msp_admin", "company_id": "%s", "client_ids": ["cli_nope000000000000000"]}""".formatted(UUID.randomUUID(), company));
        assertError(clientsForAdmin, 422, "VALIDATION_ERROR");
        assertThat(clientsForAdmin.details().has("client_ids")).isTrue();
    }

    @Test
    void givenTakenEmail_whenCreatingAnotherUser_thenValidationErrorEvenAcrossCompanies() {
        var email = "taken-" + UUID.randomUUID() + "@example.com";
        var body = "{\"name\": \"A\", \"email\": \"%s\", \"role\": \"auditor\", \"company_id\": \"%s\"}";
        assertSuccess(api().post("/api/v4/users", body.formatted(email, company)), 201);

        var other = directory.company("Other", "plus");
        var duplicate = api().post("/api/v4/users", body.formatted(email.toUpperCase(), other));

        assertError(duplicate, 422, "VALIDATION_ERROR");
        assertThat(duplicate.details().get("email").get(0).asText()).isEqualTo("The email has already been taken.");
    }

    @Test
    void givenUsers_whenPaging_thenSeedPaginationObject() {
        for (int i = 0; i < 3; i++) {
            assertSuccess(api().post("/api/v4/users", userJson(i == 0 ? "auditor" : "msp_admin", company)), 201);
        }

        var page = api().get("/api/v4/users?company_id=" + company + "&per_page=2&page=2");

        assertSuccess(page, 200);
        assertThat(page.data()).hasSize(1);
        var pagination = page.json().get("pagination");
        assertThat(pagination.get("current_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("per_page").asInt()).isEqualTo(2);
        assertThat(pagination.get("total").asInt()).isEqualTo(3);
        assertThat(pagination.get("last_page").asInt()).isEqualTo(2);
        var auditors = api().get("/api/v4/users?company_id=" + company + "&role=auditor");
        assertThat(auditors.json().get("pagination").get("total").asInt()).isEqualTo(1);
        assertThat(auditors.json().get("pagination").get("per_page").asInt()).isEqualTo(15);
    }

    @Test
    void givenBadPaging_whenListing_thenValidationErrors() {
        for (var query : List.of("per_page=101", "per_page=0", "page=0", "per_page=abc", "role=owner")) {
            assertError(api().get("/api/v4/users?" + query), 422, "VALIDATION_ERROR");
        }
    }

    @Test
    void givenMspAdmin_whenListing_thenOnlyOwnCompanysUsers() {
        var admin = directory.user(company, "msp_admin");
        var other = directory.company("Hidden", "plus");
        directory.user(other, "auditor");
        var asAdmin = api().withToken(admin.token());

        var listed = asAdmin.get("/api/v4/users?per_page=100");

        assertSuccess(listed, 200);
        var companies = new ArrayList<String>();
        listed.data().forEach(u -> companies.add(u.get("company").get("id").asText()));
        assertThat(companies).isNotEmpty().containsOnly(company);
        assertError(asAdmin.get("/api/v4/users?company_id=" + other), 403, "FORBIDDEN");
    }

    @Test
    void givenUser_whenDeactivated_thenStatusInactiveAndUnknownIdsNotFound() {
        var member = directory.user(company, "auditor");

        var deactivated = api().send("DELETE", "/api/v4/users/" + member.userId(), (String) null, List.of());

        assertSuccess(deactivated, 200);
        assertThat(deactivated.data().get("status").asText()).isEqualTo("Inactive");
        assertError(
                api().send("DELETE", "/api/v4/users/usr_unknown0000000000000", (String) null, List.of()),
                404,
                "NOT_FOUND");
        assertError(api().send("DELETE", "/api/v4/users/nonsense", (String) null, List.of()), 404, "NOT_FOUND");
    }

    @Test
    void givenNoCredential_whenCallingUserRoutes_thenUnauthorized() {
        assertError(anonymous().get("/api/v4/users"), 401, "UNAUTHORIZED");
        assertError(anonymous().post("/api/v4/users", userJson("auditor", company)), 401, "UNAUTHORIZED");
    }
}
