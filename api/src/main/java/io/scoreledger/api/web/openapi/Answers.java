package io.scoreledger.api.web.openapi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a route answers where its Java return type cannot say it (a ResponseEntity of Envelope&lt;?&gt;, a status set at
 * run time, a file). {@link OperationResponses} turns it into the OpenAPI responses; the errors every route of a kind
 * can answer are added there, so only the route's own ones are listed here.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Answers {

    /** The success status. */
    int status() default 200;

    /** The data inside the {"success", "data"} envelope, when the return type does not name it. */
    Class<?> data() default Void.class;

    /** The whole body, when it is not the envelope. */
    Class<?> body() default Void.class;

    /** 202 with this data: the write is durable, but the read model did not show it within the wait. */
    Class<?> accepted() default Void.class;

    /** Further success statuses with the same body (e.g. 200 when the thing already existed). */
    int[] alsoSucceeds() default {};

    /** 304 without a body when the caller's If-None-Match matches. */
    boolean notModified() default false;

    /** The success body is (also) plain text of these media types, e.g. text/csv. */
    String[] textMediaTypes() default {};

    /** The success body is a file of this media type instead of JSON. */
    String fileMediaType() default "";

    /** Error statuses of this route beyond those its kind always has (see {@link OperationResponses}). */
    int[] errors() default {};
}
