package io.scoreledger.api.input;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.scoreledger.api.error.ApiException;
import io.scoreledger.api.error.ErrorCodes;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Checks every string of every request body against {@link ControlCharacters} once it is read, before a controller
 * sees it: record fields, list items, map keys and values, and the strings inside free-form values. Every offending
 * field is named by its JSON path ("employees[3].department"), all of them in one 422.
 */
@ControllerAdvice
class RequestBodyText extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        check(body, "", false, problems);
        if (!problems.isEmpty()) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_CONTENT,
                    ErrorCodes.VALIDATION_ERROR,
                    ErrorCodes.VALIDATION_MESSAGE,
                    problems);
        }
        return body;
    }

    static void check(Object value, String path, boolean multiLine, Map<String, List<String>> problems) {
        switch (value) {
            case null -> {}
            case String text -> {
                if (!ControlCharacters.isAllowed(text, multiLine)) {
                    add(problems, field(path), ControlCharacters.messageFor(field(path), multiLine));
                }
            }
            case Collection<?> items -> {
                int index = 0;
                for (var item : items) {
                    check(item, path + "[" + index++ + "]", multiLine, problems);
                }
            }
            case Map<?, ?> map -> {
                for (var entry : map.entrySet()) {
                    if (entry.getKey() instanceof String key && !ControlCharacters.isAllowed(key, false)) {
                        add(
                                problems,
                                field(path),
                                "The keys of the " + field(path)
                                        + " field must not contain control characters or unpaired surrogates.");
                        continue;
                    }
                    check(entry.getValue(), join(path, String.valueOf(entry.getKey())), multiLine, problems);
                }
            }
            case Record record
            when !record.getClass().isAnnotationPresent(CheckedPerItem.class) -> {
                for (var component : record.getClass().getRecordComponents()) {
                    check(read(record, component), join(path, jsonName(component)), isMultiLine(component), problems);
                }
            }
            default -> {}
        }
    }

    private static boolean isMultiLine(RecordComponent component) {
        return component.isAnnotationPresent(MultiLineText.class)
                || component.getAccessor().isAnnotationPresent(MultiLineText.class);
    }

    /** The name the client sent: @JsonProperty does not target record components; javac puts it on the accessor. */
    private static String jsonName(RecordComponent component) {
        var property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    private static Object read(Record record, RecordComponent component) {
        var accessor = component.getAccessor();
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component + " of a request body", e);
        }
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static String field(String path) {
        return path.isEmpty() ? "body" : path;
    }

    private static void add(Map<String, List<String>> problems, String field, String message) {
        problems.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
    }
}
