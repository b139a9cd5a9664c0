package org.sitrep.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.sitrep.model.DatePrecision;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.Sentence;
import org.sitrep.resolve.actor.ActorRegistry;
import org.sitrep.resolve.time.TimeMention.Kind;

/**
 * Infers the publication date of a report that states none, from its own text, and checks a stated date against
 * the text.
 *
 * <p>Inference: (1) the year. Stated dates with a year give it. Month-days without a year ("between October 17 and
 * 26") are tried in each candidate year: the years after the latest stated date, else those of the tenure window of
 * the people the text names ({@link TenureWindow}), else the years after the latest year the text names, else the
 * {@value #DEFAULT_YEARS} years before {@code latest}. A year scores by the people in office on its latest date,
 * then by the weekdays that agree with a date of their sentence ("late Thursday ... between October 17 and 26":
 * October 26 is a Thursday in 2023, not in 2024); a tie leaves the year open. (2) the day. The report is taken to
 * be published within a week after its latest date, on the day that keeps its weekdays closest together, with its
 * first weekday on that day or the one before (news leads with today's or yesterday's weekday). That day is the
 * answer when the lead names it and it is after the latest date (the seed's "on Friday ... late Thursday ... on
 * Monday" after October 26 gives Friday October 27); otherwise the report may be of that day or the next (a range
 * of two days). With no weekday the date is a range of the week after the latest date.
 *
 * <p>Check: a stated date is contradicted when the text dates something more than {@value #CONFLICT_DAYS} days
 * after it, or when every year the text names is after its year.
 *
 * <p>{@code latest} is the last possible publication date (the day of the run). Immutable; thread-safe.
 */
