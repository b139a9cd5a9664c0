package org.sitrep.export;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Paragraph;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/** Hand-built content for the exporter tests: text with commas, quotes, line breaks and non-ASCII letters. */
final class ExportFixtures {
    static final String TEXT = "Drones struck \"Al Asad\", Anbar.\nErbil was hit too.";

    private ExportFixtures() {
    }

    static Report report(String id, String outlet) {
        return new Report(id, "in/" + id, "https://example.org/" + id, outlet, "Title, with comma",
                LocalDate.of(2024, 10, 21), null, "en", TEXT, List.of(new Paragraph(0, 0, TEXT.length(), TEXT)), 0);
    }

    static Evidence evidence(String report) {
        return new Evidence(report, 0, 0, TEXT.length(), TEXT, "trigger");
    }

    /** Claimed by one group, confirmed by the target, at Al Asad; reported by r1 and r2. */
    static Event located() {
        List<Claim> claims = List.of(
                new Claim(ClaimKind.CONFIRM, "Military Forces of the United States", "usa-mil", "2024-10-22",
                        "press briefing", evidence("r2")),
                new Claim(ClaimKind.CLAIM, "Islamic Resistance in Iraq", "irq-ir", "2024-10-21", "Telegram",
                        evidence("r1")),
                new Claim(ClaimKind.CLAIM, "Someone Else", null, null, null, evidence("r2")));
        return new Event("e-asad", EventType.AIR_DRONE_STRIKE, "2024-10-21", DatePrecision.DAY,
                "Islamic Resistance in Iraq", "irq-ir", "Military Forces of the United States", "usa-mil",
                "Al Asad Air Base", "gaz-1", "Al Anbar", "IQ", 33.7856, 42.4412, 1, "drone", ClaimStatus.CONFIRMED,
                claims, 0, 2, "material damage only", List.of(evidence("r1"), evidence("r2")), List.of("r1", "r2"),
                "Drones struck the base, \"no damage\" said a spokesman,\nand the group claimed it.");
    }

    /** Everything unstated; a date range in Syria; no coordinates. */
    static Event unlocated() {
        return new Event("e-syria", EventType.SHELLING_MISSILE, "2024-10-17/2024-10-19", DatePrecision.RANGE,
                "Ḥarakat al-Nujabāʼ", null, null, null, null, null, null, "SY", null, null, null, null,
                ClaimStatus.REPORTED, List.of(), null, null, null, List.of(), List.of("r2"), null);
    }

    /** Outside every tally's window. */
    static Event later() {
        return new Event("e-late", EventType.ARMED_CLASH, "2024-12-01", DatePrecision.DAY, null, null, null, null,
                "Tiny place", null, null, "IQ", 0.0001, -0.00005, 2, null, ClaimStatus.REPORTED, List.of(), null,
                null, null, List.of(), List.of("r3"), null);
    }

    static Tally tally() {
        return new Tally("t1", "r2", 16, "at least", "2024-10-17", "2024-10-26", "attacks", List.of("IQ", "SY"),
                "Pentagon", "Pat Ryder", "2024-10-27", List.of(evidence("r2")));
    }

    /** "About 3 attacks in Iraq since October", stated at the end of October. */
    static Tally iraqOnlyTally() {
        return new Tally("t2", "r2", 3, "about", "2024-10", null, "attacks", List.of("iq"), null, null, "2024-10-31",
                List.of());
    }

    static Tally windowlessTally() {
        return new Tally("t3", "r1", 100, "more than", null, null, "attacks", List.of(), null, null, null, List.of());
    }

    static Statement statement() {
        return new Statement("s1", "r1", "Pat Ryder", null, "2024-10-21", DatePrecision.DAY, "ACCUSE",
                "Islamic Resistance in Iraq", "Blamed Iran-backed groups.", "\u2028We will respond.", List.of());
    }

    static ExportContent content() {
        return new ExportContent(List.of(report("r1", "Example News"), report("r2", null), report("r4", "Other")),
                List.of(unlocated(), located(), later()), List.of(tally(), iraqOnlyTally(), windowlessTally()),
                List.of(statement()));
    }
}
