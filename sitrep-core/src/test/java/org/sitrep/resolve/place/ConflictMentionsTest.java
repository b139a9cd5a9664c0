package org.sitrep.resolve.place;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sitrep.refdata.TsvRows;

/**
 * The table of conflict-zone place mentions ({@code conflict-mentions.tsv}): every spelling resolves to its place,
 * in the bundled gazetteer, with only the countries the report names as context.
 */
class ConflictMentionsTest {
    private static PlaceResolver resolver;

    @BeforeAll
    static void load() {
        resolver = new PlaceResolver(Gazetteer.bundled());
    }

    static Stream<Arguments> mentions() {
        return TsvRows.resource(ConflictMentionsTest.class, "conflict-mentions.tsv").stream()
                .map(r -> Arguments.of(r.required("mention"), Set.copyOf(r.list("report_countries")),
                        r.number("lat"), r.number("lon"), r.required("country"), r.number("max_km")));
    }

    @Test
    void theTableCoversTheTheatres() {
        List<TsvRows.Row> rows = TsvRows.resource(ConflictMentionsTest.class, "conflict-mentions.tsv");
        assertTrue(rows.size() >= 100, rows.size() + " rows");
        Set<String> countries = Set.copyOf(rows.stream().map(r -> r.required("country")).toList());
        assertTrue(countries.containsAll(Set.of("IQ", "SY", "JO", "YE", "LB", "IL", "PS", "UA", "SD", "ML", "BF", "NE")),
                countries.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mentions")
    void mentionResolvesToItsPlace(String mention, Set<String> reportCountries, double lat, double lon, String country,
                                   double maxKm) {
        Place p = resolver.resolve(mention, reportCountries);
        assertNotNull(p, mention + ": no place");
        assertEquals(country, p.country(), mention + " -> " + p.id());
        double km = Place.distanceKm(lat, lon, p.lat(), p.lon());
        assertTrue(km <= maxKm, mention + " -> " + p.id() + " " + p.name() + " is " + Math.round(km) + " km away");
    }
}
