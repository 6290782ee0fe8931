package io.scoreledger.api.error;

import java.io.IOException;

/** Thrown while a request body is read past the configured limit. */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(long limitBytes) {
        super("The request body is larger than " + limitBytes + " bytes.");
    }
}
