package io.scoreledger.api.limits;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The client addresses this node has answered 401 within the failure period. Only their credentialed requests
 * are checked against the shared failure bucket before authentication, so clients that never fail cost no database
 * round trip. An address that failed only on other nodes gets one more attempt here before this node knows it.
 * The counting itself is the shared bucket's; this is an index of whom to ask about.
 */
final class RecentFailures {

    private static final int MAX_ADDRESSES = 100_000;

    private final ConcurrentHashMap<String, Long> rememberedUntil = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long memoryMillis;

    /** @param memory how long after its last failure an address's bucket may still be short of tokens */
    RecentFailures(Clock clock, Duration memory) {
        this.clock = clock;
        this.memoryMillis = memory.toMillis();
    }

    void remember(String address) {
        long now = clock.millis();
        if (rememberedUntil.size() >= MAX_ADDRESSES) {
            rememberedUntil.values().removeIf(until -> until <= now);
            if (rememberedUntil.size() >= MAX_ADDRESSES) {
                // Forgetting costs each forgotten address one more attempt per node; bounded memory matters more.
                rememberedUntil.clear();
            }
        }
        rememberedUntil.put(address, now + memoryMillis);
    }

    boolean contains(String address) {
        Long until = rememberedUntil.get(address);
        if (until == null) {
            return false;
        }
        if (until <= clock.millis()) {
            rememberedUntil.remove(address, until);
            return false;
        }
        return true;
    }
}
