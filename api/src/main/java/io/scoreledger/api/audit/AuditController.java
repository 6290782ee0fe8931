package io.scoreledger.api.audit;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.RequiresScope;
import io.scoreledger.api.web.Envelope;
import io.scoreledger.api.web.openapi.Answers;
import io.scoreledger.audit.queries.FindAuditEvents;
import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.audit.queries.VerifyAuditChain;
import io.scoreledger.ids.TenantId;
import io.scoreledger.values.Scope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tenant's audit log: every event with who caused it, its export, and a check of the hash chain over it. The
 * operator names the tenant; everyone else reads their own, with the audit:read scope (auditors and MSP admins).
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The tenant's audit log, its export, and tamper evidence.")
record AuditController(QueryGateway queries, JsonMapper json) {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    static final int EXPORT_PAGE = 1000;
    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    static final MediaType CSV = MediaType.parseMediaType("text/csv");
    private static final List<String> CSV_COLUMNS = List.of(
            "position",
            "eventId",
            "type",
            "timestamp",
            "actor",
            "actorKind",
            "aggregateId",
            "aggregateType",
            "sequence",
            "correlationId",
            "requestId",
            "payload");

    record Page(List<AuditEventResponse> items, @Nullable Long nextCursor) {}

    record Verification(
            boolean verified,
            long checkedEvents,
            @Nullable Long firstMismatchPosition,
            @Nullable String reason,
            @Nullable String chainHash) {}

    @GetMapping(path = "/events", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.AUDIT_READ)
    @Operation(
            operationId = "listAuditEvents",
            summary = "The tenant's events, newest first, with cursor pagination (limit 1–500, default 50)")
    Envelope<Page> events(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String limit) {
        var filters = AuditFilters.parse(from, to, type, actor, aggregateId, cursor);
        var size = AuditFilters.limit(limit, DEFAULT_LIMIT, MAX_LIMIT);
        var result = find(filters.query(tenant, filters.cursor(), size));
        return Envelope.of(
                new Page(result.items().stream().map(AuditEventResponse::of).toList(), result.nextCursor()));
    }

    /**
     * Written straight to the response on the request's own (virtual) thread rather than as an async
     * StreamingResponseBody: the async re-dispatch would pass the security filters a second time without the
     * credential. Memory stays constant: one page of EXPORT_PAGE events at a time.
     */
    @GetMapping("/events/export")
    @RequiresScope(Scope.AUDIT_READ)
    @Operation(
            operationId = "exportAuditEvents",
            summary = "The same events streamed newest first as NDJSON (default) or CSV, ending with a trailer "
                    + "naming the count and the chain head the export was cut at")
    @Answers(textMediaTypes = {"application/x-ndjson", "text/csv"})
    void export(
            @ActingTenant TenantId tenant,
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String aggregateId,
            @RequestParam(required = false) String cursor,
            @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept,
            HttpServletResponse response)
            throws IOException {
        var filters = AuditFilters.parse(from, to, type, actor, aggregateId, cursor);
        boolean csv = exportFormat(format, accept).equals(CSV);
        var head = queries.query(new GetAuditChainHead(tenant), GetAuditChainHead.Result.class)
                .join();
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(csv ? "text/csv;charset=UTF-8" : NDJSON.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"audit-%s.%s\"".formatted(tenant.value(), csv ? "csv" : "ndjson"));
        stream(tenant, filters, head, csv, response.getOutputStream());
    }

    @GetMapping(path = "/verify", produces = MediaType.APPLICATION_JSON_VALUE)
    @RequiresScope(Scope.AUDIT_READ)
    @Operation(
            operationId = "verifyAuditChain",
            summary = "Recompute the tenant's hash chain from the event store and report the first event that "
                    + "no longer matches")
    Envelope<Verification> verify(@ActingTenant TenantId tenant) {
        var result = queries.query(new VerifyAuditChain(tenant), VerifyAuditChain.Result.class)
                .join();
        return Envelope.of(new Verification(
                result.verified(),
                result.checkedEvents(),
                result.firstMismatchPosition(),
                result.reason(),
                result.chainHash()));
    }

    /**
     * Only events at or before the chain head taken when the export starts, so the trailer's hash covers every row
     * and events arriving meanwhile wait for the next export.
     */
    private void stream(
            TenantId tenant, AuditFilters filters, GetAuditChainHead.Result head, boolean csv, OutputStream out)
            throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        if (csv) {
            writer.write(String.join(",", CSV_COLUMNS));
            writer.write("\r\n");
        }
        long count = 0;
        Long cursor = filters.cursor() == null
                ? Long.valueOf(head.position() + 1)
                : Long.valueOf(Math.min(filters.cursor(), head.position() + 1));
        while (head.eventCount() > 0 && cursor != null) {
            var page = find(filters.query(tenant, cursor, EXPORT_PAGE));
            for (var view : page.items()) {
                var item = AuditEventResponse.of(view);
                writer.write(csv ? csvLine(item) : json.writeValueAsString(item) + "\n");
                count++;
            }
            writer.flush();
            cursor = page.nextCursor();
        }
        if (csv) {
            writer.write(
                    "# count=%d chain_hash=%s position=%d\r\n".formatted(count, head.chainHash(), head.position()));
        } else {
            var trailer = new LinkedHashMap<String, Object>();
            trailer.put("trailer", true);
            trailer.put("count", count);
            trailer.put("chainHash", head.chainHash());
            trailer.put("position", head.position());
            writer.write(json.writeValueAsString(trailer) + "\n");
        }
        writer.flush();
    }

    private FindAuditEvents.Result find(FindAuditEvents query) {
        return queries.query(query, FindAuditEvents.Result.class).join();
    }

    /** format wins over Accept; an unknown format is a bad parameter (422), an Accept we cannot meet is 406. */
    private static MediaType exportFormat(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "ndjson" -> NDJSON;
                case "csv" -> CSV;
                default -> throw ApiException.invalid("format", "The format field must be one of ndjson, csv.");
            };
        }
        if (accept == null || accept.isBlank()) {
            return NDJSON;
        }
        try {
            for (MediaType wanted : MediaType.parseMediaTypes(accept)) {
                if (wanted.getQualityValue() == 0) {
                    continue;
                }
                if (wanted.isCompatibleWith(NDJSON)) {
                    return NDJSON;
                }
                if (wanted.isCompatibleWith(CSV)) {
                    return CSV;
                }
            }
        } catch (InvalidMediaTypeException ignored) {
            // answered below like an Accept header naming nothing we produce
        }
        throw new ApiException(
                HttpStatus.NOT_ACCEPTABLE,
                ErrorCodes.NOT_ACCEPTABLE,
                "The export is application/x-ndjson or text/csv; ask for one of them, or pass format=ndjson|csv.",
                null);
    }

    private String csvLine(AuditEventResponse item) {
        return String.join(
                        ",",
                        csv(Long.toString(item.position())),
                        csv(item.eventId()),
                        csv(item.type()),
                        csv(item.timestamp().toString()),
                        csv(item.actor()),
                        csv(item.actorKind()),
                        csv(item.aggregateId()),
                        csv(item.aggregateType()),
                        csv(item.sequence() == null ? null : item.sequence().toString()),
                        csv(item.correlationId()),
                        csv(item.requestId()),
                        csv(item.payload()))
                + "\r\n";
    }

    /** RFC 4180 quoting; a value a spreadsheet would run as a formula gets a leading apostrophe. */
    private static String csv(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
