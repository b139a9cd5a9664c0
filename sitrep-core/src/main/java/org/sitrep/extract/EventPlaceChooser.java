package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Phrase;
import org.sitrep.resolve.place.PlaceMention;

/**
 * Which place of the sentence is the event's: not a place the weapon came from, the cause a crowd marched for,
 * or the place of another event told in passing; the narrowest of nested places; a place the report named
 * before, referred back to ("the base"). Also whether a phrase is a town rather than someone to act on.
 */
final class EventPlaceChooser {
    private static final java.util.regex.Pattern TOWN_PREFIX = java.util.regex.Pattern.compile(
            "(?:(?:the|a)(?: (?:city|town|village|port|capital|region|province|district) of)?)?");

    /** What may come before a country named as a target: "on Ukraine", "against Israel". */
    private static final java.util.regex.Pattern COUNTRY_PREFIX = java.util.regex.Pattern.compile(
            "(?:on|at|against|into|toward|towards|across)?");

    private static final Set<String> SPOKEN_AT = Set.of("in", "at", "from");

    private final Lexicon lexicon;

    EventPlaceChooser(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The first event place after the trigger, else the last one before it. A place the weapon came from ("a
     * missile fired from Yemen toward Eilat") is used only when the sentence names no other.
     */
    @Nullable PlaceMention placeFor(Parse p, int i, List<PlaceMention> places) {
        List<PlaceMention> targets = new ArrayList<>();
        for (PlaceMention pm : places) {
            if (!isOrigin(p, pm) && !isDestination(p, pm) && !namesRoute(p, pm) && !isCause(p, pm) && !isOffshore(p, pm) && !inOtherEventClause(p, i, pm)
                    && !secondOfBetween(p, pm) && !isSpeakersPlace(p, i, pm)) targets.add(pm);
        }
        // "drones from Yemen" is the place when nothing else is; the place of another event told in passing is not.
        if (targets.isEmpty()) {
            for (PlaceMention pm : places) {
                if (!inOtherEventClause(p, i, pm) && !isOffshore(p, pm) && !isSpeakersPlace(p, i, pm)) targets.add(pm);
            }
        }
        int at = p.token(i).start();
        // "four were killed in Kyiv in an overnight attack; a guided bomb killed one in Zaporizhzhia": a semicolon
        // ends an item of a list (a day's summary, a roundup), so the trigger's places are those of its own item,
        // when it has any.
        String text = p.sentence().text();
        int from = p.sentence().start() + text.lastIndexOf(';', Math.max(0, at - p.sentence().start()));
        int end = text.indexOf(';', Math.max(0, at - p.sentence().start()));
        int to = end < 0 ? Integer.MAX_VALUE : p.sentence().start() + end;
        List<PlaceMention> item = targets.stream().filter(pm -> pm.phrase().start() > from && pm.phrase().start() < to).toList();
        if (!item.isEmpty()) targets = item;
        // "shells hit the Suq Libya market in Omdurman", "a bomb on Lebanon Street in Baghdad": a country's name inside
        // a longer proper name is no country; a town the sentence names is the place.
        List<PlaceMention> named = targets.stream().filter(pm -> !insideName(p, pm)).toList();
        if (!named.isEmpty()) targets = named;
        PlaceMention before = null;
        for (int k = 0; k < targets.size(); k++) {
            PlaceMention pm = targets.get(k);
            if (pm.phrase().start() >= at) return nearerEnd(p, narrowest(p, i, pm, targets.subList(k + 1, targets.size())), places);
            // Before the trigger, the most precise place wins ("forces at Green Village in eastern Syria came under
            // attack"); among equals, the nearest.
            if (before == null || pm.precision().code() <= before.precision().code()) before = pm;
        }
        return before == null ? null : nearerEnd(p, before, places);
    }

    /** A country whose name a capitalised word before or after makes part of a longer name ("Suq Libya"). */
    private static boolean insideName(Parse p, PlaceMention pm) {
        if (pm.place().kind() != org.sitrep.resolve.place.Place.Kind.COUNTRY) return false;
        int first = p.sentence().tokenAt(pm.phrase().start()), last = p.sentence().tokenAt(pm.phrase().end() - 1);
        if (first < 0 || last < 0) return false;
        return first > 0 && capitalisedWord(p, first - 1) || last + 1 < p.size() && capitalisedWord(p, last + 1);
    }

    private static boolean capitalisedWord(Parse p, int k) {
        String w = p.token(k).word();
        return p.token(k).tag().startsWith("NNP") && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    /**
     * "hit on the road between Amuda and Qamishli, about 10 km west of Qamishli": a road placed by its first town
     * ({@link #secondOfBetween}) is placed by the other end where the sentence gives the distance from that end and
     * it is under half the road's length: the event lies nearer that town.
     */
    private static PlaceMention nearerEnd(Parse p, PlaceMention first, List<PlaceMention> places) {
        int k = places.indexOf(first);
        if (k < 0 || k + 2 >= places.size() || !secondOfBetween(p, places.get(k + 1))) return first;
        PlaceMention other = places.get(k + 1);
        double road = first.place().distanceKm(other.place());
        for (PlaceMention pm : places.subList(k + 2, places.size())) {
            if (!pm.place().equals(other.place())) continue;
            int tok = p.sentence().tokenAt(pm.phrase().start());
            String between = p.sentence().text().substring(Math.max(0, other.phrase().end() - p.sentence().start()),
                    Math.max(0, pm.phrase().start() - p.sentence().start()));
            double km = tok < 0 ? -1 : org.sitrep.resolve.place.PlaceMatcher.offsetKm(p.sentence().tokens(), tok);
            if (km > 0 && km < road / 2 && between.indexOf(';') < 0) return pm;
        }
        return first;
    }

    /**
     * "a guided bomb hit the Kyivskyi district", "bombed a hideout in the Wadi al-Shay valley": a named district, quarter
     * or valley the gazetteer lacks, on the trigger's own words, is near the town the report named last, as ACLED
     * places a city's district at the city. Null when the trigger names no such area or the report no town before.
     */
    @Nullable PlaceMention localArea(SentenceContext c, int trigger) {
        PlaceMention town = c.state.lastTown;
        if (town == null) return null;
        Parse p = c.parse;
        for (int k = 0; k < p.size(); k++) {
            if (!p.token(k).isNoun() || !lexicon.isLocalArea(p.lemma(k)) || !governedBy(p, k, trigger)) continue;
            for (org.sitrep.model.Dependency d : p.sentence().children(k)) {
                int n = d.dependent();
                boolean naming = n < k ? d.relation().equals("compound") || d.relation().equals("amod")
                        : d.relation().equals("nmod:of");
                if (!naming || !p.token(n).tag().startsWith("NNP") || inPlace(c, n)) continue;
                Phrase name = p.nounPhrase(n);
                if (c.resolve(name, false) != null) continue;
                Phrase words = p.span(Math.min(n, k), Math.max(n, k));
                return new PlaceMention(words, town.place(), org.sitrep.model.GeoPrecision.NEAR);
            }
        }
        return null;
    }

    /**
     * "In Peshawar, the Counter Terrorism Department said it had arrested six suspects": a roundup opens an item with
     * its place and then tells who reported it. A town of the report's country set before the sentence's first
     * comma is the event's place when the sentence names no other (not "In Washington, the Pentagon said it struck
     * Yemen", a place abroad, nor "said in Baghdad", the speaker's after the verb).
     */
    @Nullable PlaceMention frontedPlace(SentenceContext c, List<PlaceMention> places) {
        Parse p = c.parse;
        int comma = -1;
        for (int k = 0; k < Math.min(p.size(), 6) && comma < 0; k++) if (p.token(k).word().equals(",")) comma = k;
        if (comma < 0 || !p.lemma(0).equals("in") || c.state.country == null) return null;
        for (PlaceMention pm : places) {
            int tok = p.sentence().tokenAt(pm.phrase().start());
            var kind = pm.place().kind();
            if (tok > 0 && tok < comma && p.sentence().tokenAt(pm.phrase().end() - 1) == comma - 1
                    && (kind == org.sitrep.resolve.place.Place.Kind.TOWN || kind == org.sitrep.resolve.place.Place.Kind.ADMIN2
                        || kind == org.sitrep.resolve.place.Place.Kind.ADMIN1)
                    && c.state.country.equals(pm.place().country())) return pm;
        }
        return null;
    }

    /** Whether the noun at {@code k} hangs on the trigger within three steps ("hit the X district", "a hideout in"). */
    private static boolean governedBy(Parse p, int k, int trigger) {
        int h = k;
        for (int step = 0; step < 3 && h >= 0; step++) {
            h = p.head(h);
            if (h == trigger) return true;
        }
        return false;
    }

    /** "south of Kirkuk", "20 km west of Gao": a town named only as what the place lies off. */
    static boolean offsetFrom(Parse p, PlaceMention pm) {
        int first = p.sentence().tokenAt(pm.phrase().start());
        return first >= 0 && org.sitrep.resolve.place.PlaceMatcher.offsetKm(p.sentence().tokens(), first) >= 0;
    }

    private static boolean inPlace(SentenceContext c, int token) {
        int at = c.parse.token(token).start();
        for (PlaceMention pm : c.places) if (pm.phrase().start() <= at && at < pm.phrase().end()) return true;
        return false;
    }

    /**
     * "air strikes on the western Idlib countryside ..., killing three civilians on the outskirts of Jisr
     * al-Shughur": a town named later in the sentence inside the area named first is the more precise place.
     */
    private PlaceMention narrowest(Parse p, int i, PlaceMention first, List<PlaceMention> later) {
        if (first.place().isPoint()) return first;
        // "launched 25 drones at Ukraine overnight, and air defences shot down 20 of them over Kyiv region": a
        // country locates nothing (the event would be dropped); the first place named later inside it does.
        if (first.place().kind() == org.sitrep.resolve.place.Place.Kind.COUNTRY) {
            for (PlaceMention pm : later) {
                // Not a sea or a region, which spans borders ("struck Yemen ... deterrence in the Red Sea").
                var kind = pm.place().kind();
                if (kind != org.sitrep.resolve.place.Place.Kind.COUNTRY && kind != org.sitrep.resolve.place.Place.Kind.REGION
                        && kind != org.sitrep.resolve.place.Place.Kind.WORLD
                        && first.place().country().equals(pm.place().country()) && !inClauseSaid(p, i, pm)) return pm;
            }
            return first;
        }
        for (PlaceMention pm : later) if (pm.place().isPoint() && inside(pm.place(), first.place())) return pm;
        // "in southern Syria's Sweida province": a province named after a direction of its country is more precise.
        if (first.place().kind() == org.sitrep.resolve.place.Place.Kind.REGION && first.place().admin1() == null) {
            for (PlaceMention pm : later) {
                if (pm.place().kind() == org.sitrep.resolve.place.Place.Kind.ADMIN1
                        && pm.place().country().equals(first.place().country())) return pm;
            }
        }
        return first;
    }

    /**
     * "... said the aim was to restore deterrence in the Red Sea": the place lies in a clause that is what someone
     * said or thought (a clausal complement, or under a verb of saying) below where it meets the trigger's own
     * chain of heads.
     */
    private boolean inClauseSaid(Parse p, int i, PlaceMention pm) {
        java.util.Set<Integer> above = new java.util.HashSet<>(p.headChain(i));
        for (int cur : p.headChain(p.sentence().tokenAt(pm.phrase().start()))) {
            if (above.contains(cur)) return false;
            if (p.relation(cur).startsWith("ccomp") || p.token(cur).isVerb() && lexicon.isReportingVerb(p.lemma(cur))) return true;
        }
        return false;
    }

    private static boolean inside(org.sitrep.resolve.place.Place point, org.sitrep.resolve.place.Place area) {
        if (!point.country().equals(area.country())) return false;
        return switch (area.kind()) {
            case COUNTRY -> false; // a country named first is rarely the event's place; a later town may be another's
            case ADMIN1, REGION -> area.admin1() == null ? area.kind() == org.sitrep.resolve.place.Place.Kind.REGION
                    : area.admin1().equals(point.admin1());
            default -> false;
        };
    }

    /**
     * "..., an official told reporters in Maiduguri", "the ministry said in a statement from Baghdad": where the
     * speaker spoke, not where the event was. Not the speaker's own description ("residents of al-Baghdadi said").
     */
    private boolean isSpeakersPlace(Parse p, int trigger, PlaceMention pm) {
        int cur = p.sentence().tokenAt(pm.phrase().start());
        // The place is where something is ("in", "at", "from"), and what it hangs on is the verb's own phrase: its
        // object ("told reporters in Maiduguri") or a phrase of place ("said in Baghdad").
        if (cur < 0 || !SPOKEN_AT.contains(p.relation(cur).replaceFirst("^(obl|nmod):", ""))) return false;
        for (int guard = 0; cur >= 0 && guard < 4; guard++) {
            int head = p.head(cur);
            if (head < 0 || head == trigger) return false;
            if (p.token(head).isVerb()) {
                String rel = p.relation(cur);
                return lexicon.isReportingVerb(p.lemma(head))
                        && (rel.equals("obj") || SPOKEN_AT.contains(rel.replaceFirst("^obl:", "")));
            }
            cur = head;
        }
        return false;
    }

    /** "..., hours after a deadly blast at a hospital in Gaza": the place of an earlier event told in passing. */
    private static boolean inOtherEventClause(Parse p, int trigger, PlaceMention pm) {
        int tok = p.sentence().tokenAt(pm.phrase().start());
        // "The strike near Qaladze came four months after a drone hit the airport": for the event told in passing,
        // the places before its clause are the main event's. Read off the words, as the parser often garbles
        // such sentences ("drone" taken for an auxiliary).
        if (tok >= 0 && tok < trigger && EventTimeChooser.spanOpenerBetween(p, tok, trigger) >= 0) return true;
        for (int cur = tok, guard = 0; cur >= 0 && guard < 20; guard++, cur = p.head(cur)) {
            if (cur == trigger) return false;
            // "hours after a blast at a hospital in Gaza", where the parser hangs "at a hospital" on "hours".
            if (EventTimeChooser.SPANS.contains(p.lemma(cur)) && p.child(cur, "nmod:after", "nmod:before", "obl:after", "obl:before") >= 0) {
                for (int up = trigger, g = 0; up >= 0 && g < 20; g++, up = p.head(up)) if (up == cur) return false;
                return true;
            }
            if (p.relation(cur).startsWith("advcl") || p.relation(cur).startsWith("obl:after") || p.relation(cur).startsWith("nmod:after")) {
                int mark = p.child(cur, "mark", "case");
                if (mark >= 0 && (p.lemma(mark).equals("after") || p.lemma(mark).equals("before"))) {
                    for (int up = trigger, g = 0; up >= 0 && g < 20; g++, up = p.head(up)) if (up == cur) return false;
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "its fighters had struck the base": a definite place noun with no name of its own is the last event place of
     * the report that it names ("Ain al-Asad air base"), if any.
     */
    @Nullable PlaceMention placeReferredTo(SentenceContext c, @Nullable Phrase target) {
        if (target == null) return null;
        String[] words = target.text().toLowerCase(java.util.Locale.ROOT).split("\\s+");
        if (words.length < 2 || words.length > 3 || !words[0].equals("the")) return null;
        String noun = words[words.length - 1];
        if (!lexicon.isPlaceHead(noun)) return null;
        for (int k = c.state.mentions.size() - 1; k >= 0; k--) {
            org.sitrep.resolve.place.Place pl = c.state.mentions.get(k).place();
            if (pl == null || !pl.isPoint() || c.state.mentions.get(k).geoPrecision() == null) continue;
            if (java.util.Arrays.asList(pl.name().toLowerCase(java.util.Locale.ROOT).split("[\\s-]+")).contains(noun)) {
                return new PlaceMention(target, pl, c.state.mentions.get(k).geoPrecision());
            }
        }
        return null;
    }

    /** "on the road between Bandiagara and Bankass": the road is placed by the first town named, as ACLED does. */
    private static boolean secondOfBetween(Parse p, PlaceMention pm) {
        int tok = p.sentence().tokenAt(pm.phrase().start());
        if (tok < 2 || !p.token(tok - 1).word().equalsIgnoreCase("and")) return false;
        for (int k = tok - 2; k >= Math.max(0, tok - 8); k--) {
            String w = p.token(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("between")) return true;
            if (w.equals(",") || w.equals(";")) return false;
        }
        return false;
    }

    /** "chanting in support of Gaza", "a march in solidarity with Ukraine": the cause, not where it happened. */
    private boolean isCause(Parse p, PlaceMention pm) {
        int tok = p.sentence().tokenAt(pm.phrase().start());
        int head = tok < 0 ? -1 : p.head(tok);
        return head >= 0 && lexicon.isCause(p.lemma(head));
    }

    /**
     * "66 nautical miles southwest of the port of Hodeidah": a ship hit out at sea, a day's sailing from the port
     * that only gives its bearing. The event has no place of its own there, and joins the report's sea event.
     */
    private static boolean isOffshore(Parse p, PlaceMention pm) {
        int from = pm.phrase().start() - p.sentence().start();
        String before = p.sentence().text().substring(Math.max(0, from - 60), Math.max(0, from));
        return OFFSHORE.matcher(before).find();
    }

    private static final java.util.regex.Pattern OFFSHORE = java.util.regex.Pattern.compile(
            "\\bnautical miles?\\b[^,;.]{0,40}$", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "came under fire about 30 km from Douentza, on the road to Boni", "a convoy heading to Gao was ambushed": where
     * someone was going, not where the event happened; like a weapon's origin, the place only when there is no other.
     */
    private boolean isDestination(Parse p, PlaceMention pm) {
        int k = p.sentence().tokenAt(pm.phrase().start()) - 1;
        if (k >= 0 && p.token(k).word().equalsIgnoreCase("the")) k--;
        if (k < 1) return false;
        String to = p.token(k).word().toLowerCase(java.util.Locale.ROOT);
        return (to.equals("to") || to.equals("toward") || to.equals("towards"))
                && (lexicon.isRoute(p.lemma(k - 1)) || routeEnd(p, k));
    }

    /**
     * "a convoy on the Baghdad-Basra highway near Diwaniyah": a place in the name of a road (a modifier of a route
     * noun, or of a place that is one) says which road, not where on it; like a destination, the place only when the
     * sentence names no other.
     */
    private boolean namesRoute(Parse p, PlaceMention pm) {
        int cur = p.sentence().tokenAt(pm.phrase().end() - 1);
        for (int guard = 0; cur >= 0 && guard < 4 && p.relation(cur).equals("compound"); guard++) {
            cur = p.head(cur);
            if (cur >= 0 && p.token(cur).isNoun() && lexicon.isRoute(p.lemma(cur))) return true;
        }
        return false;
    }

    private boolean isOrigin(Parse p, PlaceMention pm) {
        int first = p.sentence().tokenAt(pm.phrase().start());
        return first > 0 && p.lemma(first - 1).equals("from") && !routeFrom(p, first - 1);
    }

    /**
     * "on the road leading from Khiam towards Marjayoun": like a road between two towns, a road from one town to
     * another is placed by the first, where it starts, not by where it goes; "from" there names no weapon's origin.
     */
    private boolean routeFrom(Parse p, int from) {
        for (int k = from - 1; k >= Math.max(0, from - 3); k--) {
            if (p.token(k).isNoun()) return lexicon.isRoute(p.lemma(k));
        }
        return false;
    }

    /** "towards Marjayoun" after "the road leading from Khiam": the far end of a road placed by its start. */
    private boolean routeEnd(Parse p, int to) {
        for (int k = to - 1; k >= Math.max(0, to - 8); k--) {
            String w = p.token(k).word();
            if (w.equals(",") || w.equals(";")) return false;
            if (w.equalsIgnoreCase("from")) return routeFrom(p, k);
        }
        return false;
    }

    /** The place lies in the trigger's own phrase ("the attack on al-Asad"), or in the clause of a verb it is the
     * subject or object of ("the attack took place at al-Asad"). */
    static boolean ownsPlace(Parse p, int i, PlaceMention place) {
        int tok = p.sentence().tokenAt(place.phrase().start());
        if (tok < 0) return false;
        int head = p.head(i);
        String rel = p.relation(i);
        boolean verbArgument = head >= 0 && p.token(head).isVerb() && (rel.startsWith("nsubj") || rel.equals("obj"));
        // "the attack showed that talks between Riyadh and the Houthis had stalled": a place in a clause the verb
        // governs is that clause's, not the attack's.
        boolean ownClause = true;
        for (int cur = tok, guard = 0; cur >= 0 && guard < 20; guard++, cur = p.head(cur)) {
            if (cur == i || (verbArgument && ownClause && cur == head)) return true;
            if (CLAUSES.matcher(p.relation(cur)).lookingAt()) ownClause = false;
        }
        return false;
    }

    private static final java.util.regex.Pattern CLAUSES = java.util.regex.Pattern.compile("ccomp|xcomp|advcl|parataxis");

    /** Whether the phrase is, or ends in, a town or region the sentence names (not a country). */
    static boolean namesTown(SentenceContext c, Phrase phrase) {
        return names(c, phrase, false);
    }

    /** Whether the phrase is a country the sentence names ("on Ukraine"), not its forces or government. */
    static boolean namesCountry(SentenceContext c, Phrase phrase) {
        return names(c, phrase, true);
    }

    private static boolean names(SentenceContext c, Phrase phrase, boolean country) {
        for (PlaceMention pm : c.places) {
            if ((pm.place().kind() == org.sitrep.resolve.place.Place.Kind.COUNTRY) != country) continue;
            // The phrase is the place, give or take an article: "Kyiv", "the city of Kharkiv"; not "US forces at
            // Green Village".
            if (pm.phrase().start() < phrase.start() || pm.phrase().end() > phrase.end()
                    || phrase.end() - pm.phrase().end() > 1) continue;
            String before = phrase.text().substring(0, pm.phrase().start() - phrase.start()).trim().toLowerCase(java.util.Locale.ROOT);
            if (TOWN_PREFIX.matcher(before).matches() || country && COUNTRY_PREFIX.matcher(before).matches()) return true;
        }
        return false;
    }
}
