package org.sitrep.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.RawReport;
import org.sitrep.model.RejectedInputException;

/** A sink that keeps what it is given, in order, for tests to look at. */
final class CollectingSink implements ReportSink {
    final List<RawReport> reports = new ArrayList<>();
    final List<RejectedInputException> rejections = new ArrayList<>();
    /** The readers' notes, as "source: message". */
    final List<String> notes = new ArrayList<>();

    @Override
    public void accept(RawReport report) {
        reports.add(report);
    }

    @Override
    public void reject(RejectedInputException rejection) {
        rejections.add(rejection);
    }

    @Override
    public void note(String source, String message) {
        notes.add(source + ": " + message);
    }

    List<String> messages() {
        return rejections.stream().map(RejectedInputException::getMessage).toList();
    }

    List<String> sources() {
        return reports.stream().map(RawReport::source).toList();
    }

    static String resource(String name) {
        try (InputStream in = CollectingSink.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) throw new IllegalArgumentException("no test resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
