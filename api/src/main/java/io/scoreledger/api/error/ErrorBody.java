package io.scoreledger.api.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/** {"success": false, "error": {"code", "message", "details"?}} as the seeds show. */
public record ErrorBody(boolean success, Error error) {

    public static ErrorBody of(String code, String message, Map<String, List<String>> details) {
        return new ErrorBody(false, new Error(code, message, details == null || details.isEmpty() ? null : details));
    }

    public record Error(
            String code, String message, @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, List<String>> details) {}
}
