package io.scoreledger.values;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuditReadScopeTest {

    @Test
    void givenTheRoles_whenAskedWhoMayReadTheAuditLog_thenOnlyTheOperatorMspAdminsAndAuditors() {
        assertThat(Arrays.stream(Role.values()).filter(role -> role.scopes().contains(Scope.AUDIT_READ)))
                .containsExactlyInAnyOrder(Role.SUPER_ADMIN, Role.MSP_ADMIN, Role.AUDITOR);
    }
}
