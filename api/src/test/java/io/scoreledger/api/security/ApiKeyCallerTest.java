package io.scoreledger.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.scoreledger.identity.queries.ApiKeyCredential;
import io.scoreledger.ids.ApiKeyId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Role;
import io.scoreledger.values.Scope;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiKeyCallerTest {

    private static final ClientId A = new ClientId("cli_a");
    private static final ClientId B = new ClientId("cli_b");

    private static ApiKeyCredential key(Set<Scope> scopes, Role issuerRole, Set<ClientId> issuerClients) {
        return new ApiKeyCredential(
                new ApiKeyId("key_ci"),
                new TenantId("cmp_acme"),
                scopes,
                "a".repeat(64),
                null,
                null,
                "usr_john",
                issuerRole,
                issuerClients);
    }

    @Test
    void givenAKeyOfACompanyUser_whenActing_thenItSeesOnlyTheClientsBothTheKeyAndTheCreatorHold() {
        var caller = Caller.apiKey(
                key(Set.of(Scope.CLIENTS_READ), Role.COMPANY_USER, Set.of(A)), Role.COMPANY_USER, Set.of(A, B));

        assertThat(caller.seesEveryClient()).isFalse();
        assertThat(caller.maySee(A)).isTrue();
        assertThat(caller.maySee(B)).isFalse();
    }

    @Test
    void givenAKeyIssuedBeforeCeilingsWereKept_whenItsCreatorIsACompanyUser_thenItIsNarrowedToTheCreatorsClients() {
        var caller = Caller.apiKey(key(Set.of(Scope.CLIENTS_READ), null, null), Role.COMPANY_USER, Set.of(A));

        assertThat(caller.maySee(A)).isTrue();
        assertThat(caller.maySee(B)).isFalse();
    }

    @Test
    void givenAKeyOfAnAdministratorNowACompanyUser_whenActing_thenTheCreatorsCurrentAccessBoundsIt() {
        var caller = Caller.apiKey(
                key(Set.of(Scope.CLIENTS_READ, Scope.SCORES_READ), Role.MSP_ADMIN, Set.of()),
                Role.COMPANY_USER,
                Set.of(B));

        assertThat(caller.scopes()).containsExactly(Scope.CLIENTS_READ);
        assertThat(caller.maySee(A)).isFalse();
        assertThat(caller.maySee(B)).isTrue();
    }

    @Test
    void givenAKeyNarrowedWhenIssued_whenItsCreatorLaterSeesEveryClient_thenItStaysNarrowed() {
        var caller =
                Caller.apiKey(key(Set.of(Scope.CLIENTS_READ), Role.COMPANY_USER, Set.of(A)), Role.MSP_ADMIN, Set.of());

        assertThat(caller.maySee(A)).isTrue();
        assertThat(caller.maySee(B)).isFalse();
    }
}
