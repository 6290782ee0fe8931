package io.scoreledger.api.security;

import io.scoreledger.api.limits.CredentialCheck;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates the one credential a request presents, in this order: "Authorization: Bearer …", "x-api-key: crp.…",
 * then the crp_session cookie. A credential that is presented but not accepted ends the request.
 */
final class BearerCredentialFilter extends OncePerRequestFilter {

    static final String API_KEY_HEADER = "x-api-key";
    static final String SESSION_COOKIE = "crp_session";
    private static final String BEARER = "bearer ";

    private final AuthenticationManager authenticationManager;
    private final AuthenticationEntryPoint entryPoint;

    BearerCredentialFilter(AuthenticationManager authenticationManager, AuthenticationEntryPoint entryPoint) {
        this.authenticationManager = authenticationManager;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var presented = presented(request);
        if (presented == null) {
            chain.doFilter(request, response);
            return;
        }
        try {
            // The failed-authentication limiter may have authenticated this credential already.
            var authenticated = request.getAttribute(CredentialCheck.ACCEPTED) instanceof Authentication earlier
                    ? earlier
                    : authenticationManager.authenticate(presented);
            request.setAttribute(CredentialCheck.ACCEPTED, authenticated);
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authenticated);
            SecurityContextHolder.setContext(context);
        } catch (AuthenticationException e) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, e);
            return;
        }
        chain.doFilter(request, response);
    }

    static PresentedCredential presented(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return new PresentedCredential(
                    header.substring(BEARER.length()).strip(), PresentedCredential.Source.BEARER);
        }
        String apiKey = request.getHeader(API_KEY_HEADER);
        if (apiKey != null && !apiKey.isBlank()) {
            return new PresentedCredential(apiKey.strip(), PresentedCredential.Source.API_KEY_HEADER);
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (SESSION_COOKIE.equals(cookie.getName())
                        && !cookie.getValue().isBlank()) {
                    return new PresentedCredential(cookie.getValue(), PresentedCredential.Source.SESSION_COOKIE);
                }
            }
        }
        return null;
    }
}
