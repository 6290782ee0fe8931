package io.scoreledger.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The tenant a platform-API route acts for, as {@link TenantSelection} decides it from the credential, the tenantId
 * query parameter and the x-tenant-id header. On a {@code TenantId} parameter it is resolved before the handler runs;
 * on a method it marks a route that resolves it itself because its body may name the tenant too. Either way the
 * OpenAPI document lists the tenantId query parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.PARAMETER, ElementType.METHOD})
public @interface ActingTenant {}
