-- Sitrep store, schema version 2: how each report's publication date is known (issue 5).
-- published_inferred: 1 when the report stated no date and Sitrep read one from its text; published_range is
-- then the inferred day or interval ("YYYY-MM-DD" or "from/to"), published_precision its precision and
-- published_basis the reason. published_conflict says why the text contradicts a stated date (null when not).

ALTER TABLE reports ADD COLUMN published_inferred INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reports ADD COLUMN published_range TEXT;
ALTER TABLE reports ADD COLUMN published_precision TEXT;
ALTER TABLE reports ADD COLUMN published_basis TEXT;
ALTER TABLE reports ADD COLUMN published_conflict TEXT;
