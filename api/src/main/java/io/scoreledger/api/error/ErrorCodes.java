package io.scoreledger.api.error;

/** Machine-readable codes of the error envelope; the first five are the seeds' own. */
public final class ErrorCodes {

    public static final String VALIDATION_ERROR = "VALIDATION_ERROR";
    public static final String UNAUTHORIZED = "UNAUTHORIZED";
    public static final String FORBIDDEN = "FORBIDDEN";
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String URI_TOO_LONG = "URI_TOO_LONG";
    public static final String HEADERS_TOO_LARGE = "HEADERS_TOO_LARGE";
    public static final String CONFLICT = "CONFLICT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";

    public static final String VALIDATION_MESSAGE = "The given data was invalid.";

    private ErrorCodes() {}

    public static String forStatus(org.springframework.http.HttpStatus status) {
        return switch (status) {
            case UNPROCESSABLE_CONTENT -> VALIDATION_ERROR;
            case UNAUTHORIZED -> UNAUTHORIZED;
            case FORBIDDEN -> FORBIDDEN;
            case NOT_FOUND -> NOT_FOUND;
            case TOO_MANY_REQUESTS -> RATE_LIMITED;
            case METHOD_NOT_ALLOWED -> METHOD_NOT_ALLOWED;
            case NOT_ACCEPTABLE -> NOT_ACCEPTABLE;
            case UNSUPPORTED_MEDIA_TYPE -> UNSUPPORTED_MEDIA_TYPE;
            case CONTENT_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case URI_TOO_LONG -> URI_TOO_LONG;
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> HEADERS_TOO_LARGE;
            case CONFLICT -> CONFLICT;
            case SERVICE_UNAVAILABLE -> SERVICE_UNAVAILABLE;
            default -> status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }

    public static String messageFor(org.springframework.http.HttpStatus status) {
        return switch (status) {
            case UNPROCESSABLE_CONTENT -> VALIDATION_MESSAGE;
            case UNAUTHORIZED -> "Missing or invalid token.";
            case FORBIDDEN -> "Insufficient permissions.";
            case NOT_FOUND -> "No route matches this path.";
            case TOO_MANY_REQUESTS -> "Rate limit exceeded.";
            case METHOD_NOT_ALLOWED -> "This method is not allowed on this route.";
            case NOT_ACCEPTABLE -> "This route cannot produce the requested media type; ask for application/json.";
            case UNSUPPORTED_MEDIA_TYPE -> "Send the request body as application/json.";
            case CONTENT_TOO_LARGE -> "The request body is too large.";
            default ->
                status.is5xxServerError() ? "An unexpected error occurred." : "The request could not be processed.";
        };
    }
}
