-- Axon Framework's JDBC tables for PostgreSQL: the event store (bytea payloads, BIGSERIAL global index),
-- snapshots, tracking tokens, sagas and their associations. Created here, never by Axon at startup.

create table domainevententry (
    globalindex         bigserial    not null primary key,
    eventidentifier     varchar(255) not null unique,
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255),
    timestamp           varchar(255) not null,
    payloadtype         varchar(255) not null,
    payloadrevision     varchar(255),
    payload             bytea        not null,
    metadata            bytea,
    constraint domainevententry_aggregate_sequence unique (aggregateidentifier, sequencenumber)
);

create table snapshotevententry (
    aggregateidentifier varchar(255) not null,
    sequencenumber      bigint       not null,
    type                varchar(255) not null,
    eventidentifier     varchar(255) not null unique,
    timestamp           varchar(255) not null,
    payloadtype         varchar(255) not null,
    payloadrevision     varchar(255),
    payload             bytea        not null,
    metadata            bytea,
    primary key (aggregateidentifier, sequencenumber)
);

create table tokenentry (
    processorname varchar(255) not null,
    segment       integer      not null,
    token         bytea,
    tokentype     varchar(255),
    timestamp     varchar(255),
    owner         varchar(255),
    primary key (processorname, segment)
);

create table sagaentry (
    sagaid         varchar(255) not null primary key,
    revision       varchar(255),
    sagatype       varchar(255),
    serializedsaga bytea
);

create table associationvalueentry (
    id               bigserial    not null primary key,
    associationkey   varchar(255) not null,
    associationvalue varchar(255),
    sagatype         varchar(255),
    sagaid           varchar(255)
);

create index associationvalueentry_saga_type_key_value
    on associationvalueentry (sagatype, associationkey, associationvalue);
create index associationvalueentry_saga_id_type on associationvalueentry (sagaid, sagatype);
