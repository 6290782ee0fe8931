-- One row per integration credential, its latest state. Its secrets are not here at all: they live only sealed, in
-- the credential's events, so this table can be listed, rebuilt and backed up without exposing anything.
create table read_model.integration_credential (
    id                 text primary key,
    company_id         text        not null,
    client_id          text        not null,
    type               text        not null,
    name               text        not null,
    server_url         text,
    external_client_id text,
    status             text        not null,
    last_sync          timestamptz,
    created_at         timestamptz not null,
    revoked_at         timestamptz,
    last_sequence      bigint      not null
);

create index integration_credential_by_client
    on read_model.integration_credential (company_id, client_id, created_at, id);
