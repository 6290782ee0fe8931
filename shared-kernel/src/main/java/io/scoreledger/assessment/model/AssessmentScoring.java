package io.scoreledger.assessment.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Method assessment-score/1. Each answered question scores yes = 1, no = 0, a scale value n = n / 5; text answers are
 * not scored. The score is the weighted average of the scored answers times 100, one decimal (half up), and null
 * while no scorable question is answered. Completion is the answered share of all questions' weight, text included,
 * times 100, one decimal. A change of method gets a new version and leaves recorded scores as they were.
 */
public final class AssessmentScoring {

    public static final String METHOD_VERSION = "assessment-score/1";

    private AssessmentScoring() {}

    public static Double score(TemplateContent template, Collection<Answer> answers) {
        var byQuestion = byQuestion(answers);
        double weighted = 0;
        double weights = 0;
        for (var question : template.questions()) {
            var answer = byQuestion.get(question.id());
            if (answer == null || question.answerType() == AnswerType.TEXT) {
                continue;
            }
            weighted += question.weight() * points(question.answerType(), answer.value());
            weights += question.weight();
        }
        return weights == 0 ? null : oneDecimal(100 * weighted / weights);
    }

    public static double completionPercentage(TemplateContent template, Collection<Answer> answers) {
        var byQuestion = byQuestion(answers);
        double answered = 0;
        double total = 0;
        for (var question : template.questions()) {
            total += question.weight();
            if (byQuestion.containsKey(question.id())) {
                answered += question.weight();
            }
        }
        return total == 0 ? 0 : oneDecimal(100 * answered / total);
    }

    private static double points(AnswerType type, String value) {
        return switch (type) {
            case YES_NO -> "yes".equals(value) ? 1 : 0;
            case SCALE_0_5 -> Integer.parseInt(value) / 5.0;
            case TEXT -> 0;
        };
    }

    private static Map<String, Answer> byQuestion(Collection<Answer> answers) {
        return answers.stream().collect(Collectors.toMap(Answer::questionId, Function.identity(), (a, b) -> b));
    }

    private static double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
