create schema if not exists read_model;

create table read_model.company (
    id                          text primary key,
    name                        text        not null,
    email                       text        not null,
    subscription_status         text        not null,
    subscription_package        text        not null,
    created_at                  timestamptz not null,
    subscription_cycle_end_date timestamptz not null,
    last_sequence               bigint      not null
);

create table read_model.client (
    id                      text primary key,
    company_id              text        not null,
    name                    text        not null,
    status                  text        not null,
    city                    text,
    state                   text,
    country                 text,
    industry                text,
    employee_count          integer,
    email_delivery_settings text,
    created_at              timestamptz not null,
    last_sequence           bigint      not null
);

create index client_by_company on read_model.client (company_id, created_at, id);
