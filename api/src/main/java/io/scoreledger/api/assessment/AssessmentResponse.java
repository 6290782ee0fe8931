package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.assessment.queries.AssessmentView;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The seed's assessment-event object. */
record AssessmentResponse(
        String id,
        String name,
        Template template,
        String status,
        @JsonProperty("completion_percentage") double completionPercentage,
        @Nullable Double score,
        @JsonProperty("started_at") Instant startedAt,
        @JsonProperty("completed_at") @Nullable Instant completedAt,
        @Nullable String version) {

    record Template(String id, String name) {}

    static AssessmentResponse of(AssessmentView view) {
        return new AssessmentResponse(
                view.id().value(),
                view.name(),
                new Template(view.templateId().value(), view.templateName()),
                view.status(),
                view.completionPercentage(),
                view.score(),
                view.startedAt(),
                view.completedAt(),
                view.version());
    }
}
