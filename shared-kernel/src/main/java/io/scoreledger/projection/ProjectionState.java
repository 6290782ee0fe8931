package io.scoreledger.projection;

/**
 * Where a processor stands. A streaming (tracking or pooled) processor is STARTING until it has claimed its
 * segments, REPLAYING while any segment is before the position the log had when its tokens were reset, CATCHING_UP
 * while it is past that but has not yet reached the end of the log, CAUGHT_UP once it has. DEGRADED is at the end of
 * the log but holding dead letters: events it did not apply, parked until the operator retries or evicts them; it is
 * never reported as caught up. SUBSCRIBED processors run
 * in the thread that appends the event, have no token and can never be reset.
 */
public enum ProjectionState {
    STOPPED,
    STARTING,
    REPLAYING,
    CATCHING_UP,
    CAUGHT_UP,
    DEGRADED,
    ERROR,
    SUBSCRIBED
}
