package io.scoreledger.query.audit;

/** One recorded link of a tenant's chain, for verification: the chainIndex-th event linked, at a global position. */
public record AuditChainLink(long chainIndex, long position, String eventId, String link) {}
