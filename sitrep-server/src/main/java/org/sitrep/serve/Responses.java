package org.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Sends API bodies with a strong ETag, the SHA-256 of the bytes sent (its first 128 bits): a client that sends the
 * tag back in {@code If-None-Match} gets 304 and no body. Hashing the body rather than tracking a store version
 * keeps the tag right whoever writes the database (another process ingesting, say), at the cost of building the
 * body. {@code Cache-Control: no-cache} makes browsers revalidate every time, so a new ingest shows at once.
 */
final class Responses {
    private final ObjectMapper mapper = JsonMapper.builder().build();

    ObjectMapper mapper() {
        return mapper;
    }

    void json(Context ctx, JsonNode body) {
        try {
            send(ctx, mapper.writeValueAsBytes(body), "application/json");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }

    void send(Context ctx, byte[] body, String contentType) {
        String tag = "\"" + digest(body) + "\"";
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), tag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType(contentType.startsWith("text/") || contentType.endsWith("json")
                ? contentType + "; charset=utf-8" : contentType);
        ctx.result(body);
    }

    /** The JSON error body every refused request gets: {@code {"status": 400, "error": "..."}}. */
    void error(Context ctx, int status, String message) {
        error(ctx, status, message, body -> { });
    }

    /** The error body with more fields (the id of an internal error, say). */
    void error(Context ctx, int status, String message, Consumer<ObjectNode> more) {
        ObjectNode body = mapper.createObjectNode().put("status", status).put("error", message);
        more.accept(body);
        ctx.status(status);
        ctx.contentType("application/json; charset=utf-8");
        ctx.result(body.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static boolean matches(String ifNoneMatch, String tag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.startsWith("W/")) c = c.substring(2);
            if (c.equals(tag) || c.equals("*")) return true;
        }
        return false;
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
