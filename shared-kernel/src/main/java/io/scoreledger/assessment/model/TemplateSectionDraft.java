package io.scoreledger.assessment.model;

import java.util.List;

public record TemplateSectionDraft(String name, List<TemplateQuestionDraft> questions) {}
