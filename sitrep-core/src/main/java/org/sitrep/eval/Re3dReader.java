package org.sitrep.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads the re3d benchmark (Dstl): a folder of datasets, each a subfolder with {@code documents.json} and
 * {@code entities.json} as written by {@code mongoexport} (one JSON object per line; {@code _id} a string or
 * {@code {"$oid": ...}}). Entities carry character offsets into their document's {@code text} and an annotator
 * agreement {@code confidence}; only those at or above {@code minConfidence} are kept (re3d's README suggests 0.5).
 * A missing folder, file or field fails with one line naming the file: {@link IllegalArgumentException}.
 */
public final class Re3dReader {
    static final String DOCUMENTS = "documents.json";
    static final String ENTITIES = "entities.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final double minConfidence;

    public Re3dReader(double minConfidence) {
        if (minConfidence < 0 || minConfidence > 1) throw new IllegalArgumentException("minConfidence must be in [0, 1]");
        this.minConfidence = minConfidence;
    }

    /** The dataset subfolders of {@code root} (those holding a documents.json), sorted by name. */
    public List<Path> datasets(Path root) {
        if (!Files.isDirectory(root)) throw new IllegalArgumentException(root + ": no such folder");
        List<Path> out;
        try (Stream<Path> list = Files.list(root)) {
            out = list.filter(p -> Files.isRegularFile(p.resolve(DOCUMENTS))).sorted().toList();
        } catch (IOException e) {
            throw new IllegalArgumentException(root + ": " + e.getMessage());
        }
        if (out.isEmpty()) throw new IllegalArgumentException(root + ": no re3d dataset folders (none holds " + DOCUMENTS + ")");
        return out;
    }

    /** The documents of one dataset folder, in file order, with their entities. */
    public List<Re3dDocument> read(Path dataset) {
        String name = dataset.getFileName().toString();
        Map<String, String> texts = new LinkedHashMap<>();
        Path docs = dataset.resolve(DOCUMENTS);
        for (JsonNode d : objects(docs)) texts.put(id(d.get("_id"), docs), text(d, "text", docs));
        Map<String, List<TypedSpan>> spans = new LinkedHashMap<>();
        Path ents = dataset.resolve(ENTITIES);
        for (JsonNode e : objects(ents)) {
            if (e.path("confidence").asDouble(1) < minConfidence) continue;
            String doc = text(e, "documentId", ents);
            String body = texts.get(doc);
            if (body == null) throw new IllegalArgumentException(ents + ": entity " + id(e.get("_id"), ents) + " names unknown document " + doc);
            int begin = e.path("begin").asInt(-1), end = e.path("end").asInt(-1);
            if (begin < 0 || end <= begin || end > body.length()) {
                throw new IllegalArgumentException(ents + ": entity " + id(e.get("_id"), ents) + " has bad offsets " + begin + ".." + end);
            }
            spans.computeIfAbsent(doc, k -> new ArrayList<>()).add(new TypedSpan(doc, text(e, "type", ents), begin, end));
        }
        List<Re3dDocument> out = new ArrayList<>();
        texts.forEach((id, text) -> out.add(new Re3dDocument(id, name, text, spans.getOrDefault(id, List.of()))));
        return out;
    }

    private static List<JsonNode> objects(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + ": no such file");
        List<JsonNode> out = new ArrayList<>();
        try (MappingIterator<JsonNode> it = JSON.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) out.add(it.next());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not mongoexport JSON (line " + e.getLocation().getLineNr() + ")");
        } catch (IOException | RuntimeException e) {
            // MappingIterator wraps parse errors met by hasNext() in a RuntimeException.
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage().lines().findFirst().orElse(""));
        }
        return out;
    }

    private static String id(JsonNode id, Path file) {
        if (id == null) throw new IllegalArgumentException(file + ": an object without _id");
        return id.isObject() ? id.path("$oid").asText() : id.asText();
    }

    private static String text(JsonNode o, String field, Path file) {
        JsonNode v = o.get(field);
        if (v == null || !v.isTextual()) throw new IllegalArgumentException(file + ": an object without " + field);
        return v.asText();
    }
}
