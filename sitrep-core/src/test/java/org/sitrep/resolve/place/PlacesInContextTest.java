package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.GeoPrecision;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;

/**
 * Places read with the words around them (session 15): a division that holds a named part, a landform located from a
 * town, AP bracketed distances, a city's own district, stray towns abroad. Sentences written for these tests.
 */
class PlacesInContextTest {
    private static Gazetteer gazetteer;
    private static PlaceMatcher matcher;

    @BeforeAll
    static void load() {
        gazetteer = Gazetteer.bundled();
        matcher = new PlaceMatcher(gazetteer);
    }

    private static PlaceMention named(List<PlaceMention> ms, String phrase) {
        return ms.stream().filter(m -> m.phrase().text().equals(phrase)).findFirst().orElseThrow(() -> new AssertionError(ms.toString()));
    }

    @Test
    void aDivisionNamedAfterItsTownThatHoldsANamedPartIsNoFinerThanARegion() {
        List<PlaceMention> ms = matcher.findInReport(List.of(sentence(
                "Gunmen stormed a check post in Paharpur tehsil of Dera Ismail Khan district in Pakistan."))).get(0);
        assertEquals("Paharpur", named(ms, "Paharpur").place().name());
        assertEquals(GeoPrecision.REGION, named(ms, "Dera Ismail Khan").precision(), ms.toString());
        // Named on its own, the district stays at its town's precision.
        List<PlaceMention> alone = matcher.findInReport(List.of(sentence(
                "Gunmen stormed a check post in Dera Ismail Khan district in Pakistan."))).get(0);
        assertEquals(GeoPrecision.NEAR, named(alone, "Dera Ismail Khan").precision(), alone.toString());
    }

    @Test
    void aLandformLocatedByItsOffsetFromATownIsReadAtTheTown() {
        List<PlaceMention> ms = matcher.findInReport(List.of(sentence(
                "A roadside bomb hit a patrol in the Hamrin mountains, about 12 km east of Tuz Khurmatu in Iraq."))).get(0);
        PlaceMention range = ms.stream().filter(m -> m.phrase().text().startsWith("Hamrin")).findFirst().orElseThrow();
        assertEquals(named(ms, "Tuz Khurmatu").place(), range.place(), ms.toString());
        // Without the offset the range keeps its own point.
        List<PlaceMention> bare = matcher.findInReport(List.of(sentence(
                "A roadside bomb hit a patrol in the Hamrin mountains in Iraq."))).get(0);
        assertEquals("iq-hamrin-mountains", bare.get(0).place().id(), bare.toString());
    }

    @Test
    void aDistanceGivenAgainInBracketsIsRead() {
        List<Token> tokens = sentence("The car was hit 12 kilometers (7 miles) west of Hasakah.").tokens();
        int at = tokens.size() - 2;
        assertEquals(12, PlaceMatcher.offsetKm(tokens, at), 0.01);
        List<Token> miles = sentence("The car was hit 20 miles (32 km) west of Hasakah.").tokens();
        assertEquals(32.18, PlaceMatcher.offsetKm(miles, miles.size() - 2), 0.01);
    }

    @Test
    void theCitysDistrictIsAPartOfTheTownNamedBeforeNotANamesakeElsewhere() {
        // Only Kyiv's Shevchenkivskyi district is in the gazetteer; the report is about Kharkiv.
        List<List<PlaceMention>> ms = matcher.findInReport(List.of(
                sentence("Missiles struck Kharkiv in Ukraine overnight."),
                sentence("One hit the city's Shevchenkivskyi district, officials said.")));
        assertTrue(ms.get(1).stream().noneMatch(m -> m.place().distanceKm(gazetteer.lookup("kharkiv").get(0)) > PlaceNesting.PART_KM),
                ms.get(1).toString());
        // In a report on Kyiv the district is Kyiv's.
        List<List<PlaceMention>> kyiv = matcher.findInReport(List.of(
                sentence("Missiles struck Kyiv in Ukraine overnight."),
                sentence("One hit the city's Shevchenkivskyi district, officials said.")));
        assertEquals(1, kyiv.get(1).size(), kyiv.get(1).toString());
    }

    @Test
    void smallTownsAbroadDoNotVouchForEachOther() {
        // Two names read as small French towns in a report on Haiti: neither supports the other.
        List<List<PlaceMention>> ms = matcher.findInReport(List.of(
                sentence("Gangs attacked Verrettes in Haiti on Saturday."),
                sentence("Families fled from Creil and Senlis on foot.")));
        assertTrue(ms.get(1).stream().noneMatch(m -> m.place().country().equals("FR")), ms.get(1).toString());
    }

    /** Tokens as the annotator gives them: a possessive "'s" on its own with the tag POS, brackets as -LRB-/-RRB-. */
    static Sentence sentence(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("'s\\b|\\w+(?:-\\w+)*|\\S").matcher(text);
        while (m.find()) {
            String w = m.group();
            String tag = w.equals("'s") ? "POS" : "NNP";
            String word = w.equals("(") ? "-LRB-" : w.equals(")") ? "-RRB-" : w;
            tokens.add(new Token(tokens.size(), word, word.toLowerCase(), tag, "O", m.start(), m.end()));
        }
        return new Sentence(0, 0, 0, text.length(), text, tokens, List.of());
    }
}
