-- Sitrep store, schema version 3: near-duplicate reports and event history (issue 6).
-- report_fingerprints: one row per report stored with a fingerprint, in ingestion order (seq); duplicate_of is the
-- first report of a chain of copies (wire story, syndicated rewrite), NULL for an original text. signature is the
-- MinHash signature, 8 bytes per hash, big-endian. report_buckets files each report under its LSH keys, so a new
-- report is compared only with the reports sharing a key.

CREATE TABLE report_fingerprints (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    report TEXT NOT NULL UNIQUE REFERENCES reports(id) ON DELETE CASCADE,
    shingles INTEGER NOT NULL,
    signature BLOB NOT NULL,
    duplicate_of TEXT REFERENCES reports(id),
    similarity REAL
);
CREATE INDEX report_fingerprints_duplicate_of ON report_fingerprints(duplicate_of);

CREATE TABLE report_buckets (
    bucket INTEGER NOT NULL,
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    PRIMARY KEY (bucket, report)
) WITHOUT ROWID;

-- event_history: every write of an event, with the report that caused it. changes is a JSON list of
-- {field, before, after}; record is the event's full state after the change (as events.record).
CREATE TABLE event_history (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    event TEXT NOT NULL REFERENCES events(id),
    report TEXT NOT NULL REFERENCES reports(id),
    ingested_at TEXT NOT NULL,
    changes TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX event_history_event ON event_history(event);
