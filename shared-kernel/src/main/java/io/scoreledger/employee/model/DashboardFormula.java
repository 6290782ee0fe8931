package io.scoreledger.employee.model;

/**
 * The dashboard's overall score and risk level. Version 3: start from the employees' average score; once
 * organization-level findings exist, take 80% of it and 20% of the organization score; once completed assessments
 * exist, take 80% of that and 20% of their average score; round at the end (docs/scoring.md).
 */
public final class DashboardFormula {

    public static final String VERSION = "dashboard-v3";
    public static final double EMPLOYEE_WEIGHT = 0.8;
    public static final double ORGANIZATION_WEIGHT = 0.2;
    public static final double ASSESSMENT_WEIGHT = 0.2;

    private DashboardFormula() {}

    /** null when nobody is scored yet. */
    public static Integer overallScore(ScoreHistogram employees) {
        return overallScore(employees, null);
    }

    /** organizationScore null: no organization-level finding yet, the employees alone decide. */
    public static Integer overallScore(ScoreHistogram employees, Integer organizationScore) {
        return overallScore(employees, organizationScore, null);
    }

    /** Any part may be missing (null, or no employees); null when all are. */
    public static Integer overallScore(ScoreHistogram employees, Integer organizationScore, Double assessmentAverage) {
        Double base = employees.total() == 0 ? null : employees.average();
        if (organizationScore != null) {
            base = base == null ? organizationScore : EMPLOYEE_WEIGHT * base + ORGANIZATION_WEIGHT * organizationScore;
        }
        if (assessmentAverage != null) {
            base = base == null
                    ? assessmentAverage
                    : (1 - ASSESSMENT_WEIGHT) * base + ASSESSMENT_WEIGHT * assessmentAverage;
        }
        return base == null ? null : (int) Math.round(base);
    }

    /** Low 80–100, Moderate 60–79, High 40–59, Critical 0–39 (the seed's 72 is Moderate). */
    public static String riskLevel(int overallScore) {
        if (overallScore >= 80) {
            return "Low";
        }
        if (overallScore >= 60) {
            return "Moderate";
        }
        return overallScore >= 40 ? "High" : "Critical";
    }
}
