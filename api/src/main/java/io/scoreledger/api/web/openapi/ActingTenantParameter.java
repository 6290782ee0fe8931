package io.scoreledger.api.web.openapi;

import io.scoreledger.api.security.ActingTenant;
import io.scoreledger.api.security.TenantSelection;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import org.springframework.web.method.HandlerMethod;

/**
 * The tenantId query parameter of every route that takes an {@link ActingTenant}: the resolver reads it, so no
 * handler declares it, and it is listed here after the path parameters, where the routes used to declare it.
 */
final class ActingTenantParameter {

    private ActingTenantParameter() {}

    static void apply(Operation operation, HandlerMethod handlerMethod) {
        if (!actsForATenant(handlerMethod)) {
            return;
        }
        var parameters = operation.getParameters() == null
                ? new ArrayList<Parameter>()
                : new ArrayList<>(operation.getParameters());
        if (parameters.stream().anyMatch(p -> TenantSelection.PARAMETER.equals(p.getName()))) {
            return;
        }
        int afterPath =
                (int) parameters.stream().filter(p -> "path".equals(p.getIn())).count();
        parameters.add(
                afterPath,
                new Parameter()
                        .name(TenantSelection.PARAMETER)
                        .in("query")
                        .required(false)
                        .schema(ParameterTypes.typed("string")));
        operation.setParameters(parameters);
    }

    private static boolean actsForATenant(HandlerMethod handlerMethod) {
        return handlerMethod.hasMethodAnnotation(ActingTenant.class)
                || Arrays.stream(handlerMethod.getMethodParameters())
                        .anyMatch(parameter -> parameter.hasParameterAnnotation(ActingTenant.class));
    }
}
