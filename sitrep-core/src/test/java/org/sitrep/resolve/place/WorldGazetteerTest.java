package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sitrep.model.Sentence;
import org.sitrep.model.Token;
import org.sitrep.refdata.Names;
import org.sitrep.refdata.TsvRows;

/** The derived world gazetteer loaded with the hand-written one: coverage, precedence, stopwords, footprint. */
class WorldGazetteerTest {
    private static Gazetteer gazetteer;
    private static PlaceMatcher matcher;

    @BeforeAll
    static void load() {
        long[] m = GazetteerFootprint.measure();
        System.out.printf("Gazetteer.bundled(): %d ms, %d MB retained heap%n", m[0], m[1]);
        gazetteer = Gazetteer.bundled();
        matcher = new PlaceMatcher(gazetteer);
        // Load time is printed, not asserted: a timed unit test fails on a busy machine and proves nothing there.
        // GazetteerFootprint measures it in a fresh JVM (EVALUATION.md, places chapter). Retained heap does not
        // depend on the machine's load, so its bound is kept.
        assertTrue(m[1] < 300, "gazetteer holds " + m[1] + " MB");
    }

    @Test
    void namesTheTownsReportsUse() {
        for (String[] c : new String[][] {{"jenin", "PS"}, {"kiryat shmona", "IL"}, {"nikopol", "UA"},
                {"kherson", "UA"}, {"douentza", "ML"}, {"kosti", "SD"}, {"peshawar", "PK"}, {"daquq", "IQ"},
                {"nowshera", "PK"}, {"sagala", "ML"}, {"nuseirat", "PS"}, {"hit", "IQ"}}) {
            assertTrue(gazetteer.lookup(c[0]).stream().anyMatch(p -> p.country().equals(c[1]) && p.isPoint()),
                    c[0] + " in " + c[1]);
        }
        assertTrue(gazetteer.size() > 40_000);
        assertTrue(gazetteer.country("GE").isPresent(), "countries beyond the starter file");
        assertEquals(0, gazetteer.droppedDerived());
    }

    @Test
    void aNameHeldOnlyAsAnotherTownsAlternateDoesNotBeatTheTownKnownByIt() {
        // Alone in a report, with nothing else to go by: a town that GeoNames lists under another name but that
        // carries this one as an alternate (Brazil's Santos Dumont as "Palmyra", Tanzania's Mkoani as "Kobani")
        // is a weaker reading than the place the name is known for.
        PlaceResolver r = new PlaceResolver(gazetteer);
        assertEquals("SY", r.resolve(List.of("Palmyra")).get(0).country(), "Palmyra");
        assertEquals("SY", r.resolve(List.of("Kobani")).get(0).country(), "Kobani");
        assertEquals("SY", r.resolve(List.of("Kobane", "Raqqa")).get(0).country(), "Kobane");
        assertEquals("SY", PlaceResolver.forGivenNames(gazetteer).resolve(List.of("Palmyra")).get(0).country());
        // A spelling of the town's own name still counts as its name: the ASCII form, an article dropped.
        assertTrue(PlaceResolver.sameSpelling("sanlıurfa", "sanliurfa"));
        assertTrue(PlaceResolver.sameSpelling("al mayadin", "mayadin"));
        assertTrue(PlaceResolver.sameSpelling("dayr az zawr", "deir az zawr"));
        assertFalse(PlaceResolver.sameSpelling("mkoani", "kobani"));
        assertFalse(PlaceResolver.sameSpelling("santos dumont", "palmyra"));
    }

    @Test
    void aRegionsPeopleGivenAsAPlaceStandForTheRegion() {
        // Given as a place, "English" is England, not English, Indiana; in running text it stays a language.
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("gn-adm1-GB.ENG", given.resolve(List.of("English")).get(0).id());
        assertEquals("gn-adm1-ES.56", given.resolve(List.of("Catalan")).get(0).id());
        assertTrue(gazetteer.lookup("english").stream().noneMatch(p -> p.kind() == Place.Kind.ADMIN1), "not for the matcher");
    }

