package io.scoreledger.infra.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.EmployeeId;
import io.scoreledger.ids.PolicyCategoryId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.ids.UserId;
import io.scoreledger.infra.support.ApplicationTest;
import io.scoreledger.policy.events.PolicyAcknowledged;
import io.scoreledger.policy.events.PolicyApproved;
import io.scoreledger.policy.events.PolicyArchived;
import io.scoreledger.policy.events.PolicyCategoryCreated;
import io.scoreledger.policy.events.PolicyCreated;
import io.scoreledger.policy.events.PolicyPublished;
import io.scoreledger.policy.events.PolicyRejected;
import io.scoreledger.policy.events.PolicyUpdated;
import java.time.Instant;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/** Pins the stored JSON form of every policy event, as Axon's serializer writes it, and reads it back. */
class PolicyEventJsonTest extends ApplicationTest {

    private static final TenantId ACME = new TenantId("cmp_acme");
    private static final PolicyId POLICY = new PolicyId("pol_one");
    private static final Instant AT = Instant.parse("2026-03-01T09:00:00Z");
    private static final String IDS = "\"tenantId\":{\"value\":\"cmp_acme\"},\"policyId\":{\"value\":\"pol_one\"},";

    @Autowired
    @Qualifier("axonObjectMapper")
    ObjectMapper axonJson;

    @Test
    void everyPolicyEventKeepsItsJsonForm() throws Exception {
        var pinned = new LinkedHashMap<Object, String>();
        pinned.put(
                new PolicyCategoryCreated(ACME, new PolicyCategoryId("pcat_sec"), "Security", AT),
                "{\"tenantId\":{\"value\":\"cmp_acme\"},\"categoryId\":{\"value\":\"pcat_sec\"},\"name\":\"Security\","
                        + "\"createdAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyCreated(
                        ACME,
                        POLICY,
                        new ClientId("cli_one"),
                        "T",
                        "D",
                        null,
                        new PolicyCategoryId("pcat_sec"),
                        new UserId("usr_owner"),
                        "operational",
                        "N",
                        "0.1",
                        AT),
                "{" + IDS
                        + "\"clientId\":{\"value\":\"cli_one\"},\"title\":\"T\",\"description\":\"D\",\"content\":null,"
                        + "\"categoryId\":{\"value\":\"pcat_sec\"},\"ownerId\":{\"value\":\"usr_owner\"},"
                        + "\"policyType\":\"operational\",\"notes\":\"N\",\"version\":\"0.1\","
                        + "\"createdAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyUpdated(ACME, POLICY, "T", null, "C", "0.2", AT),
                "{" + IDS + "\"title\":\"T\",\"description\":null,\"content\":\"C\",\"version\":\"0.2\","
                        + "\"updatedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyPublished(ACME, POLICY, new ClientId("cli_one"), "T", null, "C", "1.0", "usr_pub", AT),
                "{" + IDS
                        + "\"clientId\":{\"value\":\"cli_one\"},\"title\":\"T\",\"description\":null,\"content\":\"C\","
                        + "\"version\":\"1.0\",\"publishedBy\":\"usr_pub\",\"publishedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyApproved(ACME, POLICY, "1.0", AT),
                "{" + IDS + "\"version\":\"1.0\",\"approvedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyRejected(ACME, POLICY, "1.0", "Vague", AT),
                "{" + IDS + "\"version\":\"1.0\",\"reason\":\"Vague\",\"rejectedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(new PolicyArchived(ACME, POLICY, AT), "{" + IDS + "\"archivedAt\":\"2026-03-01T09:00:00Z\"}");
        pinned.put(
                new PolicyAcknowledged(ACME, POLICY, new EmployeeId("emp_alice"), "1.0", AT),
                "{" + IDS + "\"employeeId\":{\"value\":\"emp_alice\"},\"version\":\"1.0\","
                        + "\"acknowledgedAt\":\"2026-03-01T09:00:00Z\"}");

        for (var entry : pinned.entrySet()) {
            var event = entry.getKey();
            assertThat(axonJson.readTree(axonJson.writeValueAsString(event)))
                    .as(event.getClass().getSimpleName())
                    .isEqualTo(axonJson.readTree(entry.getValue()));
            assertThat(axonJson.readValue(entry.getValue(), event.getClass())).isEqualTo(event);
        }
    }
}
