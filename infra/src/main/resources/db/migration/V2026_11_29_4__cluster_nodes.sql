-- The service instances sharing this database, each with the last time it said it was alive (database time). The
-- segment balancer counts the live ones to know each node's fair share of the event processors' segments.
create table cluster_node (
    node_id      text        not null primary key,
    joined_at    timestamptz not null,
    heartbeat_at timestamptz not null
);
