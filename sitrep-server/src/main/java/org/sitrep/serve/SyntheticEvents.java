package org.sitrep.serve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.sitrep.model.Claim;
import org.sitrep.model.ClaimKind;
import org.sitrep.model.ClaimStatus;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.Event;
import org.sitrep.model.EventType;
import org.sitrep.model.Evidence;
import org.sitrep.model.Paragraph;
import org.sitrep.model.ProcessedReport;
import org.sitrep.model.Report;
import org.sitrep.store.EventStore;

/**
 * Made-up events for the server's benchmark and tests, written through the store API as the pipeline writes them:
 * reports of {@value #PER_REPORT} events each, every event with a one-sentence evidence span in its report's text,
 * spread over a year and five regions. The same seed gives the same store.
 */
public final class SyntheticEvents {
    static final int PER_REPORT = 100;
    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    /** name, admin1, country, lat, lon */
    private static final Object[][] PLACES = {
            {"Al Asad Air Base", "Al Anbar", "IQ", 33.79, 42.44}, {"Erbil", "Erbil", "IQ", 36.19, 44.01},
            {"Deir ez-Zor", "Deir ez-Zor", "SY", 35.34, 40.14}, {"Hodeidah", "Al Hudaydah", "YE", 14.80, 42.95},
            {"Kharkiv", "Kharkivska", "UA", 49.99, 36.23}, {"Khiam", "Nabatieh", "LB", 33.33, 35.61}};
    private static final String[] ACTORS = {"Islamic Resistance in Iraq", "Military Forces of the United States",
            "Houthis", "Hezbollah", "Military Forces of Russia", "Military Forces of Ukraine"};
    private static final EventType[] TYPES = {EventType.AIR_DRONE_STRIKE, EventType.SHELLING_MISSILE,
            EventType.ARMED_CLASH, EventType.REMOTE_EXPLOSIVE, EventType.DISRUPTED_WEAPONS_USE};

    private SyntheticEvents() {
    }

    /** Writes {@code count} events into {@code store}; returns how many reports carried them. */
    public static int write(EventStore store, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int reports = 0;
        for (int first = 0; first < count; first += PER_REPORT) {
            int n = Math.min(PER_REPORT, count - first);
            String reportId = String.format(Locale.ROOT, "synthetic-%d-%06d", seed, reports++);
            StringBuilder text = new StringBuilder();
            List<Paragraph> paragraphs = new ArrayList<>();
            List<Event> events = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Object[] place = PLACES[random.nextInt(PLACES.length)];
                EventType type = TYPES[random.nextInt(TYPES.length)];
                String actor1 = ACTORS[random.nextInt(ACTORS.length)];
                String actor2 = ACTORS[random.nextInt(ACTORS.length)];
                LocalDate day = START.plusDays(random.nextInt(366));
                int dead = random.nextInt(4) == 0 ? random.nextInt(30) : 0;
                String sentence = String.format(Locale.ROOT, "%s carried out a %s near %s on %s, killing %d.",
                        actor1, type.label().toLowerCase(Locale.ROOT), place[0], day, dead);
                if (text.length() > 0) text.append("\n\n");
                int start = text.length();
                text.append(sentence);
                paragraphs.add(new Paragraph(i, start, text.length(), sentence));
                Evidence evidence = new Evidence(reportId, i, start, text.length(), sentence, "trigger");
                double lat = (double) place[3] + (random.nextDouble() - 0.5) * 0.6;
                double lon = (double) place[4] + (random.nextDouble() - 0.5) * 0.6;
                List<Claim> claims = random.nextInt(3) == 0
                        ? List.of(new Claim(ClaimKind.CLAIM, actor1, null, day.toString(), "statement", evidence))
                        : List.of();
                events.add(new Event(String.format(Locale.ROOT, "ev-syn-%d-%07d", seed, first + i), type,
                        day.toString(), DatePrecision.DAY, actor1, null, actor2, null, (String) place[0], null,
                        (String) place[1], (String) place[2], lat, lon, 2, null, ClaimStatus.derive(claims), claims,
                        dead, null, null, List.of(evidence), List.of(reportId), null));
            }
            Report report = new Report(reportId, reportId + ".txt", null, "Synthetic Wire", "Synthetic report " + reports,
                    START.plusDays(reports % 366), null, "en", text.toString(), paragraphs, 0);
            store.write(new ProcessedReport(report, events, List.of(), List.of(), List.of()));
        }
        return reports;
    }
}
