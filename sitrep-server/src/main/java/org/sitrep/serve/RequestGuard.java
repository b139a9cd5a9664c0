package org.sitrep.serve;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What every request passes before a handler sees it, in this order: the client's rate limit (429 with
 * {@code Retry-After}), the body size (413 over the limit; 411 for a body of unstated length, which could only be
 * measured by reading it), and CORS (a preflight from an origin not configured gets 403, and no response ever
 * carries {@code Access-Control-Allow-Origin} for one). Write routes also call {@link #authorise}: the token, and
 * a loopback client unless remote ingestion is allowed. Refusals are {@link ApiException}s, so they get the API's
 * JSON error body.
 */
final class RequestGuard {
    private final ServerConfig config;
    private final @Nullable RateLimiter limiter;
    private final Set<String> origins;
    private final byte @Nullable [] tokenDigest;

    RequestGuard(ServerConfig config) {
        this.config = config;
        this.limiter = config.rateLimit().off() ? null : new RateLimiter(config.rateLimit(), System::nanoTime);
        this.origins = Set.copyOf(config.corsOrigins());
        this.tokenDigest = config.token() == null ? null : sha256(config.token());
    }

    void before(Context ctx) {
        if (limiter != null) {
            long wait = limiter.acquire(ctx.req().getRemoteAddr());
            if (wait > 0) {
                ctx.header("Retry-After", String.valueOf(Math.max(1, (wait + 999_999_999L) / 1_000_000_000L)));
                throw new ApiException(429, "too many requests from this address; at most "
                        + config.rateLimit().perSecond() + " a second on average");
            }
        }
        long length = ctx.req().getContentLengthLong();
        if (length > config.maxRequestBytes()) {
            throw new ApiException(413, "request body of " + length + " bytes is over the limit of "
                    + config.maxRequestBytes());
        }
        if (length < 0 && ctx.header("Transfer-Encoding") != null) {
            throw new ApiException(411, "a request body needs a Content-Length");
        }
        cors(ctx);
    }

    private void cors(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null) return;
        boolean allowed = origins.contains(origin);
        if (!origins.isEmpty()) ctx.header("Vary", "Origin");
        boolean preflight = ctx.method() == HandlerType.OPTIONS && ctx.header("Access-Control-Request-Method") != null;
        if (allowed) {
            ctx.header("Access-Control-Allow-Origin", origin);
            ctx.header("Access-Control-Expose-Headers", "ETag, Retry-After");
        }
        if (!preflight) return;
        if (!allowed) throw new ApiException(403, "cross-origin requests from " + origin + " are not allowed");
        ctx.header("Access-Control-Allow-Methods", "GET, POST");
        ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type, If-None-Match");
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
        ctx.skipRemainingHandlers();
    }

    /** Whether this client could ingest given the token: there is one, and the client is loopback or may be remote. */
    boolean mayWrite(Context ctx) {
        return tokenDigest != null && (config.allowRemoteIngest() || fromLoopback(ctx));
    }

    /** Refuses a write without the token (401) or from a client that may not write at all (403). */
    void authorise(Context ctx) {
        if (tokenDigest == null) throw new ApiException(403, "this server is read-only: start it with a token to ingest");
        if (!config.allowRemoteIngest() && !fromLoopback(ctx)) {
            throw new ApiException(403, "ingestion is open to loopback clients only (see --allow-remote-ingest)");
        }
        String auth = ctx.header("Authorization");
        String given = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7) ? auth.substring(7).strip() : "";
        // Digests of equal length, compared in constant time: neither the token nor its length leaks by timing.
        if (!MessageDigest.isEqual(sha256(given), tokenDigest)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"sitrep\"");
            throw new ApiException(401, given.isEmpty() ? "missing header Authorization: Bearer <token>"
                    : "wrong token");
        }
    }

    static boolean fromLoopback(Context ctx) {
        try {
            return InetAddress.getByName(ctx.req().getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
