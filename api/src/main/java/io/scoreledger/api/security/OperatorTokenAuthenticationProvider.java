package io.scoreledger.api.security;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;

/** Vouches for the platform operator's token; leaves every other credential to the next provider. */
final class OperatorTokenAuthenticationProvider implements AuthenticationProvider {

    private final OperatorToken operatorToken;

    OperatorTokenAuthenticationProvider(OperatorToken operatorToken) {
        this.operatorToken = operatorToken;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var presented = (PresentedCredential) authentication;
        return operatorToken.matches(presented.token()) ? new CallerAuthentication(Caller.operator()) : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
