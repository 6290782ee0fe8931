package io.scoreledger.api.tenancy;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What the route's path names, as {@link Visibility} answers it for the caller: on a {@code TenantId} the company
 * ({companyId}, which must exist), on a {@code ClientView} the client ({companyId}/{clientId}), on a
 * {@code PolicyView}, {@code AssessmentView} or {@code IntegrationCredentialView} that record of the client. Declare
 * it after a request body, so a malformed body is answered before the path is looked up, as it always was.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Visible {}
