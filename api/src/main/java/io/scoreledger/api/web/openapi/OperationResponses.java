package io.scoreledger.api.web.openapi;

import io.scoreledger.api.error.ErrorBody;
import io.scoreledger.api.error.ErrorCodes;
import io.scoreledger.api.web.Envelope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOperationComponentsCustomizer;
import org.springdoc.core.utils.SpringDocAnnotationsUtils;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;

/**
 * Every operation's real answers: its success status and body ({@link Answers} where the return type cannot say it),
 * and the error envelope for each error status it can produce. The errors follow from the route's shape:
 * <ul>
 *   <li>every route is authenticated (401), checks a scope or the caller (403), answers only the media types it
 *       produces (406), is rate limited (429), and can fail unexpectedly (500);</li>
 *   <li>every request line can be unparseable (400: an encoded slash, a dot segment, a query string that is not
 *       UTF-8) or too long (414);</li>
 *   <li>a request body can be malformed (400), too large (413), of another media type (415) or invalid (422);</li>
 *   <li>a path or query parameter can be invalid (422: control characters, a wrong type); a path names something
 *       that may not exist (404);</li>
 *   <li>a write can meet a conflicting write (409).</li>
 * </ul>
 * Anything else a route answers (503 when its read model lags, 404 for an id in the body) is on its {@link Answers}.
 */
public class OperationResponses implements GlobalOperationComponentsCustomizer {

    public static final String ERROR_SCHEMA = "ErrorEnvelope";
    private static final String JSON = org.springframework.http.MediaType.APPLICATION_JSON_VALUE;

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        return operation;
    }

    @Override
    public Operation customize(Operation operation, Components components, HandlerMethod handlerMethod) {
        PathParameters.apply(operation, handlerMethod);
        ActingTenantParameter.apply(operation, handlerMethod);
        var answers = handlerMethod.getMethodAnnotation(Answers.class);
        var computed = operation.getResponses() == null
                ? null
                : operation.getResponses().get("200");
        var responses = new ApiResponses();
        successes(answers, computed, components).forEach(responses::addApiResponse);
        for (int status : errorStatuses(operation, handlerMethod, answers)) {
            responses.addApiResponse(Integer.toString(status), error(status, components));
        }
        operation.setResponses(responses);
        ParameterTypes.apply(operation);
        return operation;
    }

    private static ApiResponses successes(Answers answers, ApiResponse computed, Components components) {
        var successes = new ApiResponses();
        if (answers == null) {
            successes.addApiResponse(
                    "200", computed == null ? new ApiResponse().description("OK") : computed.description("OK"));
            return successes;
        }
        var status = HttpStatus.valueOf(answers.status());
        var success = new ApiResponse().description(status.getReasonPhrase());
        if (!answers.fileMediaType().isEmpty()) {
            success.content(new Content()
                    .addMediaType(
                            answers.fileMediaType(),
                            new MediaType()
                                    .schema(ParameterTypes.typed("string").format("binary"))));
        } else if (answers.status() != HttpStatus.NO_CONTENT.value()) {
            var content = new Content();
            var body = bodySchema(answers, computed, components);
            if (body != null) {
                content.addMediaType(JSON, new MediaType().schema(body));
            }
            for (String text : answers.textMediaTypes()) {
                content.addMediaType(text, new MediaType().schema(ParameterTypes.typed("string")));
            }
            success.content(content);
        }
        successes.addApiResponse(Integer.toString(answers.status()), success);
        for (int also : answers.alsoSucceeds()) {
            successes.addApiResponse(
                    Integer.toString(also),
                    new ApiResponse()
                            .description(HttpStatus.valueOf(also).getReasonPhrase())
                            .content(success.getContent()));
        }
        if (answers.accepted() != Void.class) {
            successes.addApiResponse(
                    "202",
                    new ApiResponse()
                            .description("Accepted: recorded, but not yet visible to reads; read it again shortly")
                            .content(json(schema(envelopeOf(answers.accepted()), components))));
        }
        if (answers.notModified()) {
            successes.addApiResponse(
                    "304", new ApiResponse().description("Not Modified: the If-None-Match ETag matches"));
        }
        return successes;
    }

    private static Schema<?> bodySchema(Answers answers, ApiResponse computed, Components components) {
        if (answers.data() != Void.class) {
            return schema(envelopeOf(answers.data()), components);
        }
        if (answers.body() != Void.class) {
            return schema(answers.body(), components);
        }
        if (computed == null || computed.getContent() == null) {
            return null;
        }
        return computed.getContent().values().stream()
                .map(MediaType::getSchema)
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    private static TreeSet<Integer> errorStatuses(Operation operation, HandlerMethod handlerMethod, Answers answers) {
        var statuses = new TreeSet<>(java.util.List.of(400, 401, 403, 406, 414, 429, 500));
        if (operation.getRequestBody() != null) {
            statuses.addAll(java.util.List.of(400, 413, 415, 422));
        }
        var parameters = operation.getParameters() == null ? java.util.List.<Parameter>of() : operation.getParameters();
        if (!parameters.isEmpty()) {
            statuses.add(422);
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            statuses.add(404);
        }
        if (writes(handlerMethod)) {
            statuses.add(409);
        }
        if (answers != null) {
            Arrays.stream(answers.errors()).forEach(statuses::add);
        }
        return statuses;
    }

    private static boolean writes(HandlerMethod handlerMethod) {
        var mapping = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        return mapping != null && Arrays.stream(mapping.method()).anyMatch(method -> method != RequestMethod.GET);
    }

    private static ApiResponse error(int status, Components components) {
        var resolved = HttpStatus.valueOf(status);
        if (components.getSchemas() == null || !components.getSchemas().containsKey(ERROR_SCHEMA)) {
            schema(ErrorBody.class, components);
        }
        return new ApiResponse()
                .description(resolved.getReasonPhrase())
                .content(new Content()
                        .addMediaType(
                                JSON,
                                new MediaType()
                                        .schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA))
                                        .example(errorExample(resolved))));
    }

    /** The code a client branches on, with a message of the kind the route sends for that status. */
    static ErrorBody errorExample(HttpStatus status) {
        var message = switch (status) {
            case FORBIDDEN -> "You are not authorized for this tenant context.";
            case NOT_FOUND -> "Resource not found.";
            case CONFLICT -> "The resource was changed by another request at the same time; retry.";
            case SERVICE_UNAVAILABLE -> "The change is recorded but not yet visible; read it again shortly.";
            default -> ErrorCodes.messageFor(status);
        };
        var details = status == HttpStatus.UNPROCESSABLE_CONTENT
                ? java.util.Map.of("name", java.util.List.of("The name field is required."))
                : null;
        return ErrorBody.of(ErrorCodes.forStatus(status), message, details);
    }

    private static Content json(Schema<?> schema) {
        return new Content().addMediaType(JSON, new MediaType().schema(schema));
    }

    private static Type envelopeOf(Class<?> data) {
        return ResolvableType.forClassWithGenerics(Envelope.class, data).getType();
    }

    private static Schema<?> schema(Type type, Components components) {
        return SpringDocAnnotationsUtils.extractSchema(components, type, null, new Annotation[0], SpecVersion.V31);
    }
}
