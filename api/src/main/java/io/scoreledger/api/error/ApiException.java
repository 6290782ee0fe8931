package io.scoreledger.api.error;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A request the api refuses on purpose, with the envelope's code and a message safe to show. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final Map<String, List<String>> details;

    public ApiException(HttpStatus status, String code, String message, Map<String, List<String>> details) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
    }

    public static ApiException notFound(String message) {
        return new ApiException(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, message, null);
    }

    public static ApiException forbidden(String message) {
        return new ApiException(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, message, null);
    }

    /** The write is durable in the event store, but the read model did not show it in time. */
    public static ApiException notVisibleYet(String message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, ErrorCodes.SERVICE_UNAVAILABLE, message, null);
    }

    public static ApiException invalid(String field, String message) {
        return new ApiException(
                HttpStatus.UNPROCESSABLE_CONTENT,
                ErrorCodes.VALIDATION_ERROR,
                ErrorCodes.VALIDATION_MESSAGE,
                Map.of(field, List.of(message)));
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, List<String>> details() {
        return details;
    }
}
