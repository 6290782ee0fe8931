package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.assessment.queries.AssessmentTemplateView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

record TemplateResponse(
        String id,
        String name,
        @Nullable String category,
        boolean global,
        @JsonProperty("question_count") int questionCount,
        List<Section> sections,
        @JsonProperty("created_at") @Nullable Instant createdAt) {

    @Schema(name = "TemplateSection")
    record Section(String name, List<Question> questions) {}

    @Schema(name = "TemplateQuestion")
    record Question(
            String id,
            String text,
            double weight,
            @JsonProperty("answer_type") String answerType) {}

    static TemplateResponse of(AssessmentTemplateView view) {
        var sections = view.sections().stream()
                .map(section -> new Section(
                        section.name(),
                        section.questions().stream()
                                .map(q -> new Question(
                                        q.id(),
                                        q.text(),
                                        q.weight(),
                                        q.answerType().wireName()))
                                .toList()))
                .toList();
        int questions = sections.stream()
                .mapToInt(section -> section.questions().size())
                .sum();
        return new TemplateResponse(
                view.id().value(), view.name(), view.category(), view.global(), questions, sections, view.createdAt());
    }
}
