package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.assessment.model.TemplateQuestionDraft;
import io.scoreledger.assessment.model.TemplateSectionDraft;
import io.scoreledger.values.FieldLimits;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The top-level fields are checked here; sections and questions by the domain, which names the failing item. */
record CreateTemplateRequest(
        @NotBlank(message = "The name field is required.")
        @Size(
                max = FieldLimits.NAME_MAX,
                message = "The name field must not be longer than " + FieldLimits.NAME_MAX + " characters.")
        String name,

        @NotBlank(message = "The category field is required.")
        @Size(
                max = FieldLimits.SHORT_TEXT_MAX,
                message = "The category field must not be longer than " + FieldLimits.SHORT_TEXT_MAX + " characters.")
        String category,

        @NotEmpty(message = "The sections field must hold at least one section.")
        @Size(max = 50, message = "The sections field must hold at most 50 sections.")
        List<Section> sections) {

    @Schema(name = "NewTemplateSection")
    record Section(String name, List<Question> questions) {}

    @Schema(name = "NewTemplateQuestion")
    record Question(
            String text,
            Double weight,
            @JsonProperty("answer_type") String answerType) {}

    List<TemplateSectionDraft> drafts() {
        return sections.stream()
                .map(section -> section == null
                        ? null
                        : new TemplateSectionDraft(
                                section.name(),
                                section.questions() == null
                                        ? null
                                        : section.questions().stream()
                                                .map(q -> q == null
                                                        ? null
                                                        : new TemplateQuestionDraft(
                                                                q.text(), q.weight(), q.answerType()))
                                                .toList()))
                .toList();
    }
}
