package io.scoreledger.api.security;

import io.scoreledger.ids.TenantId;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@link ActingTenant} parameters, so no route repeats the tenant selection. */
public class ActingTenantResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.hasParameterAnnotation(ActingTenant.class) && parameter.getParameterType() == TenantId.class;
    }

    @Override
    public TenantId resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        var request = webRequest.getNativeRequest(HttpServletRequest.class);
        return TenantSelection.resolve(Caller.current(), TenantSelection.parameter(request), request);
    }
}
