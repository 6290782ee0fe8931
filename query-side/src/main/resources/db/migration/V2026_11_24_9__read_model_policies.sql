create table read_model.policy_category (
    id            text primary key,
    company_id    text        not null,
    name          text        not null,
    created_at    timestamptz not null,
    last_sequence bigint      not null
);

create index policy_category_by_company on read_model.policy_category (company_id, created_at, id);

-- One row per policy, its latest state. current_version is the latest version (draft or published);
-- published_version the latest published one, which employees acknowledge (null until the first publication).
create table read_model.policy (
    id                text primary key,
    company_id        text        not null,
    client_id         text        not null,
    title             text        not null,
    description       text,
    content           text,
    category_id       text,
    owner_id          text,
    policy_type       text,
    notes             text,
    status            text        not null,
    current_version   text        not null,
    published_version text,
    rejection_reason  text,
    created_at        timestamptz not null,
    last_updated      timestamptz not null,
    last_sequence     bigint      not null
);

create index policy_by_client on read_model.policy (company_id, client_id, created_at, id);

-- Every version's text, kept for good: drafts (published_at null) and published versions.
create table read_model.policy_version (
    policy_id    text        not null,
    version      text        not null,
    title        text        not null,
    description  text,
    content      text,
    created_at   timestamptz not null,
    published_at timestamptz,
    primary key (policy_id, version)
);

create table read_model.policy_acknowledgement (
    policy_id       text        not null,
    employee_id     text        not null,
    version         text        not null,
    company_id      text        not null,
    acknowledged_at timestamptz not null,
    primary key (policy_id, version, employee_id)
);
