package io.scoreledger.api.report;

/** reportType stays a string here so an unknown one gets the envelope's own message. */
record GenerateReportRequest(String tenantId, String assessmentId, String reportType) {}
