package io.scoreledger.report;

import java.util.Arrays;
import java.util.Optional;

/** What a report covers. ASSESSMENT_DETAIL is about one assessment and needs its id; the others may name one. */
public enum ReportType {
    BOARD_PACK,
    EXECUTIVE_SUMMARY,
    ASSESSMENT_DETAIL;

    public boolean needsAssessment() {
        return this == ASSESSMENT_DETAIL;
    }

    public static Optional<ReportType> fromWireName(String name) {
        return Arrays.stream(values()).filter(type -> type.name().equals(name)).findFirst();
    }
}
