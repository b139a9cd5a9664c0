package org.sitrep.serve;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/ingest}: a pasted report ({@code text}, with an optional {@code title}) and/or uploaded files
 * ({@code files}), as multipart form data, with optional {@code published} (YYYY-MM-DD), {@code url} and
 * {@code outlet}. A write route: {@link RequestGuard#authorise} has checked the token (sent in the
 * {@code Authorization} header, which a page of another site cannot send without a CORS preflight, so a site the
 * analyst visits cannot post reports through the analyst's browser) and the client's address before this runs.
 */
final class IngestApi {
    private static final List<String> EXTENSIONS = List.of(".txt", ".html", ".htm", ".jsonl");

    private final @Nullable ReportIngester ingester;
    private final Responses responses;
    private final RequestGuard guard;
    private final long maxBytes;

    IngestApi(@Nullable ReportIngester ingester, Responses responses, RequestGuard guard, long maxBytes) {
        this.ingester = ingester;
        this.responses = responses;
        this.guard = guard;
        this.maxBytes = maxBytes;
    }

    /** Whether the page should offer this client the form (it still needs the token to use it). */
    boolean enabled(Context ctx) {
        return ingester != null && guard.mayWrite(ctx);
    }

    void ingest(Context ctx) throws IOException {
        if (ingester == null) throw new ApiException(403, "this server was started without ingestion");
        if (!ctx.isMultipartFormData()) throw ApiException.badRequest("expected multipart/form-data");
        LocalDate published = null;
        String p = blankToNull(ctx.formParam("published"));
        if (p != null) {
            try {
                published = LocalDate.parse(p);
            } catch (DateTimeParseException e) {
                throw ApiException.badRequest("published: expected a date YYYY-MM-DD, got '" + p + "'");
            }
        }
        Path dir = Files.createTempDirectory("sitrep-ingest");
        try {
            List<Path> files = new ArrayList<>();
            long bytes = 0;
            String text = blankToNull(ctx.formParam("text"));
            if (text != null) {
                String title = blankToNull(ctx.formParam("title"));
                Path pasted = dir.resolve("pasted.txt");
                // The text reader takes a short first line as the title.
                Files.writeString(pasted, title == null ? text : title.strip() + "\n\n" + text, StandardCharsets.UTF_8);
                files.add(pasted);
                bytes += text.length();
            }
            int i = 0;
            for (UploadedFile f : ctx.uploadedFiles("files")) {
                String name = safeName(f.filename(), i++);
                bytes += f.size();
                if (bytes > maxBytes) throw new ApiException(413, "more than " + maxBytes + " bytes to ingest");
                Path target = dir.resolve(name);
                try (InputStream in = f.content()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
                files.add(target);
            }
            if (files.isEmpty()) throw ApiException.badRequest("nothing to ingest: paste text or choose files");
            ReportIngester.Outcome outcome = ingester.ingest(files, published, blankToNull(ctx.formParam("url")),
                    blankToNull(ctx.formParam("outlet")));
            ObjectNode body = responses.mapper().createObjectNode();
            body.put("added", outcome.added());
            body.put("already_stored", outcome.alreadyStored());
            body.put("rejected", outcome.rejected());
            var lines = body.putArray("lines");
            // Lines name the temporary files; the client knows them by their own names.
            for (String line : outcome.lines()) lines.add(line.replace(dir + "/", "").replace(dir.toString(), ""));
            responses.json(ctx, body);
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The upload's own file name without any folder, if it has a readable extension; else a refusal. */
    private static String safeName(@Nullable String filename, int index) {
        String base = filename == null ? "" : filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        String lower = base.toLowerCase(Locale.ROOT);
        if (EXTENSIONS.stream().noneMatch(lower::endsWith)) {
            throw ApiException.badRequest("file '" + filename + "': expected .txt, .html or .jsonl");
        }
        return index + "-" + base;
    }

    private static @Nullable String blankToNull(@Nullable String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
