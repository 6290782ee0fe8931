package io.scoreledger.api.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id (the caller's X-Request-Id when it is a sane token, else a new one) and a correlation id
 * (X-Correlation-Id, else the request id), echoes both, and puts them in the log context. Commands sent while
 * handling the request carry them as metadata, and so do the events those commands produce.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIds extends OncePerRequestFilter {

    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String CORRELATION_ID_HEADER = "X-Correlation-Id";

    private static final String REQUEST_ID_ATTRIBUTE = RequestIds.class.getName() + ".requestId";
    private static final String CORRELATION_ID_ATTRIBUTE = RequestIds.class.getName() + ".correlationId";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var requestId = sane(request.getHeader(REQUEST_ID_HEADER)).orElseGet(RequestIds::newRequestId);
        var correlationId = sane(request.getHeader(CORRELATION_ID_HEADER)).orElse(requestId);
        request.setAttribute(REQUEST_ID_ATTRIBUTE, requestId);
        request.setAttribute(CORRELATION_ID_ATTRIBUTE, correlationId);
        response.setHeader(REQUEST_ID_HEADER, requestId);
        response.setHeader(CORRELATION_ID_HEADER, correlationId);
        MDC.put("requestId", requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove("requestId");
        }
    }

    /** The ids of the request the current thread is handling, if it is handling one. */
    public static Optional<String> currentRequestId() {
        return current(REQUEST_ID_ATTRIBUTE);
    }

    public static Optional<String> currentCorrelationId() {
        return current(CORRELATION_ID_ATTRIBUTE);
    }

    private static Optional<String> current(String attribute) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((String) attributes.getAttribute(attribute, RequestAttributes.SCOPE_REQUEST));
    }

    private static Optional<String> sane(String header) {
        return Optional.ofNullable(header)
                .map(String::strip)
                .filter(value -> SANE.matcher(value).matches());
    }

    private static String newRequestId() {
        var bytes = new byte[12];
        ThreadLocalRandom.current().nextBytes(bytes);
        return "req_" + HexFormat.of().formatHex(bytes);
    }
}
