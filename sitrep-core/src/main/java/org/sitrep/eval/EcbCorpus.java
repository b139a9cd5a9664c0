package org.sitrep.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * ECB+ (Cybulska and Vossen 2014) as its CAT XML files give it (../shared/benchmarks/ecbplus/SOURCE.md): for each
 * document its tokens and its event mentions (ACTION_* and NEG_* markables) in the sentences listed in
 * {@code ECBplus_coreference_sentences.csv}, each with its gold cluster: the instance id of its CROSS_DOC_COREF
 * target, a per-document id for an INTRA_DOC_COREF chain, or its own id (a singleton). A document's sub-topic
 * ("36ecb", "36ecbplus") is its gold document cluster.
 */
public record EcbCorpus(List<Document> documents) {
    public record Token(int id, int sentence, String word) {
    }

    /** An event mention: its tokens (ids, in order), sentence and gold cluster. */
    public record Mention(String doc, int sentence, List<Integer> tokens, String cluster) {
        public String key() {
            return doc + ":" + tokens.get(0) + "-" + tokens.get(tokens.size() - 1);
        }
    }

    /** A document: name ("36_1ecb"), topic, sub-topic, all tokens, the listed sentences and the event mentions in them. */
    public record Document(String name, String topic, String subtopic, List<Token> tokens, Set<Integer> sentences,
                           List<Mention> mentions) {
    }

    public EcbCorpus {
        documents = List.copyOf(documents);
    }

    /** Reads every {@code <topic>/<name>.xml} under {@code dir/test} (or {@code dir}) and the sentence list. */
    public static EcbCorpus load(Path dir) {
        Path csv = dir.resolve("ECBplus_coreference_sentences.csv");
        if (!Files.isRegularFile(csv)) throw new IllegalArgumentException(dir + ": no ECBplus_coreference_sentences.csv (not an ECB+ folder)");
        Map<String, Set<Integer>> listed = listedSentences(csv);
        Path root = Files.isDirectory(dir.resolve("test")) ? dir.resolve("test") : dir;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.getFileName().toString().matches("\\d+_\\d+ecb(plus)?\\.xml"))
                    .sorted(Comparator.comparing(Path::toString)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(root + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(root + ": no ECB+ XML files (<topic>_<n>ecb.xml)");
        List<Document> docs = new ArrayList<>();
        for (Path f : files) docs.add(read(f, listed));
        return new EcbCorpus(docs);
    }

    private static Map<String, Set<Integer>> listedSentences(Path csv) {
        Map<String, Set<Integer>> out = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            for (int i = 1; i < lines.size(); i++) {
                String[] f = lines.get(i).trim().split(",");
                if (f.length < 3) continue;
                out.computeIfAbsent(f[0] + "_" + f[1], x -> new HashSet<>()).add(Integer.parseInt(f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(csv + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(csv + ": bad sentence number: " + e.getMessage());
        }
        return out;
    }

    private static Document read(Path file, Map<String, Set<Integer>> listed) {
        String name = file.getFileName().toString().replace(".xml", "");
        String topic = name.substring(0, name.indexOf('_'));
        String subtopic = topic + (name.endsWith("ecbplus") ? "ecbplus" : "ecb");
        org.w3c.dom.Document xml;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            xml = f.newDocumentBuilder().parse(file.toFile());
        } catch (Exception e) {
            throw new IllegalArgumentException(file + ": not readable as ECB+ XML: " + e.getMessage());
        }
        List<Token> tokens = new ArrayList<>();
        Map<Integer, Integer> sentenceOf = new HashMap<>();
        NodeList ts = xml.getElementsByTagName("token");
        for (int i = 0; i < ts.getLength(); i++) {
            Element t = (Element) ts.item(i);
            Token token = new Token(Integer.parseInt(t.getAttribute("t_id")), Integer.parseInt(t.getAttribute("sentence")), t.getTextContent());
            tokens.add(token);
            sentenceOf.put(token.id(), token.sentence());
        }
        Element markables = (Element) xml.getElementsByTagName("Markables").item(0);
        Map<String, List<Integer>> anchors = new TreeMap<>();
        Map<String, String> instance = new HashMap<>();
        Set<String> events = new HashSet<>();
        NodeList ms = markables == null ? null : markables.getChildNodes();
        for (int i = 0; ms != null && i < ms.getLength(); i++) {
            if (!(ms.item(i) instanceof Element m)) continue;
            String id = m.getAttribute("m_id");
            NodeList as = m.getElementsByTagName("token_anchor");
            List<Integer> ids = new ArrayList<>();
            for (int j = 0; j < as.getLength(); j++) ids.add(Integer.parseInt(((Element) as.item(j)).getAttribute("t_id")));
            if (ids.isEmpty()) instance.put(id, m.getAttribute("instance_id"));
            else anchors.put(id, ids);
            if (!ids.isEmpty() && (m.getTagName().startsWith("ACTION") || m.getTagName().startsWith("NEG"))) events.add(id);
        }
        Map<String, String> cluster = new HashMap<>();
        for (String rel : List.of("CROSS_DOC_COREF", "INTRA_DOC_COREF")) {
            NodeList rs = xml.getElementsByTagName(rel);
            for (int i = 0; i < rs.getLength(); i++) {
                Element r = (Element) rs.item(i);
                Element target = (Element) r.getElementsByTagName("target").item(0);
                String tid = target == null ? "" : target.getAttribute("m_id");
                String c = rel.startsWith("CROSS") && instance.containsKey(tid) ? instance.get(tid)
                        : "intra:" + name + ":" + r.getAttribute("r_id");
                NodeList ss = r.getElementsByTagName("source");
                for (int j = 0; j < ss.getLength(); j++) cluster.putIfAbsent(((Element) ss.item(j)).getAttribute("m_id"), c);
            }
        }
        Set<Integer> sentences = listed.getOrDefault(name, Set.of());
        List<Mention> mentions = new ArrayList<>();
        for (String id : events) {
            List<Integer> ids = anchors.get(id);
            int sentence = sentenceOf.getOrDefault(ids.get(0), -1);
            if (!sentences.contains(sentence)) continue;
            mentions.add(new Mention(name, sentence, ids.stream().sorted().toList(),
                    cluster.getOrDefault(id, "single:" + name + ":" + id)));
        }
        mentions.sort(Comparator.comparing((Mention m) -> m.tokens().get(0)));
        return new Document(name, topic, subtopic, tokens, sentences, mentions);
    }
}
