package org.sitrep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Made-up conflict reports for the crash and concurrency tests: a few templates filled with varied places, actors,
 * dates and tolls, so that most reports make events (and some tallies and statements) and some merge with earlier
 * ones. The same seed gives the same reports, in the same order.
 */
final class CrashReports {
    /** A place the gazetteer knows, the actors that fight there and the attacker's usual weapon. */
    private record Theatre(String dateline, String place, String country, String attacker, String target,
                           String weapon, String official) {
    }

    private static final List<Theatre> THEATRES = List.of(
            new Theatre("MOSUL", "Mosul", "Iraq", "Islamic State", "Iraqi soldiers", "roadside bomb",
                    "an Iraqi army spokesman"),
            new Theatre("ERBIL", "Erbil International Airport", "Iraq", "Islamic Resistance in Iraq",
                    "US troops", "drone", "the Kurdistan Region Counter-Terrorism Directorate"),
            new Theatre("DEIR EZ-ZOR", "Al-Mayadin", "Syria", "US warplanes", "Iran-backed militias",
                    "airstrike", "a Syrian war monitor"),
            new Theatre("ALEPPO", "Aleppo", "Syria", "Syrian government forces", "rebel positions",
                    "artillery", "a rescue worker"),
            new Theatre("SANAA", "Al Hudaydah", "Yemen", "US and British aircraft", "Houthi radar sites",
                    "airstrike", "the Houthi-run health ministry"),
            new Theatre("KHARKIV", "Kharkiv Oblast", "Ukraine", "Russian forces", "apartment buildings",
                    "missile", "the regional governor"),
            new Theatre("ODESA", "Odesa Oblast", "Ukraine", "Russian forces", "the port", "drone",
                    "the regional administration"),
            new Theatre("KHARTOUM", "Khartoum State", "Sudan", "the Rapid Support Forces", "a market",
                    "shelling", "a local aid group"),
            new Theatre("BAGHDAD", "Jurf al-Sakhar", "Iraq", "US aircraft", "Kata'ib Hezbollah",
                    "airstrike", "two Iraqi security officials"));
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday"};

    private CrashReports() {
    }

    /** Writes {@code count} reports as JSON Lines to {@code file} (one report a line). */
    static void writeJsonLines(Path file, int count, long seed) {
        ObjectMapper json = new ObjectMapper();
        Random random = new Random(seed);
        List<String> lines = new ArrayList<>(count);
        LocalDate start = LocalDate.of(2024, 1, 3);
        for (int i = 0; i < count; i++) {
            Theatre t = THEATRES.get(random.nextInt(THEATRES.size()));
            // A new day every few reports, so that some reports of one day merge and others do not.
            LocalDate published = start.plusDays(i / 3 + random.nextInt(2));
            LocalDate happened = published.minusDays(1);
            ObjectNode report = json.createObjectNode();
            report.put("url", "https://wire.example/crash/" + i);
            report.put("outlet", "Crash Test Wire");
            report.put("published", published.toString());
            report.put("title", title(t, random));
            report.put("text", text(t, happened, i, random));
            lines.add(report.toString());
        }
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String title(Theatre t, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> t.weapon().substring(0, 1).toUpperCase(Locale.ROOT) + t.weapon().substring(1) + " attack near "
                    + t.place();
            case 1 -> "Fighting reported around " + t.place();
            default -> t.attacker() + " strike " + t.target();
        };
    }

    private static String text(Theatre t, LocalDate happened, int serial, Random random) {
        String day = DAYS[happened.getDayOfWeek().getValue() - 1];
        int killed = 1 + random.nextInt(9);
        int wounded = random.nextInt(15);
        StringBuilder text = new StringBuilder();
        switch (random.nextInt(3)) {
            case 0 -> text.append(String.format(Locale.ROOT,
                    "%s, %s - A %s attack by %s hit %s in %s on %s, killing %d people and wounding %d, %s said.",
                    t.dateline(), t.country(), t.weapon(), t.attacker(), t.target(), t.place(), day, killed,
                    wounded, t.official()));
            case 1 -> text.append(String.format(Locale.ROOT,
                    "%s, %s - %s struck %s near %s late on %s with a %s, %s told reporters. %d people died.",
                    t.dateline(), t.country(), t.attacker(), t.target(), t.place(), day, t.weapon(), t.official(),
                    killed));
            default -> text.append(String.format(Locale.ROOT,
                    "%s (Crash Test Wire) - %s said %s had attacked %s in %s on %s. No casualties were reported.",
                    t.dateline(), capitalised(t.official()), t.attacker(), t.target(), t.place(), day));
        }
        text.append("\n\n");
        if (random.nextInt(3) == 0) {
            text.append(String.format(Locale.ROOT, "A UN monitor said %d attacks on civilians had been recorded in %s "
                    + "since January 1.\n\n", 3 + random.nextInt(30), t.place()));
        }
        if (random.nextInt(3) == 0) {
            text.append(String.format(Locale.ROOT, "The United Nations condemned the attack and called on all "
                    + "sides to protect civilians in %s.\n\n", t.country()));
        }
        // A serial number keeps every report's text, and so its id, distinct.
        text.append(String.format(Locale.ROOT, "Residents described the night as tense. (Dispatch %d.)", serial));
        return text.toString();
    }

    private static String capitalised(String s) {
        return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
