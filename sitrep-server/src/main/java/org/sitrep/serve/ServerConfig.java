package org.sitrep.serve;

import org.jspecify.annotations.Nullable;

/**
 * How the server listens: {@code host} (default 127.0.0.1), {@code port} (0 picks a free one) and, optionally, a
 * tile URL template ({@code https://tile.example.org/{z}/{x}/{y}.png}) for the page's base map. Without one the map
 * draws the bundled country outlines, which needs no network.
 */
public record ServerConfig(String host, int port, @Nullable String tiles) {
    public ServerConfig {
        if (host == null || host.isBlank()) throw new IllegalArgumentException("host is required");
        if (port < 0 || port > 65_535) throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
        if (tiles != null && !(tiles.startsWith("http://") || tiles.startsWith("https://"))) {
            throw new IllegalArgumentException("tiles must be an http(s) URL template, got " + tiles);
        }
    }
}
