package org.sitrep.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.resolve.actor.Actor;
import org.sitrep.resolve.actor.ActorRegistry;

/**
 * A PETRARCH/TABARI actor dictionary ({@code PETR.Validate.actors.txt}): entries of a name line, {@code +ALIAS}
 * lines, and one or more {@code [CODE]} blocks, on the name line or on the lines after it. Names use underscores
 * for spaces (a trailing one only marks a whole word). A code block may be date-restricted: {@code [CODE <date]}
 * before, {@code [CODE >date]} from, {@code [CODE date1 - date2]} between (inclusive), dates as YYMMDD (years
 * under 30 are 20xx) or YYYYMMDD. {@code #} starts a comment; lines starting with {@code <} are markup.
 *
 * <p>{@link #registry} turns the entries into a Sitrep actor registry, so that Sitrep's own resolver finds the
 * benchmark's fictional actors ("Arnor", "Gondor") as it finds real ones in its bundled registry; each actor's id
 * is {@code petr:<n>}, and {@link #code} gives the CAMEO code of an actor on a date.
 */
public final class PetrActorDictionary {
    /** A code and the dates it holds for (null ends are open). */
    public record DatedCode(String code, @Nullable LocalDate from, @Nullable LocalDate to) {
        boolean restricted() {
            return from != null || to != null;
        }

        boolean holdsOn(LocalDate d) {
            return (from == null || !d.isBefore(from)) && (to == null || !d.isAfter(to));
        }
    }

    /** One entry: its names (the first is the canonical one) and codes. */
    public record Entry(String id, List<String> names, List<DatedCode> codes) {
        public Entry {
            names = List.copyOf(names);
            codes = List.copyOf(codes);
        }
    }

    private static final String ID_PREFIX = "petr:";
    private static final Pattern BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern BEFORE = Pattern.compile("<\\s*(\\d{8}|\\d{6})\\b");
    private static final Pattern AFTER = Pattern.compile(">\\s*(\\d{8}|\\d{6})\\b");
    private static final Pattern BETWEEN = Pattern.compile("(\\d{8}|\\d{6})\\b\\s*-\\s*(\\d{8}|\\d{6})\\b");

    private final List<Entry> entries;
    private final Map<String, Entry> byId;

    private PetrActorDictionary(List<Entry> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Entry> m = new HashMap<>();
        for (Entry e : entries) m.put(e.id(), e);
        this.byId = Map.copyOf(m);
    }

    public static PetrActorDictionary load(Path file) {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage());
        }
    }

    /** Parses the lines of a dictionary; {@code source} names it in errors ({@code source:line: reason}). */
    public static PetrActorDictionary parse(List<String> lines, String source) {
        List<Entry> out = new ArrayList<>();
        List<String> names = null;
        List<DatedCode> codes = null;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty() || line.startsWith("<")) continue;
            String where = source + ":" + (n + 1);
            if (line.startsWith("+")) {
                if (names == null) throw new IllegalArgumentException(where + ": an alias before any name");
                names.add(name(line.substring(1)));
                continue;
            }
            if (!line.startsWith("[")) {
                if (names != null) out.add(entry(out.size(), names, codes));
                names = new ArrayList<>();
                codes = new ArrayList<>();
                int bracket = line.indexOf('[');
                names.add(name(bracket < 0 ? line : line.substring(0, bracket)));
                line = bracket < 0 ? "" : line.substring(bracket);
            }
            if (names == null) throw new IllegalArgumentException(where + ": a code before any name");
            Matcher m = BLOCK.matcher(line);
            while (m.find()) codes.add(code(m.group(1), where));
        }
        if (names != null) out.add(entry(out.size(), names, codes));
        return new PetrActorDictionary(out);
    }

    private static Entry entry(int index, List<String> names, List<DatedCode> codes) {
        return new Entry(ID_PREFIX + index, names, codes);
    }

    private static String name(String raw) {
        return raw.replace('_', ' ').strip().replaceAll("\\s+", " ");
    }

    private static DatedCode code(String block, String where) {
        String[] parts = block.strip().split("\\s+", 2);
        if (parts[0].isEmpty()) throw new IllegalArgumentException(where + ": an empty code block");
        String rest = parts.length > 1 ? parts[1] : "";
        Matcher between = BETWEEN.matcher(rest), before = BEFORE.matcher(rest), after = AFTER.matcher(rest);
        try {
            if (between.find()) return new DatedCode(parts[0], date(between.group(1)), date(between.group(2)));
            if (before.find()) return new DatedCode(parts[0], null, date(before.group(1)).minusDays(1));
            if (after.find()) return new DatedCode(parts[0], date(after.group(1)), null);
        } catch (java.time.DateTimeException e) {
            throw new IllegalArgumentException(where + ": bad date in '" + block + "'");
        }
        if (!rest.isBlank()) throw new IllegalArgumentException(where + ": cannot read the date restriction '" + rest + "'");
        return new DatedCode(parts[0], null, null);
    }

    private static LocalDate date(String digits) {
        if (digits.length() == 8) return LocalDate.parse(digits, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        int yy = Integer.parseInt(digits.substring(0, 2));
        return LocalDate.of(yy < 30 ? 2000 + yy : 1900 + yy, Integer.parseInt(digits.substring(2, 4)),
                Integer.parseInt(digits.substring(4, 6)));
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * The code of the actor with this registry id on {@code date}: a restricted code holding on that date, else
     * the unrestricted one; empty for an actor not from this dictionary or with no code for the date.
     */
    public Optional<String> code(String actorId, LocalDate date) {
        Entry e = byId.get(actorId);
        if (e == null) return Optional.empty();
        for (DatedCode c : e.codes()) if (c.restricted() && c.holdsOn(date)) return Optional.of(c.code());
        for (DatedCode c : e.codes()) if (!c.restricted()) return Optional.of(c.code());
        return Optional.empty();
    }

    /**
     * The entries as a Sitrep registry. Sitrep's rules read an actor's type (a state's word about an attack is a
     * confirmation, an armed group's a claim), so the type is read from the code's agent letters: GOV a
     * government, MIL a state military, REB a rebel group, else a country.
     */
    public ActorRegistry registry() {
        List<Actor> actors = new ArrayList<>();
        for (Entry e : entries) {
            String code = e.codes().isEmpty() ? "" : e.codes().get(e.codes().size() - 1).code();
            Actor.Type type = code.endsWith("GOV") ? Actor.Type.GOVERNMENT : code.endsWith("MIL") ? Actor.Type.STATE_MILITARY
                    : code.contains("REB") ? Actor.Type.REBEL : Actor.Type.COUNTRY;
            actors.add(new Actor(e.id(), e.names().get(0), type, null, null, null, e.names().subList(1, e.names().size())));
        }
        return ActorRegistry.of(actors, List.of());
    }
}
