-- Sitrep store, schema version 1.
-- Statements end with ';' at the end of a line (SchemaMigrator splits there). Offsets are character offsets into
-- reports.text. Events, tallies and statements keep their full state as JSON in `record`; the other columns are
-- copies of a few fields, kept for filtering in SQL.

CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    dateline TEXT,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    duplicate_paragraphs_removed INTEGER NOT NULL,
    ingested_at TEXT NOT NULL
);

CREATE TABLE paragraphs (
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    idx INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (report, idx)
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    event_type TEXT NOT NULL,
    sub_event_type TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    country TEXT,
    latitude REAL,
    longitude REAL,
    actor1 TEXT,
    actor2 TEXT,
    status TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    record TEXT NOT NULL
);
CREATE INDEX events_date_from ON events(date_from);
CREATE INDEX events_country ON events(country);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    event TEXT NOT NULL REFERENCES events(id),
    sentence INTEGER NOT NULL,
    type TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    trigger_text TEXT NOT NULL
);
CREATE INDEX mentions_event ON mentions(event);
CREATE INDEX mentions_report ON mentions(report);

-- Replaced whole whenever its event is written again, so it always matches events.record.
CREATE TABLE evidence (
    event TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    report TEXT NOT NULL,
    sentence INTEGER NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    field TEXT NOT NULL
);
CREATE INDEX evidence_event ON evidence(event);

CREATE TABLE tallies (
    id TEXT PRIMARY KEY,
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    count INTEGER NOT NULL,
    qualifier TEXT NOT NULL,
    date_from TEXT,
    date_to TEXT,
    stated TEXT,
    record TEXT NOT NULL
);
CREATE INDEX tallies_report ON tallies(report);

CREATE TABLE statements (
    id TEXT PRIMARY KEY,
    report TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    speaker TEXT NOT NULL,
    plover TEXT NOT NULL,
    date TEXT,
    record TEXT NOT NULL
);
CREATE INDEX statements_report ON statements(report);

CREATE TABLE rejections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    input TEXT NOT NULL,
    stage TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
