package io.scoreledger.assessment.model;

/** A question as a tenant submits it; the aggregate validates every field and assigns the id. */
public record TemplateQuestionDraft(String text, Double weight, String answerType) {}
