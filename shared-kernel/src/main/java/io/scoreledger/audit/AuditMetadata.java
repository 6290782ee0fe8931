package io.scoreledger.audit;

/**
 * Metadata keys every command and event carries: who acted, for which tenant, and which request and correlation it
 * belongs to. Added in one place (a dispatch interceptor in the api) and copied onto events by Axon's correlation
 * data providers. Axon adds its own correlationId (the id of the message that caused this one) and traceId (the id of
 * the first message of the chain) beside them.
 */
public final class AuditMetadata {

    /** The acting principal's id: a user id (usr_…), an API key id (key_…), "operator", or "system". */
    public static final String ACTOR = "actor";
    /** OPERATOR, USER, API_KEY or SYSTEM. */
    public static final String ACTOR_KIND = "actorKind";
    /** The tenant (company id) the caller acted in; absent for the operator acting across tenants. */
    public static final String TENANT = "tenant";
    /** The caller's X-Correlation-Id, tying several requests together; the request id when it sent none. */
    public static final String CORRELATION_ID = "callerCorrelationId";

    public static final String REQUEST_ID = "requestId";

    public static final String SYSTEM_ACTOR = "system";

    private AuditMetadata() {}
}
