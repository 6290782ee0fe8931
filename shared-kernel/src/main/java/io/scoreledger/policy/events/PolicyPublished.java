package io.scoreledger.policy.events;

import io.scoreledger.ids.ClientId;
import io.scoreledger.ids.PolicyId;
import io.scoreledger.ids.TenantId;
import java.time.Instant;
import org.axonframework.serialization.Revision;

/**
 * The latest draft becomes the next major version ("1.0", "2.0", …); the text is the draft's. Revision 2 added
 * publishedBy, the acting principal's id; revision 1 events are upcast with the actor from their metadata, or null
 * when they predate it.
 */
@Revision("2")
public record PolicyPublished(
        TenantId tenantId,
        PolicyId policyId,
        ClientId clientId,
        String title,
        String description,
        String content,
        String version,
        String publishedBy,
        Instant publishedAt)
        implements PolicyEvent {}
