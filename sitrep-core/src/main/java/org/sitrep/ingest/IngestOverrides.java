package org.sitrep.ingest;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Metadata given on the command line (--url, --outlet, --published); it wins over what a file says. */
public record IngestOverrides(@Nullable String url, @Nullable String outlet, @Nullable LocalDate published) {
    public static IngestOverrides none() {
        return new IngestOverrides(null, null, null);
    }
}
