package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sitrep.resolve.actor.ActorMatch;
import org.sitrep.resolve.actor.ActorResolver;

class PetrActorDictionaryTest {
    private static final List<String> LINES = List.of(
            "<!-- a made-up dictionary in PETRARCH's layout -->",
            "# a comment line",
            "NORTHLAND_  [NTH]",
            "+NORTHLANDERS",
            "+NORTH_CAPITAL  # an alias with a comment",
            "",
            "RIVER_TOWN",
            "\t[RVT]",
            "",
            "OLD_KING  # codes by date only",
            "\t[KNG < 990101]",
            "\t[KNGGOV 19990101 - 20031231]",
            "\t[KNGREB >040201]",
            "SOUTH_ARMY [STHMIL]");

    private final PetrActorDictionary dict = PetrActorDictionary.parse(LINES, "test.txt");

    @Test
    void readsNamesAliasesAndCodes() {
        List<PetrActorDictionary.Entry> e = dict.entries();
        assertEquals(4, e.size());
        assertEquals(List.of("NORTHLAND", "NORTHLANDERS", "NORTH CAPITAL"), e.get(0).names());
        assertEquals(Optional.of("NTH"), dict.code(e.get(0).id(), LocalDate.of(2000, 1, 1)));
        assertEquals(Optional.of("RVT"), dict.code(e.get(1).id(), LocalDate.of(2000, 1, 1)));
    }

    @Test
    void dateRestrictedCodesFollowTheDate() {
        String king = dict.entries().get(2).id();
        assertEquals(Optional.of("KNG"), dict.code(king, LocalDate.of(1998, 12, 31)));
        assertEquals(Optional.of("KNGGOV"), dict.code(king, LocalDate.of(1999, 1, 1)));
        assertEquals(Optional.of("KNGGOV"), dict.code(king, LocalDate.of(2003, 12, 31)));
        assertEquals(Optional.empty(), dict.code(king, LocalDate.of(2004, 1, 15)));
        assertEquals(Optional.of("KNGREB"), dict.code(king, LocalDate.of(2004, 2, 1)));
        assertEquals(Optional.empty(), dict.code("usa-mil", LocalDate.of(2004, 1, 1)));
    }

    @Test
    void sitrepsResolverFindsTheEntriesByAlias() {
        ActorResolver resolver = new ActorResolver(dict.registry());
        ActorMatch m = resolver.resolve("the North Capital authorities", LocalDate.of(2000, 1, 1)).orElseThrow();
        assertEquals(Optional.of("NTH"), dict.code(m.actor().id(), LocalDate.of(2000, 1, 1)));
        assertTrue(resolver.resolve("South Army", null).orElseThrow().actor().isState());
    }

    @Test
    void badLinesFailWithFileAndLine() {
        assertEquals("d.txt:1: an alias before any name",
                assertThrows(IllegalArgumentException.class, () -> PetrActorDictionary.parse(List.of("+ALIAS"), "d.txt")).getMessage());
        assertEquals("d.txt:2: cannot read the date restriction 'soon'",
                assertThrows(IllegalArgumentException.class,
                        () -> PetrActorDictionary.parse(List.of("X", "[XX soon]"), "d.txt")).getMessage());
        assertEquals("d.txt:1: bad date in 'XX <991399'",
                assertThrows(IllegalArgumentException.class,
                        () -> PetrActorDictionary.parse(List.of("X [XX <991399]"), "d.txt")).getMessage());
    }
}
