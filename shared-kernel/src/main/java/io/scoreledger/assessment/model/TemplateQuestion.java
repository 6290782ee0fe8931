package io.scoreledger.assessment.model;

public record TemplateQuestion(String id, String text, double weight, AnswerType answerType) {}
