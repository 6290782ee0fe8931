package io.scoreledger.assessment.queries;

import io.scoreledger.assessment.model.AnswerType;

/** One question of an assessment with its answer, null while unanswered. */
public record AssessmentItemView(
        String questionId, String section, String question, AnswerType answerType, double weight, String answer) {}
