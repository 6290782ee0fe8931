package io.scoreledger.score.model;

/**
 * The dashboard's overall score and risk level: the employees' average score, and, once organization-level findings
 * exist, 80% of it plus 20% of the organization score, rounded. Assessment scores join in a later version
 * (docs/scoring.md).
 */
public final class DashboardFormula {

    public static final String VERSION = "dashboard-v2";
    public static final double EMPLOYEE_WEIGHT = 0.8;
    public static final double ORGANIZATION_WEIGHT = 0.2;

    private DashboardFormula() {}

    /** null when nobody is scored yet. */
    public static Integer overallScore(ScoreHistogram employees) {
        return overallScore(employees, null);
    }

    /** organizationScore null: no organization-level finding yet, the employees alone decide. */
    public static Integer overallScore(ScoreHistogram employees, Integer organizationScore) {
        if (employees.total() == 0) {
            return organizationScore;
        }
        if (organizationScore == null) {
            return (int) Math.round(employees.average());
        }
        return (int) Math.round(EMPLOYEE_WEIGHT * employees.average() + ORGANIZATION_WEIGHT * organizationScore);
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
