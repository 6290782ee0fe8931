package io.scoreledger.assessment.model;

/** An answer as recorded: yes_no "yes" or "no", scale_0_5 "0" to "5", text the text itself. */
public record Answer(String questionId, String value) {}
