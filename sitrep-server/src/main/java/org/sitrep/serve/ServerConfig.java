package org.sitrep.serve;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How the server listens and whom it lets in.
 *
 * <ul>
 *   <li>{@code host} (default 127.0.0.1) and {@code port} (0 picks a free one);
 *   <li>{@code tiles}: optionally a tile URL template ({@code https://tile.example.org/{z}/{x}/{y}.png}) for the
 *       page's base map; without one the map draws the bundled country outlines, which needs no network;
 *   <li>{@code token}: the secret that ingestion (and any later write or admin route) needs in
 *       {@code Authorization: Bearer <token>}; null (the default) makes the server read-only;
 *   <li>{@code allowRemoteIngest}: whether a client other than loopback may ingest with the token (default no);
 *   <li>{@code corsOrigins}: origins allowed to call the API from a page of theirs (default none: no
 *       {@code Access-Control-Allow-Origin} is ever sent and preflights are refused);
 *   <li>{@code rateLimit}: a token bucket per client address (default 20 requests/s, bursts of 40);
 *   <li>{@code maxRequestBytes}: the largest request body (default 20 MiB), larger ones get 413.
 * </ul>
 */
public record ServerConfig(String host, int port, @Nullable String tiles, @Nullable String token,
                           boolean allowRemoteIngest, List<String> corsOrigins, RateLimit rateLimit,
                           long maxRequestBytes) {
    public static final long DEFAULT_MAX_REQUEST_BYTES = 20L * 1024 * 1024;
    /** Shorter tokens are refused: the generated ones carry 256 bits in 43 characters. */
    static final int MIN_TOKEN_LENGTH = 20;

    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is required");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        if (tiles != null && !(tiles.startsWith("http://") || tiles.startsWith("https://"))) {
            throw new IllegalArgumentException("tiles must be an http(s) URL template, got " + tiles);
        }
        if (token != null && (token.length() < MIN_TOKEN_LENGTH || !token.matches("[\\x21-\\x7e]+"))) {
            throw new IllegalArgumentException("the token must be at least " + MIN_TOKEN_LENGTH
                    + " printable ASCII characters without spaces");
        }
        corsOrigins = List.copyOf(corsOrigins);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[^/\\s]+")) {
                throw new IllegalArgumentException("a CORS origin is scheme://host[:port] without a path, got " + origin);
            }
        }
        if (rateLimit == null) throw new IllegalArgumentException("rateLimit is required (RateLimit.OFF for none)");
        if (maxRequestBytes < 1024) {
            throw new IllegalArgumentException("the request size limit must be at least 1024 bytes, got " + maxRequestBytes);
        }
    }

    /** Read-only, no CORS, the default rate limit and request size. */
    public ServerConfig(String host, int port, @Nullable String tiles) {
        this(host, port, tiles, null, false, List.of(), RateLimit.DEFAULT, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerConfig withToken(@Nullable String t, boolean remote) {
        return new ServerConfig(host, port, tiles, t, remote, corsOrigins, rateLimit, maxRequestBytes);
    }

    public ServerConfig withCorsOrigins(List<String> origins) {
        return new ServerConfig(host, port, tiles, token, allowRemoteIngest, origins, rateLimit, maxRequestBytes);
    }

    public ServerConfig withRateLimit(RateLimit r) {
        return new ServerConfig(host, port, tiles, token, allowRemoteIngest, corsOrigins, r, maxRequestBytes);
    }

    public ServerConfig withMaxRequestBytes(long bytes) {
        return new ServerConfig(host, port, tiles, token, allowRemoteIngest, corsOrigins, rateLimit, bytes);
    }

    /**
     * Requests per second each client address may send on average, and how many it may send at once after a quiet
     * spell. The page sends about a dozen requests when it opens and two or three per map move.
     */
    public record RateLimit(double perSecond, int burst) {
        public static final RateLimit DEFAULT = new RateLimit(20, 40);
        public static final RateLimit OFF = new RateLimit(0, 0);

        public RateLimit {
            if (!(perSecond >= 0) || Double.isInfinite(perSecond) || burst < 0 || (perSecond > 0) != (burst > 0)) {
                throw new IllegalArgumentException("a rate limit is a positive rate with a positive burst, or 0 and 0 "
                        + "for none; got " + perSecond + "/s, burst " + burst);
            }
        }

        /** {@code perSecond} with bursts of twice as many, or {@link #OFF} for 0. */
        public static RateLimit of(double perSecond) {
            return perSecond == 0 ? OFF : new RateLimit(perSecond, (int) Math.max(1, Math.ceil(2 * perSecond)));
        }

        public boolean off() {
            return perSecond == 0;
        }
    }
}
