package io.scoreledger.api.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * Every variable of the route's path as a required path parameter, in the order the path names them, including those
 * a resolved argument reads (io.scoreledger.api.tenancy.Visible) rather than a @PathVariable.
 */
final class PathParameters {

    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

    private PathParameters() {}

    static void apply(Operation operation, HandlerMethod handlerMethod) {
        var names = variables(handlerMethod);
        if (names.isEmpty()) {
            return;
        }
        var parameters = operation.getParameters() == null
                ? new ArrayList<Parameter>()
                : new ArrayList<>(operation.getParameters());
        for (String name : names) {
            if (parameters.stream().noneMatch(p -> "path".equals(p.getIn()) && name.equals(p.getName()))) {
                parameters.add(
                        new Parameter().name(name).in("path").required(true).schema(ParameterTypes.typed("string")));
            }
        }
        var path = new ArrayList<Parameter>(
                parameters.stream().filter(p -> "path".equals(p.getIn())).toList());
        path.sort(Comparator.comparingInt(p -> names.indexOf(p.getName())));
        path.addAll(parameters.stream().filter(p -> !"path".equals(p.getIn())).toList());
        operation.setParameters(path);
    }

    private static List<String> variables(HandlerMethod handlerMethod) {
        var template = new StringBuilder();
        var type = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getBeanType(), RequestMapping.class);
        var method = AnnotatedElementUtils.findMergedAnnotation(handlerMethod.getMethod(), RequestMapping.class);
        for (var mapping : new RequestMapping[] {type, method}) {
            if (mapping != null && mapping.path().length > 0) {
                template.append(mapping.path()[0]);
            }
        }
        var names = new ArrayList<String>();
        var matcher = VARIABLE.matcher(template);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }
}
