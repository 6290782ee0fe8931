package io.scoreledger.api.employee;

import io.scoreledger.api.input.CheckedPerItem;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/**
 * POST /api/v1/signals. Everything an item carries is read as text and checked item by item in {@link SignalBatches},
 * so one malformed signal is rejected alone instead of failing the whole batch; control characters included.
 */
record IngestSignalsRequest(String tenantId, List<Item> signals) {

    @CheckedPerItem
    @Schema(name = "SignalItem")
    record Item(
            String externalId,
            String source,
            String type,
            String severity,

            @Schema(
                    format = "date-time",
                    description = "ISO-8601 instant; checked per item, so a bad one rejects only its item")
            String occurredAt,

            EmployeeRef employee,
            Map<String, String> details) {}

    @CheckedPerItem
    record EmployeeRef(String email, String id) {}
}
