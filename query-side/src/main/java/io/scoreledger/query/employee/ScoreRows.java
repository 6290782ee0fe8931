package io.scoreledger.query.employee;

import io.scoreledger.employee.model.ScoreHistogram;
import io.scoreledger.employee.model.SignalType;
import java.util.Arrays;

/** How the score projection's tables spell what the queries mean: the whole tenant, no department, no factor. */
final class ScoreRows {

    /** The histogram department that stands for the whole tenant. */
    static final String EVERYONE = "*";

    private static final String NO_DEPARTMENT = "";

    private ScoreRows() {}

    static String department(String department) {
        return department == null ? NO_DEPARTMENT : department;
    }

    static String departmentOrNull(String department) {
        return department.isEmpty() ? null : department;
    }

    static SignalType signalType(String name) {
        return name == null ? null : SignalType.valueOf(name);
    }

    static ScoreHistogram histogram(Integer[] counts) {
        return new ScoreHistogram(Arrays.asList(counts));
    }

    /** One count per score from 0 to 100. */
    static Integer[] zeros() {
        var zeros = new Integer[101];
        Arrays.fill(zeros, 0);
        return zeros;
    }
}
