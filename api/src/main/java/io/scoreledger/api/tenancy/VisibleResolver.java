package io.scoreledger.api.tenancy;

import io.scoreledger.api.security.Caller;
import io.scoreledger.assessment.queries.AssessmentView;
import io.scoreledger.ids.TenantId;
import io.scoreledger.integration.queries.IntegrationCredentialView;
import io.scoreledger.policy.queries.PolicyView;
import io.scoreledger.tenancy.queries.ClientView;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/** Resolves {@link Visible} parameters from the path variables, so no route repeats the lookups. */
public class VisibleResolver implements HandlerMethodArgumentResolver {

    private final Visibility visibility;

    public VisibleResolver(Visibility visibility) {
        this.visibility = visibility;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(Visible.class);
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        @SuppressWarnings("unchecked")
        var path = (Map<String, String>)
                request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        var caller = Caller.current();
        var type = parameter.getParameterType();
        if (type == TenantId.class) {
            return visibility.company(caller, path.get("companyId"));
        }
        var client = visibility.client(caller, path.get("companyId"), path.get("clientId"));
        if (type == ClientView.class) {
            return client;
        }
        if (type == PolicyView.class) {
            return visibility.policy(client, path.get("policyId"));
        }
        if (type == AssessmentView.class) {
            return visibility.assessment(client, path.get("assessmentId"));
        }
        if (type == IntegrationCredentialView.class) {
            return visibility.credential(client, path.get("credentialId"));
        }
        throw new IllegalStateException("@Visible does not resolve " + type.getName());
    }
}
