create schema if not exists read_model;

-- Every event, per tenant, in global position order (chain_index). digest is SHA-256 of the event's canonical form
-- (AuditCanonicalForm); link is SHA-256 over the previous link of the same tenant and this digest, so editing or
-- removing an event in the event store shows up when the chain is recomputed. An event whose transaction committed
-- after a later-positioned one is linked into its place and the tenant's links after it are recomputed from their
-- digests, so the chain never depends on the order events happened to be processed in. payload is the event as JSON with sealed secrets and key
-- hashes redacted; the links are computed over the unredacted event.
create table read_model.audit_event (
    position       bigint      primary key,
    event_id       text        not null unique,
    tenant_id      text        not null,
    chain_index    bigint      not null,
    type           text        not null,
    revision       text,
    occurred_at    timestamptz not null,
    actor          text,
    actor_kind     text,
    aggregate_id   text,
    aggregate_type text,
    sequence       bigint,
    correlation_id text,
    request_id     text,
    payload        jsonb       not null,
    digest         text        not null,
    link           text        not null,
    constraint audit_event_chain unique (tenant_id, chain_index)
);

create index audit_event_by_tenant on read_model.audit_event (tenant_id, position desc);

-- Where each tenant's chain stands: the last linked event, how many events the chain holds, and the link there.
create table read_model.audit_chain_head (
    tenant_id   text   primary key,
    position    bigint not null,
    chain_index bigint not null,
    link        text   not null
);
