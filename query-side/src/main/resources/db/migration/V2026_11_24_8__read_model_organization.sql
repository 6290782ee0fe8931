create table read_model.organization_score (
    company_id    text primary key,
    score         integer     not null,
    findings      integer     not null,
    changed_at    timestamptz not null
);

create table read_model.organization_finding (
    signal_id   text primary key,
    company_id  text        not null,
    source      text        not null,
    external_id text        not null,
    issue_type  text,
    factor      text,
    severity    text,
    first_seen  timestamptz,
    last_seen   timestamptz,
    domain      text,
    ip          text,
    linked      boolean     not null,
    recorded_at timestamptz not null
);

create index organization_finding_by_company on read_model.organization_finding (company_id, recorded_at);
