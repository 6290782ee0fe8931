package io.scoreledger.assessment.model;

import io.scoreledger.ids.TemplateId;
import java.util.List;
import java.util.Optional;

/** A template as an assessment starts from it; the assessment keeps this copy, so later template changes never move it. */
public record TemplateContent(TemplateId id, String name, String category, List<TemplateSection> sections) {

    public TemplateContent {
        sections = List.copyOf(sections);
    }

    public List<TemplateQuestion> questions() {
        return sections.stream()
                .flatMap(section -> section.questions().stream())
                .toList();
    }

    public Optional<TemplateQuestion> question(String questionId) {
        return questions().stream()
                .filter(question -> question.id().equals(questionId))
                .findFirst();
    }
}
