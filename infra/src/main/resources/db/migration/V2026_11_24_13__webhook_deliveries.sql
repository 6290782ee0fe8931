-- Infra's delivery state. webhook_target mirrors each subscription (with its sealed secret) and is written by a
-- subscribing handler in the same transaction as the subscription's events; webhook_delivery is the outbox, one row
-- per subscription and event, written in the same transaction as the event it announces.
create table webhook_target (
    id                   text primary key,
    company_id           text        not null,
    url                  text        not null,
    events               text[]      not null,
    sealed_secret        text        not null,
    active               boolean     not null,
    consecutive_failures integer     not null default 0,
    created_at           timestamptz not null
);

create index webhook_target_by_company on webhook_target (company_id);

create table webhook_delivery (
    id              text primary key,
    webhook_id      text        not null,
    company_id      text        not null,
    event_id        text        not null,
    event_type      text        not null,
    payload         text        not null,
    status          text        not null,
    attempts        integer     not null default 0,
    next_attempt_at timestamptz,
    last_attempt_at timestamptz,
    response_code   integer,
    last_error      text,
    created_at      timestamptz not null,
    unique (webhook_id, event_id)
);

create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'pending';
create index webhook_delivery_by_webhook on webhook_delivery (webhook_id, created_at desc);
