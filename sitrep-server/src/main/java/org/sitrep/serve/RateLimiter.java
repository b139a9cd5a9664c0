package org.sitrep.serve;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: each holds up to {@code burst} tokens, refilled at {@code perSecond}; a request takes
 * one or waits. Safe to share between threads. The client is the remote address of the connection, so clients
 * behind one proxy share a bucket (no forwarding header is trusted: anyone could send one).
 *
 * <p>Buckets of clients gone quiet are dropped once more than {@link #MAX_CLIENTS} are held, so a stream of new
 * addresses cannot grow the map without end; a dropped bucket was full anyway.
 */
final class RateLimiter {
    static final int MAX_CLIENTS = 10_000;

    private final double perSecond;
    private final double burst;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(ServerConfig.RateLimit limit, LongSupplier nanoClock) {
        if (limit.off()) throw new IllegalArgumentException("no limiter for RateLimit.OFF");
        this.perSecond = limit.perSecond();
        this.burst = limit.burst();
        this.nanoClock = nanoClock;
    }

    /** Takes a token for {@code client}: 0 if it had one, else the nanoseconds until it will. */
    long acquire(String client) {
        long now = nanoClock.getAsLong();
        Bucket bucket = buckets.get(client);
        if (bucket == null) {
            if (buckets.size() >= MAX_CLIENTS) dropFullBuckets(now);
            bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        }
        return bucket.take(now, perSecond, burst);
    }

    int clients() {
        return buckets.size();
    }

    private void dropFullBuckets(long now) {
        buckets.values().removeIf(b -> b.fullAt(now, perSecond, burst));
    }

    private static final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        synchronized long take(long now, double perSecond, double burst) {
            refill(now, perSecond, burst);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perSecond * 1e9);
        }

        synchronized boolean fullAt(long now, double perSecond, double burst) {
            refill(now, perSecond, burst);
            return tokens >= burst;
        }

        private void refill(long now, double perSecond, double burst) {
            if (now > last) {
                tokens = Math.min(burst, tokens + (now - last) / 1e9 * perSecond);
                last = now;
            }
        }
    }
}
