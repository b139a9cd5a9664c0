-- Sitrep store, schema version 2: the feed items `sitrep watch` has taken in.
-- An item is known by the key its feed gives it (RSS guid, Atom id, else its link), within its feed, so a later
-- poll passes it over even when the outlet has edited its text since (which would give a new report id).
-- report is NULL when the item was rejected; the rejection itself is in the rejections table.

CREATE TABLE feed_items (
    feed TEXT NOT NULL,
    key TEXT NOT NULL,
    report TEXT,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (feed, key)
);
