package io.scoreledger.api.limits;

/**
 * Token buckets shared by every node of the service. A bucket is named by a key and created full, with the given
 * quota, the first time it is used; a bucket asked for with a different quota is a different bucket.
 */
public interface RateLimiter {

    /** Takes one token if there is one. */
    RateLimitDecision tryConsume(String key, Quota quota);

    /** Tells whether a token could be taken, without taking it. */
    RateLimitDecision peek(String key, Quota quota);
}
