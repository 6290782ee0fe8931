package io.scoreledger.api.security;

import io.scoreledger.api.error.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Checks each route's declared scope against the caller's; routes of ours that declare nothing are refused. */
final class ScopeInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method) || !isOurs(method)) {
            return true;
        }
        var requires = method.getMethodAnnotation(RequiresScope.class);
        if (requires == null && !method.hasMethodAnnotation(AnyCaller.class)) {
            throw ApiException.forbidden("Insufficient permissions.");
        }
        var caller = Caller.current();
        if (requires != null) {
            caller.requireScope(requires.value());
        }
        return true;
    }

    private static boolean isOurs(HandlerMethod method) {
        var type = method.getBeanType();
        return type.getPackageName().startsWith("io.scoreledger.api")
                && !type.getPackageName().startsWith("io.scoreledger.api.error");
    }
}
