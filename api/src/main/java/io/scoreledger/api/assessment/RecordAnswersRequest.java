package io.scoreledger.api.assessment;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.input.MultiLineText;
import io.scoreledger.assessment.model.Answer;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** value may be a string, a number (scale answers) or a boolean (yes_no answers: true is yes). */
record RecordAnswersRequest(
        @NotEmpty(message = "The answers field must hold at least one answer.")
        @Size(max = 1000, message = "The answers field must hold at most 1000 answers.")
        List<Item> answers) {

    @Schema(name = "AnswerItem")
    record Item(
            @JsonProperty("question_id") String questionId,
            @MultiLineText Object value) {}

    List<Answer> toAnswers() {
        var result = new ArrayList<Answer>();
        for (int i = 0; i < answers.size(); i++) {
            var item = answers.get(i);
            if (item == null) {
                throw ApiException.invalid("answers[" + i + "]", "The answers[" + i + "] field is required.");
            }
            result.add(new Answer(item.questionId(), text(item.value(), i)));
        }
        return result;
    }

    private static String text(Object value, int index) {
        return switch (value) {
            case null -> null;
            case String s -> s;
            case Boolean b -> b ? "yes" : "no";
            case Integer n -> n.toString();
            case Long n -> n.toString();
            case BigInteger n -> n.toString();
            case Double d
            when d == Math.rint(d) && !d.isInfinite() && Math.abs(d) < 1e9 -> Long.toString(d.longValue());
            case Number n -> n.toString();
            default ->
                throw ApiException.invalid(
                        "answers[" + index + "].value",
                        "The answers[" + index + "].value field must be a string, a number or a boolean.");
        };
    }
}
