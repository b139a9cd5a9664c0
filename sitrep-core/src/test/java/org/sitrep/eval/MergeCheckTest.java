package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;

class MergeCheckTest {
    @TempDir
    Path dir;

    private static final String NUSEIRAT = """
            {"kind": "event", "id": "nuseirat", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "date": "2024-07-10", "location": "Nuseirat", "lat": 31.45, "lon": 34.39, "geo_precision": 1}""";
    private static final String SHEIKH_RADWAN = """
            {"kind": "event", "id": "sheikh-radwan", "event_type": "Explosions/Remote violence", "sub_event_type": "Air/drone strike", "date": "2024-07-10", "location": "Sheikh Radwan", "lat": 31.53, "lon": 34.46, "geo_precision": 1}""";

    private GoldCorpus gold() throws IOException {
        Files.writeString(dir.resolve("a.html.gold.jsonl"), """
                {"kind": "document", "published": "2024-07-11"}
                """ + NUSEIRAT + "\n" + SHEIKH_RADWAN + "\n");
        Files.writeString(dir.resolve("b.html.gold.jsonl"), """
                {"kind": "document", "published": "2024-07-12"}
                """ + NUSEIRAT + "\n");
        return GoldCorpus.load(dir);
    }

    private static Event event(String id, List<String> reports, List<Evidence> evidence) {
        return new Event(id, EventType.AIR_DRONE_STRIKE, "2024-07-10", DatePrecision.DAY, null, null, null, null,
                "Nuseirat", "p1", null, "PS", 31.4486, 34.3925, 1, "airstrike", ClaimStatus.REPORTED, List.of(), null,
                null, null, evidence, reports, null);
    }

    private static Evidence ev(String report, String field, String text) {
        return new Evidence(report, 0, 0, text.length(), text, field);
    }

    private static final Map<String, String> SOURCES = Map.of("ra", "reports/a.html", "rb", "reports/b.html");

    @Test
    void oneRecordPerRealEventAndNoMerge() throws IOException {
        Event e = event("e1", List.of("ra", "rb"), List.of(ev("ra", "trigger", "strike"), ev("ra", "place", "Nuseirat"),
                ev("rb", "trigger", "strike")));
        MergeCheck.Figures f = new MergeCheck().check(gold(), List.of(e), SOURCES);
        assertEquals(1, f.realEvents());
        assertEquals(1.0, f.perRealEvent());
        assertEquals(List.of(), f.merged());
    }

    @Test
    void aRealEventRecordedTwiceIsCounted() throws IOException {
        Event a = event("e1", List.of("ra"), List.of(ev("ra", "trigger", "strike")));
        Event b = event("e2", List.of("rb"), List.of(ev("rb", "trigger", "strike")));
        MergeCheck.Figures f = new MergeCheck().check(gold(), List.of(a, b), SOURCES);
        assertEquals(2.0, f.perRealEvent());
        assertEquals(List.of("nuseirat: [e1, e2]"), f.duplicated());
    }

    @Test
    void aMentionOfAnotherRealEventFoldedInIsAMerge() throws IOException {
        Event e = event("e1", List.of("ra"), List.of(ev("ra", "trigger", "strike"), ev("ra", "place", "Nuseirat"),
                ev("ra", "trigger", "strike"), ev("ra", "actor2", "on a house in the Sheikh Radwan neighbourhood")));
        MergeCheck.Figures f = new MergeCheck().check(gold(), List.of(e), SOURCES);
        assertEquals(List.of("sheikh-radwan inside e1 (recorded as nuseirat)"), f.merged());
    }
}
