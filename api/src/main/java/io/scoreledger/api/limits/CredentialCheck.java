package io.scoreledger.api.limits;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Tells the failed-authentication limiter whether a request's credential is one the service accepts, so that a
 * valid credential is never refused or counted because others failed from the same address.
 */
public interface CredentialCheck {

    /** The request attribute that holds the accepted authentication once a credential has been accepted. */
    String ACCEPTED = CredentialCheck.class.getName() + ".ACCEPTED";

    /** Authenticates the request's credential; when accepted, the result is left in {@link #ACCEPTED} for reuse. */
    boolean accepts(HttpServletRequest request);

    static boolean accepted(HttpServletRequest request) {
        return request.getAttribute(ACCEPTED) != null;
    }
}
