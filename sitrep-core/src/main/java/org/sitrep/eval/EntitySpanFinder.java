package org.sitrep.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sitrep.extract.Lexicon;
import org.sitrep.model.AnnotatedReport;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.refdata.Names;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.place.Place;
import org.sitrep.resolve.place.PlaceMatcher;
import org.sitrep.resolve.place.PlaceMention;

/**
 * The entity spans Sitrep's own components find in an annotated report, typed with re3d's names, so that each
 * component can be scored on its own:
 * <ul>
 *   <li>{@code Location}: every place {@link PlaceMatcher} finds, with the report's countries as the extractor
 *       computes them (a first pass over every sentence) to break ties;
 *   <li>{@code Organisation}: the longest actor alias of the registry over each run of tokens, as
 *       {@code ActorResolver} matches inside a role phrase. The resolver only ever sees noun phrases from the
 *       parse, so a run must start with a word and end with a noun: the verb "is" is not the alias "IS", and
 *       "Syria ," is not a longer name than "Syria". People ("Lloyd Austin") are not organisations and are left
 *       out;
 *   <li>{@code Weapon}: the extraction lexicon's weapon phrases, matched by {@link Lexicon#weaponAt}, as
 *       {@code MentionFinder} matches them, longest phrase first.
 * </ul>
 * {@link #nerSpans} gives CoreNLP's own LOCATION and ORGANIZATION runs, which Sitrep computes but does not use to
 * find places or actors: a reference line, not a Sitrep figure. Immutable; thread-safe.
 */
public final class EntitySpanFinder {
    public static final String LOCATION = "Location";
    public static final String ORGANISATION = "Organisation";
    public static final String WEAPON = "Weapon";
    public static final List<String> TYPES = List.of(LOCATION, ORGANISATION, WEAPON);
    private static final Map<String, String> NER_TYPES = Map.of("LOCATION", LOCATION, "ORGANIZATION", ORGANISATION);

    private final PlaceMatcher places;
    private final ActorRegistry registry;
    private final Lexicon lexicon;

    public EntitySpanFinder(PlaceMatcher places, ActorRegistry registry, Lexicon lexicon) {
        this.places = places;
        this.registry = registry;
        this.lexicon = lexicon;
    }

    /** Location, Organisation and Weapon spans of the report, keyed by {@code document}. */
    public List<TypedSpan> find(String document, AnnotatedReport report) {
        List<TypedSpan> out = new ArrayList<>();
        Set<String> countries = new HashSet<>();
        for (Sentence s : report.sentences()) {
            for (PlaceMention pm : places.find(s, Set.of())) {
                if (pm.place().kind() == Place.Kind.COUNTRY) countries.add(pm.place().country());
            }
        }
        for (Sentence s : report.sentences()) {
            for (PlaceMention pm : places.find(s, countries)) {
                out.add(new TypedSpan(document, LOCATION, pm.phrase().start(), pm.phrase().end()));
            }
            actors(document, s, out);
            weapons(document, s, out);
        }
        return out;
    }

    /** CoreNLP's LOCATION and ORGANIZATION token runs, as Location and Organisation. */
    public List<TypedSpan> nerSpans(String document, AnnotatedReport report) {
        List<TypedSpan> out = new ArrayList<>();
        for (Sentence s : report.sentences()) {
            List<Token> ts = s.tokens();
            for (int i = 0; i < ts.size(); ) {
                String type = NER_TYPES.get(ts.get(i).ner());
                int j = i + 1;
                while (j < ts.size() && ts.get(j).ner().equals(ts.get(i).ner())) j++;
                if (type != null) out.add(new TypedSpan(document, type, ts.get(i).start(), ts.get(j - 1).end()));
                i = j;
            }
        }
        return out;
    }

    private void actors(String document, Sentence s, List<TypedSpan> out) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); ) {
            int matched = 0;
            for (int n = Math.min(registry.longestKey(), ts.size() - i); n >= 1 && matched == 0; n--) {
                if (!Character.isLetterOrDigit(ts.get(i).word().charAt(0)) || !ts.get(i + n - 1).isNoun()) continue;
                String text = s.text().substring(ts.get(i).start() - s.start(), ts.get(i + n - 1).end() - s.start());
                String key = Names.key(text);
                if (!key.isEmpty() && !registry.actorsByKey(key).isEmpty()) matched = n;
            }
            if (matched > 0) out.add(new TypedSpan(document, ORGANISATION, ts.get(i).start(), ts.get(i + matched - 1).end()));
            i += Math.max(1, matched);
        }
    }

    private void weapons(String document, Sentence s, List<TypedSpan> out) {
        List<Token> ts = s.tokens();
        for (int i = 0; i < ts.size(); ) {
            Lexicon.Weapon w = lexicon.weaponAt(ts, i);
            int matched = w == null ? 0 : w.words().size();
            if (matched > 0) out.add(new TypedSpan(document, WEAPON, ts.get(i).start(), ts.get(i + matched - 1).end()));
            i += Math.max(1, matched);
        }
    }
}
