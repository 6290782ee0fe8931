package io.scoreledger.score.model;

/**
 * The dashboard's overall score and risk level. Version 1 takes the employees' average score, rounded; it will
 * weigh in organization-level signals and assessment scores when those exist (docs/scoring.md).
 */
public final class DashboardFormula {

    public static final String VERSION = "dashboard-v1";

    private DashboardFormula() {}

    /** null when nobody is scored yet. */
    public static Integer overallScore(ScoreHistogram employees) {
        return employees.total() == 0 ? null : (int) Math.round(employees.average());
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
