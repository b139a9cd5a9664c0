package org.sitrep.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    final AtomicLong now = new AtomicLong(1_000_000_000L);
    final RateLimiter limiter = new RateLimiter(new ServerConfig.RateLimit(10, 20), now::get);

    @Test
    void aBurstPassesThenTheRateHolds() {
        for (int i = 0; i < 20; i++) assertEquals(0, limiter.acquire("10.0.0.1"), "request " + i);
        long wait = limiter.acquire("10.0.0.1");
        assertEquals(100_000_000L, wait, "one token comes every 100 ms");
        now.addAndGet(wait);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertTrue(limiter.acquire("10.0.0.1") > 0);
    }

    @Test
    void eachClientHasItsOwnBucket() {
        for (int i = 0; i < 20; i++) limiter.acquire("10.0.0.1");
        assertTrue(limiter.acquire("10.0.0.1") > 0);
        assertEquals(0, limiter.acquire("10.0.0.2"));
    }

    @Test
    void aQuietClientRefillsOnlyUpToTheBurst() {
        for (int i = 0; i < 20; i++) limiter.acquire("10.0.0.1");
        now.addAndGet(3_600_000_000_000L);
        for (int i = 0; i < 20; i++) assertEquals(0, limiter.acquire("10.0.0.1"));
        assertTrue(limiter.acquire("10.0.0.1") > 0);
    }

    @Test
    void bucketsOfQuietClientsAreDroppedPastTheCap() {
        for (int i = 0; i < RateLimiter.MAX_CLIENTS; i++) limiter.acquire("client-" + i);
        assertEquals(RateLimiter.MAX_CLIENTS, limiter.clients());
        now.addAndGet(10_000_000_000L);
        limiter.acquire("newcomer");
        assertEquals(1, limiter.clients());
    }
}
