package org.sitrep.eval.geo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads one geoparsing corpus file into {@link GeoDocument}s. The format is told by its elements (SOURCE.md):
 * LGL and TR-News ({@code <toponym><start><end><phrase><gaztag><lat><lon>}), GeoVirus ({@code <location><name>
 * <start><end><lat><lon>}) and GeoWebNews ({@code <toponym><extractedName><start><end><latitude><longitude>}).
 * Offsets are character offsets into {@code <text>}. A file that cannot be read or parsed fails with one line
 * naming the file; a toponym whose span lies outside its text (GeoWebNews has a few with negative offsets) is left
 * out and named in {@code warnings}.
 */
public final class GeoCorpusReader {
    private GeoCorpusReader() {
    }

    public static List<GeoDocument> read(Path file, String corpus, List<String> warnings) {
        Document xml;
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            xml = b.parse(in);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (SAXException | ParserConfigurationException e) {
            throw new IllegalArgumentException(file + ": not a geoparsing corpus (" + e.getMessage() + ")");
        }
        List<GeoDocument> out = new ArrayList<>();
        NodeList articles = xml.getElementsByTagName("article");
        for (int i = 0; i < articles.getLength(); i++) {
            Element a = (Element) articles.item(i);
            String text = child(a, "text");
            if (text == null) throw new IllegalArgumentException(file + ": article " + (i + 1) + " has no <text>");
            String id = firstNonEmpty(a.getAttribute("docid"), a.getAttribute("file"), child(a, "source"),
                    Integer.toString(i));
            List<GoldToponym> toponyms = new ArrayList<>();
            for (String tag : List.of("toponym", "location")) {
                NodeList ts = a.getElementsByTagName(tag);
                for (int k = 0; k < ts.getLength(); k++) {
                    GoldToponym t = toponym(file, id, (Element) ts.item(k), text, warnings);
                    if (t != null) toponyms.add(t);
                }
            }
            toponyms.sort(Comparator.comparingInt(GoldToponym::start).thenComparingInt(GoldToponym::end));
            out.add(new GeoDocument(corpus, id.strip(), text, toponyms));
        }
        if (out.isEmpty()) throw new IllegalArgumentException(file + ": no <article> found");
        return out;
    }

    /** How far a gold span may lie from the name it annotates and still be moved onto it. */
    static final int MAX_DRIFT = 20;

    private static @Nullable GoldToponym toponym(Path file, String doc, Element t, String text, List<String> warnings) {
        int start, end;
        try {
            start = Integer.parseInt(require(file, doc, t, "start").strip());
            end = Integer.parseInt(require(file, doc, t, "end").strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(file + ": article " + doc + ": toponym offset is not a number");
        }
        if (start < 0 || end < start || end > text.length()) {
            warnings.add(file + ": article " + doc + ": toponym " + start + ".." + end + " lies outside the text, left out");
            return null;
        }
        // GeoVirus counts from 1, and TR-News offsets drift by up to ten characters in some articles (line breaks
        // counted that the text no longer has): where the span misses the name the file gives, the occurrence of
        // that name nearest the span, within MAX_DRIFT characters, is the one meant.
        String written = firstNonEmpty(child(t, "phrase"), child(t, "extractedName"), child(t, "name"));
        if (written != null && !text.substring(start, end).equals(written.strip())) {
            String w = written.strip();
            int best = -1;
            for (int s = Math.max(0, start - MAX_DRIFT); s <= Math.min(text.length() - w.length(), start + MAX_DRIFT); s++) {
                if (text.startsWith(w, s) && (best < 0 || Math.abs(s - start) < Math.abs(best - start))) best = s;
            }
            if (best >= 0) {
                start = best;
                end = best + w.length();
            }
        }
        String lat = firstNonEmpty(child(t, "lat"), child(t, "latitude"));
        String lon = firstNonEmpty(child(t, "lon"), child(t, "longitude"));
        double la = Double.NaN, lo = Double.NaN;
        if (lat != null && lon != null) {
            try {
                la = Double.parseDouble(lat.strip());
                lo = Double.parseDouble(lon.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(file + ": article " + doc + ": bad coordinates " + lat + ", " + lon);
            }
        }
        return new GoldToponym(start, end, text.substring(start, end), la, lo, geonamesId(t));
    }

    /** LGL and TR-News: {@code <gaztag geonameid="...">}; GeoWebNews: {@code <geonamesID>}. */
    private static @Nullable String geonamesId(Element t) {
        NodeList g = t.getElementsByTagName("gaztag");
        if (g.getLength() > 0) {
            String id = ((Element) g.item(0)).getAttribute("geonameid");
            if (!id.isBlank()) return id.strip();
        }
        String id = child(t, "geonamesID");
        return id == null ? null : id.strip();
    }

    private static String require(Path file, String doc, Element e, String tag) {
        String v = child(e, tag);
        if (v == null || v.isBlank()) throw new IllegalArgumentException(file + ": article " + doc + ": toponym without <" + tag + ">");
        return v;
    }

    /** Text of the first descendant {@code tag}, or null when absent or empty. */
    private static @Nullable String child(Element e, String tag) {
        NodeList n = e.getElementsByTagName(tag);
        if (n.getLength() == 0) return null;
        String s = n.item(0).getTextContent();
        return s == null || s.isBlank() ? null : s;
    }

    private static @Nullable String firstNonEmpty(@Nullable String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v;
        return null;
    }
}
