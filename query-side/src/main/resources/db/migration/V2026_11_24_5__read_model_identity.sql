create table read_model.app_user (
    id            text primary key,
    company_id    text        not null,
    name          text        not null,
    email         text        not null unique,
    role          text        not null,
    active        boolean     not null,
    client_ids    text[]      not null,
    subject       text unique,
    created_at    timestamptz not null,
    last_sequence bigint      not null
);

create index app_user_by_company on read_model.app_user (company_id, created_at, id);

create table read_model.api_key (
    id            text primary key,
    company_id    text        not null,
    name          text        not null,
    scopes        text[]      not null,
    lookup        text        not null unique,
    secret_sha256 text        not null,
    issued_by     text        not null,
    created_at    timestamptz not null,
    expires_at    timestamptz,
    revoked_at    timestamptz
);

create index api_key_by_company on read_model.api_key (company_id, issued_by, created_at);

-- Operational data, not derived from events: recorded in batches, kept across projection rebuilds.
create table read_model.api_key_usage (
    api_key_id   text primary key,
    last_used_at timestamptz not null
);

create table read_model.user_session (
    id           text primary key,
    user_id      text        not null,
    company_id   text        not null,
    token_sha256 text        not null unique,
    started_at   timestamptz not null,
    expires_at   timestamptz not null,
    ended_at     timestamptz
);

create table read_model.revoked_access_token (
    token_sha256 text primary key,
    user_id      text not null,
    expires_at   timestamptz
);
