create schema if not exists read_model;

-- Tenants' own templates; the global ones ship with the application and are not stored here.
create table read_model.assessment_template (
    id            text primary key,
    company_id    text        not null,
    name          text        not null,
    category      text        not null,
    created_at    timestamptz not null,
    last_sequence bigint      not null
);

create index assessment_template_by_company on read_model.assessment_template (company_id, created_at, id);

create table read_model.assessment_template_question (
    template_id  text             not null,
    position     integer          not null,
    section      text             not null,
    question_id  text             not null,
    text         text             not null,
    weight       double precision not null,
    answer_type  text             not null,
    primary key (template_id, position)
);

create table read_model.assessment (
    id                    text primary key,
    company_id            text             not null,
    client_id             text             not null,
    name                  text             not null,
    template_id           text             not null,
    template_name         text             not null,
    status                text             not null,
    completion_percentage double precision not null,
    score                 double precision,
    score_method          text,
    started_at            timestamptz      not null,
    completed_at          timestamptz,
    deleted_at            timestamptz,
    version               text             not null,
    last_sequence         bigint           not null
);

create index assessment_by_client on read_model.assessment (company_id, client_id, started_at, id);

create table read_model.assessment_item (
    assessment_id text             not null,
    position      integer          not null,
    section       text             not null,
    question_id   text             not null,
    question      text             not null,
    answer_type   text             not null,
    weight        double precision not null,
    answer        text,
    primary key (assessment_id, position),
    unique (assessment_id, question_id)
);
