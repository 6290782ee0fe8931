-- Bucket4j's token buckets (io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager), shared by
-- every node. id is the bucket key with its quota, e.g. 'reports:cmp_…@20/PT1H'; state is Bucket4j's serialized
-- bucket; expires_at (epoch milliseconds) is when the bucket is full again plus a margin, after which a row means the
-- same as no row and the periodic cleanup deletes it.
--
-- Unlogged: a rate-limit state is disposable, and skipping the write-ahead log makes the per-request update cheaper.
-- After a crash, or on a promoted replica, the table is empty and every bucket starts full again.
-- No index on expires_at, so updates stay heap-only (HOT); the fill factor leaves room for them. The cleanup scans
-- the table, which holds one row per active tenant and category and per recently failing address.
create unlogged table rate_limit_bucket (
    id         text primary key,
    state      bytea,
    expires_at bigint
) with (fillfactor = 70);
