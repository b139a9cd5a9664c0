package org.sitrep.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.eval.CorefMetrics;
import org.sitrep.eval.DocumentClusterer;
import org.sitrep.eval.EcbCorpus;
import org.sitrep.eval.EventClusterer;
import org.sitrep.eval.EventFamilies;
import org.sitrep.eval.MeasurePrefix;
import org.sitrep.eval.NounTriggers;
import org.sitrep.eval.PrepositionalVerbs;
import org.sitrep.eval.StoryTerms;
import org.sitrep.extract.EventMention;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Dependency;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval-merge [--data DIR]}: cross-document merging on the ECB+ test topics (36-45, the listed
 * sentences only). Prints (a) B3 of document clustering against the sub-topics and (b) MUC, B3, CEAF-e and CoNLL
 * F1 of event coreference with gold mentions and end to end (mentions found by Sitrep's conflict extractor, and by
 * a generic verb and event-noun finder), each over the gold and the predicted document clusters. The listed
 * sentences go through Sitrep's annotator (CoreNLP) for lemmas, tags and names.
 */
@Command(name = "eval-merge", mixinStandardHelpOptions = true,
        description = "Score document clustering and cross-document event coreference on ECB+.")
final class EvalMergeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--data", defaultValue = "../shared/benchmarks/ecbplus", paramLabel = "DIR",
            description = "ECB+ folder (default: ${DEFAULT-VALUE}).")
    Path data;
    @Option(names = "--doc-threshold", defaultValue = "0.1", paramLabel = "X",
            description = "Cosine from which document clusters join (default: ${DEFAULT-VALUE}).")
    double docThreshold;
    @Option(names = "--doc-linkage", defaultValue = "COMPLETE", paramLabel = "L",
            description = "Cluster similarity, AVERAGE or COMPLETE (default: ${DEFAULT-VALUE}).")
    DocumentClusterer.Linkage docLinkage;
    @Option(names = "--doc-terms", defaultValue = "names", paramLabel = "T",
            description = "What documents are compared on: names (names and numbers) or words (every word of three "
                    + "letters or more; the earlier setting) (default: ${DEFAULT-VALUE}).")
    String docTerms;

    /** Verbs that carry no event of their own (auxiliaries, modals, light verbs). */
    private static final Set<String> NOT_EVENTS = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "shall", "should", "must", "get", "let", "seem", "become");
    /** Heads that stand for an event named elsewhere ("which", "it", "that"). */
    private static final Set<String> PRONOUN_TAGS = Set.of("PRP", "WDT", "DT", "WP");
    /** Nouns that name events; with the nominalisations and the event families ({@link NounTriggers}), the generic finder's nominal triggers. */
    private static final Set<String> EVENT_NOUNS = Set.of("attack", "strike", "bombing", "earthquake", "quake", "shooting",
            "fire", "arrest", "death", "election", "trial", "meeting", "war", "explosion", "raid", "murder", "killing",
            "injury", "crash", "deal", "release", "launch", "win", "victory", "loss", "game", "match", "surgery",
            "sentence", "conviction", "tour", "award", "visit", "storm", "flood", "fight", "battle", "bomb", "protest",
            "riot", "acquisition", "merger", "purchase", "sale", "robbery", "theft", "rescue", "escape", "hearing",
            "charge", "plea", "verdict", "execution", "resignation", "appointment", "announcement", "speech", "talk");

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut(), err = spec.commandLine().getErr();
        EcbCorpus corpus;
        try {
            corpus = EcbCorpus.load(data);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println(e.getMessage());
            return 1;
        }
        if (docThreshold <= 0 || docThreshold >= 1) {
            err.println("eval-merge: --doc-threshold must be between 0 and 1, got " + docThreshold);
            return 2;
        }
        if (!docTerms.equals("names") && !docTerms.equals("words")) {
            err.println("eval-merge: --doc-terms must be names or words, got " + docTerms);
            return 2;
        }
        CorefMetrics metrics = new CorefMetrics();
        // (a) document clusters
        Map<String, String> goldDoc = new LinkedHashMap<>();
        Map<String, Set<String>> goldDocClusters = new LinkedHashMap<>();
        Map<String, List<String>> words = new LinkedHashMap<>();
        for (EcbCorpus.Document d : corpus.documents()) {
            goldDoc.put(d.name(), d.subtopic());
            goldDocClusters.computeIfAbsent(d.subtopic(), k -> new LinkedHashSet<>()).add(d.name());
            List<List<String>> sentences = new ArrayList<>();
            int current = -1;
            for (EcbCorpus.Token t : d.tokens()) {
                // Sentence 0 of an ecbplus file is its URL, which would give the sub-topic away.
                if (t.sentence() == 0 && d.name().endsWith("plus")) continue;
                if (t.sentence() != current) {
                    sentences.add(new ArrayList<>());
                    current = t.sentence();
                }
                sentences.get(sentences.size() - 1).add(t.word());
            }
            List<String> ws = new ArrayList<>();
            if (docTerms.equals("names")) ws = StoryTerms.of(sentences);
            else for (List<String> sentence : sentences) for (String word : sentence) {
                String w = word.toLowerCase(Locale.ROOT);
                if (w.length() > 2 && w.chars().allMatch(Character::isLetterOrDigit)) ws.add(w);
            }
            words.put(d.name(), ws);
        }
        List<Set<String>> predictedDocClusters = new DocumentClusterer(docThreshold, docLinkage).cluster(words);
        Map<String, Integer> predictedDoc = DocumentClusterer.index(predictedDocClusters);
        var docScore = metrics.b3(new ArrayList<>(goldDocClusters.values()), predictedDocClusters);
        out.printf(Locale.ROOT, "ECB+ test topics: %d documents, %d gold document clusters, %d predicted (%s, %s link, cosine >= %.2f)%n",
                corpus.documents().size(), goldDocClusters.size(), predictedDocClusters.size(), docTerms,
                docLinkage.name().toLowerCase(Locale.ROOT), docThreshold);
        out.printf(Locale.ROOT, "document clustering B3: P %.1f R %.1f F1 %.1f%n", 100 * docScore.precision(),
                100 * docScore.recall(), 100 * docScore.f1());

        // (b) annotate the listed sentences once, then cluster gold and predicted mentions
        // Every listed sentence is annotated: the relevance filter (issue 8) would leave the non-conflict sentences,
        // most of ECB+, without tags and lemmas.
        Engine engine = new Engine(AnnotateConfig.defaults(), null);
        EventFamilies families = EventFamilies.bundled();
        NounTriggers nouns = new NounTriggers(EVENT_NOUNS, families);
        Map<String, Set<String>> key = new LinkedHashMap<>();
        List<Mention> gold = new ArrayList<>(), sitrep = new ArrayList<>(), generic = new ArrayList<>();
        for (EcbCorpus.Document d : corpus.documents()) {
            for (EcbCorpus.Mention m : d.mentions()) key.computeIfAbsent(m.cluster(), k -> new LinkedHashSet<>()).add(m.key());
            Annotated a = annotate(engine, d);
            String lastNoun = null;
            for (EcbCorpus.Mention m : d.mentions()) {
                Mention g = mention(a, d, m.tokens(), lastNoun);
                gold.add(g);
                if (g.nounHead()) lastNoun = g.lemma();
            }
            Map<Integer, Integer> ecbSentence = new HashMap<>();
            for (EcbCorpus.Token t : d.tokens()) ecbSentence.put(t.id(), t.sentence());
            for (Map.Entry<Integer, Token> e : a.tokens().entrySet()) {
                Token t = e.getValue();
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                boolean noun = t.isNoun() && !isCompoundModifier(a, e.getKey())
                        && (t.tag().startsWith("NNP") ? nouns.isTitleCaseEventWord(t.word()) : nouns.isEventNoun(lemma));
                boolean event = (t.isVerb() && !NOT_EVENTS.contains(lemma) && !isPrepositional(a, e.getKey(), families)) || noun
                        || (t.tag().startsWith("JJ") && families.contains(lemma));
                if (!event) continue;
                List<Integer> ids = withParticles(a, e.getKey());
                if (noun) ids = withMeasure(a, ecbSentence, nouns, ids);
                generic.add(mention(a, d, ids, null));
            }
            for (EventMention m : engine.extractor.apply(a.report()).mentions()) {
                    var ev = m.evidence().get(0);
                    List<Integer> ids = new ArrayList<>();
                    for (Map.Entry<Integer, Integer> s : a.starts().entrySet()) {
                        if (s.getValue() >= ev.start() && s.getValue() < ev.end()) ids.add(s.getKey());
                    }
                if (!ids.isEmpty()) sitrep.add(mention(a, d, ids, null));
            }
        }
        int goldMentions = gold.size();
        out.printf(Locale.ROOT, "event mentions: %d gold in %d gold clusters; found by Sitrep's extractor %d (%d on a gold span); "
                        + "by the generic finder %d (%d on a gold span)%n", goldMentions, key.size(), sitrep.size(),
                onGold(sitrep, gold), generic.size(), onGold(generic, gold));
        out.println("setting                          documents   MUC F1   B3 F1  CEAF-e F1  CoNLL F1");
        List<Set<String>> keyClusters = new ArrayList<>(key.values());
        for (String setting : List.of("gold mentions", "Sitrep extractor mentions", "generic trigger mentions")) {
            List<Mention> ms = setting.startsWith("gold") ? gold : setting.startsWith("Sitrep") ? sitrep : generic;
            for (boolean goldDocs : new boolean[] {true, false}) {
                List<EventClusterer.Item> items = new ArrayList<>();
                Set<String> seen = new HashSet<>();
                for (Mention m : ms) {
                    if (!seen.add(m.key())) continue;
                    String dc = goldDocs ? goldDoc.get(m.doc()) : "p" + predictedDoc.get(m.doc());
                    items.add(new EventClusterer.Item(m.key(), dc, m.lemma()));
                }
                CorefMetrics.Result r = metrics.score(keyClusters, new EventClusterer(families).cluster(items));
                out.printf(Locale.ROOT, "%-32s %-10s %7.1f %7.1f %10.1f %9.1f%n", setting, goldDocs ? "gold" : "predicted",
                        100 * r.muc().f1(), 100 * r.b3().f1(), 100 * r.ceafe().f1(), 100 * r.conllF1());
            }
        }
        out.flush();
        return 0;
    }

    private record Mention(String key, String doc, String lemma, boolean nounHead) {
    }

    /** A document's annotation: the report, ECB+ token id to Sitrep token and its sentence, start offset. */
    private record Annotated(AnnotatedReport report, Map<Integer, Token> tokens, Map<Integer, Sentence> sentences,
                             Map<Integer, Integer> starts) {
    }

    private static Annotated annotate(Engine engine, EcbCorpus.Document d) {
        StringBuilder text = new StringBuilder();
        Map<Integer, Integer> starts = new LinkedHashMap<>();
        Map<Integer, Integer> byOffset = new HashMap<>();
        List<Paragraph> paragraphs = new ArrayList<>();
        int current = -1, paragraphStart = 0;
        for (EcbCorpus.Token t : d.tokens()) {
            if (!d.sentences().contains(t.sentence())) continue;
            if (t.sentence() != current) {
                if (current >= 0) {
                    paragraphs.add(new Paragraph(paragraphs.size(), paragraphStart, text.length(), text.substring(paragraphStart)));
                    text.append("\n\n");
                }
                paragraphStart = text.length();
                current = t.sentence();
            } else {
                text.append(' ');
            }
            starts.put(t.id(), text.length());
            byOffset.put(text.length(), t.id());
            text.append(t.word());
        }
        if (current >= 0) paragraphs.add(new Paragraph(paragraphs.size(), paragraphStart, text.length(), text.substring(paragraphStart)));
        Report report = new Report("ecb-" + d.name(), d.name(), null, null, null, null, null, "en", text.toString(), paragraphs, 0);
        AnnotatedReport annotated = engine.annotator.apply(report);
        Map<Integer, Token> tokens = new LinkedHashMap<>();
        Map<Integer, Sentence> sentences = new HashMap<>();
        for (Sentence s : annotated.sentences()) {
            for (Token t : s.tokens()) {
                Integer id = byOffset.get(t.start());
                if (id == null) continue;
                tokens.put(id, t);
                sentences.put(id, s);
            }
        }
        return new Annotated(annotated, tokens, sentences, starts);
    }

    /**
     * The trigger at ECB+ token {@code id} with the particles and fixed words right after it ("take over",
     * "according to"), which ECB+ marks as part of the mention.
     */
    private static List<Integer> withParticles(Annotated a, int id) {
        List<Integer> ids = new ArrayList<>(List.of(id));
        Sentence s = a.sentences().get(id);
        int trigger = a.tokens().get(id).index(), last = trigger;
        boolean more = true;
        while (more) {
            more = false;
            for (Dependency dep : s.children(trigger)) {
                boolean joined = dep.relation().equals("compound:prt") || dep.relation().equals("fixed");
                Token next = a.tokens().get(ids.get(ids.size() - 1) + 1);
                if (joined && dep.dependent() == last + 1 && next != null && next.index() == last + 1 && a.sentences().get(ids.get(ids.size() - 1) + 1) == s) {
                    ids.add(ids.get(ids.size() - 1) + 1);
                    last++;
                    more = true;
                }
            }
        }
        return ids;
    }

    /**
     * A mention's head lemma: its first verb, else its last noun, else its last token. A pronoun head ("which",
     * "it") takes its antecedent's: the noun whose relative clause it opens, else {@code previousNoun}, the lemma of
     * the document's last event mention headed by a noun (null when unknown).
     */
    private static Mention mention(Annotated a, EcbCorpus.Document d, List<Integer> ids, String previousNoun) {
        Token head = null;
        Sentence sentence = null;
        for (int id : ids) {
            Token t = a.tokens().get(id);
            if (t != null && t.isVerb()) { head = t; break; }
        }
        if (head == null) for (int id : ids) {
            Token t = a.tokens().get(id);
            if (t != null && (head == null || t.isNoun())) { head = t; sentence = a.sentences().get(id); }
        }
        String lemma = head == null ? "?" : head.lemma().toLowerCase(Locale.ROOT);
        if (sentence != null && isPronoun(head)) {
            String antecedent = relativeAntecedent(sentence, head);
            if (antecedent == null) antecedent = previousNoun;
            if (antecedent != null) lemma = antecedent;
        }
        String key = d.name() + ":" + ids.get(0) + "-" + ids.get(ids.size() - 1);
        return new Mention(key, d.name(), lemma, head != null && head.isNoun());
    }

    /**
     * The noun trigger's mention {@code ids} widened over the measure told right before it ("6.1-magnitude quake"),
     * which ECB+ marks as part of the mention. ECB+'s own sentences bound the look-back: CoreNLP splits "6 . 1".
     */
    private static List<Integer> withMeasure(Annotated a, Map<Integer, Integer> ecbSentence, NounTriggers nouns,
                                             List<Integer> ids) {
        int first = ids.get(0);
        List<Token> before = new ArrayList<>();
        for (int id = first - 1; id >= first - 8 && a.tokens().containsKey(id)
                && ecbSentence.get(id).equals(ecbSentence.get(first)); id--) before.add(0, a.tokens().get(id));
        int n = MeasurePrefix.length(before, nouns::isEventNoun);
        if (n == 0) return ids;
        List<Integer> widened = new ArrayList<>();
        for (int id = first - n; id < first; id++) widened.add(id);
        widened.addAll(ids);
        return widened;
    }

    /** A verb form that the parse attaches as a preposition ("including") is no trigger ({@link PrepositionalVerbs}). */
    private static boolean isPrepositional(Annotated a, int id, EventFamilies families) {
        Token t = a.tokens().get(id);
        Dependency d = a.sentences().get(id).head(t.index());
        return PrepositionalVerbs.isPrepositional(t, d == null ? null : d.relation(), families);
    }

    /** "murder charges", "election campaign": a noun that modifies another names a kind, not an occurrence. */
    private static boolean isCompoundModifier(Annotated a, int id) {
        Dependency d = a.sentences().get(id).head(a.tokens().get(id).index());
        return d != null && d.relation().equals("compound");
    }

    private static boolean isPronoun(Token t) {
        return PRONOUN_TAGS.contains(t.tag()) || (t.tag().equals("CD") && t.lemma().equalsIgnoreCase("one"));
    }

    /** "the quake, which struck ...": the lemma of the noun whose relative clause {@code pronoun} opens, or null. */
    private static String relativeAntecedent(Sentence s, Token pronoun) {
        Dependency verb = s.head(pronoun.index());
        if (verb == null || verb.governor() < 0) return null;
        Dependency clause = s.head(verb.governor());
        if (clause == null || clause.governor() < 0 || !clause.relation().equals("acl:relcl")) return null;
        return s.tokens().get(clause.governor()).lemma().toLowerCase(Locale.ROOT);
    }

    private static int onGold(List<Mention> found, List<Mention> gold) {
        Set<String> keys = new HashSet<>();
        for (Mention g : gold) keys.add(g.key());
        Set<String> hit = new HashSet<>();
        for (Mention m : found) if (keys.contains(m.key())) hit.add(m.key());
        return hit.size();
    }
}