    @Test
    void thePeopleAReportNamesHintAtItsCountry() {
        // "Beni" is also a Bolivian department; a report on the Congolese army fighting near it means the Congolese town.
        List<PlaceMention> congo = matcher.findInReport(List.of(
                sentence("Congolese soldiers said the rebels had attacked a village outside Beni overnight.", Set.of()))).get(0);
        assertEquals("CD", congo.get(congo.size() - 1).place().country());
        List<PlaceMention> none = matcher.findInReport(List.of(
                sentence("Heavy rains flooded roads outside Beni overnight.", Set.of()))).get(0);
        assertEquals("BO", none.get(none.size() - 1).place().country(), "without a hint the larger department stands");
        // The armed groups a report names are the same kind of hint (the extractor passes their countries).
        List<PlaceMention> adf = matcher.findInReport(List.of(
                sentence("Gunmen attacked a village outside Beni overnight, residents said.", Set.of())), Set.of("CD")).get(0);
        assertEquals("CD", adf.get(adf.size() - 1).place().country());
    }

    @Test
    void aNamedVillageAStatedDistanceOffATownIsReadAtThatOffset() {
        // Written for this test: a village the gazetteer lacks, located by distance and bearing from a known town.
        List<PlaceMention> ms = matcher.findInReport(List.of(sentence(
                "Soldiers and RSF fighters clashed at Abu Hadid, a hamlet some 60 km north of El Obeid in Sudan, on Monday.",
                Set.of()))).get(0);
        Place p = ms.stream().filter(m -> m.phrase().text().equals("El Obeid")).findFirst().orElseThrow().place();
        assertEquals("Abu Hadid", p.name());
        assertEquals("SD", p.country());
        assertTrue(p.lat() > 13.6 && p.lat() < 13.9, p.toString());
        // With no name before the distance the town stands, as ACLED codes it.
        List<PlaceMention> bare = matcher.findInReport(List.of(sentence(
                "Aircraft struck fighters about 60 km north of El Obeid in Sudan on Monday.", Set.of()))).get(0);
        assertEquals("El Obeid", bare.stream().filter(m -> m.phrase().text().equals("El Obeid")).findFirst().orElseThrow()
                .place().name(), bare.toString());
    }

    @Test
    void aPartOfADivisionNamedAfterItsTownMayLieBeyondTheTownsQuarters() {
        // Written for this test: Kulachi lies about 40 km west of Dera Ismail Khan, the town its district is named after.
        List<PlaceMention> ms = matcher.findInReport(List.of(sentence(
                "Militants raided a checkpoint in the Kulachi tehsil of Dera Ismail Khan district in Pakistan overnight.",
                Set.of()))).get(0);
        assertTrue(ms.stream().anyMatch(m -> m.place().name().equals("Kulachi")), ms.toString());
    }

    @Test
    void aNigerianLocalGovernmentAreaIsPlacedAtItsSeatTown() {
        // Written for this test: Nigeria's local government areas are named after their seat towns.
        for (String lga : new String[] {"Tsafe Local Government Area", "Tsafe LGA"}) {
            List<PlaceMention> ms = matcher.findInReport(List.of(sentence(
                    "Soldiers fought gunmen near a hamlet in " + lga + " of Zamfara State on Sunday.", Set.of()))).get(0);
            assertTrue(ms.stream().anyMatch(m -> m.place().name().equals("Tsafe")), ms.toString());
        }
    }

