package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.sitrep.model.RejectedInputException;

/**
 * Reads the feeds that {@code sitrep watch} polls: a feed file, a folder of feed files ({@code .xml .rss .atom},
 * walked recursively in sorted order, hidden ones skipped), a {@code file:} URL, or an {@code http:}/{@code https:}
 * URL fetched with a GET (redirects followed). Only the feed is fetched, never the pages its items link to.
 *
 * <p>Each feed has a stable id under which its items are remembered: the URL as given, or the file's absolute,
 * normalised path. A feed that cannot be read (missing, not a feed, an HTTP status other than 200, a time-out) is
 * one rejection naming it, and the other feeds are still read. Options: {@code maxBytes} per feed (a larger one is
 * rejected), {@code timeout} per request. Immutable; the HTTP client is shared.
 */
public final class FeedPoller {
    private final long maxBytes;
    private final Duration timeout;
    private final HttpClient http;
    private final FeedReportReader reader = new FeedReportReader();

    /** One feed as read in one poll; {@code source} names it in messages. */
    public record Feed(String id, String source, FeedReportReader.FeedItems items) {
    }

    public FeedPoller(long maxBytes, Duration timeout) {
        if (maxBytes < 1 || maxBytes >= Integer.MAX_VALUE) throw new IllegalArgumentException("maxBytes " + maxBytes);
        this.maxBytes = maxBytes;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** Reads every feed named by {@code inputs}; each that cannot be read goes to {@code sink} as a rejection. */
    public List<Feed> poll(List<String> inputs, ReportSink sink) {
        List<Feed> feeds = new ArrayList<>();
        for (String input : inputs) {
            try {
                if (isHttp(input)) {
                    feeds.add(fetch(input));
                } else {
                    for (Path file : files(input)) {
                        try {
                            feeds.add(readFile(file));
                        } catch (RejectedInputException e) {
                            sink.reject(e);
                        }
                    }
                }
            } catch (RejectedInputException e) {
                sink.reject(e);
            } catch (RuntimeException e) {
                sink.reject(new RejectedInputException(input, "internal error: " + ReportInputs.describe(e)));
            }
        }
        return feeds;
    }

    private Feed fetch(String url) throws RejectedInputException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                    .header("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, */*")
                    .header("User-Agent", "sitrep-watch").GET().build();
        } catch (IllegalArgumentException e) {
            throw new RejectedInputException(url, "not a valid URL");
        }
        byte[] bytes;
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new RejectedInputException(url, "HTTP status " + response.statusCode());
                }
                bytes = readAtMost(url, body);
            }
        } catch (IOException e) {
            throw new RejectedInputException(url, "cannot fetch (" + ReportInputs.describe(e) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RejectedInputException(url, "interrupted");
        }
        return parse(url, url, bytes);
    }

    private Feed readFile(Path file) throws RejectedInputException {
        String source = file.toString();
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = readAtMost(source, in);
        } catch (IOException e) {
            throw new RejectedInputException(source, "cannot read (" + ReportInputs.describe(e) + ")");
        }
        return parse(file.toAbsolutePath().normalize().toString(), source, bytes);
    }

    private Feed parse(String id, String source, byte[] bytes) throws RejectedInputException {
        String text = InputDecoder.decode(source, bytes, false).text();
        return new Feed(id, source, reader.items(source, text));
    }

    private byte[] readAtMost(String source, InputStream in) throws IOException, RejectedInputException {
        byte[] bytes = in.readNBytes((int) maxBytes + 1);
        if (bytes.length > maxBytes) {
            throw new RejectedInputException(source, "feed larger than the " + maxBytes + "-byte limit");
        }
        return bytes;
    }

    /** The feed files an input names: itself, or those in a folder. */
    private static List<Path> files(String input) throws RejectedInputException {
        Path path;
        try {
            path = input.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(input)) : Path.of(input);
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            throw new RejectedInputException(input, "not a feed file, folder or URL");
        }
        if (input.isBlank()) throw new RejectedInputException("\"" + input + "\"", "no such file or folder");
        if (Files.isRegularFile(path)) return List.of(path);
        if (!Files.isDirectory(path)) throw new RejectedInputException(input, "no such file or folder");
        List<Path> found;
        try (Stream<Path> walk = Files.walk(path)) {
            found = walk.filter(p -> Files.isRegularFile(p) && !hidden(path, p) && isFeedFile(p)).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RejectedInputException(input, "cannot read folder (" + ReportInputs.describe(e) + ")");
        }
        if (found.isEmpty()) throw new RejectedInputException(input, "no feeds found (.xml, .rss, .atom)");
        return found;
    }

    private static boolean isHttp(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean isFeedFile(Path file) {
        return InputFormat.ofFileName(file.getFileName().toString()).orElse(null) == InputFormat.FEED;
    }

    /** Whether a name below {@code folder} (the folder itself may be ".") starts with a dot. */
    private static boolean hidden(Path folder, Path file) {
        for (Path part : folder.relativize(file)) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }
}
