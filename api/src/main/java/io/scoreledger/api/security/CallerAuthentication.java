package io.scoreledger.api.security;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller; the principal is the {@link Caller} controllers receive. */
public final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final Credential credential;

    public CallerAuthentication(Caller caller, Credential credential) {
        super(List.of(new SimpleGrantedAuthority("CALLER_" + caller.kind().name())));
        this.caller = caller;
        this.credential = credential;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    public Credential credential() {
        return credential;
    }
}
