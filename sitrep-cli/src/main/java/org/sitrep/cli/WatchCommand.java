package org.sitrep.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotateConfig;
import org.sitrep.ingest.FeedPoller;
import org.sitrep.ingest.FeedReportReader;
import org.sitrep.ingest.ReportInputs;
import org.sitrep.store.EventStore;
import org.sitrep.store.SqliteEventStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep watch FEED|FOLDER... [--interval 15m] [--once]}: polls RSS and Atom feeds and ingests the items not
 * seen before. Items are remembered in the store by feed and GUID (else link), so a restart or a re-run adds
 * nothing twice, even when an outlet edits an item. One line per new item, one summary line per poll. Runs until
 * stopped; with {@code --once}, polls once and exits 1 when no feed could be read. CoreNLP is loaded at the first
 * new item, so a poll with nothing new costs a few milliseconds.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Poll RSS/Atom feeds (files, folders of feeds, file: or http(s): URLs) and ingest new items.")
final class WatchCommand implements Callable<Integer> {
    /** Long enough for a slow server, short enough that one dead feed does not hold up the others for long. */
    private static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

    @Spec
    CommandSpec spec;
    @Mixin
    StoreOption store;
    @Parameters(arity = "1..*", paramLabel = "FEED|FOLDER",
            description = "Feed files, folders of .xml/.rss/.atom feeds, or file:, http:, https: URLs.")
    List<String> feeds;
    @Option(names = "--interval", paramLabel = "DURATION", defaultValue = "15m", converter = IntervalConverter.class,
            description = "Time between polls: 90s, 15m, 2h, 1d (default: ${DEFAULT-VALUE}).")
    Duration interval;
    @Option(names = "--once", description = "Poll once and exit.")
    boolean once;
    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    private Engine engine;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        FeedPoller poller = new FeedPoller(ReportInputs.DEFAULT_MAX_BYTES, FETCH_TIMEOUT);
        try (EventStore s = SqliteEventStore.open(store.db)) {
            for (int poll = 1; ; poll++) {
                PollTotals totals = poll(poller, s, err);
                out.println(totals.summary(poll));
                out.flush();
                if (once) return totals.feedsRead() == 0 ? 1 : 0;
                try {
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return 0;
                }
            }
        }
    }

    private PollTotals poll(FeedPoller poller, EventStore s, PrintWriter err) {
        long start = System.nanoTime();
        PipelineSink sink = null;
        RejectionCounter feedErrors = new RejectionCounter(err);
        List<FeedPoller.Feed> read = poller.poll(feeds, feedErrors);
        int seen = 0;
        EventStore.WriterLock lock = null;
        try {
            for (FeedPoller.Feed feed : read) {
                for (FeedReportReader.FeedItem item : feed.items().items()) {
                    if (s.containsFeedItem(feed.id(), item.key())) {
                        seen++;
                        continue;
                    }
                    if (sink == null) {
                        // One writer at a time per store, as for `sitrep ingest`; held for this poll only.
                        lock = s.lockForWriting(message -> {
                            err.println("sitrep: " + message);
                            err.flush();
                        });
                        sink = new PipelineSink(engine().pipeline(s), s, err, verbose);
                    }
                    PipelineSink.Processed p = sink.process(item.report());
                    // An internal error is not remembered, so the next poll tries the item again.
                    if (p.outcome() != PipelineSink.Outcome.FAILED) s.recordFeedItem(feed.id(), item.key(), p.reportId());
                }
                if (feed.items().withoutText() > 0) {
                    err.println(feed.source() + ": skipped " + feed.items().withoutText() + " feed items without text");
                }
            }
        } finally {
            if (lock != null) lock.close();
        }
        err.flush();
        return new PollTotals(read.size(), feedErrors.count, seen, sink == null ? 0 : sink.added,
                sink == null ? 0 : sink.alreadyStored, sink == null ? 0 : sink.rejected,
                sink == null ? 0 : sink.events, (System.nanoTime() - start) / 1_000_000);
    }

    /** Loaded once, on the first new item: most polls of a quiet feed need no models at all. */
    private Engine engine() {
        if (engine == null) engine = new Engine(AnnotateConfig.defaults());
        return engine;
    }

    /** Totals of one poll. */
    record PollTotals(int feedsRead, int feedsRejected, int alreadySeen, int added, int alreadyStored, int rejected,
                      int events, long millis) {
        String summary(int poll) {
            return String.format(Locale.ROOT, "poll %d at %s: %d feeds read, %d rejected; %d new items (%d reports "
                            + "added, %d already stored, %d rejected), %d seen before: %d events written in %.1f s",
                    poll, Instant.now().truncatedTo(ChronoUnit.SECONDS), feedsRead, feedsRejected,
                    added + alreadyStored + rejected, added, alreadyStored, rejected, alreadySeen, events,
                    millis / 1000.0);
        }
    }

    /** Prints each feed that cannot be read; it is polled again next time, so nothing is stored. */
    private static final class RejectionCounter implements org.sitrep.ingest.ReportSink {
        private final PrintWriter err;
        int count;

        RejectionCounter(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void accept(org.sitrep.model.RawReport report) {
            throw new IllegalStateException("a poller gives feeds, not reports");
        }

        @Override
        public void reject(org.sitrep.model.RejectedInputException rejection) {
            count++;
            err.println(rejection.getMessage());
        }
    }

    /** Reads "90s", "15m", "2h", "1d" or an ISO-8601 duration ("PT15M"); at least one second. */
    static final class IntervalConverter implements CommandLine.ITypeConverter<Duration> {
        private static final Pattern SHORT = Pattern.compile("(\\d{1,9})([smhd])");

        @Override
        public Duration convert(String value) {
            Duration d;
            Matcher m = SHORT.matcher(value.strip().toLowerCase(Locale.ROOT));
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                d = switch (m.group(2)) {
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    case "h" -> Duration.ofHours(n);
                    default -> Duration.ofDays(n);
                };
            } else {
                try {
                    d = Duration.parse(value.strip());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new CommandLine.TypeConversionException("'" + value + "' is not a duration such as 15m");
                }
            }
            if (d.compareTo(Duration.ofSeconds(1)) < 0) {
                throw new CommandLine.TypeConversionException("'" + value + "' is shorter than one second");
            }
            return d;
        }
    }
}
