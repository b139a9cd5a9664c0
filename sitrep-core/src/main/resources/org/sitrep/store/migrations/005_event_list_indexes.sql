-- Sitrep store, schema version 4: indexes for the server's lists (issue 9, the load test at 200 requests/s).
-- Every event list is in the order date_from IS NULL, date_from, id (undated last): with this index a page is read
-- off the index instead of sorting every match, which cost about 9 ms a page over 10,000 events.
CREATE INDEX events_list_order ON events(date_from IS NULL, date_from, id);
-- The country filter compares without case (country = ? COLLATE NOCASE), which events_country cannot serve.
CREATE INDEX events_country_nocase ON events(country COLLATE NOCASE);
