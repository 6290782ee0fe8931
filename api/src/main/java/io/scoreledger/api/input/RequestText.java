package io.scoreledger.api.input;

import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.security.TenantSelection;
import io.scoreledger.api.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Checks the text a request carries outside its body against {@link ControlCharacters}: every query parameter (name
 * and values), every path variable, and the headers the service reads as text. All of it is one line. Tomcat already
 * refuses control characters other than tab in header values, and NUL or an encoded slash in the path, with a 400.
 */
class RequestText implements HandlerInterceptor {

    static final List<String> TEXT_HEADERS =
            List.of(TenantSelection.HEADER, RequestIds.REQUEST_ID_HEADER, RequestIds.CORRELATION_ID_HEADER);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (var parameter : request.getParameterMap().entrySet()) {
            var name = parameter.getKey();
            if (!ControlCharacters.isAllowed(name, false)) {
                add(problems, "query", "Query parameter names must not contain control characters.");
                continue;
            }
            for (var value : parameter.getValue()) {
                if (!ControlCharacters.isAllowed(value, false)) {
                    add(problems, name, parameterMessage(name));
                }
            }
        }
        if (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables) {
            variables.forEach((name, value) -> {
                if (value instanceof String text && !ControlCharacters.isAllowed(text, false)) {
                    add(problems, String.valueOf(name), parameterMessage(String.valueOf(name)));
                }
            });
        }
        for (var header : TEXT_HEADERS) {
            for (var value : Collections.list(request.getHeaders(header))) {
                if (!ControlCharacters.isAllowed(value, false)) {
                    add(problems, header, ControlCharacters.message(header).replace(" field ", " header "));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    problems);
        }
        return true;
    }

    private static String parameterMessage(String name) {
        return ControlCharacters.message(name).replace(" field ", " parameter ");
    }

    private static void add(Map<String, List<String>> problems, String field, String message) {
        var messages = problems.computeIfAbsent(field, f -> new ArrayList<>());
        if (!messages.contains(message)) {
            messages.add(message);
        }
    }
}
