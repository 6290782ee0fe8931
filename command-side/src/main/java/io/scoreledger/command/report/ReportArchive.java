package io.scoreledger.command.report;

import io.scoreledger.report.commands.GenerateReport;
import java.time.Instant;

/**
 * Renders a report at the current log position and stores its bytes once, in the transaction that records it; the
 * rendering reads the read models and the document store, so infra gives it.
 */
public interface ReportArchive {

    Archived archive(GenerateReport command);

    /** What the report is pinned to and what its bytes are; chainHash is null when the audit chain is unavailable. */
    record Archived(long position, String chainHash, String sha256, long sizeBytes, Instant asOf) {}
}
