package org.sitrep.resolve.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.Sentence;

/**
 * Reads from the words between two place names of a sentence that the one lies in or near the other: "the Karari
 * locality of northern Omdurman", "Barsalogho, in ... Centre-Nord", "Nyala, the capital of South Darfur", "Afgoye,
 * 30 km west of Mogadishu", "Sake near Goma", "Sagaing region's Kanbalu township". Reporters name the small place
 * and then the larger one that tells the reader where it is, so the small name must be read inside the larger one,
 * whatever else of that name the world holds. Immutable; thread-safe.
 */
final class PlaceNesting {
    /** A place named as part of a town ("the X locality of Y") lies within this distance of the town's point. */
    static final double PART_KM = 40;
    /** "the X tehsil of Y district": a part of a division lies within this distance of its town's point. */
    static final double DIVISION_KM = 90;
    /** "X near Y", "X on the outskirts of Y". */
    static final double NEAR_KM = 60;
    /** "X, north of Y" with no distance given. */
    static final double BEARING_KM = 120;
    /** Added to a stated distance ("30 km west of") for the size of the towns and loose reporting. */
    static final double OFFSET_SLACK_KM = 30;

    /**
     * The mention at index {@code outer} is the place this one lies in (or within {@code maxKm} of, for points).
     * {@code strict}: the wording makes it a part of that place ("the X district of Y", "Y's X", "X, the capital of
     * Y"), not only somewhere in or near it, where a loose "in" or "near" may belong to other words ("near the
     * Indiana border"). {@code heads}: the wording makes the inner place the seat of the outer one ("X, the capital
     * of Y"), so a town of that name in Y's country is the place meant, wherever the gazetteer puts Y's point.
     */
    record Link(int outer, double maxKm, boolean strict, boolean heads) {
        Link(int outer, double maxKm, boolean strict) {
            this(outer, maxKm, strict, false);
        }
    }

    private static final String DIRECTION = "(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?";
    private static final String COMPASS = "(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)";

    private final PlaceWords words;
    private final Pattern of;
    private final Pattern in;
    private final Pattern capital;
    private final Pattern offset;
    private final Pattern near;
    private final Pattern possessive;

    PlaceNesting(PlaceWords words) {
        this.words = words;
        String kind = "(?:" + String.join("|", words.levels().keySet().stream().filter(words::isKind).sorted()
                .map(Pattern::quote).toList()) + ")";
        String after = "(?: " + kind + ")?";
        String article = "(?:the )?(?:" + DIRECTION + " )?";
        // "the Karari locality of northern Omdurman", "Bajil district of Hodeidah governorate"
        of = Pattern.compile(" " + kind + " of " + article);
        // "Qamishli in northeastern Syria", "Barsalogho, in Burkina Faso's", "Maungdaw township in Rakhine"
        in = Pattern.compile(after + ",? (?:in|inside|within) " + article);
        // "Nyala, the capital of South Darfur", "Tubas, a town in the northern West Bank"
        capital = Pattern.compile(after + ", (?:the|a) (?:(?:provincial|regional|state) )?(?:capital|" + kind + ")(?: city)? (?:of|in) " + article);
        // "Afgoye, 30 km west of Mogadishu", "Tarmiyah district north of Baghdad", "Kafr Nabl, south of Idlib"
        offset = Pattern.compile(after + ",? (?:(?:about|some|around|roughly|nearly|just) )?(?:([0-9][0-9,.]*) ?"
                + "(km|kms|kilometres|kilometers|kilometre|kilometer|miles|mile) )?" + COMPASS + " of " + article);
        // "Sake near Goma", "Elasha Biyaha on the outskirts of Mogadishu"
        near = Pattern.compile(after + ",? (?:near|outside|close to|next to|on the (?:outskirts|edge) of|in the outskirts of) " + article);
        // "Russia's Kursk region", "Sagaing region's Kanbalu township": the outer name comes first
        possessive = Pattern.compile(after + "['\u2019]s (?:the )?(?:" + DIRECTION + " )?");
    }

