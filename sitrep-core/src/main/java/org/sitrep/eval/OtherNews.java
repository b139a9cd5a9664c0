package org.sitrep.eval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.RawReport;
import org.sitrep.refdata.TsvRows;

/**
 * Generates news that is not about armed conflict (sport, business, weather, culture, science) from the templates
 * of {@code other-news.tsv}, for the throughput bench of issue 8. The same count and seed give the same reports.
 * Each report has a headline and 5 to 8 sentences of one topic in paragraphs of one or two sentences, slots filled
 * at random. Immutable; thread-safe.
 */
public final class OtherNews {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Z]+)}");
    private static final String HEADLINE = "headline: ";

    private final Map<String, List<String>> slots = new HashMap<>();
    private final Map<String, List<String>> sentences = new LinkedHashMap<>();
    private final Map<String, List<String>> headlines = new HashMap<>();

    public OtherNews(List<TsvRows.Row> rows) {
        for (TsvRows.Row r : rows) {
            String topic = r.required("topic"), text = r.required("text");
            switch (r.required("kind")) {
                case "slot" -> slots.computeIfAbsent(topic, k -> new ArrayList<>()).add(text);
                case "sentence" -> {
                    if (text.startsWith(HEADLINE)) {
                        headlines.computeIfAbsent(topic, k -> new ArrayList<>()).add(text.substring(HEADLINE.length()));
                    } else {
                        sentences.computeIfAbsent(topic, k -> new ArrayList<>()).add(text);
                    }
                }
                default -> throw r.fail("kind must be slot or sentence");
            }
        }
        for (String topic : sentences.keySet()) {
            if (!headlines.containsKey(topic)) throw new IllegalArgumentException("other-news.tsv: no headline for " + topic);
        }
    }

    public static OtherNews bundled() {
        return new OtherNews(TsvRows.resource(OtherNews.class, "other-news.tsv"));
    }

    /** {@code count} reports, topics in turn, published on consecutive days from 2024-03-01. */
    public List<RawReport> generate(int count, long seed) {
        Random random = new Random(seed);
        List<String> topics = new ArrayList<>(sentences.keySet());
        List<RawReport> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String topic = topics.get(i % topics.size());
            List<String> pool = new ArrayList<>(sentences.get(topic));
            Collections.shuffle(pool, random);
            int n = Math.min(pool.size(), 5 + random.nextInt(4));
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < n; k++) {
                text.append(fill(pool.get(k), random));
                // Paragraphs of one or two sentences, as wire copy has.
                text.append(k == n - 1 ? "" : random.nextBoolean() ? "\n\n" : " ");
            }
            String title = fill(headlines.get(topic).get(random.nextInt(headlines.get(topic).size())), random);
            out.add(new RawReport(String.format(java.util.Locale.ROOT, "other-news:%04d-%s", i, topic), null,
                    "Other News Generator", title, LocalDate.of(2024, 3, 1).plusDays(i % 365), text.toString()));
        }
        return out;
    }

    private String fill(String template, Random random) {
        Matcher m = SLOT.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            List<String> fillers = slots.get(m.group(1));
            if (fillers == null) throw new IllegalArgumentException("other-news.tsv: unknown slot {" + m.group(1) + "}");
            m.appendReplacement(sb, Matcher.quoteReplacement(fillers.get(random.nextInt(fillers.size()))));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