public final class PublicationDateInferrer {
    static final int DEFAULT_YEARS = 15;
    static final int CONFLICT_DAYS = 60;
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d\u2019)]?)\\s+(?=[\\p{Lu}\"\u201c\u2018(])|\\n\\s*");
    private static final Pattern WEEKDAY_WORD = Pattern.compile("\\b" + CalendarWords.WEEKDAY + "\\b", Pattern.CASE_INSENSITIVE);

    private final TimeResolver times = new TimeResolver();
    private final TenureWindow tenure;
    private final LocalDate latest;

    public PublicationDateInferrer(ActorRegistry registry, LocalDate latest) {
        this.tenure = new TenureWindow(registry);
        this.latest = latest;
    }

    /** The publication date the text supports, with its precision and the reason; unknown when it gives none. */
    public PublicationDating infer(String text) {
        List<Sentence> sentences = sentences(text);
        List<TimeMention> undated = mentions(sentences, null);
        LocalDate lastStated = null;
        int lastYear = 0;
        boolean noYear = false;
        for (TimeMention t : undated) {
            if (t.kind() == Kind.DATE && t.value().isKnown() && !t.value().to().isAfter(latest)) {
                if (lastStated == null || t.value().to().isAfter(lastStated)) lastStated = t.value().to();
            }
            if ((t.kind() == Kind.DATE || t.kind() == Kind.YEAR) && t.value().isKnown()) lastYear = Math.max(lastYear, t.value().to().getYear());
            if (t.kind() == Kind.DATE_NO_YEAR) noYear = true;
        }
        TenureWindow.Window window = tenure.find(text);
        if (!noYear && lastStated == null) {
            if (window == null) return inferred(null, null, DatePrecision.UNKNOWN, "no date, year or dated role holder in the text");
            LocalDate to = window.to() == null || window.to().isAfter(latest) ? latest : window.to();
            return inferred(window.from(), to, window.from().getYear() == to.getYear() ? DatePrecision.YEAR : DatePrecision.RANGE,
                    "no date in the text; " + window.describe());
        }
        // "The war began when Hamas attacked on Oct. 7, 2023": a dated background event long before people the text
        // names took office says only that the report is from their tenure.
        if (!noYear && window != null && window.from().isAfter(lastStated.plusDays(7))) {
            LocalDate to = window.to() == null || window.to().isAfter(latest) ? latest : window.to();
            return inferred(window.from(), to, window.from().getYear() == to.getYear() ? DatePrecision.YEAR : DatePrecision.RANGE,
                    "latest stated date " + lastStated + " is before the tenure of those named; " + window.describe());
        }
        if (!noYear) return day(sentences, lastStated, "latest stated date " + lastStated);
        int lo, hi;
        if (lastStated != null) {
            lo = lastStated.getYear();
            hi = lastStated.getYear() + 1;
        } else if (window != null) {
            lo = window.from().getYear();
            hi = window.to() == null ? latest.getYear() : Math.min(latest.getYear(), window.to().getYear());
        } else {
            lo = lastYear > 0 ? lastYear : latest.getYear() - DEFAULT_YEARS;
            hi = latest.getYear();
        }
        return year(sentences, lo, hi, lastStated, window);
    }

    /** Why the text contradicts a stated publication date, or null when it does not. */
    public @Nullable String conflict(String text, LocalDate published) {
        LocalDate lastStated = null;
        List<Integer> years = new ArrayList<>();
        for (TimeMention t : mentions(sentences(text), null)) {
            if (!t.value().isKnown() || (t.kind() != Kind.DATE && t.kind() != Kind.YEAR)) continue;
            years.add(t.value().to().getYear());
            if (t.kind() == Kind.DATE && (lastStated == null || t.value().to().isAfter(lastStated))) lastStated = t.value().to();
        }
        if (lastStated != null && lastStated.isAfter(published.plusDays(CONFLICT_DAYS))) {
            return "the text dates something " + lastStated + ", " + ChronoUnit.DAYS.between(published, lastStated)
                    + " days after the stated publication date " + published;
        }
        if (!years.isEmpty() && years.stream().allMatch(y -> y > published.getYear())) {
            return "every year the text names (" + years.stream().distinct().sorted().map(String::valueOf)
                    .reduce((a, b) -> a + ", " + b).orElse("") + ") is after the stated publication year " + published.getYear();
        }
        return null;
    }

    private PublicationDating year(List<Sentence> sentences, int lo, int hi, @Nullable LocalDate lastStated,
                                   TenureWindow.@Nullable Window window) {
        List<Integer> best = new ArrayList<>();
        int bestPeople = -1, bestAgree = -1;
        LocalDate[] lastOf = new LocalDate[hi - lo + 1];
        for (int y = lo; y <= hi; y++) {
            // Late December as the reference keeps every month-day in year y.
            List<TimeMention> ms = mentions(sentences, LocalDate.of(y, 12, 24));
            LocalDate last = lastStated;
            for (TimeMention t : ms) {
                if (t.kind() != Kind.DATE_NO_YEAR || !t.value().isKnown()) continue;
                if (last == null || t.value().to().isAfter(last)) last = t.value().to();
            }
            if (last == null || last.isAfter(latest)) continue;
            lastOf[y - lo] = last;
            int people = window == null ? 0 : window.countOn(last);
            int agree = agreements(ms);
            if (people > bestPeople || people == bestPeople && agree > bestAgree) {
                best.clear();
                bestPeople = people;
                bestAgree = agree;
            }
            if (people == bestPeople && agree == bestAgree) best.add(y);
        }
        if (best.isEmpty()) return inferred(null, null, DatePrecision.UNKNOWN, "no year from " + lo + " to " + hi + " fits the dates");
        String why = (window != null ? window.describe() + "; " : "") + (bestAgree > 0 ? bestAgree + " weekday(s) agree with their dates" : "no weekday agrees with a date");
        if (best.size() > 1) {
            LocalDate a = lastOf[best.get(0) - lo], b = lastOf[best.get(best.size() - 1) - lo].plusDays(6);
            return inferred(a, b.isAfter(latest) ? latest : b, DatePrecision.RANGE, "year open among " + best + ": " + why);
        }
        int y = best.get(0);
        return day(sentences, lastOf[y - lo], "year " + y + ": " + why);
    }

    /** Weekdays that name the day (or the end of the range) of a date in their sentence. */
    private static int agreements(List<TimeMention> ms) {
        int n = 0;
        for (TimeMention d : ms) {
            if ((d.kind() != Kind.DATE_NO_YEAR && d.kind() != Kind.DATE) || !d.value().isKnown()) continue;
            DayOfWeek wd = d.value().to().getDayOfWeek();
            for (TimeMention w : ms) {
                if (w.phrase().sentence() != d.phrase().sentence()) continue;
                if (w.kind() != Kind.WEEKDAY && w != d) continue;
                Matcher m = WEEKDAY_WORD.matcher(w.phrase().text());
                while (m.find()) if (CalendarWords.weekday(m.group(1)) == wd) n++;
            }
        }
        return n;
    }

    /** The publication day within a week after {@code last}, from the weekdays of the text. */
    private PublicationDating day(List<Sentence> sentences, LocalDate last, String yearBasis) {
        long bestSpan = Long.MAX_VALUE, bestLead = Long.MAX_VALUE;
        LocalDate bestLeadDay = null;
        List<LocalDate> best = new ArrayList<>();
        boolean anyWeekday = false;
        for (LocalDate p = last; !p.isAfter(last.plusDays(6)) && !p.isAfter(latest); p = p.plusDays(1)) {
            LocalDate min = last, first = null;
            for (TimeMention t : mentions(sentences, p)) {
                if (t.kind() != Kind.WEEKDAY || !t.value().isKnown()) continue;
                if (first == null) first = t.value().to();
                if (t.value().from().isBefore(min)) min = t.value().from();
            }
            if (first == null) break;
            anyWeekday = true;
            long span = ChronoUnit.DAYS.between(min, p);
            long lead = Math.max(0, ChronoUnit.DAYS.between(first, p) - 1);
            if (span < bestSpan || span == bestSpan && lead < bestLead) {
                best.clear();
                bestSpan = span;
                bestLead = lead;
            }
            if (span == bestSpan && lead == bestLead) {
                if (best.isEmpty()) bestLeadDay = first;
                best.add(p);
            }
        }
        if (!anyWeekday) {
            LocalDate to = last.plusDays(6).isAfter(latest) ? latest : last.plusDays(6);
            return inferred(last, to, last.equals(to) ? DatePrecision.DAY : DatePrecision.RANGE,
                    yearBasis + "; no weekday, so within a week after " + last);
        }
        LocalDate a = best.get(0), b = best.get(best.size() - 1);
        String day = a.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ROOT);
        if (!a.equals(b)) return inferred(a, b, DatePrecision.RANGE, yearBasis + "; the weekdays fit any day from " + a + " to " + b);
        if (bestLeadDay.equals(a) && a.isAfter(last)) {
            return inferred(a, a, DatePrecision.DAY, yearBasis + "; the lead's " + day + " is " + a
                    + ", after the latest date " + last + ", and keeps the report's weekdays closest");
        }
        // "on Sunday" is as often in a Monday report as in a Sunday one: the day named or the next.
        return inferred(a, a.plusDays(1).isAfter(latest) ? a : a.plusDays(1), DatePrecision.RANGE, yearBasis + "; "
                + day + " " + a + " keeps the report's weekdays closest after " + last + ", so published then or the day after");
    }

    private static PublicationDating inferred(@Nullable LocalDate from, @Nullable LocalDate to, DatePrecision p, String basis) {
        return new PublicationDating(true, from, to, p, basis, null);
    }

    private List<TimeMention> mentions(List<Sentence> sentences, @Nullable LocalDate pub) {
        List<TimeMention> out = new ArrayList<>();
        for (Sentence s : sentences) out.addAll(times.find(s, pub, TimeValue.UNKNOWN));
        return out;
    }

    /** A plain split at sentence ends and line breaks: enough to pair weekdays with dates. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (start < text.length()) {
            int end = m.find(start) ? m.start() : text.length();
            int next = end < text.length() ? m.end() : text.length();
            if (end > start) out.add(new Sentence(out.size(), 0, start, end, text.substring(start, end), List.of(), List.of()));
            if (next <= start) next = start + 1;
            start = next;
        }
        return out;
    }
}