    @Test
    void namesGivenAsPlacesReachCountiesContinentsAbbreviationsAndSmallTowns() {
        // Read only for names known to be places: the matcher never looks for them in running text.
        for (String k : new String[] {"laurel county", "europe", "ky", "chiefland"}) {
            assertTrue(gazetteer.lookup(k).isEmpty(), k + " is not for the matcher");
            assertFalse(gazetteer.lookupGiven(k).isEmpty(), k + " is a place when given as one");
        }
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("Laurel County", "Ky.", "Europe", "US", "Orleans Parish"));
        assertEquals("gn-adm2-US.KY.125", r.get(0).id());
        assertEquals(Place.Kind.ADMIN2, r.get(0).kind());
        assertEquals("gn-adm1-US.KY", r.get(1).id());
        assertEquals(Place.Kind.WORLD, r.get(2).kind());
        assertEquals(Place.Kind.COUNTRY, r.get(3).kind(), "initials are read as initials, not as the hamlet Us");
        assertEquals("US", r.get(4).country());
    }

    @Test
    void countriesHaveTheFactbooksPointAndNationalities() {
        // Tunisia at the Factbook's 34 N 9 E, not the mean of its towns, which leans to the coast.
        Country tn = gazetteer.country("TN").orElseThrow();
        assertEquals(34.0, tn.lat(), 0.01);
        assertEquals(9.0, tn.lon(), 0.01);
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("country:GN", given.resolve(List.of("Guinean")).get(0).id());
        assertEquals("country:LA", given.resolve(List.of("Laotian")).get(0).id());
        // A nationality that is also the country's name stays the country, and one two countries claim is neither's.
        assertFalse(gazetteer.demonymKeys().contains("luxembourg"));
        assertFalse(gazetteer.demonymKeys().contains("congolese") && gazetteer.demonymCountry("congolese").orElse("").equals("CG"));
        assertFalse(gazetteer.demonymKeys().contains("dominican"));
    }

    @Test
    void theAdjectiveOfAContinentIsTheContinentOnlyWhereGivenAsAPlace() {
        assertTrue(gazetteer.lookup("european").isEmpty(), "the matcher never reads it");
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("European", "African", "Central African", "Middle Eastern"));
        assertEquals("world-europe", r.get(0).id());
        assertEquals("world-africa", r.get(1).id());
        assertEquals("country:CF", r.get(2).id(), "a country's demonym comes first");
        assertEquals("world-middle-east", r.get(3).id());
        // Regions with no first-level division of their own; an island over a Georgian village of its name.
        assertTrue(gazetteer.lookup("darfur").isEmpty(), "the matcher never reads it");
        List<Place> q = given.resolve(List.of("Darfur", "South Ossetian", "Java"));
        assertEquals("world-darfur", q.get(0).id());
        assertEquals("world-south-ossetia", q.get(1).id());
        assertEquals("world-java", q.get(2).id());
    }

    @Test
    void aGivenNameTheGazetteerLacksIsPlacedAtThePlaceNamedInsideIt() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("Dubai World Cup", "Embassy of the Republic of Armenia"));
        assertEquals("AE", r.get(0).country());
        assertTrue(r.get(0).isPoint());
        assertEquals("country:AM", r.get(1).id());
        // Alone in their report, so with no home to fall back on.
        assertEquals(null, given.resolve(List.of("Royal Street")).get(0), "Street is a kind of place, not the town of Street");
        assertEquals(null, given.resolve(List.of("City Hall")).get(0));
        assertEquals(null, given.resolve(List.of("French Quarter")).get(0), "a demonym inside a name does not place it in the country");
        // The matcher's resolver never guesses from inside a name.
        assertTrue(new PlaceResolver(gazetteer).candidates("Dubai World Cup").isEmpty());
    }

    @Test
    void aGivenNameTheGazetteerLacksLiesInTheTownTheReportIsAbout() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("Frenchmen Street", "Baton Rouge", "New Orleans", "New Orleans",
                "Louisiana"));
        assertEquals(r.get(2), r.get(0), "the report's most named town");
        assertEquals("Louisiana", r.get(2).admin1());
        // A street is named after a place elsewhere: Atlantic Avenue is not in a town called Atlantic.
        List<Place> s = given.resolve(List.of("Atlantic Avenue", "Myrtle Beach"));
        assertEquals(s.get(1), s.get(0));
        // Without a town among the report's places, the area it names most.
        List<Place> t = given.resolve(List.of("Kellevie Road", "Tasmania", "Tasmania", "Australia"));
        assertEquals("gn-adm1-AU.06", t.get(0).id());
        // A region named more often than any town is the home; a country only where nothing smaller is named.
        assertEquals("gn-adm1-AU.06", given.resolve(List.of("Kellevie Road", "Tasmania", "Hobart", "Tasmania")).get(0).id());
        assertEquals("country:AU", given.resolve(List.of("Kellevie Road", "Australia")).get(0).id());
        // The matcher's resolver never guesses.
        assertEquals(null, new PlaceResolver(gazetteer).resolve(List.of("Frenchmen Street", "New Orleans")).get(0));
    }

    @Test
    void theHomeIsWhereTheReportsPlacesGather() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // "Norbury" (a person's name, read as the London district) is named as often as Manassas, but Manassas has
        // Centreville and Gainesville around it.
        List<Place> r = given.resolve(List.of("Maple Lane Elementary", "Norbury", "Norbury", "Manassas", "Manassas",
                "Centreville", "Gainesville"));
        assertEquals("Manassas", r.get(0).name());
        // A place read inside a longer name ("Martha Jones Centre" is no centre in a town called Jones) counts half,
        // and a town read so from one word, far from the home, gives way to the home.
        List<Place> s = given.resolve(List.of("Riverside Clinic", "Martha Jones Centre", "Martha Jones Centre", "Derry",
                "Northern Ireland"));
        assertEquals("Derry", s.get(0).name());
        assertEquals("Derry", s.get(1).name());
        // Not a town named with its kind ("Quebec City").
        assertEquals("CA", given.resolve(List.of("Quebec City", "Dublin", "Dublin")).get(0).country());
        // The home lies in the country the report's names stand for most: not a stray reading named more often.
        List<Place> c = given.resolve(List.of("Sunrise Clinic", "Centre", "Centre", "Centre", "Bengaluru", "Karnataka",
                "India", "Mysuru"));
        assertEquals("IN", c.get(0).country());
        // Words written without a capital are common nouns an annotator marked, not names.
        assertTrue(given.candidates("communities").isEmpty());
        assertEquals(null, given.resolve(List.of("communities")).get(0));
    }

    @Test
    void aBuildingLiesInThePlaceNamedAfterIn() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // "Holy Cross Chapel in Alexandria", in a report mostly on Cairo.
        List<Place> r = given.resolve(List.of("Cairo", "Cairo", "Holy Cross Chapel", "Alexandria", "Old Market Hall"),
                Set.of(), Map.of(), Map.of(2, 3));
        assertEquals("Alexandria", r.get(2).name());
        assertEquals("Cairo", r.get(4).name(), "the home still counts the names read on their own");
        // A place read inside the name that lies in the area after "in" is the finer guess.
        List<Place> s = given.resolve(List.of("Mosul Grand Mosque", "Nineveh Governorate", "Basra"), Set.of(), Map.of(),
                Map.of(0, 1));
        assertEquals("Mosul", s.get(0).name());
    }

    @Test
    void anUnknownNameWithItsCountyAfterACommaLiesInTheCounty() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // "Hollowmere Park, Cheshire" in a report mostly on Kent.
        List<Place> r = given.resolve(List.of("Kent", "Kent", "Hollowmere Park", "Cheshire"), Set.of(), Map.of(2, 3));
        assertEquals(r.get(3), r.get(2));
        assertEquals(Place.Kind.ADMIN2, r.get(2).kind());
        // A town of the name that lies in the county is that town, whatever its namesakes.
        List<Place> d = given.resolve(List.of("Dover", "Kent", "Delaware"), Set.of(), Map.of(0, 1));
        assertEquals("GB", d.get(0).country());
    }

    @Test
    void aCityNameInACommaListOfRegionsIsARegion() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // "cases in Idaho, Washington, Nevada and Texas": the state, not the capital.
        List<Place> r = given.resolve(List.of("Idaho", "Washington", "Nevada", "Texas"), Set.of(), Map.of(0, 1, 1, 2));
        assertEquals("gn-adm1-US.WA", r.get(1).id());
        // A city with the region holding it after the comma stays the city.
        List<Place> d = given.resolve(List.of("Washington", "D.C.", "Baltimore", "Maryland"), Set.of(), Map.of(0, 1, 2, 3));
        assertEquals(Place.Kind.TOWN, d.get(0).kind());
        assertEquals("Baltimore", d.get(2).name());
        // "a farm in Washington state": the state.
        List<Place> w = given.resolve(List.of("Seattle", "Washington"), Set.of(), Map.of(), Map.of(), Set.of(1));
        assertEquals("gn-adm1-US.WA", w.get(1).id());
    }

    @Test
    void anOrganisationNamedAfterAnAreaStandsForIt() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("world-europe", given.candidates("European Fisheries Council").get(0).id());
        assertEquals("world-europe", given.candidates("Court of Auditors of Europe").get(0).id());
        assertEquals("country:NO", given.candidates("Norwegian Academy of Music").get(0).id());
        // An adjective and one word naming a kind of place, or a school abroad, is no sign of where it lies.
        assertTrue(given.candidates("Russian Embassy").isEmpty());
        assertTrue(given.candidates("British International School").isEmpty());
    }

    @Test
    void aSmallFarTownNothingElseLiesNearGivesWayToTheHome() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // A report on a Yorkshire town that names its old cinema by one word.
        List<Place> r = given.resolve(List.of("Dewsbury", "Dewsbury", "Ossett", "Pioneer"));
        assertEquals("Dewsbury", r.get(3).name(), r.get(3).toString());
        // Not a town of another country the report names.
        List<Place> d = given.resolve(List.of("Ankara", "Ankara", "Konya", "Germany", "Visbek"));
        assertEquals("DE", d.get(4).country());
    }

    @Test
    void initialsStandForAPlaceTheReportNamesInFull() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("country:TT", given.resolve(List.of("Trinidad and Tobago", "Port of Spain", "T&T")).get(2).id());
        assertEquals("KwaZulu-Natal", given.resolve(List.of("KwaZulu-Natal", "Durban", "KZN")).get(2).name());
        assertEquals("country:ZA", given.resolve(List.of("South Africans", "SA")).get(1).id());
        assertEquals("KZN", PlaceResolver.initials("KwaZulu-Natal"));
        // The first part of a country or region named "X and Y".
        assertEquals("country:BA", given.resolve(List.of("Bosnia")).get(0).id());
        assertEquals("Newfoundland and Labrador", given.resolve(List.of("Newfoundland")).get(0).name());
        // Without the name in full, no guess from the letters.
        assertTrue(given.candidates("KZN").isEmpty());
    }

    @Test
    void aNameWrittenWithItsAreaAfterACommaLiesInThatArea() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("Paris", "Idaho", "Boise"), Set.of(), Map.of(0, 1));
        assertEquals("Idaho", r.get(0).admin1());
        List<Place> c = given.resolve(List.of("Churchill", "Man.", "Churchill", "Winnipeg", "US"), Set.of(), Map.of(0, 1));
        assertEquals("Manitoba", c.get(0).admin1());
        assertEquals(c.get(0), c.get(2), "the report means one Churchill");
        assertEquals("country:CN", given.resolve(List.of("China", "Japan"), Set.of(), Map.of(0, 1)).get(0).id(),
                "a list of countries, not a town of China in Japan");
        assertTrue(given.resolve(List.of("Montreal", "Quebec City"), Set.of(), Map.of(0, 1)).get(1).isPoint(),
                "Quebec City is the city, not the province");
    }

    @Test
    void aPlaceInsideANamedNeighboursBoxBeatsAFarNamesake() {
        // The report names Israel and Egypt, not the Palestinian territories: Gaza is not the province in Mozambique.
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("PS", given.resolve(List.of("Gaza", "Israel", "Egypt")).get(0).country());
        assertEquals("PS", new PlaceResolver(gazetteer).resolve(List.of("Israel", "Gaza")).get(1).country());
    }

    @Test
    void aCountryNamedLikeATownAmongTheReportsOwnPlacesIsTheTown() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // Every other place in Minnesota, Shakopee beside it: Jordan, Minnesota.
        Place jordan = given.resolve(List.of("Jordan", "Shakopee")).get(0);
        assertEquals("US", jordan.country());
        assertTrue(jordan.isPoint());
        // A report that also names a third country means the country.
        assertEquals("country:JO", given.resolve(List.of("Jordan", "Shakopee", "Germany")).get(0).id());
        assertEquals("country:JO", given.resolve(List.of("Jordan", "Amman")).get(0).id());
    }

    @Test
    void aRepeatedNameDoesNotVoteForItsOwnCountry() {
        // Dublin named three times in a report on Ohio is Dublin, Ohio.
        List<Place> r = new PlaceResolver(gazetteer).resolve(List.of("Dublin", "Ohio", "Dublin", "Dublin"));
        assertEquals("US", r.get(0).country());
        assertEquals("Ohio", r.get(0).admin1());
    }

    @Test
    void regionsHaveTheSpellingsOfTheNews() {
        for (String k : new String[] {"bryansk oblast", "bryansk region", "kherson oblast", "kherson region",
                "belgorod oblast", "idlib province", "borno state", "helmand province", "khyber pakhtunkhwa"}) {
            assertTrue(gazetteer.lookup(k).stream().anyMatch(p -> p.kind() == Place.Kind.ADMIN1), k);
        }
    }

    @Test
    void handWrittenRowsWin() {
        // The derived Erbil and Tyre are the hand-written ones, which keep their ids and learn the derived spellings.
        assertEquals(List.of("iq-erbil"), ids(gazetteer.lookup("erbil"), Place.Kind.TOWN));
        assertTrue(ids(gazetteer.lookup("mossul"), Place.Kind.TOWN).contains("iq-mosul"));
        // A derived region named like a hand-written one is left out; its towns name the hand-written region.
        assertEquals(List.of("ua-donetsk-obl"), ids(gazetteer.lookup("donetsk oblast"), Place.Kind.ADMIN1));
        Place kramatorsk = gazetteer.lookup("kramatorsk").get(0);
        assertEquals("Donetsk Oblast", kramatorsk.admin1());
        Place hit = only(gazetteer.lookup("hit"), "IQ");
        assertEquals("Anbar", hit.admin1());
        assertFalse(gazetteer.isDerived(gazetteer.place("iq-erbil").orElseThrow()));
        assertTrue(gazetteer.isDerived(hit));
    }

    @Test
    void commonWordsAreNoPlaces() {
        assertTrue(gazetteer.lookup("police").isEmpty(), "Police, Poland");
        assertTrue(gazetteer.lookup("march").isEmpty());
        assertEquals(Gazetteer.StopRule.REPORT_COUNTRY, gazetteer.stopRule("hit"));
        assertTrue(names("Police said the strike hit a market in Kherson on Sunday.", Set.of("UA"))
                .equals(List.of("Kherson")));
        assertEquals(List.of(), names("Of the dead, most were in Reading.", Set.of()));
    }

    @Test
    void realTownsThatAreWordsNeedTheirCountry() {
        assertEquals(List.of("Hīt"), placeNames("Two rockets struck Hit overnight.", Set.of("IQ")));
        assertEquals(List.of(), placeNames("Two rockets struck Hit in the night.", Set.of("UA")));
        assertEquals(List.of(), placeNames("Hit by a drone, the tanker burned.", Set.of("IQ")));
        assertEquals(List.of("Van"), placeNames("Police in Van detained two men.", Set.of("TR")));
    }

    @Test
    void aFarBigCityBeatsASmallNamesakeInTheReportsCountry() {
        List<PlaceMention> found = matcher.find(sentence("Talks resumed in Paris and Geneva.", Set.of()), Set.of("US"));
        assertEquals(List.of("FR", "CH"), found.stream().map(m -> m.place().country()).toList());
        // ... but a sizeable town of the report's country stands, and so does any hand-written place.
        assertEquals("LB", matcher.find(sentence("Clashes in Tripoli.", Set.of()), Set.of("LB")).get(0).place().country());
        assertEquals("ps-rafah", matcher.find(sentence("A raid in Rafah.", Set.of()), Set.of("EG")).get(0).place().id());
        assertEquals("Jisr ash Shughūr", placeNames("Jets struck Jisr al-Shughur.", Set.of("SY")).get(0));
    }

    @Test
    void farPlacesInsideLongerNamesAreNoPlaces() {
        assertEquals(List.of("the Gulf of Aden"),
                names("A missile set the tanker Marlin Luanda ablaze in the Gulf of Aden.", Set.of("YE", "US")));
    }

    @Test
    void theFastKeyIsNamesKey() {
        List<String> names = new ArrayList<>(List.of("Ain al-Asad", "Kata'ib", "  St. John's ", "A--B", "x_y",
                "Washington, D.C.", "a ' b", "`Ein Gannim", "Sana\u2019a", "Qeładizê", "", " - "));
        for (TsvRows.Row r : TsvRows.resource(Gazetteer.class, "world-places.tsv.gz")) {
            names.add(r.get("name"));
            names.addAll(r.list("aliases"));
        }
        for (String n : names) assertEquals(Names.key(n), Gazetteer.key(n), n);
    }

    @Test
    void aPossessiveIsNoPartOfAName() {
        // "the ELF's own shells": the key of "ELF's" drops the apostrophe; "AA's" would be "Aas", a Norwegian town.
        String text = "caused by the AA's own ammunition in Sittwe";
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (String w : List.of("caused", "by", "the", "AA", "'s", "own", "ammunition", "in", "Sittwe")) {
            int start = text.indexOf(w, at);
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NNP", "O", start, start + w.length()));
            at = start + w.length();
        }
        Sentence s = new Sentence(0, 0, 0, text.length(), text, tokens, List.of());
        List<String> found = new ArrayList<>();
        for (PlaceMention m : matcher.find(s, Set.of("MM"))) found.add(m.phrase().text());
        assertEquals(List.of("Sittwe"), found);
    }

    @Test
    void peopleAreNoPlaces() {
        Sentence s = sentence("Hassan Nasrallah spoke in Beirut.", Set.of("Hassan", "Nasrallah"));
        List<String> found = new ArrayList<>();
        for (PlaceMention m : matcher.find(s, Set.of("LB"))) found.add(m.place().name());
        assertEquals(List.of("Beirut"), found);
    }

    @Test
    void aTownGivenAsTheCapitalOfAProvinceIsThatTownThoughTaggedAPerson() {
        // The tagger reads "Djibo" as someone; the apposition says it is a capital. The derived point of Soum
        // province lies far from Djibo, which the wording still places in it.
        Sentence s = sentence("Fighters attacked Djibo , the besieged capital of Soum province , on Monday .", Set.of("Djibo"));
        List<String> found = new ArrayList<>();
        for (PlaceMention m : matcher.findInReport(List.of(s)).get(0)) found.add(m.place().id());
        assertTrue(found.contains("gn-2361177"), found.toString());
    }

    @Test
    void aPlaceInANamedDistrictIsNoHomonymElsewhereInTheCountry() {
        // Khurai of Madhya Pradesh is no place in Imphal East district; "Imphal East" is the district of Imphal.
        Sentence s = sentence("Police arrested them in Khurai in Imphal East district of Manipur on Thursday .", Set.of());
        List<String> found = new ArrayList<>();
        for (PlaceMention m : matcher.findInReport(List.of(s)).get(0)) found.add(m.place().name());
        assertFalse(found.contains("Khurai"), found.toString());
        assertTrue(found.contains("Imphal"), found.toString());
    }

    private static List<String> names(String text, Set<String> countries) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : matcher.find(sentence(text, Set.of()), countries)) out.add(m.phrase().text());
        return out;
    }

    private static List<String> placeNames(String text, Set<String> countries) {
        List<String> out = new ArrayList<>();
        for (PlaceMention m : matcher.find(sentence(text, Set.of()), countries)) out.add(m.place().name());
        return out;
    }

    @Test
    void namesGivenAsPlacesReachUkCountiesAndBareCountyNames() {
        // ISO 3166-2 subdivisions that are no first-level region: read only for names given as places.
        assertTrue(gazetteer.lookup("fife").stream().noneMatch(p -> p.country().equals("GB")), "not for the matcher");
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        List<Place> r = given.resolve(List.of("Kent", "England", "Surrey", "County Clare"));
        assertEquals("rc-GB.KEN", r.get(0).id());
        assertEquals("rc-GB.SRY", r.get(2).id());
        assertEquals("rc-IE.CE", r.get(3).id());
        // A county named without its "County": where nothing else bears the name, and beside towns of that name.
        assertEquals(Place.Kind.ADMIN2, given.resolve(List.of("Oconee")).get(0).kind());
        assertEquals("US", given.resolve(List.of("Miami-Dade")).get(0).country());
        assertEquals("gn-adm1-US.DE", given.resolve(List.of("Delaware")).get(0).id(), "a state's name stays the state");
    }

    @Test
    void aTownAnAirportServesIsNoNameOfTheAirport() {
        // OurAirports writes "Winnipeg / St. Andrews Airport", "Ottawa / Gatineau Airport".
        for (String k : new String[] {"winnipeg", "ottawa", "montreal", "calgary"}) {
            assertTrue(gazetteer.lookup(k).stream().noneMatch(p -> p.kind() == Place.Kind.SITE), k);
        }
        assertFalse(gazetteer.lookup("st andrews airport").isEmpty());
    }

    @Test
    void anAirportGivenByItsOwnNameIsTheAirportOnlyWhereGivenAsAPlace() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("oa-EGLL", given.resolve(List.of("Heathrow")).get(0).id());
        assertEquals("oa-EHAM", given.resolve(List.of("Schiphol")).get(0).id());
        assertEquals("oa-KIAD", given.resolve(List.of("Dulles International Airport")).get(0).id());
        // In running text "Heathrow" stays what the matcher reads it as; and a place the airport also serves is no
        // name of it ("Fort Lauderdale Hollywood International Airport", "Kalamazoo Battle Creek ...").
        assertTrue(gazetteer.lookup("heathrow").stream().noneMatch(p -> p.kind() == Place.Kind.SITE));
        assertTrue(gazetteer.lookupGiven("hollywood").stream().noneMatch(p -> p.kind() == Place.Kind.SITE));
        assertTrue(gazetteer.lookupGiven("battle").stream().noneMatch(p -> p.kind() == Place.Kind.SITE));
    }

    @Test
    void aCityOfHalfAMillionBeatsItsNamesakesInTheReportsCountry() {
        // A report on Syria that names Russia: Paris is not the village Parizh in Chelyabinsk Oblast.
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        assertEquals("FR", given.resolve(List.of("Paris", "Russia", "Syria", "Aleppo")).get(0).country());
    }

    @Test
    void countryNamesAreAlsoReadWithoutTheTheOfOfThe() {
        assertEquals("country:CD", gazetteer.lookup("democratic republic of congo").get(0).id());
        assertEquals("country:CG", gazetteer.lookup("republic of congo").get(0).id());
    }

    @Test
    void resolvesWithCountiesAndCountriesTheReportNames() {
        PlaceResolver given = PlaceResolver.forGivenNames(gazetteer);
        // A town inside a county of the report (Huntsville, Texas, is the seat of Walker County).
        List<Place> r = given.resolve(List.of("Walker County", "Huntsville"));
        assertEquals("Texas", r.get(1).admin1());
        // "Canada" counts as named although hamlets and La Cañada bear the name: Vancouver, British Columbia.
        r = given.resolve(List.of("Vancouver", "Canada", "US"));
        assertEquals("CA", r.get(0).country());
        // A country named like a town in a county the report names.
        r = given.resolve(List.of("Lebanon", "Boone County", "Lebanon", "Boone County"));
        assertEquals("US", r.get(0).country());
        assertEquals("Indiana", r.get(0).admin1());
    }

    private static List<String> ids(List<Place> places, Place.Kind kind) {
        List<String> out = new ArrayList<>();
        for (Place p : places) if (p.kind() == kind) out.add(p.id());
        return out;
    }

    private static Place only(List<Place> places, String country) {
        Place found = null;
        for (Place p : places) if (p.country().equals(country)) found = p;
        assertNotNull(found, country);
        return found;
    }

    /** A sentence tokenised on words and punctuation; {@code persons} get the PERSON tag. */
    static Sentence sentence(String text, Set<String> persons) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = Pattern.compile("\\w+(?:[-']\\w+)*|\\S").matcher(text);
        while (m.find()) {
            String w = m.group();
            tokens.add(new Token(tokens.size(), w, w.toLowerCase(), "NNP", persons.contains(w) ? "PERSON" : "O",
                    m.start(), m.end()));
        }
        return new Sentence(0, 0, 0, text.length(), text, tokens, List.of());
    }
}
