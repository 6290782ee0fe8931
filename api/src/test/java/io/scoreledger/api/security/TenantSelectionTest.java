package io.scoreledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;

class TenantSelectionTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final TenantId GLOBEX = new TenantId("cmp_globex");
    private static final Caller ACME_ADMIN =
            new Caller(Caller.Kind.USER, "usr_a", Role.MSP_ADMIN, ACME, Role.MSP_ADMIN.scopes(), Set.of());

    @Test
    void givenNoSelection_whenResolving_thenTheCredentialsTenant() {
        assertThat(TenantSelection.resolve(ACME_ADMIN, null, new MockHttpServletRequest()))
                .isEqualTo(ACME);
    }

    @Test
    void givenOwnTenantSelected_whenResolving_thenAccepted() {
        var request = new MockHttpServletRequest();
        request.addHeader(TenantSelection.HEADER, "cmp_acme");

        assertThat(TenantSelection.resolve(ACME_ADMIN, null, request)).isEqualTo(ACME);
    }

    @Test
    void givenForeignTenantByParameterOrHeader_whenResolving_thenForbiddenWithTheSeedsMessage() {
        var request = new MockHttpServletRequest();
        request.addHeader(TenantSelection.HEADER, "cmp_globex");

        for (var attempt : new Runnable[] {
            () -> TenantSelection.resolve(ACME_ADMIN, "cmp_globex", new MockHttpServletRequest()),
            () -> TenantSelection.resolve(ACME_ADMIN, null, request),
            () -> TenantSelection.resolve(ACME_ADMIN, "not-a-tenant", new MockHttpServletRequest())
        }) {
            assertThatThrownBy(attempt::run)
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN))
                    .hasMessage("You are not authorized for this tenant context.");
        }
    }

    @Test
    void givenOperator_whenSelectingAnyTenant_thenAccepted_butSomeTenantMustBeNamed() {
        assertThat(TenantSelection.resolve(Caller.operator(), "cmp_globex", new MockHttpServletRequest()))
                .isEqualTo(GLOBEX);
        assertThatThrownBy(() -> TenantSelection.resolve(Caller.operator(), null, new MockHttpServletRequest()))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @Test
    void givenABodyNamingItsOwnTenant_whenAForeignTenantIdParameterOrHeaderComesBeside_thenForbidden() {
        var byParameter = new MockHttpServletRequest();
        byParameter.setParameter("tenantId", "cmp_globex");
        var byHeader = new MockHttpServletRequest();
        byHeader.addHeader(TenantSelection.HEADER, "cmp_globex");

        for (var request : new MockHttpServletRequest[] {byParameter, byHeader}) {
            assertThatThrownBy(() -> TenantSelection.resolveWithBody(ACME_ADMIN, "cmp_acme", request))
                    .isInstanceOfSatisfying(
                            ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
        }
        var own = new MockHttpServletRequest();
        own.setParameter("tenantId", "cmp_acme");
        assertThat(TenantSelection.resolveWithBody(ACME_ADMIN, null, own)).isEqualTo(ACME);
    }

    @Test
    void givenOperatorNamingTwoDifferentTenants_whenResolving_thenUnprocessable() {
        var request = new MockHttpServletRequest();
        request.setParameter("tenantId", "cmp_globex");

        assertThatThrownBy(() -> TenantSelection.resolveWithBody(Caller.operator(), "cmp_acme", request))
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
    }

    @Test
    void givenApiKeyCaller_whenCheckingScopes_thenOnlyItsOwnScopesHold() {
        var key = new Caller(Caller.Kind.API_KEY, "key_a", null, ACME, Set.of(Scope.SCORES_READ), Set.of());

        key.requireScope(Scope.SCORES_READ);
        assertThatThrownBy(() -> key.requireScope(Scope.DASHBOARD_READ)).hasMessageContaining("read:dashboard");
    }
}
