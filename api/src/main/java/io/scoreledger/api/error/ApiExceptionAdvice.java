package io.scoreledger.api.error;

import io.scoreledger.rules.ConflictException;
import io.scoreledger.rules.InvalidCommandException;
import io.scoreledger.rules.UnknownResourceException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.common.lock.DeadlockException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Every failure, the framework's own included, leaves as the seeds' error envelope; nothing internal leaks. */
@RestControllerAdvice
class ApiExceptionAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionAdvice.class);

    @ExceptionHandler(ApiException.class)
    ResponseEntity<Object> apiException(ApiException e) {
        return envelope(e.status(), e.code(), e.getMessage(), e.details());
    }

    @ExceptionHandler(InvalidCommandException.class)
    ResponseEntity<Object> invalidCommand(InvalidCommandException e) {
        return validation(e.problems());
    }

    @ExceptionHandler(UnknownResourceException.class)
    ResponseEntity<Object> unknownResource(UnknownResourceException e) {
        return envelope(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return envelope(HttpStatus.CONFLICT, ErrorCodes.CONFLICT, e.getMessage(), null);
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<Object> aggregateNotFound(AggregateNotFoundException e) {
        return envelope(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "Resource not found.", null);
    }

    /**
     * Still conflicting after the gateway's retries: another node appended first (a stream creation collides when it
     * created the stream), or two commands here wanted the same aggregates in opposite orders.
     */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class, DeadlockException.class})
    ResponseEntity<Object> concurrentChange(Exception e) {
        return envelope(
                HttpStatus.CONFLICT,
                ErrorCodes.CONFLICT,
                "The resource was changed by another request at the same time; retry.",
                null);
    }

    /** A query handler's rejection reaches a controller wrapped by the future it joined. */
    @ExceptionHandler({CommandExecutionException.class, CompletionException.class})
    ResponseEntity<Object> commandExecution(RuntimeException e, WebRequest request) throws Exception {
        if (e.getCause() instanceof Exception cause && cause != e) {
            return dispatch(cause, request);
        }
        return unexpected(e);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException e) {
        return envelope(HttpStatus.FORBIDDEN, ErrorCodes.FORBIDDEN, "Insufficient permissions.", null);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException e) {
        return envelope(HttpStatus.UNAUTHORIZED, ErrorCodes.UNAUTHORIZED, "Missing or invalid token.", null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> typeMismatch(MethodArgumentTypeMismatchException e) {
        return validation(Map.of(e.getName(), List.of("The " + e.getName() + " parameter has an invalid value.")));
    }

    /** Tomcat refuses a query string that is not UTF-8 percent-encoding (for example %FF) when it is first read. */
    @ExceptionHandler(InvalidParameterException.class)
    ResponseEntity<Object> undecodableQuery(InvalidParameterException e) {
        return envelope(
                HttpStatus.BAD_REQUEST,
                ErrorCodes.BAD_REQUEST,
                "The query string could not be decoded: parameters must be percent-encoded UTF-8.",
                null);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        var reference = UUID.randomUUID().toString();
        log.error("Unhandled error, reference {}", reference, e);
        return envelope(
                HttpStatus.INTERNAL_SERVER_ERROR,
                ErrorCodes.INTERNAL_ERROR,
                "An unexpected error occurred. Reference: " + reference,
                null);
    }

    private ResponseEntity<Object> dispatch(Exception cause, WebRequest request) throws Exception {
        return switch (cause) {
            case ApiException e -> apiException(e);
            case InvalidCommandException e -> invalidCommand(e);
            case UnknownResourceException e -> unknownResource(e);
            case ConflictException e -> conflict(e);
            case AggregateNotFoundException e -> aggregateNotFound(e);
            case ConcurrencyException e -> concurrentChange(e);
            case AggregateStreamCreationException e -> concurrentChange(e);
            case DeadlockException e -> concurrentChange(e);
            default -> unexpected(cause);
        };
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Class<?> target = e.getTarget() == null ? null : e.getTarget().getClass();
        Map<String, List<String>> details = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            var field = JsonFieldNames.of(target, error.getField());
            details.computeIfAbsent(field, f -> new java.util.ArrayList<>())
                    .add(
                            error.getDefaultMessage() == null
                                    ? "The " + field + " field is invalid."
                                    : error.getDefaultMessage().replace("{field}", field));
        }
        return validation(details);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, List<String>> details = new LinkedHashMap<>();
        e.getParameterValidationResults().forEach(result -> {
            var name = result.getMethodParameter().getParameterName();
            result.getResolvableErrors()
                    .forEach(error -> details.computeIfAbsent(name, n -> new java.util.ArrayList<>())
                            .add(
                                    error.getDefaultMessage() == null
                                            ? "The " + name + " parameter is invalid."
                                            : error.getDefaultMessage().replace("{field}", name)));
        });
        return validation(details);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var name = e.getParameterName();
        return validation(Map.of(name, List.of("The " + name + " parameter is required.")));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Throwable cause = e.getCause();
        while (cause != null) {
            switch (cause) {
                case PayloadTooLargeException tooLarge -> {
                    return envelope(
                            HttpStatus.CONTENT_TOO_LARGE, ErrorCodes.PAYLOAD_TOO_LARGE, tooLarge.getMessage(), null);
                }
                case UnrecognizedPropertyException unknown -> {
                    var field = pathOf(unknown);
                    return validation(
                            Map.of(field, List.of("The " + field + " field is not accepted by this endpoint.")));
                }
                case MismatchedInputException mismatch
                when !mismatch.getPath().isEmpty() -> {
                    var field = pathOf(mismatch);
                    return validation(Map.of(field, List.of("The " + field + " field has the wrong type.")));
                }
                case InputCoercionException outOfRange
                when !outOfRange.getPath().isEmpty() -> {
                    var field = pathOf(outOfRange);
                    return validation(Map.of(field, List.of("The " + field + " field is out of range.")));
                }
                case StreamReadException ignored -> {
                    return envelope(
                            HttpStatus.BAD_REQUEST,
                            ErrorCodes.BAD_REQUEST,
                            "The request body is not valid JSON.",
                            null);
                }
                default -> cause = cause.getCause() == cause ? null : cause.getCause();
            }
        }
        return envelope(HttpStatus.BAD_REQUEST, ErrorCodes.BAD_REQUEST, "A valid JSON request body is required.", null);
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(
            HttpRequestMethodNotSupportedException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var response = envelope(
                HttpStatus.METHOD_NOT_ALLOWED,
                ErrorCodes.METHOD_NOT_ALLOWED,
                "The " + e.getMethod() + " method is not allowed on this route.",
                null);
        var withAllow = new HttpHeaders();
        withAllow.putAll(response.getHeaders());
        if (e.getSupportedHttpMethods() != null) {
            withAllow.setAllow(e.getSupportedHttpMethods());
        }
        return new ResponseEntity<>(response.getBody(), withAllow, response.getStatusCode());
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return envelope(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "No route matches this path.", null);
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(
            NoHandlerFoundException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return envelope(HttpStatus.NOT_FOUND, ErrorCodes.NOT_FOUND, "No route matches this path.", null);
    }

    /** Everything else Spring MVC raises keeps its status and gets the envelope. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var resolved = HttpStatus.resolve(status.value());
        var code = resolved == null ? ErrorCodes.BAD_REQUEST : ErrorCodes.forStatus(resolved);
        var message = resolved == null ? "The request could not be processed." : ErrorCodes.messageFor(resolved);
        var response = envelope(resolved == null ? HttpStatus.BAD_REQUEST : resolved, code, message, null);
        var merged = new HttpHeaders();
        if (headers != null) {
            merged.putAll(headers);
        }
        merged.setContentType(MediaType.APPLICATION_JSON);
        return new ResponseEntity<>(response.getBody(), merged, response.getStatusCode());
    }

    private static String pathOf(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    static ResponseEntity<Object> validation(Map<String, List<String>> details) {
        return envelope(
                HttpStatus.UNPROCESSABLE_CONTENT, ErrorCodes.VALIDATION_ERROR, ErrorCodes.VALIDATION_MESSAGE, details);
    }

    static ResponseEntity<Object> envelope(
            HttpStatus status, String code, String message, Map<String, List<String>> details) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(ErrorBody.of(code, message, details));
    }
}
