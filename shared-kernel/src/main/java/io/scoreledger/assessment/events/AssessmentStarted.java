package io.scoreledger.assessment.events;

import io.scoreledger.assessment.model.TemplateContent;
import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/** Carries the template as it was, so the assessment's questions never change under it. */
@Revision("1")
public record AssessmentStarted(
        TenantId tenantId,
        AssessmentId assessmentId,
        ClientId clientId,
        String name,
        TemplateContent template,
        String version,
        Instant startedAt)
        implements AssessmentEvent {}
