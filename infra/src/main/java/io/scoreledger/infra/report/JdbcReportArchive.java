package io.scoreledger.infra.report;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.command.report.ReportArchive;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.commands.GenerateReport;
import io.scoreledger.report.queries.ReportView;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.CompletionException;
import org.axonframework.queryhandling.NoHandlerForQueryException;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Pins a report to the event log, renders it and stores the bytes, inside the command's transaction: the document
 * and its ReportGenerated event are committed together or not at all.
 */
class JdbcReportArchive implements ReportArchive {

    private static final Logger log = LoggerFactory.getLogger(JdbcReportArchive.class);

    private final EventLogPosition eventLog;
    private final ProjectionCatchUp catchUp;
    private final ReportSources sources;
    private final ReportDocuments documents;
    private final ObjectProvider<QueryGateway> queries;

    JdbcReportArchive(
            EventLogPosition eventLog,
            ProjectionCatchUp catchUp,
            ReportSources sources,
            ReportDocuments documents,
            ObjectProvider<QueryGateway> queries) {
        this.eventLog = eventLog;
        this.catchUp = catchUp;
        this.sources = sources;
        this.documents = documents;
        this.queries = queries;
    }

    @Override
    public Archived archive(GenerateReport command) {
        var pin = eventLog.current().orElseThrow(() -> new IllegalStateException("The event log is empty."));
        if (!catchUp.awaitPosition(pin.position())) {
            throw ApiException.notVisibleYet(
                    "The read models have not caught up with the event log yet; nothing was recorded, retry shortly.");
        }
        var chainHash = chainHash(command.tenantId(), pin.position());
        var contents = sources.read(
                command.tenantId(),
                command.reportType(),
                command.assessmentId(),
                pin.position(),
                pin.timestamp(),
                chainHash);
        var pdf = ReportPdf.render(contents);
        var sha256 = sha256(pdf);
        documents.store(
                new ReportView(
                        command.reportId(),
                        command.tenantId(),
                        command.reportType(),
                        command.assessmentId(),
                        ReportView.AVAILABLE,
                        pin.position(),
                        chainHash,
                        sha256,
                        pdf.length,
                        pin.timestamp(),
                        command.requestedAt()),
                pdf);
        return new Archived(pin.position(), chainHash, sha256, pdf.length, pin.timestamp());
    }

    /**
     * The tenant's audit chain head. Report events extend the chain too, so once a report was pinned at a position
     * the hash it recorded there is kept for every later report at that position; null when no chain is kept.
     */
    private String chainHash(TenantId tenant, long position) {
        var pinnedBefore = documents.chainHashPinnedAt(tenant, position);
        if (pinnedBefore.isPresent()) {
            return pinnedBefore.get();
        }
        try {
            var head = queries.getObject()
                    .query(new GetAuditChainHead(tenant), GetAuditChainHead.Result.class)
                    .join();
            return head == null || head.chainHash() == null || head.chainHash().isEmpty() ? null : head.chainHash();
        } catch (CompletionException e) {
            if (e.getCause() instanceof NoHandlerForQueryException) {
                log.debug("No audit chain is kept here; the report says its chain hash is unavailable");
                return null;
            }
            throw e;
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
