package org.sitrep.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in an HTML page: its metadata from {@code <meta>} tags and its body as paragraphs. Shared by
 * the HTML reader and the JSON readers' {@code html} field. Lenient: jsoup parses any markup.
 *
 * <p>The body is the {@code <article>} with the most paragraph text, else the element that holds the most
 * paragraph text (a paragraph counts fully for its parent and half for its grandparent, since article bodies often
 * wrap each paragraph once more). Navigation, header, footer, aside, form, figure caption, script and style
 * elements are dropped first. Paragraphs ({@code <p>}, and {@code <h2>}-{@code <h6>} inside the body) are joined by a blank line. A page
 * without any {@code <p>} gives its block-level text, one line per block.
 */
final class HtmlArticleExtractor {
    private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, "
            + "figcaption, iframe, svg, button, select, [hidden]";
    private static final List<String> TITLE_KEYS = List.of("og:title", "twitter:title");
    private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time", "date",
            "pubdate", "dc.date", "dc.date.issued", "datepublished");
    private static final List<String> OUTLET_KEYS = List.of("og:site_name", "application-name");

    /** What a page says about its article; {@code text} is empty when no article text was found. */
    record HtmlArticle(@Nullable String title, @Nullable String url, @Nullable String outlet,
                       @Nullable LocalDate published, String text) {
    }

    HtmlArticle extract(String html) {
        Document doc = Jsoup.parse(html);
        Map<String, String> meta = metaTags(doc);
        String outlet = first(meta, OUTLET_KEYS);
        String title = title(doc, meta, outlet);
        String url = meta.get("og:url");
        if (url == null) {
            Element canonical = doc.selectFirst("link[rel=canonical][href]");
            url = canonical == null ? null : blankToNull(canonical.attr("href"));
        }
        LocalDate published = published(doc, meta);
        return new HtmlArticle(title, url, outlet, published, body(doc));
    }

    /** Meta values by lower-case property, name or itemprop; the first of each wins, as pages repeat them. */
    private static Map<String, String> metaTags(Document doc) {
        Map<String, String> meta = new HashMap<>();
        for (Element e : doc.select("meta[content]")) {
            String content = blankToNull(e.attr("content"));
            if (content == null) continue;
            for (String attribute : List.of("property", "name", "itemprop")) {
                String key = e.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) meta.putIfAbsent(key, content);
            }
        }
        return meta;
    }

    private static @Nullable String title(Document doc, Map<String, String> meta, @Nullable String outlet) {
        String title = first(meta, TITLE_KEYS);
        if (title == null) title = blankToNull(doc.title());
        if (title == null) {
            Element h1 = doc.selectFirst("h1");
            title = h1 == null ? null : blankToNull(h1.text());
        }
        return title == null ? null : withoutOutletSuffix(title.strip().replaceAll("\\s+", " "), outlet);
    }

    /** Page titles often end with the outlet's name ("Headline | Outlet", "Headline - Outlet"). */
    private static String withoutOutletSuffix(String title, @Nullable String outlet) {
        if (outlet == null) return title;
        for (String separator : List.of(" | ", " - ", " \u2013 ", " \u2014 ")) {
            String suffix = separator + outlet.strip();
            if (title.length() > suffix.length() && title.toLowerCase(Locale.ROOT)
                    .endsWith(suffix.toLowerCase(Locale.ROOT))) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
        }
        return title;
    }

    private static @Nullable LocalDate published(Document doc, Map<String, String> meta) {
        for (String key : DATE_KEYS) {
            LocalDate date = PublishedDateParser.parse(meta.get(key));
            if (date != null) return date;
        }
        for (Element time : doc.select("time[datetime]")) {
            LocalDate date = PublishedDateParser.parse(time.attr("datetime"));
            if (date != null) return date;
        }
        return null;
    }

    private static String body(Document doc) {
        Element body = doc.body();
        body.select(DROPPED).remove();
        Element root = articleRoot(body);
        if (root == null) return blockText(body);
        List<String> paragraphs = new ArrayList<>();
        for (Element e : root.select("p, h2, h3, h4, h5, h6")) {
            String text = e.text().strip();
            if (!text.isEmpty()) paragraphs.add(text);
        }
        return String.join("\n\n", paragraphs);
    }

    private static @Nullable Element articleRoot(Element body) {
        Element best = null;
        int bestLength = 0;
        for (Element article : body.select("article")) {
            int length = article.select("p").eachText().stream().mapToInt(String::length).sum();
            if (length > bestLength) {
                best = article;
                bestLength = length;
            }
        }
        return best != null ? best : densestElement(body);
    }

    private static @Nullable Element densestElement(Element body) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Element p : body.select("p")) {
            int length = p.text().strip().length();
            if (length == 0) continue;
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, (double) length, Double::sum);
            Element grandparent = parent.parent();
            if (grandparent != null) scores.merge(grandparent, length / 2.0, Double::sum);
        }
        Element best = null;
        double bestScore = 0;
        // Walk in document order so that ties go to the first element, whatever the map's order.
        for (Element e : body.getAllElements()) {
            double score = scores.getOrDefault(e, 0.0);
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return best;
    }

    /** Text of a page without paragraphs: a line break at each block element and {@code <br>}. */
    private static String blockText(Element body) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    boolean pre = node.parent() instanceof Element parent && parent.normalName().equals("pre");
                    out.append(pre ? text.getWholeText() : text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) out.append('\n');
            }
        }, body);
        List<String> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) lines.add(line.strip());
        }
        return String.join("\n", lines);
    }

    private static @Nullable String first(Map<String, String> meta, List<String> keys) {
        for (String key : keys) {
            String value = meta.get(key);
            if (value != null) return value.strip();
        }
        return null;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
