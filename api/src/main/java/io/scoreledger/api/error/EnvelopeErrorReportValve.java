package io.scoreledger.api.error;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's host-level error report, for the requests it refuses before any servlet runs (a path with %2F, %00 or
 * dot segments, a request line or headers over the size limit, a control character in a header): the envelope
 * instead of Tomcat's HTML page. Errors inside the application never get here; they are the controllers' and
 * {@link EnvelopeErrorController}'s.
 */
public class EnvelopeErrorReportValve extends ErrorReportValve {

    /** Tomcat's own message for a request line or header section over maxHttpRequestHeaderSize, in its locale. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    public EnvelopeErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int statusCode = response.getStatus();
        if (statusCode < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        var status = status(statusCode, request, throwable);
        try {
            response.setStatus(status.value());
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            var writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"success\":false,\"error\":{\"code\":\"" + ErrorCodes.forStatus(status)
                        + "\",\"message\":\"" + message(status) + "\"}}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed meanwhile; nothing is left to tell it
        }
    }

    private static HttpStatus status(int statusCode, Request request, Throwable throwable) {
        if (statusCode == 400 && throwable instanceof IllegalArgumentException && isHeaderTooLarge(throwable)) {
            // The limit covers the request line and the headers together; an unfinished request line was too long.
            return request.getCoyoteRequest().requestURI().isNull()
                    ? HttpStatus.URI_TOO_LONG
                    : HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE;
        }
        var status = HttpStatus.resolve(statusCode);
        return status == null ? HttpStatus.BAD_REQUEST : status;
    }

    private static boolean isHeaderTooLarge(Throwable throwable) {
        return HEADER_TOO_LARGE != null && HEADER_TOO_LARGE.equals(throwable.getMessage());
    }

    private static String message(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST ->
                "The request could not be parsed: check the path (no encoded slashes, dot segments or"
                        + " NUL), the query string and the headers.";
            case URI_TOO_LONG -> "The request line is too long: the path and query string must stay under 8 KB.";
            case REQUEST_HEADER_FIELDS_TOO_LARGE ->
                "The request headers are too large: together they must stay under" + " 8 KB.";
            default -> ErrorCodes.messageFor(status);
        };
    }
}
