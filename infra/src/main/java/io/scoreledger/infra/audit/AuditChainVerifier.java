package io.scoreledger.infra.audit;

import io.scoreledger.audit.queries.GetAuditChainHead;
import io.scoreledger.audit.queries.VerifyAuditChain;
import io.scoreledger.ids.TenantId;
import io.scoreledger.query.audit.AuditCanonicalForm;
import io.scoreledger.query.audit.AuditChainLink;
import io.scoreledger.query.audit.AuditRepository;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Recomputes a tenant's chain from the event store: reads the events at the positions the chain records, in chain
 * order, deserializes them as Axon does (upcasters included), and links each to the recomputed previous link. The
 * first event whose link differs from the recorded one, or that is gone, is where the store was changed.
 *
 * <p>What it cannot see: a field added to a stored payload that the event's class does not have (the serializer
 * ignores unknown properties, so the event reads the same), and events appended to the store behind Axon's back
 * that the chain never linked.
 */
public class AuditChainVerifier {

    static final String MISSING = "The event at this position is no longer in the event store.";
    static final String REPLACED = "Another event is stored at this position than the one the chain recorded.";
    static final String UNREADABLE = "The event stored at this position can no longer be read.";
    static final String OTHER_TENANT = "The event stored at this position no longer belongs to this tenant.";
    static final String CHANGED = "The event stored at this position differs from the one the chain recorded.";
    static final String LINK_MISSING = "A link of the recorded chain is missing before this position.";
    static final String HEAD_MISMATCH = "The recorded chain head does not match the chain's last link.";

    private static final int PAGE = 500;
    private static final String SELECT_EVENTS = """
            select globalindex, type, aggregateidentifier, sequencenumber, eventidentifier, timestamp, payloadtype,
                   payloadrevision, payload, metadata
            from domainevententry
            where globalindex = any(?)""";

    private final AuditRepository chain;
    private final JdbcTemplate jdbc;
    private final ObjectProvider<Configuration> axon;

    public AuditChainVerifier(AuditRepository chain, JdbcTemplate jdbc, ObjectProvider<Configuration> axon) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.axon = axon;
    }

    @QueryHandler
    VerifyAuditChain.Result handle(VerifyAuditChain query) {
        return verify(query.tenantId());
    }

    public VerifyAuditChain.Result verify(TenantId tenant) {
        GetAuditChainHead.Result head = chain.head(tenant);
        String previous = AuditCanonicalForm.GENESIS;
        long checked = 0;
        List<AuditChainLink> links = chain.links(tenant, 0, PAGE);
        while (!links.isEmpty()) {
            Map<Long, GenericDomainEventEntry<byte[]>> stored = storedEvents(links);
            for (AuditChainLink recorded : links) {
                if (recorded.chainIndex() != checked + 1) {
                    return mismatch(checked, recorded.position(), LINK_MISSING, head);
                }
                var event = stored.get(recorded.position());
                if (event == null) {
                    return mismatch(checked, recorded.position(), MISSING, head);
                }
                if (!event.getEventIdentifier().equals(recorded.eventId())) {
                    return mismatch(checked, recorded.position(), REPLACED, head);
                }
                Optional<AuditCanonicalForm.Entry> entry;
                String link;
                try {
                    entry = AuditCanonicalForm.entryOf(deserialize(event), recorded.position());
                    String before = previous;
                    link = entry.map(e -> AuditCanonicalForm.link(before, e)).orElse(null);
                } catch (RuntimeException unreadable) {
                    return mismatch(checked, recorded.position(), UNREADABLE, head);
                }
                if (entry.isEmpty() || !entry.get().tenantId().equals(tenant.value())) {
                    return mismatch(checked, recorded.position(), OTHER_TENANT, head);
                }
                if (!link.equals(recorded.link())) {
                    return mismatch(checked, recorded.position(), CHANGED, head);
                }
                previous = link;
                checked++;
            }
            links = chain.links(tenant, links.getLast().chainIndex(), PAGE);
        }
        if (checked != head.eventCount() || !previous.equals(head.chainHash())) {
            return mismatch(checked, head.position(), HEAD_MISMATCH, head);
        }
        return new VerifyAuditChain.Result(true, checked, null, null, head.chainHash());
    }

    private static VerifyAuditChain.Result mismatch(
            long checked, long position, String reason, GetAuditChainHead.Result head) {
        return new VerifyAuditChain.Result(false, checked, position, reason, head.chainHash());
    }

    private Map<Long, GenericDomainEventEntry<byte[]>> storedEvents(List<AuditChainLink> links) {
        Long[] positions = links.stream().map(AuditChainLink::position).toArray(Long[]::new);
        var events = new HashMap<Long, GenericDomainEventEntry<byte[]>>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(SELECT_EVENTS);
                    statement.setArray(1, connection.createArrayOf("bigint", positions));
                    return statement;
                },
                row -> {
                    events.put(
                            row.getLong("globalindex"),
                            new GenericDomainEventEntry<>(
                                    row.getString("type"),
                                    row.getString("aggregateidentifier"),
                                    row.getLong("sequencenumber"),
                                    row.getString("eventidentifier"),
                                    row.getString("timestamp"),
                                    row.getString("payloadtype"),
                                    row.getString("payloadrevision"),
                                    row.getBytes("payload"),
                                    row.getBytes("metadata")));
                });
        return events;
    }

    /** As the event store hands events to processors: upcast, then deserialized with the event serializer. */
    private DomainEventMessage<?> deserialize(GenericDomainEventEntry<byte[]> event) {
        var configuration = axon.getObject();
        var stream = EventStreamUtils.upcastAndDeserializeDomainEvents(
                Stream.of(event), configuration.eventSerializer(), configuration.upcasterChain());
        if (!stream.hasNext()) {
            throw new IllegalStateException("An upcaster dropped the event");
        }
        var message = stream.next();
        message.getPayload();
        message.getMetaData();
        return message;
    }
}
