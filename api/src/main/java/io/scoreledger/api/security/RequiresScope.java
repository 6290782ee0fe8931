package io.scoreledger.api.security;

import io.scoreledger.values.Scope;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The scope a route needs. Every route declares one, or {@link AnyCaller}; a route with neither is refused. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresScope {

    Scope value();
}
