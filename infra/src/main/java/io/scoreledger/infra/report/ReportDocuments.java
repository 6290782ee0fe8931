package io.scoreledger.infra.report;

import io.scoreledger.ids.AssessmentId;
import io.scoreledger.ids.ReportId;
import io.scoreledger.ids.TenantId;
import io.scoreledger.report.ReportType;
import io.scoreledger.report.queries.ReportView;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** The insert-only archive of report PDFs (report_document); the database refuses updates and deletes. */
class ReportDocuments {

    private static final String COLUMNS = "id, company_id, report_type, assessment_id, position, chain_hash, sha256,"
            + " size_bytes, as_of, requested_at";

    private final JdbcTemplate jdbc;

    ReportDocuments(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void store(ReportView report, byte[] content) {
        jdbc.update(
                "insert into report_document (" + COLUMNS + ", content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                report.id().value(),
                report.tenantId().value(),
                report.reportType().name(),
                report.assessmentId() == null ? null : report.assessmentId().value(),
                report.position(),
                report.chainHash(),
                report.sha256(),
                report.sizeBytes(),
                Timestamp.from(report.generatedAt()),
                Timestamp.from(report.requestedAt()),
                content);
    }

    List<ReportView> findByTenant(TenantId tenant) {
        return jdbc.query(
                "select " + COLUMNS + " from report_document where company_id = ? order by requested_at desc, id desc",
                ReportDocuments::view,
                tenant.value());
    }

    Optional<ReportView> find(TenantId tenant, ReportId reportId) {
        return jdbc
                .query(
                        "select " + COLUMNS + " from report_document where company_id = ? and id = ?",
                        ReportDocuments::view,
                        tenant.value(),
                        reportId.value())
                .stream()
                .findFirst();
    }

    byte[] content(ReportId reportId) {
        return jdbc.queryForObject("select content from report_document where id = ?", byte[].class, reportId.value());
    }

    /** The audit chain hash an earlier report of the tenant was pinned with at this position, if any. */
    Optional<String> chainHashPinnedAt(TenantId tenant, long position) {
        return jdbc
                .queryForList(
                        "select chain_hash from report_document where company_id = ? and position = ?"
                                + " and chain_hash is not null order by requested_at, id limit 1",
                        String.class,
                        tenant.value(),
                        position)
                .stream()
                .findFirst();
    }

    private static ReportView view(ResultSet rs, int row) throws SQLException {
        var assessment = rs.getString("assessment_id");
        return new ReportView(
                new ReportId(rs.getString("id")),
                new TenantId(rs.getString("company_id")),
                ReportType.valueOf(rs.getString("report_type")),
                assessment == null ? null : new AssessmentId(assessment),
                ReportView.AVAILABLE,
                rs.getLong("position"),
                rs.getString("chain_hash"),
                rs.getString("sha256"),
                rs.getLong("size_bytes"),
                rs.getTimestamp("as_of").toInstant(),
                rs.getTimestamp("requested_at").toInstant());
    }
}
