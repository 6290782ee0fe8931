package io.scoreledger.infra.policy;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.HttpApi;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PoliciesHttpTest extends ApplicationTest {

    private Directory directory;
    private String companyId;
    private String clientId;
    private String categories;
    private String policies;

    @BeforeEach
    void companyWithClient() {
        directory = new Directory(api());
        companyId = directory.company("Policies MSP", "enterprise");
        clientId = directory.client(companyId, "Initech");
        categories = "/api/v3/companies/" + companyId + "/policy-categories";
        policies = "/api/v3/companies/" + companyId + "/clients/" + clientId + "/policies";
    }

    private String category(String name) {
        var response = api().post(categories, "{\"name\": \"" + name + "\"}");
        assertSuccess(response, 201);
        return response.data().get("id").asText();
    }

    private String policy(String title) {
        var response = api().post(policies, "{\"title\": \"" + title + "\"}");
        assertSuccess(response, 201);
        return response.data().get("id").asText();
    }

    private HttpApi.Response transition(String policyId, String action) {
        return api().post(policies + "/" + policyId + "/" + action, "");
    }

    // categories

    @Test
    void givenCompany_whenCreatingAndListingCategories_thenOldestFirst() {
        var created = api().post(categories, "{\"name\": \" Security \"}");

        assertSuccess(created, 201);
        assertThat(created.data().get("id").asText()).matches("pcat_[0-9A-Za-z]{20}");
        assertThat(created.data().get("name").asText()).isEqualTo("Security");
        assertThat(created.data().get("created_at").asText()).isNotBlank();
        category("Privacy");

        var listed = api().get(categories);
        assertSuccess(listed, 200);
        assertThat(listed.data()).extracting(c -> c.get("name").asText()).containsExactly("Security", "Privacy");
    }

    @Test
    void givenBadCategoryRequests_whenCreatingOrListing_thenValidationNotFoundAndUnauthorized() {
        var blank = api().post(categories, "{\"name\": \" \"}");
        assertError(blank, 422, "VALIDATION_ERROR");
        assertThat(blank.details().get("name").get(0).asText()).isEqualTo("The name field is required.");
        assertError(api().post(categories, "{\"name\": \"" + "x".repeat(101) + "\"}"), 422, "VALIDATION_ERROR");
        assertError(api().post(categories, "{\"name\": \"S\", \"colour\": \"red\"}"), 422, "VALIDATION_ERROR");
        assertError(api().get("/api/v3/companies/cmp_nobody0000000000000/policy-categories"), 404, "NOT_FOUND");
        assertError(
                api().post("/api/v3/companies/cmp_nobody0000000000000/policy-categories", "{\"name\": \"S\"}"),
                404,
                "NOT_FOUND");
        assertError(anonymous().get(categories), 401, "UNAUTHORIZED");
        assertError(anonymous().post(categories, "{\"name\": \"S\"}"), 401, "UNAUTHORIZED");
    }

    // create, list, get

    @Test
    void givenCategoryAndOwner_whenCreatingPolicyWithEveryField_thenCreatedAsTheSeedShows() {
        var categoryId = category("Security");
        var owner = directory.user(companyId, "msp_admin");

        var created = api().post(policies, """
                {"title": "New Security Policy", "description": "Policy description", "category_id": "%s",
                 "owner_id": "%s", "policy_type": "operational", "notes": "Internal policy notes"}""".formatted(categoryId, owner.userId()));

        assertSuccess(created, 201);
        var policy = created.data();
        var id = policy.get("id").asText();
        assertThat(id).matches("pol_[0-9A-Za-z]{20}");
        assertThat(created.header("Location")).isEqualTo(policies + "/" + id);
        assertThat(policy.get("title").asText()).isEqualTo("New Security Policy");
        assertThat(policy.get("description").asText()).isEqualTo("Policy description");
        assertThat(policy.get("category").get("id").asText()).isEqualTo(categoryId);
        assertThat(policy.get("category").get("name").asText()).isEqualTo("Security");
        assertThat(policy.get("status").asText()).isEqualTo("draft");
        assertThat(policy.get("owner").get("id").asText()).isEqualTo(owner.userId());
        assertThat(policy.get("owner").get("name").asText()).isEqualTo("Test msp_admin");
        assertThat(policy.get("current_version").asText()).isEqualTo("0.1");
        assertThat(policy.get("last_updated").asText()).isNotBlank();
        assertThat(policy.get("adoption_rate").asDouble()).isZero();

        var listed = api().get(policies);
        assertSuccess(listed, 200);
        assertThat(listed.data()).hasSize(1);
        assertThat(listed.data().get(0)).isEqualTo(policy);
        assertThat(api().get(policies + "/" + id).data()).isEqualTo(policy);
    }

    @Test
    void givenOnlyATitle_whenCreatingPolicy_thenCategoryAndOwnerAreNull() {
        var policy = api().post(policies, "{\"title\": \"Minimal\"}").data();

        assertThat(policy.get("category").isNull()).isTrue();
        assertThat(policy.get("owner").isNull()).isTrue();
        assertThat(policy.get("description").isNull()).isTrue();
    }

    @Test
    void givenPolicies_whenFilteringByStatusCategoryAndSearch_thenOnlyMatchesReturned() {
        var security = category("Security");
        var privacy = category("Privacy");
        var infosec = api().post(
                        policies, "{\"title\": \"Information Security\", \"category_id\": \"" + security + "\"}")
                .data()
                .get("id")
                .asText();
        var gdpr = api().post(policies, "{\"title\": \"GDPR Handling\", \"category_id\": \"" + privacy + "\"}")
                .data()
                .get("id")
                .asText();
        assertSuccess(transition(infosec, "publish"), 200);

        assertThat(ids(api().get(policies))).containsExactly(infosec, gdpr);
        assertThat(ids(api().get(policies + "?status=published"))).containsExactly(infosec);
        assertThat(ids(api().get(policies + "?status=draft"))).containsExactly(gdpr);
        assertThat(ids(api().get(policies + "?category_id=" + privacy))).containsExactly(gdpr);
        assertThat(ids(api().get(policies + "?search=SECURITY"))).containsExactly(infosec);
        assertThat(ids(api().get(policies + "?search=gdpr&status=published"))).isEmpty();
    }

    @Test
    void givenBadListParameters_whenListing_thenValidationErrors() {
        var status = api().get(policies + "?status=deleted");
        assertError(status, 422, "VALIDATION_ERROR");
        assertThat(status.details().get("status").get(0).asText())
                .isEqualTo("The status parameter must be one of draft, published, approved, rejected, archived.");
        assertError(api().get(policies + "?category_id=nonsense"), 422, "VALIDATION_ERROR");
        assertError(api().get(policies + "?search=" + "x".repeat(256)), 422, "VALIDATION_ERROR");
    }

    @Test
    void givenInvalidFields_whenCreatingPolicy_thenValidationErrorPerField() {
        var response = api().post(policies, "{\"title\": \" \", \"policy_type\": \"" + "x".repeat(101) + "\"}");
        assertError(response, 422, "VALIDATION_ERROR");
        assertThat(response.details().get("title").get(0).asText()).isEqualTo("The title field is required.");
        assertThat(response.details().has("policy_type")).isTrue();

        var unknownField = api().post(policies, "{\"title\": \"T\", \"colour\": \"red\"}");
        assertError(unknownField, 422, "VALIDATION_ERROR");
        assertThat(unknownField.details().has("colour")).isTrue();
        assertThat(ids(api().get(policies))).isEmpty();
    }

    @Test
    void givenCategoryOrOwnerOutsideTheCompany_whenCreatingPolicy_thenValidationError() {
        var otherCompany = directory.company("Other MSP", "plus");
        var foreignCategory = api().post(
                        "/api/v3/companies/" + otherCompany + "/policy-categories", "{\"name\": \"Foreign\"}")
                .data()
                .get("id")
                .asText();
        var foreignUser = directory.user(otherCompany, "msp_admin").userId();

        for (var body : List.of(
                "{\"title\": \"T\", \"category_id\": \"" + foreignCategory + "\"}",
                "{\"title\": \"T\", \"category_id\": \"pcat_unknown0000000000\"}",
                "{\"title\": \"T\", \"category_id\": \"cat123\"}")) {
            var response = api().post(policies, body);
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().get("category_id").get(0).asText())
                    .isEqualTo("The category_id must be a policy category of this company.");
        }
        for (var body : List.of(
                "{\"title\": \"T\", \"owner_id\": \"" + foreignUser + "\"}",
                "{\"title\": \"T\", \"owner_id\": \"usr_unknown0000000000\"}",
                "{\"title\": \"T\", \"owner_id\": \"user456\"}")) {
            var response = api().post(policies, body);
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().get("owner_id").get(0).asText())
                    .isEqualTo("The owner_id must be a user of this company.");
        }
        assertThat(ids(api().get(policies))).isEmpty();
    }

    // lifecycle

    @Test
    void givenDraft_whenGoingThroughTheLifecycle_thenEveryStepAndVersionIsRecorded() {
        var id = policy("Acceptable Use");
        var one = policies + "/" + id;

        var updated = api().patch(one, "{\"description\": \"Rules\", \"content\": \"Be nice.\"}");
        assertSuccess(updated, 200);
        assertThat(updated.data().get("current_version").asText()).isEqualTo("0.2");
        assertThat(updated.data().get("status").asText()).isEqualTo("draft");
        assertThat(updated.data().get("description").asText()).isEqualTo("Rules");

        var published = transition(id, "publish");
        assertSuccess(published, 200);
        assertThat(published.data().get("status").asText()).isEqualTo("published");
        assertThat(published.data().get("current_version").asText()).isEqualTo("1.0");

        var approved = transition(id, "approve");
        assertSuccess(approved, 200);
        assertThat(approved.data().get("status").asText()).isEqualTo("approved");

        var revised = api().patch(one, "{\"title\": \"Acceptable Use Policy\"}");
        assertThat(revised.data().get("current_version").asText()).isEqualTo("1.1");
        assertThat(revised.data().get("status").asText()).isEqualTo("draft");
        assertThat(transition(id, "publish").data().get("current_version").asText())
                .isEqualTo("2.0");

        var rejected = api().post(one + "/reject", "{\"reason\": \"Too vague\"}");
        assertSuccess(rejected, 200);
        assertThat(rejected.data().get("status").asText()).isEqualTo("rejected");
        assertThat(rejected.data().get("rejection_reason").asText()).isEqualTo("Too vague");
        assertError(transition(id, "publish"), 409, "CONFLICT");

        var redrafted = api().patch(one, "{\"content\": \"Be very nice.\"}");
        assertThat(redrafted.data().get("current_version").asText()).isEqualTo("2.1");
        assertThat(redrafted.data().get("rejection_reason").isNull()).isTrue();

        var archived = transition(id, "archive");
        assertSuccess(archived, 200);
        assertThat(archived.data().get("status").asText()).isEqualTo("archived");

        var versions = api().get(one + "/versions");
        assertSuccess(versions, 200);
        assertThat(versions.data())
                .extracting(v -> v.get("version").asText())
                .containsExactly("0.1", "0.2", "1.0", "1.1", "2.0", "2.1");
        var first = versions.data().get(0);
        assertThat(first.get("title").asText()).isEqualTo("Acceptable Use");
        assertThat(first.get("content").isNull()).isTrue();
        assertThat(first.get("published_at").isNull()).isTrue();
        var firstPublished = versions.data().get(2);
        assertThat(firstPublished.get("content").asText()).isEqualTo("Be nice.");
        assertThat(firstPublished.get("published_at").asText()).isNotBlank();
        assertThat(firstPublished.get("created_at").asText()).isNotBlank();
        assertThat(versions.data().get(5).get("content").asText()).isEqualTo("Be very nice.");
        assertThat(versions.data().get(5).get("title").asText()).isEqualTo("Acceptable Use Policy");
    }

    @Test
    void givenIllegalTransitions_whenRequested_thenConflictAndNothingChanges() {
        var draft = policy("Draft");
        var approveDraft = transition(draft, "approve");
        assertError(approveDraft, 409, "CONFLICT");
        assertThat(approveDraft.json().path("error").path("message").asText())
                .isEqualTo("Only a published policy can be approved; this one is draft.");
        assertError(api().post(policies + "/" + draft + "/reject", "{\"reason\": \"No\"}"), 409, "CONFLICT");

        var published = policy("Published");
        assertSuccess(transition(published, "publish"), 200);
        assertError(transition(published, "publish"), 409, "CONFLICT");

        var archived = policy("Archived");
        assertSuccess(transition(archived, "archive"), 200);
        assertError(transition(archived, "publish"), 409, "CONFLICT");
        assertError(transition(archived, "archive"), 409, "CONFLICT");
        assertError(transition(archived, "approve"), 409, "CONFLICT");
        var updateArchived = api().patch(policies + "/" + archived, "{\"title\": \"Revived\"}");
        assertError(updateArchived, 409, "CONFLICT");
        assertThat(updateArchived.json().path("error").path("message").asText())
                .isEqualTo("An archived policy cannot be updated.");

        assertThat(api().get(policies + "/" + draft).data().get("status").asText())
                .isEqualTo("draft");
        assertThat(api().get(policies + "/" + archived).data().get("title").asText())
                .isEqualTo("Archived");
        assertThat(api().get(policies + "/" + archived + "/versions").data()).hasSize(1);
    }

    @Test
    void givenBadTransitionBodies_whenSent_thenValidationErrors() {
        var id = policy("Bodies");
        assertSuccess(transition(id, "publish"), 200);

        var noReason = api().post(policies + "/" + id + "/reject", "{}");
        assertError(noReason, 422, "VALIDATION_ERROR");
        assertThat(noReason.details().get("reason").get(0).asText()).isEqualTo("The reason field is required.");
        assertError(
                api().post(policies + "/" + id + "/reject", "{\"reason\": \"" + "x".repeat(1001) + "\"}"),
                422,
                "VALIDATION_ERROR");

        var empty = api().patch(policies + "/" + id, "{}");
        assertError(empty, 422, "VALIDATION_ERROR");
        assertThat(empty.details().has("body")).isTrue();
        var blankTitle = api().patch(policies + "/" + id, "{\"title\": \" \"}");
        assertError(blankTitle, 422, "VALIDATION_ERROR");
        assertThat(blankTitle.details().has("title")).isTrue();
        assertThat(api().get(policies + "/" + id).data().get("status").asText()).isEqualTo("published");
    }

    // acknowledgements

    @Test
    void givenPublishedPolicy_whenEmployeesAcknowledge_thenAdoptionIsTheClientsShare() {
        var otherClient = directory.client(companyId, "Hooli");
        var ids = api().send(
                        "PUT",
                        "/api/v1/employees",
                        """
                {"tenantId": "%s", "employees": [
                  {"email": "a-%s@initech.example", "clientId": "%s"},
                  {"email": "b-%s@initech.example", "clientId": "%s"},
                  {"email": "c-%s@initech.example", "clientId": "%s"},
                  {"email": "d-%s@hooli.example", "clientId": "%s"}]}""".formatted(
                                        companyId,
                                        UUID.randomUUID(),
                                        clientId,
                                        UUID.randomUUID(),
                                        clientId,
                                        UUID.randomUUID(),
                                        clientId,
                                        UUID.randomUUID(),
                                        otherClient),
                        List.of("Content-Type", "application/json"));
        assertSuccess(ids, 200);
        var alice = ids.data().get("ids").get(0).asText();
        var bob = ids.data().get("ids").get(1).asText();
        var dave = ids.data().get("ids").get(3).asText();
        var id = policy("Acknowledged");
        var acknowledgements = policies + "/" + id + "/acknowledgements";

        assertError(acknowledge(acknowledgements, alice), 409, "CONFLICT");
        assertSuccess(transition(id, "publish"), 200);

        var first = acknowledge(acknowledgements, alice);
        assertSuccess(first, 201);
        assertThat(first.data().get("policy_id").asText()).isEqualTo(id);
        assertThat(first.data().get("employee_id").asText()).isEqualTo(alice);
        assertThat(first.data().get("version").asText()).isEqualTo("1.0");
        assertThat(first.data().get("acknowledged_at").asText()).isNotBlank();
        assertSuccess(acknowledge(acknowledgements, alice), 200);
        assertSuccess(acknowledge(acknowledgements, bob), 201);
        assertSuccess(acknowledge(acknowledgements, dave), 201);

        assertThat(api().get(policies + "/" + id).data().get("adoption_rate").asDouble())
                .isEqualTo(66.7);
        assertThat(api().get(policies).data().get(0).get("adoption_rate").asDouble())
                .isEqualTo(66.7);

        assertSuccess(api().patch(policies + "/" + id, "{\"content\": \"v2\"}"), 200);
        assertError(acknowledge(acknowledgements, alice), 409, "CONFLICT");
        assertSuccess(transition(id, "publish"), 200);
        assertThat(api().get(policies + "/" + id).data().get("adoption_rate").asDouble())
                .isZero();
        var again = acknowledge(acknowledgements, alice);
        assertSuccess(again, 201);
        assertThat(again.data().get("version").asText()).isEqualTo("2.0");
        assertThat(api().get(policies + "/" + id).data().get("adoption_rate").asDouble())
                .isEqualTo(33.3);
    }

    @Test
    void givenBadEmployee_whenAcknowledging_thenValidationErrorOrNotFound() {
        var id = policy("Bad employee");
        assertSuccess(transition(id, "publish"), 200);
        var acknowledgements = policies + "/" + id + "/acknowledgements";

        for (var body : List.of("{\"employee_id\": \"emp_unknown0000000000\"}", "{\"employee_id\": \"bob\"}")) {
            var response = api().post(acknowledgements, body);
            assertError(response, 422, "VALIDATION_ERROR");
            assertThat(response.details().get("employee_id").get(0).asText())
                    .isEqualTo("The employee_id must be an employee of this company.");
        }
        assertError(api().post(acknowledgements, "{}"), 422, "VALIDATION_ERROR");
        assertError(
                api().post(
                                policies + "/pol_unknown0000000000/acknowledgements",
                                "{\"employee_id\": \"emp_unknown0000000000\"}"),
                404,
                "NOT_FOUND");
    }

    /** The employee read model is eventually consistent: retry while the new employee is not visible yet. */
    private HttpApi.Response acknowledge(String path, String employeeId) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            var response = api().post(path, "{\"employee_id\": \"" + employeeId + "\"}");
            if (response.status() != 422 || System.nanoTime() > deadline) {
                return response;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return response;
            }
        }
    }

    // not found, unauthorized, forbidden

    @Test
    void givenUnknownOrForeignIds_whenAddressed_thenNotFound() {
        var id = policy("Mine");
        var otherClient = directory.client(companyId, "Other client");
        var otherClientsPolicies = "/api/v3/companies/" + companyId + "/clients/" + otherClient + "/policies";

        assertError(
                api().get("/api/v3/companies/cmp_nobody0000000000000/clients/" + clientId + "/policies"),
                404,
                "NOT_FOUND");
        assertError(
                api().get("/api/v3/companies/" + companyId + "/clients/cli_unknown00000000000/policies"),
                404,
                "NOT_FOUND");
        assertError(
                api().post(
                                "/api/v3/companies/" + companyId + "/clients/cli_unknown00000000000/policies",
                                "{\"title\": \"T\"}"),
                404,
                "NOT_FOUND");
        assertError(api().get(policies + "/pol_unknown0000000000"), 404, "NOT_FOUND");
        assertError(api().get(policies + "/policy123"), 404, "NOT_FOUND");
        assertError(api().get(otherClientsPolicies + "/" + id), 404, "NOT_FOUND");
        assertError(api().get(otherClientsPolicies + "/" + id + "/versions"), 404, "NOT_FOUND");
        assertError(api().patch(otherClientsPolicies + "/" + id, "{\"title\": \"X\"}"), 404, "NOT_FOUND");
        for (var action : List.of("publish", "approve", "archive")) {
            assertError(api().post(otherClientsPolicies + "/" + id + "/" + action, ""), 404, "NOT_FOUND");
        }
        assertError(api().post(otherClientsPolicies + "/" + id + "/reject", "{\"reason\": \"R\"}"), 404, "NOT_FOUND");
        assertThat(api().get(policies + "/" + id).data().get("status").asText()).isEqualTo("draft");
    }

    @Test
    void givenNoCredential_whenCallingPolicyRoutes_thenUnauthorized() {
        var one = policies + "/pol_x";
        for (var response : List.of(
                anonymous().get(policies),
                anonymous().post(policies, "{\"title\": \"T\"}"),
                anonymous().get(one),
                anonymous().get(one + "/versions"),
                anonymous().patch(one, "{\"title\": \"T\"}"),
                anonymous().post(one + "/publish", ""),
                anonymous().post(one + "/approve", ""),
                anonymous().post(one + "/reject", "{\"reason\": \"R\"}"),
                anonymous().post(one + "/archive", ""),
                anonymous().post(one + "/acknowledgements", "{\"employee_id\": \"emp_x\"}"))) {
            assertError(response, 401, "UNAUTHORIZED");
        }
    }

    @Test
    void givenApiKeyWithoutPoliciesWrite_whenWriting_thenForbiddenButReadingWorks() {
        var id = policy("Scoped");
        var admin = api().withToken(directory.user(companyId, "msp_admin").token());
        var readOnly = api().withToken(Directory.apiKey(admin, companyId, "policies:read"));
        var one = policies + "/" + id;

        for (var response : List.of(
                readOnly.post(policies, "{\"title\": \"T\"}"),
                readOnly.patch(one, "{\"title\": \"T\"}"),
                readOnly.post(one + "/publish", ""),
                readOnly.post(one + "/approve", ""),
                readOnly.post(one + "/reject", "{\"reason\": \"R\"}"),
                readOnly.post(one + "/archive", ""),
                readOnly.post(one + "/acknowledgements", "{\"employee_id\": \"emp_x\"}"),
                readOnly.post(categories, "{\"name\": \"C\"}"))) {
            assertError(response, 403, "FORBIDDEN");
            assertThat(response.json().path("error").path("message").asText())
                    .isEqualTo("This credential lacks the policies:write scope.");
        }
        assertSuccess(readOnly.get(policies), 200);
        assertSuccess(readOnly.get(one), 200);
        assertSuccess(readOnly.get(one + "/versions"), 200);
        assertSuccess(readOnly.get(categories), 200);

        var noPolicies = api().withToken(Directory.apiKey(admin, companyId, "clients:read"));
        assertError(noPolicies.get(policies), 403, "FORBIDDEN");
        assertError(noPolicies.get(categories), 403, "FORBIDDEN");
    }

    @Test
    void givenAnotherCompanysCredential_whenAddressingThisCompany_thenForbiddenWithTheSeedsMessage() {
        var id = policy("Private");
        var otherCompany = directory.company("Intruder MSP", "plus");
        var intruder = api().withToken(directory.user(otherCompany, "msp_admin").token());
        var one = policies + "/" + id;

        for (var response : List.of(
                intruder.get(policies),
                intruder.post(policies, "{\"title\": \"T\"}"),
                intruder.get(one),
                intruder.get(one + "/versions"),
                intruder.patch(one, "{\"title\": \"T\"}"),
                intruder.post(one + "/publish", ""),
                intruder.post(one + "/archive", ""),
                intruder.post(one + "/acknowledgements", "{\"employee_id\": \"emp_x\"}"),
                intruder.get(categories),
                intruder.post(categories, "{\"name\": \"C\"}"))) {
            assertError(response, 403, "FORBIDDEN");
            assertThat(response.json().path("error").path("message").asText())
                    .isEqualTo("You are not authorized for this tenant context.");
        }
        assertThat(api().get(one).data().get("status").asText()).isEqualTo("draft");
    }

    @Test
    void givenCompanyUser_whenReadingPolicies_thenOnlyAssignedClientsAndNoWrites() {
        var id = policy("Assigned");
        var unassigned = directory.client(companyId, "Unassigned");
        var user = api().withToken(directory
                .user(companyId, "company_user", List.of(clientId))
                .token());

        assertThat(ids(user.get(policies))).containsExactly(id);
        assertSuccess(user.get(policies + "/" + id), 200);
        assertError(
                user.get("/api/v3/companies/" + companyId + "/clients/" + unassigned + "/policies"), 404, "NOT_FOUND");
        assertError(user.post(policies, "{\"title\": \"T\"}"), 403, "FORBIDDEN");
        assertError(user.post(policies + "/" + id + "/publish", ""), 403, "FORBIDDEN");
    }

    private static List<String> ids(HttpApi.Response response) {
        assertSuccess(response, 200);
        var ids = new ArrayList<String>();
        response.data().forEach(p -> ids.add(p.get("id").asText()));
        return ids;
    }
}
