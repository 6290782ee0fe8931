-- The report archive: each generated PDF stored once with its SHA-256, written in the transaction that appends its
-- ReportGenerated event. Rows are never changed: the triggers refuse UPDATE, DELETE and TRUNCATE, and the checks tie
-- the recorded hash and size to the bytes.
create table report_document (
    id            text        primary key,
    company_id    text        not null,
    report_type   text        not null,
    assessment_id text,
    position      bigint      not null,
    chain_hash    text,
    sha256        text        not null,
    size_bytes    bigint      not null,
    as_of         timestamptz not null,
    requested_at  timestamptz not null,
    content       bytea       not null,
    constraint report_document_sha256 check (sha256 = encode(sha256(content), 'hex')),
    constraint report_document_size check (size_bytes = octet_length(content))
);

create index report_document_by_company on report_document (company_id, requested_at desc, id);

create function report_document_refuse_change() returns trigger
    language plpgsql as $$
begin
    raise exception 'report_document is insert-only: % refused', tg_op;
end
$$;

create trigger report_document_insert_only
    before update or delete on report_document
    for each row execute function report_document_refuse_change();

create trigger report_document_no_truncate
    before truncate on report_document
    for each statement execute function report_document_refuse_change();
