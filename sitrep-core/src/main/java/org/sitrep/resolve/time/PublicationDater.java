package org.sitrep.resolve.time;

import org.sitrep.model.DatePrecision;
import org.sitrep.model.PublicationDating;
import org.sitrep.model.Report;
import org.sitrep.model.Stage;

/**
 * Gives every cleaned report its {@link PublicationDating}: a report without a publication date gets one inferred
 * from its text ({@link PublicationDateInferrer}), used as {@code published} when it is a day or a range of at most
 * {@value #MAX_RANGE_DAYS} days (its first day: month-days and weekdays then resolve in the right week); a stated
 * date is checked against the text and a contradiction recorded. Immutable; thread-safe.
 */
public final class PublicationDater implements Stage<Report, Report> {
    static final int MAX_RANGE_DAYS = 7;
    private final PublicationDateInferrer inferrer;

    public PublicationDater(PublicationDateInferrer inferrer) {
        this.inferrer = inferrer;
    }

    @Override
    public Report apply(Report report) {
        if (report.published() != null) {
            return report.withDating(report.published(), PublicationDating.stated(report.published())
                    .withConflict(inferrer.conflict(report.text(), report.published())));
        }
        PublicationDating d = inferrer.infer(report.text());
        boolean usable = d.from() != null && (d.precision() == DatePrecision.DAY
                || d.precision() == DatePrecision.RANGE && !d.to().isAfter(d.from().plusDays(MAX_RANGE_DAYS)));
        return report.withDating(usable ? d.from() : null, d);
    }
}
