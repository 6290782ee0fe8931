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
        if (presented.source() != PresentedCredential.Source.BEARER || !operatorToken.matches(presented.token())) {
            return null;
        }
        return new CallerAuthentication(Caller.operator(), Credential.of(Credential.Type.OPERATOR_TOKEN));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PresentedCredential.class.isAssignableFrom(authentication);
    }
}
