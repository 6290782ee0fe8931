package io.scoreledger.assessment.model;

import java.util.List;

public record TemplateSection(String name, List<TemplateQuestion> questions) {

    public TemplateSection {
        questions = List.copyOf(questions);
    }
}
