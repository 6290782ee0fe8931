package io.scoreledger.api.security;

import io.scoreledger.api.limits.CredentialCheck;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.AuthenticationException;

/** Accepts exactly what the security chain would accept: the same providers, the same credential forms. */
final class AuthenticatingCredentialCheck implements CredentialCheck {

    private final AuthenticationManager authenticationManager;

    AuthenticatingCredentialCheck(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    @Override
    public boolean accepts(HttpServletRequest request) {
        var presented = BearerCredentialFilter.presented(request);
        if (presented == null) {
            return false;
        }
        try {
            request.setAttribute(ACCEPTED, authenticationManager.authenticate(presented));
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
