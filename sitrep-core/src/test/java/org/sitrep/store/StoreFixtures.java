package org.sitrep.store;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.MentionLink;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.model.Statement;
import org.sitrep.model.Tally;

/** Hand-built records for the store tests; no models needed. */
final class StoreFixtures {
    static final String TEXT = "Drones struck Al Asad Air Base on Monday.\n\nThe group claimed the attack.";
    static final int FIRST_END = TEXT.indexOf('\n');
    static final int SECOND_START = TEXT.indexOf("The group");

    private StoreFixtures() {
    }

    static Report report(String id) {
        return new Report(id, "reports/" + id + ".html", "https://example.org/" + id, "Example News", "Drones hit base",
                LocalDate.of(2024, 10, 21), "BAGHDAD", "en", TEXT,
                List.of(new Paragraph(0, 0, FIRST_END, TEXT.substring(0, FIRST_END)),
                        new Paragraph(1, SECOND_START, TEXT.length(), TEXT.substring(SECOND_START))),
                1);
    }

    static Evidence evidence(String report, String field) {
        return new Evidence(report, 0, 0, 6, "Drones", field);
    }

    /** An event at Al Asad Air Base with a claim, evidence from {@code report} and every field filled. */
    static Event event(String id, String report) {
        Claim claim = new Claim(ClaimKind.CLAIM, "Islamic Resistance in Iraq", "irq-ir", "2024-10-21", "Telegram",
                new Evidence(report, 1, SECOND_START, TEXT.length(), TEXT.substring(SECOND_START), "claim"));
        return new Event(id, EventType.AIR_DRONE_STRIKE, "2024-10-21", DatePrecision.DAY,
                "Islamic Resistance in Iraq", "irq-ir", "Military Forces of the United States", "usa-mil",
                "Al Asad Air Base", "gaz-1", "Al Anbar", "IQ", 33.7856, 42.4412, 1, "drone", ClaimStatus.CLAIMED,
                List.of(claim), 0, 2, "material damage only", List.of(evidence(report, "trigger")), List.of(report),
                "Drones struck Al Asad Air Base.");
    }

    /** A sparse event: everything the reports may leave out is null. */
    static Event bareEvent(String id, EventType type, String date, String country, String actor1, Double lat,
                           Double lon) {
        return new Event(id, type, date, date == null ? DatePrecision.UNKNOWN : DatePrecision.DAY, actor1, null,
                null, null, null, null, null, country, lat, lon, null, null, ClaimStatus.REPORTED, List.of(), null,
                null, null, List.of(), List.of("r0"), null);
    }

    static MentionLink mention(String id, String report, String event) {
        return new MentionLink(id, report, event, 0, evidence(report, "trigger"), EventType.AIR_DRONE_STRIKE);
    }

    static Tally tally(String id, String report) {
        return new Tally(id, report, 16, "at least", "2024-10-17", "2024-10-26", "attacks", List.of("IQ", "SY"),
                "Pentagon", "Pat Ryder", "2024-10-27", List.of(evidence(report, "tally")));
    }

    static Statement statement(String id, String report) {
        return new Statement(id, report, "Pat Ryder", "Department of Defense", "2024-10-21", DatePrecision.DAY,
                "ACCUSE", "Islamic Resistance in Iraq", "The Pentagon blamed Iran-backed groups.", null,
                List.of(evidence(report, "statement")));
    }

    /** A report that creates {@code event} and links one mention to it. */
    static ProcessedReport processed(String reportId, Event event) {
        return new ProcessedReport(report(reportId), List.of(event), List.of(mention("m-" + reportId, reportId,
                event.id())), List.of(), List.of());
    }
}
