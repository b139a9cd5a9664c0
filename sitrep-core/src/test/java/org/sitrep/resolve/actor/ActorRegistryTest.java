package org.sitrep.resolve.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sitrep.refdata.Names;

class ActorRegistryTest {
    private static final ActorRegistry BUNDLED = ActorRegistry.bundled();

    private static Path fixture(String name) {
        try {
            return Path.of(ActorRegistryTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String loadFailure(String actors, String people) {
        return assertThrows(IllegalArgumentException.class,
                () -> ActorRegistry.load(fixture(actors), fixture(people))).getMessage();
    }

    @Test
    void goodFixtureLoadsAndGenericDescriptionsMayShareAnAlias() {
        ActorRegistry r = ActorRegistry.load(fixture("good-actors.tsv"), fixture("good-people.tsv"));
        assertEquals(3, r.size());
        assertEquals(2, r.actorsByKey("militias").size());
    }

    @Test
    void actorsOfTwoCountriesMayShareAnAlias() {
        // Pakistan's and Somalia's governments both call their insurgents "the Khawarij".
        assertEquals(2, ActorRegistry.bundled().actorsByKey("khawarij").size());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "bad-country-actors.tsv; good-people.tsv; bad-country-actors.tsv:2: country must be an ISO 3166-1 alpha-2 code: IRQ",
            "lowercase-country-actors.tsv; good-people.tsv; lowercase-country-actors.tsv:2: country must be an ISO 3166-1 alpha-2 code: iq",
            "bad-type-actors.tsv; good-people.tsv; bad-type-actors.tsv:2: unknown type warlord",
            "shared-alias-actors.tsv; good-people.tsv; shared-alias-actors.tsv:3: alias 'the brigade' names both a1 (line 2) and a2",
            "unknown-umbrella-actors.tsv; good-people.tsv; a1: unknown umbrella none",
            "duplicate-id-actors.tsv; good-people.tsv; duplicate actor id a1",
            "good-actors.tsv; reversed-dates-people.tsv; reversed-dates-people.tsv:2: from 2021-01-01 is after to 2020-01-01",
            "good-actors.tsv; bad-date-people.tsv; bad-date-people.tsv:2: bad date: 2021-13-01",
            "good-actors.tsv; unknown-organisation-people.tsv; p1: unknown organisation nobody"})
    void badFileFailsWithFileLineAndReason(String actors, String people, String message) {
        assertTrue(loadFailure(actors, people).endsWith(message), () -> loadFailure(actors, people));
    }

    @Test
    void bundledFilesLoadWithEveryGoldCanonicalName() {
        // Canonical names the development gold and the samples' gold use (actor1, actor2, claimed_by, speakers).
        for (String name : new String[] {"Military Forces of the United States", "Islamic Resistance in Iraq",
                "Military Forces of Israel", "Ansar Allah", "Military Forces of Russia", "Hezbollah",
                "Government of Ukraine", "Commercial shipping", "US Department of Defense", "Rapid Support Forces",
                "Military Forces of Turkey", "Iran-backed militias", "Military Forces of Mali", "Kata'ib Hezbollah",
                "Sudanese Armed Forces", "Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State",
                "Police Forces of Pakistan", "Kurdistan Workers' Party", "Al-Shabaab", "Tehrik-i-Taliban Pakistan",
                "United Nations Interim Force in Lebanon", "United Kingdom Maritime Trade Operations",
                "Hay'at Tahrir al-Sham", "Security Service of Ukraine", "National Police of Ukraine",
                "Protesters (Niger)", "Rioters (Lebanon)", "Autonomous Administration of North and East Syria",
                "Turkish Ministry of National Defence", "Gaza Ministry of Health", "Syrian Civil Defence",
                "Russian Centre for the Reconciliation of Opposing Parties in Syria", "Civilians"}) {
            assertTrue(!BUNDLED.actorsByKey(Names.key(name)).isEmpty(), name);
            assertEquals(name, BUNDLED.actorsByKey(Names.key(name)).get(0).name());
        }
    }

    @Test
    void projectRowsWinOverPhoenixRows() {
        assertTrue(BUNDLED.derivedSize() > 1000, "Phoenix rows loaded");
        // Phoenix codes "The Islamic Resistance" as Lebanese Hezbollah; the project's alias wins.
        assertEquals("iri", BUNDLED.actorsByKey("the islamic resistance in iraq").get(0).id());
        assertTrue(BUNDLED.actorsByKey("the islamic resistance").isEmpty());
        assertEquals("hezbollah", BUNDLED.actorsByKey("hizbullah").get(0).id());
        assertEquals("pij", BUNDLED.actorsByKey("islamic jihad").get(0).id());
        assertEquals("usa-dod", BUNDLED.actorsByKey("pentagon").get(0).id());
    }

    @Test
    void everyTitleHolderIsOneOfTheRegistrysActorsAndDatesAreOrdered() {
        Set<String> seen = new HashSet<>();
        for (String key : new String[] {"pentagon spokesman", "us defense secretary", "kharkiv governor"}) {
            BUNDLED.peopleByKey(key, LocalDate.of(2024, 6, 1)).forEach(p -> {
                assertTrue(BUNDLED.actor(p.organisation()).isPresent(), p.id());
                assertTrue(p.from() == null || p.to() == null || !p.from().isAfter(p.to()), p.id());
                seen.add(p.id());
            });
        }
        assertEquals(Set.of("pat-ryder", "lloyd-austin", "oleh-syniehubov"), seen);
    }
}
