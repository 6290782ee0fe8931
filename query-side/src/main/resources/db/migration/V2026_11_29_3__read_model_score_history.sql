-- History for as-of queries, at event time so a replay writes the same rows. score_change already holds every score
-- an employee held; department_change adds the department each employee was filed under (a row at registration and
-- one per move), organization_score_change every organization score. The indexes find the last row of one employee
-- (or company) at or before a moment with a single probe.
create table read_model.department_change (
    employee_id text        not null,
    sequence    bigint      not null,
    company_id  text        not null,
    changed_at  timestamptz not null,
    department  text        not null,
    primary key (employee_id, sequence)
);

create index department_change_as_of
    on read_model.department_change (employee_id, changed_at desc, sequence desc) include (department);
create index score_change_as_of on read_model.score_change (employee_id, changed_at desc, sequence desc) include (score);

create table read_model.organization_score_change (
    company_id text        not null,
    sequence   bigint      not null,
    changed_at timestamptz not null,
    score      integer     not null,
    primary key (company_id, sequence)
);

create index organization_score_change_as_of
    on read_model.organization_score_change (company_id, changed_at desc, sequence desc);

-- The score of each assessment from its completion on (a completed assessment can be scored again).
create table read_model.assessment_score_change (
    assessment_id text             not null,
    sequence      bigint           not null,
    company_id    text             not null,
    changed_at    timestamptz      not null,
    score         double precision,
    primary key (assessment_id, sequence)
);

create index assessment_score_change_as_of
    on read_model.assessment_score_change (assessment_id, changed_at desc, sequence desc);

-- Read models projected before this migration know only the current department and organization score: the
-- department is taken as held since the employee's first score, the organization score since its last change and
-- an assessment's score since its completion.
-- Rebuilding the projections from the log replaces these rows with the exact history.
insert into read_model.department_change (employee_id, sequence, company_id, changed_at, department)
select e.id, -1, e.company_id, min(c.changed_at), e.department
from read_model.employee e
join read_model.score_change c on c.employee_id = e.id
group by e.id, e.company_id, e.department;

insert into read_model.organization_score_change (company_id, sequence, changed_at, score)
select company_id, -1, changed_at, score
from read_model.organization_score;

insert into read_model.assessment_score_change (assessment_id, sequence, company_id, changed_at, score)
select id, -1, company_id, completed_at, score
from read_model.assessment
where completed_at is not null;