    /**
     * For each mention of the sentence (in text order), the mention it is said to lie in or near, or null. Only
     * neighbouring names are read: the words between must be one of the patterns above and nothing else.
     */
    List<@Nullable Link> read(Sentence s, List<PlaceMention> ms) {
        List<@Nullable Link> out = new ArrayList<>(ms.size());
        for (int k = 0; k < ms.size(); k++) out.add(null);
        for (int k = 0; k + 1 < ms.size(); k++) {
            PlaceMention a = ms.get(k), b = ms.get(k + 1);
            int from = a.phrase().end() - s.start(), to = b.phrase().start() - s.start();
            // "the Dniprovskyi district of Kherson", where the gazetteer holds the name with its kind word.
            String last = a.phrase().text().substring(a.phrase().text().lastIndexOf(' ') + 1);
            if (last.length() < a.phrase().text().length() && words.isKind(last)) from -= last.length() + 1;
            if (from < 0 || to > s.text().length() || from > to) continue;
            String between = s.text().substring(from, to).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (between.length() > 60) continue;
            if (possessive.matcher(between).matches()) {
                out.set(k + 1, new Link(k, PART_KM, true));
                continue;
            }
            boolean heads = capital.matcher(between).matches() && between.contains("capital");
            boolean part = of.matcher(between).matches() || capital.matcher(between).matches();
            // "Khurai in Imphal East district": a place said to lie in a named division is part of it, as in "the
            // X district of Y"; a place of that name elsewhere in the country is not meant. Only where the division
            // is a town's or a first-level region, whose reach is known; a second-level division's derived point
            // may lie off ("Djibo in Soum province").
            Place.Kind outerKind = b.place().kind();
            boolean division = divisionAfter(s, b);
            boolean inDivision = !part && in.matcher(between).matches() && division
                    && (outerKind == Place.Kind.TOWN || outerKind == Place.Kind.ADMIN1);
            Double km = part || inDivision ? Double.valueOf(division ? DIVISION_KM : PART_KM) : distance(between);
            if (km != null) out.set(k, new Link(k + 1, km, part || inDivision, heads));
        }
        return out;
    }

    /**
     * "the Kulachi tehsil of Dera Ismail Khan district": the outer name is a division named after its town, whose
     * parts lie farther from that town than a town's own quarters do.
     */
    private boolean divisionAfter(Sentence s, PlaceMention outer) {
        String rest = s.text().substring(Math.min(s.text().length(), outer.phrase().end() - s.start())).strip();
        // "Imphal East district": the compass word is part of the division's name.
        rest = rest.replaceFirst("^(?i)" + COMPASS + " ", "");
        int space = rest.indexOf(' ');
        String word = (space < 0 ? rest : rest.substring(0, space)).replaceAll("\\W+$", "");
        return words.level(word).map(l -> l == PlaceWords.Level.DISTRICT || l == PlaceWords.Level.PROVINCE).orElse(false);
    }

    private @Nullable Double distance(String between) {
        if (in.matcher(between).matches()) return PART_KM;
        if (near.matcher(between).matches()) return NEAR_KM;
        Matcher m = offset.matcher(between);
        if (!m.matches()) return null;
        if (m.group(1) == null) return BEARING_KM;
        try {
            double n = Double.parseDouble(m.group(1).replace(",", ""));
            return n * (m.group(2).startsWith("mile") ? 1.609 : 1) + OFFSET_SLACK_KM;
        } catch (NumberFormatException e) {
            return BEARING_KM;
        }
    }

    /**
     * Whether a candidate of the inner name lies in the outer place: in its country, in its first-level region
     * (or near the region's point, where the gazetteer spells the region otherwise), or within the link's distance
     * of a town.
     */
    static boolean inside(Place inner, Place outer, double maxKm) {
        return switch (outer.kind()) {
            case WORLD -> true;
            case COUNTRY, REGION -> inner.country().equals(outer.country());
            case ADMIN1 -> inner.country().equals(outer.country()) && inner.kind() != Place.Kind.COUNTRY
                    && (outer.admin1() != null && outer.admin1().equals(inner.admin1()) || inner.distanceKm(outer) <= 150);
            default -> inner.isPoint() && inner.distanceKm(outer) <= maxKm;
        };
    }
}
