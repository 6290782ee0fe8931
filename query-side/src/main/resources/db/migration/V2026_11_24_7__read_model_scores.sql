-- Employees with their current score. department is '' for employees without one, so it can be indexed and filed
-- in histograms; score is null only between EmployeeRegistered and the EmployeeScoreChanged that follows it.
create table read_model.employee (
    id                   text primary key,
    company_id           text               not null,
    email                text               not null,
    name                 text,
    department           text               not null,
    client_id            text,
    score                integer,
    band                 text,
    contribution_factors text[]             not null,
    contribution_points  double precision[] not null,
    top_risk_factor      text,
    model_version        text,
    scored_at            timestamptz,
    last_sequence        bigint             not null,
    unique (company_id, email)
);

create index employee_by_score on read_model.employee (company_id, score, id);
create index employee_by_department_score on read_model.employee (company_id, department, score, id);
create index employee_decay_candidate on read_model.employee (id) where cardinality(contribution_factors) > 0;

create table read_model.signal (
    id          text primary key,
    employee_id text        not null,
    company_id  text        not null,
    source      text        not null,
    external_id text        not null,
    type        text        not null,
    severity    text        not null,
    occurred_at timestamptz not null,
    recorded_at timestamptz not null,
    disputed_at timestamptz
);

create index signal_by_employee on read_model.signal (employee_id, occurred_at desc, id desc);

-- How many employees hold each score: counts[score + 1] for score 0..100. department '*' is the whole tenant.
create table read_model.score_histogram (
    company_id text      not null,
    department text      not null,
    counts     integer[] not null check (cardinality(counts) = 101),
    primary key (company_id, department)
);

-- Every score an employee held, for the change over the last 30 days. previous_score is the score before it
-- (null for the first).
create table read_model.score_change (
    employee_id    text        not null,
    sequence       bigint      not null,
    company_id     text        not null,
    changed_at     timestamptz not null,
    score          integer     not null,
    previous_score integer,
    primary key (employee_id, sequence)
);

create index score_change_by_company_time on read_model.score_change (company_id, changed_at);

-- The histogram as it stood at the end of each day (UTC) on which it changed, for trends.
create table read_model.score_snapshot (
    company_id text      not null,
    department text      not null,
    day        date      not null,
    counts     integer[] not null check (cardinality(counts) = 101),
    primary key (company_id, department, day)
);
