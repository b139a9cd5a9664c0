package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A set of gold files: one {@code <report file>.gold.jsonl} per report ({@code <file>.jsonl.<n>.gold.jsonl} for line n
 * of a JSON Lines file). The same real event, tally or statement carries the same id in every file that mentions it,
 * so the set's distinct items are what a whole run must produce once each.
 */
public final class GoldCorpus {
    static final String SUFFIX = ".gold.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, GoldDocument> documents;

    private GoldCorpus(Map<String, GoldDocument> documents) {
        this.documents = documents;
    }

    /** Loads one gold file or every {@code *.gold.jsonl} under a folder. */
    public static GoldCorpus load(Path path) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(path + ": cannot read gold (" + e.getMessage() + ")", e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(path + ": no gold files (*" + SUFFIX + ")");
        Map<String, GoldDocument> docs = new LinkedHashMap<>();
        for (Path f : files) {
            GoldDocument d = read(f);
            docs.put(d.key(), d);
        }
        return new GoldCorpus(docs);
    }

    private static GoldDocument read(Path file) {
        String name = file.getFileName().toString();
        String key = name.substring(0, name.length() - SUFFIX.length());
        LocalDate published = null;
        List<JsonNode> events = new ArrayList<>(), tallies = new ArrayList<>(), statements = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read gold (" + e.getMessage() + ")", e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode n;
            try {
                n = JSON.readTree(lines.get(i));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": malformed JSON in gold");
            }
            switch (n.path("kind").asText()) {
                case "document" -> published = date(n.path("published").asText(null), file);
                case "event" -> events.add(n);
                case "tally" -> tallies.add(n);
                case "statement" -> statements.add(n);
                default -> throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown kind "
                        + n.path("kind"));
            }
        }
        return new GoldDocument(key, published, events, tallies, statements);
    }

    private static @Nullable LocalDate date(@Nullable String iso, Path file) {
        if (iso == null) return null;
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": published is not a date: " + iso);
        }
    }

    public List<GoldDocument> documents() {
        return List.copyOf(documents.values());
    }

    /**
     * The gold document of a report, found by the report's source: "dir/a01_x.html" has the key "a01_x.html", and
     * line 3 of a JSON Lines file ("dir/wire.jsonl:3") the key "wire.jsonl.3".
     */
    public Optional<GoldDocument> documentFor(String source) {
        return Optional.ofNullable(documents.get(keyOf(source)));
    }

    static String keyOf(String source) {
        String name = Path.of(source.replaceFirst(":(\\d+)$", ".$1")).getFileName().toString();
        return name;
    }

    public List<GoldItem> events() {
        return distinct(GoldDocument::events);
    }

    public List<GoldItem> tallies() {
        return distinct(GoldDocument::tallies);
    }

    public List<GoldItem> statements() {
        return distinct(GoldDocument::statements);
    }

    /**
     * One item per id. Its fields come from the most recently published report that mentions it (a follow-up's
     * revised toll wins over the first report's), as in samples-gold/expected-record.jsonl.
     */
    private List<GoldItem> distinct(java.util.function.Function<GoldDocument, List<JsonNode>> items) {
        Map<String, List<String>> files = new LinkedHashMap<>();
        Map<String, JsonNode> latest = new LinkedHashMap<>();
        Map<String, LocalDate> latestDate = new LinkedHashMap<>();
        List<GoldDocument> byDate = new ArrayList<>(documents.values());
        byDate.sort(Comparator.comparing(d -> d.published() == null ? LocalDate.MIN : d.published()));
        for (GoldDocument d : byDate) {
            for (JsonNode n : items.apply(d)) {
                String id = n.path("id").asText(d.key() + "#" + files.size());
                files.computeIfAbsent(id, k -> new ArrayList<>()).add(d.key());
                latest.put(id, n);
                if (d.published() != null) latestDate.put(id, d.published());
            }
        }
        List<GoldItem> out = new ArrayList<>();
        for (var e : latest.entrySet()) out.add(new GoldItem(e.getKey(), e.getValue(), files.get(e.getKey())));
        return out;
    }
}
