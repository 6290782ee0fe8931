package io.scoreledger.api.policy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

record AcknowledgementResponse(
        @JsonProperty("policy_id") String policyId,
        @JsonProperty("employee_id") String employeeId,
        String version,
        @JsonProperty("acknowledged_at") Instant acknowledgedAt) {}
