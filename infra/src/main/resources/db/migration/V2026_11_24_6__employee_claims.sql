-- Owned by the command side, written in the same transaction as the events they guard.
-- One employee per e-mail address within a tenant; an employee id names one address.
create table employee_email_claim (
    tenant_id   text not null,
    email       text not null,
    employee_id text not null unique,
    primary key (tenant_id, email)
);

-- A (tenant, source, external id) is ingested once, ever; and each signal's employee, for disputes.
create table signal_claim (
    tenant_id   text not null,
    source      text not null,
    external_id text not null,
    signal_id   text not null unique,
    employee_id text not null,
    primary key (tenant_id, source, external_id)
);
