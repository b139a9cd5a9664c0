package org.sitrep.clean;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Removes paragraphs a page repeats (a scrape that caught the article twice, a teaser above the body, a "related"
 * box quoting it). Takes paragraphs in order; returns those kept and how many were removed.
 *
 * <ul>
 *   <li>Exact repeats, compared after lower-casing (Locale.ROOT) and collapsing whitespace, are removed whatever
 *       their length; the first occurrence stays.
 *   <li>Near repeats: paragraphs of at least 5 words are compared by their word 3-shingles. A paragraph whose
 *       Jaccard similarity with an earlier kept one reaches the threshold, or whose shingles are mostly (by the
 *       threshold) inside an earlier one, is removed. When an earlier paragraph is mostly inside a later, longer
 *       one, the longer text takes the earlier one's place, so nothing stated is lost and the order holds.
 * </ul>
 * Option: the similarity threshold ({@link CleanConfig#nearDuplicateSimilarity()}, default 0.85). Only paragraphs
 * that share a shingle are compared, so long reports stay fast. Stateless between calls; safe to share.
 */
public final class RepeatedParagraphFilter {
    private static final int SHINGLE = 3;
    /** Shorter paragraphs share too few shingles for a fair comparison: only exact repeats count. */
    private static final int MIN_SHINGLES = 3;
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final double threshold;

    public RepeatedParagraphFilter() {
        this(CleanConfig.DEFAULT_NEAR_DUPLICATE_SIMILARITY);
    }

    /** @param threshold above 0, at most 1 */
    public RepeatedParagraphFilter(double threshold) {
        this.threshold = new CleanConfig(threshold).nearDuplicateSimilarity();
    }

    /** The paragraphs kept, in their order, and how many were removed. */
    public record Result(List<String> kept, int removed) {
        public Result {
            kept = List.copyOf(kept);
        }
    }

    public Result filter(List<String> paragraphs) {
        List<String> kept = new ArrayList<>();
        List<Set<String>> keptShingles = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, List<Integer>> index = new HashMap<>();
        int removed = 0;
        for (String paragraph : paragraphs) {
            String key = SPACES.matcher(paragraph.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
            if (key.isEmpty()) continue;
            if (!seen.add(key)) {
                removed++;
                continue;
            }
            Set<String> shingles = shingles(key);
            if (shingles.size() >= MIN_SHINGLES && replacesOrRepeats(paragraph, shingles, kept, keptShingles, index)) {
                removed++;
                continue;
            }
            addToIndex(shingles, kept.size(), index);
            kept.add(paragraph);
            keptShingles.add(shingles);
        }
        return new Result(kept, removed);
    }

    /**
     * Whether {@code paragraph} repeats a kept one (then it is dropped) or holds one (then it takes that one's
     * place); either way one paragraph is removed.
     */
    private boolean replacesOrRepeats(String paragraph, Set<String> shingles, List<String> kept,
                                      List<Set<String>> keptShingles, Map<String, List<Integer>> index) {
        // Sorted, so that the earliest kept paragraph is the one a repeat is matched with.
        Set<Integer> candidates = new TreeSet<>();
        for (String shingle : shingles) candidates.addAll(index.getOrDefault(shingle, List.of()));
        for (int i : candidates) {
            Set<String> other = keptShingles.get(i);
            if (other.size() < MIN_SHINGLES) continue;
            int shared = 0;
            for (String s : shingles) if (other.contains(s)) shared++;
            double jaccard = shared / (double) (shingles.size() + other.size() - shared);
            if (jaccard >= threshold || shared >= threshold * shingles.size()) return true;
            if (shared >= threshold * other.size()) {
                kept.set(i, paragraph);
                keptShingles.set(i, shingles);
                addToIndex(shingles, i, index);
                return true;
            }
        }
        return false;
    }

    private static void addToIndex(Set<String> shingles, int position, Map<String, List<Integer>> index) {
        for (String s : shingles) index.computeIfAbsent(s, k -> new ArrayList<>()).add(position);
    }

    private static Set<String> shingles(String key) {
        String[] words = NON_WORD.matcher(key).replaceAll(" ").strip().split(" ");
        Set<String> shingles = new HashSet<>();
        if (words.length < SHINGLE) {
            shingles.add(String.join(" ", words));
            return shingles;
        }
        for (int i = 0; i + SHINGLE <= words.length; i++) {
            shingles.add(words[i] + ' ' + words[i + 1] + ' ' + words[i + 2]);
        }
        return shingles;
    }
}
