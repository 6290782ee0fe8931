create schema if not exists read_model;

-- Webhook subscriptions as tenants see them; the sealed signing secret stays in the events and in infra's
-- delivery tables, never here. Deleted subscriptions leave no row.
create table read_model.webhook (
    id              text primary key,
    company_id      text        not null,
    url             text        not null,
    events          text[]      not null,
    description     text,
    status          text        not null,
    disabled_reason text,
    created_at      timestamptz not null,
    disabled_at     timestamptz,
    last_sequence   bigint      not null
);

create index webhook_by_company on read_model.webhook (company_id, created_at, id);
