package io.scoreledger.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;

/** {"success": false, "error": {"code", "message", "details"?}} as the seeds show. */
@Schema(
        name = "ErrorEnvelope",
        description = "Every error: {\"success\": false, \"error\": {\"code\", \"message\", \"details\"?}}")
public record ErrorBody(boolean success, Error error) {

    public static ErrorBody of(String code, String message, Map<String, List<String>> details) {
        return new ErrorBody(false, new Error(code, message, details == null || details.isEmpty() ? null : details));
    }

    @Schema(name = "ErrorInfo")
    public record Error(
            String code,
            String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> details) {}
}
