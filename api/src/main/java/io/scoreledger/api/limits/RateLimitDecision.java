package io.scoreledger.api.limits;

import java.time.Duration;

/**
 * The outcome of asking a bucket for one token.
 *
 * @param allowed    whether the token was (or, for a peek, could be) taken
 * @param limit      the bucket's capacity: requests per period
 * @param remaining  tokens left after this request
 * @param untilFull  how long until the bucket is full again if no further request comes
 * @param retryAfter when refused, how long until the next token is available; zero when allowed
 */
public record RateLimitDecision(boolean allowed, long limit, long remaining, Duration untilFull, Duration retryAfter) {}
