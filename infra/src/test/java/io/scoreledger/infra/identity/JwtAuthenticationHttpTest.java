package io.scoreledger.infra.identity;

import static io.scoreledger.infra.support.Envelopes.assertError;
import static io.scoreledger.infra.support.Envelopes.assertSuccess;
import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.infra.support.Directory;
import io.scoreledger.infra.support.TestJwts;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwtAuthenticationHttpTest extends ApplicationTest {

    private Directory directory;
    private String company;

    @BeforeEach
    void setUp() {
        directory = new Directory(api());
        company = directory.company("Jwt MSP", "plus");
    }

    @Test
    void givenRegisteredUser_whenSigningInWithJwt_thenProfileShowsDirectoryRoleAndPermissions() {
        var client = directory.client(company, "Assigned Client");
        var member = directory.user(company, "company_user", List.of(client));

        var response = api().withToken(member.token()).get("/api/v3/auth/user");

        assertSuccess(response, 200);
        var profile = response.data();
        assertThat(profile.get("id").asText()).isEqualTo(member.userId());
        assertThat(profile.get("email").asText()).isEqualTo(member.email());
        assertThat(profile.get("role").get("name").asText()).isEqualTo("company_user");
        assertThat(profile.get("role").get("display_name").asText()).isEqualTo("Company User");
        assertThat(profile.get("company").get("id").asText()).isEqualTo(company);
        assertThat(profile.get("company").get("name").asText()).isEqualTo("Jwt MSP");
        assertThat(profile.get("company").get("subscription_status").asText()).isEqualTo("active");
        assertThat(profile.get("permissions").toString())
                .contains("view_assessments")
                .doesNotContain("manage_users");
        assertThat(profile.get("current_client_id").asText()).isEqualTo(client);
    }

    @Test
    void givenLinkedSubject_whenEmailClaimChanges_thenStillTheSameUser() {
        var member = directory.user(company, "auditor");
        assertSuccess(api().withToken(member.token()).get("/api/v3/auth/user"), 200);

        var renamed = TestJwts.forUser(member.subject(), "new-address@example.com");

        assertThat(api().withToken(renamed)
                        .get("/api/v3/auth/user")
                        .data()
                        .get("id")
                        .asText())
                .isEqualTo(member.userId());
    }

    @Test
    void givenLinkedUser_whenAnotherSubjectPresentsTheSameEmail_thenForbidden() {
        var member = directory.user(company, "auditor");
        assertSuccess(api().withToken(member.token()).get("/api/v3/auth/user"), 200);

        var impostor = TestJwts.forUser("auth0|impostor", member.email());

        assertError(api().withToken(impostor).get("/api/v3/auth/user"), 403, "FORBIDDEN");
    }

    @Test
    void givenTokenSignedByAnotherKey_whenCalling_thenUnauthorized() {
        var member = directory.user(company, "auditor");

        assertError(
                api().withToken(TestJwts.signedByUntrustedKey(member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void givenTokenFromAnotherIssuer_whenCalling_thenUnauthorized() {
        var member = directory.user(company, "auditor");

        assertError(
                api().withToken(TestJwts.withIssuer("https://evil.example/", member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void givenTokenForAnotherAudience_whenCalling_thenUnauthorized() {
        var member = directory.user(company, "auditor");

        assertError(
                api().withToken(TestJwts.withAudience("another-api", member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void givenExpiredToken_whenCalling_thenUnauthorized_butWithinClockSkewAccepted() {
        var member = directory.user(company, "auditor");

        assertError(
                api().withToken(TestJwts.expiredAt(Instant.now().minusSeconds(300), member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                401,
                "UNAUTHORIZED");
        assertSuccess(
                api().withToken(TestJwts.expiredAt(Instant.now().minusSeconds(10), member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                200);
    }

    @Test
    void givenValidTokenOfNobodyInTheDirectory_whenCalling_thenForbidden() {
        var stranger = TestJwts.forUser("auth0|stranger", "stranger@example.com");

        assertError(api().withToken(stranger).get("/api/v3/auth/user"), 403, "FORBIDDEN");
    }

    @Test
    void givenDeactivatedUser_whenCallingWithValidToken_thenForbidden() {
        var member = directory.user(company, "auditor");
        assertSuccess(api().withToken(member.token()).get("/api/v3/auth/user"), 200);

        assertSuccess(api().send("DELETE", "/api/v4/users/" + member.userId(), (String) null, List.of()), 200);

        assertError(api().withToken(member.token()).get("/api/v3/auth/user"), 403, "FORBIDDEN");
    }

    @Test
    void givenJwt_whenLoggingOut_thenTheSameTokenIsRefused() {
        var member = directory.user(company, "msp_admin");
        var asMember = api().withToken(member.token());
        assertSuccess(asMember.get("/api/v3/auth/user"), 200);

        var logout = asMember.post("/api/v3/auth/logout-user", "");

        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.json().get("success").asBoolean()).isTrue();
        assertThat(logout.json().get("message").asText()).isEqualTo("User logged out successfully");
        assertError(asMember.get("/api/v3/auth/user"), 401, "UNAUTHORIZED");
        var freshToken = TestJwts.forUser(member.subject(), member.email());
        assertSuccess(api().withToken(freshToken).get("/api/v3/auth/user"), 200);
    }

    @Test
    void givenJwt_whenOpeningSession_thenCookieAuthenticatesUntilLogout() {
        var member = directory.user(company, "msp_admin");

        var opened = api().withToken(member.token()).post("/api/v1/auth/session", "");

        assertSuccess(opened, 201);
        var setCookie = opened.header("Set-Cookie");
        assertThat(setCookie)
                .startsWith("crp_session=")
                .contains("HttpOnly")
                .contains("Secure")
                .contains("SameSite=Lax");
        var cookie = setCookie.substring(0, setCookie.indexOf(';'));
        var withCookie = api().withToken(null);
        var profile = withCookie.send("GET", "/api/v3/auth/user", (String) null, List.of("Cookie", cookie));
        assertSuccess(profile, 200);
        assertThat(profile.data().get("id").asText()).isEqualTo(member.userId());

        var logout = withCookie.send("POST", "/api/v3/auth/logout-user", "", List.of("Cookie", cookie));
        assertThat(logout.status()).isEqualTo(200);
        assertThat(logout.header("Set-Cookie")).contains("Max-Age=0");

        assertError(
                withCookie.send("GET", "/api/v3/auth/user", (String) null, List.of("Cookie", cookie)),
                401,
                "UNAUTHORIZED");
        assertError(
                withCookie.send("GET", "/api/v3/auth/user", (String) null, List.of("Cookie", "crp_session=forged")),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void givenOperatorOrApiKey_whenOpeningSession_thenForbidden() {
        assertError(api().post("/api/v1/auth/session", ""), 403, "FORBIDDEN");
        assertError(api().post("/api/v3/auth/logout-user", ""), 403, "FORBIDDEN");
    }

    @Test
    void givenDirectoryUserNotSignedInYet_whenATokenWithTheirAddressUnverifiedArrives_thenForbidden_andNotLinked() {
        var member = directory.user(company, "msp_admin");
        var impostor = TestJwts.withUnverifiedEmail("auth0|impostor-" + member.userId(), member.email());

        assertError(api().withToken(impostor).get("/api/v3/auth/user"), 403, "FORBIDDEN");

        var genuine = api().withToken(member.token()).get("/api/v3/auth/user");
        assertSuccess(genuine, 200);
        assertThat(genuine.data().get("id").asText()).isEqualTo(member.userId());
        assertError(api().withToken(impostor).get("/api/v3/auth/user"), 403, "FORBIDDEN");
    }

    @Test
    void givenTokenWithoutExpiry_whenCalling_thenUnauthorized() {
        var member = directory.user(company, "auditor");
        assertSuccess(api().withToken(member.token()).get("/api/v3/auth/user"), 200);

        assertError(
                api().withToken(TestJwts.withoutExpiry(member.subject(), member.email()))
                        .get("/api/v3/auth/user"),
                401,
                "UNAUTHORIZED");
    }

    @Test
    void givenSessionsOpenedWithTwoJwts_whenOneJwtIsLoggedOut_thenOnlyTheSessionsOpenedWithItEnd() {
        var member = directory.user(company, "msp_admin");
        var otherToken = TestJwts.forUser(member.subject(), member.email());
        var cookie = openSession(member.token());
        var secondCookie = openSession(member.token());
        var otherCookie = openSession(otherToken);

        assertThat(api().withToken(member.token())
                        .post("/api/v3/auth/logout-user", "")
                        .status())
                .isEqualTo(200);

        var withCookie = api().withToken(null);
        for (var ended : List.of(cookie, secondCookie)) {
            assertError(
                    withCookie.send("GET", "/api/v3/auth/user", (String) null, List.of("Cookie", ended)),
                    401,
                    "UNAUTHORIZED");
        }
        assertSuccess(withCookie.send("GET", "/api/v3/auth/user", (String) null, List.of("Cookie", otherCookie)), 200);
        assertError(api().withToken(member.token()).post("/api/v1/auth/session", ""), 401, "UNAUTHORIZED");
    }

    private String openSession(String jwt) {
        var opened = api().withToken(jwt).post("/api/v1/auth/session", "");
        assertSuccess(opened, 201);
        var setCookie = opened.header("Set-Cookie");
        return setCookie.substring(0, setCookie.indexOf(';'));
    }
}
