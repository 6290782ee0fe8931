-- Every attempt of a delivery, so a failure stays visible after a later attempt succeeds; webhook_delivery keeps
-- only the latest. Deliveries attempted before this table existed keep their last attempt, without its duration.
create table webhook_delivery_attempt (
    delivery_id   text        not null references webhook_delivery (id) on delete cascade,
    attempt       integer     not null,
    attempted_at  timestamptz not null,
    response_code integer,
    error         text,
    duration_ms   bigint,
    primary key (delivery_id, attempt)
);

insert into webhook_delivery_attempt (delivery_id, attempt, attempted_at, response_code, error)
select id, attempts, last_attempt_at, response_code, last_error
from webhook_delivery
where attempts > 0 and last_attempt_at is not null;
