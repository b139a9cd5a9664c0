# Scores whole reports against the events an analyst would code:
#   python3 scripts/probes/score_precision.py scripts/probes/prec11_leads.py TAG
# Each report is ingested as its own report (first paragraph = title) into /tmp/prec11-TAG.db. A record matches an
# expected event when its date (or date range) holds one of the expected dates and its location or admin1 holds one
# of the place words. Prints false alarms (records matching nothing), splits (a second record of an expected event)
# and misses, each with the record's type, date, place and sentence.
import sys, datetime, unicodedata
from probe_store import ingest, by_url

ns = {}; exec(open(sys.argv[1]).read(), ns); P = ns['P']
tag = sys.argv[2]
db = f'/tmp/prec11-{tag}.db'
rows = []
for i, (pub, text, ev, bg) in enumerate(P):
    title, body = text.split('\n\n', 1)
    rows.append({"url": f"https://try.example/{i}", "title": title, "published": pub, "text": body})
ingest(rows, f'/tmp/prec11-{tag}.jsonl', db)
byurl = by_url(db, 'event')

def dates(pub, d):
    p = datetime.date.fromisoformat(pub)
    ds = d if isinstance(d, tuple) else (d,)
    return {x if isinstance(x, str) else (p - datetime.timedelta(days=x)).isoformat() for x in ds}

def date_ok(got, want):
    if not got: return False
    lo, hi = (got.split('/') + [got])[:2]
    # a period (YYYY, YYYY-MM) holds the record's dates when they overlap it
    return any(lo[:len(w)] <= w <= hi[:len(w)] for w in want)

def place_ok(e, words):
    where = plain(' '.join(str(e.get(k) or '') for k in ('location', 'admin1')))
    return not words or any(plain(w) in where for w in words)

def plain(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if c.isalnum() or c == ' ').lower()

def sentence(e):
    for ev in e.get('evidence') or []:
        if ev.get('text'): return ev['text']
    return ''

def show(e):
    return (f"{e.get('event_type')}/{e.get('sub_event_type')} {e.get('date')} {e.get('location')} ({e.get('admin1')}) "
            f"a1={e.get('actor1')} a2={e.get('actor2')} :: {sentence(e)[:220]}")

exp_n = matched = false = splits = misses = neg_events = optional = 0
lines = []
for i, (pub, text, ev, bg) in enumerate(P):
    recs = byurl.get(f"https://try.example/{i}", [])
    want = [(dates(pub, d), w) for d, w in ev]
    hit = [0] * len(want)
    out = []
    for e in sorted(recs, key=lambda e: e.get('date') or ''):
        k = next((k for k, (ds, w) in enumerate(want) if date_ok(e.get('date'), ds) and place_ok(e, w)), None)
        if k is None and any(date_ok(e.get('date'), {d}) and place_ok(e, w) for d, w in bg):
            optional += 1; out.append(f"  (bg) {show(e)}")
        elif k is None:
            k2 = next((k for k, (ds, w) in enumerate(want) if place_ok(e, w) or date_ok(e.get('date'), ds)), None)
            kind = 'FALSE' if k2 is None else 'FALSE(near)'
            false += 1; neg_events += not ev; out.append(f"  {kind} {show(e)}")
        elif hit[k]:
            splits += 1; out.append(f"  SPLIT {show(e)}")
        else:
            hit[k] = 1
    exp_n += len(want); matched += sum(hit)
    for k, h in enumerate(hit):
        if not h: misses += 1; out.append(f"  MISS {sorted(want[k][0])} {want[k][1]}")
    if out: lines.append(f"[{i}] {text.split(chr(10))[0][:90]}  (expected {len(want)}, got {len(recs)})"); lines += out
pred = sum(len(byurl.get(f"https://try.example/{i}", [])) for i in range(len(P))) - optional
print(f"expected {exp_n}, records {pred} (+{optional} optional background), matched {matched}, false {false} (from non-event reports {neg_events}), "
      f"splits {splits}, misses {misses}; P {matched / max(1, pred):.2f} R {matched / max(1, exp_n):.2f}")
print('\n'.join(lines))
