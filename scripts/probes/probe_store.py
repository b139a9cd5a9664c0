# Shared by the probe scorers: ingest the leads, each as its own report, into a fresh store, and read the store's
# records back grouped by the lead's URL.
import collections, json, os, subprocess

WORKTREE = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def ingest(rows, jsonl, db, no_filter=True):
    """Writes rows (dicts with url, title, published, text) to jsonl and ingests them into a new store at db."""
    folder, name = os.path.split(db)
    for f in os.listdir(folder):
        if f.startswith(name): os.remove(os.path.join(folder, f))
    with open(jsonl, 'w') as o:
        for r in rows: o.write(json.dumps(r) + "\n")
    subprocess.run(['nice', './sitrep', 'ingest', jsonl, '--db', db] + (['--no-filter'] if no_filter else []),
                   cwd=WORKTREE, capture_output=True)


def by_url(db, kind):
    """The store's records of one kind ('event', 'statement', ...), listed under each of their reports' URLs."""
    out = subprocess.run(['./sitrep', 'export', '--format', 'jsonl', '--db', db], cwd=WORKTREE, capture_output=True,
                         text=True).stdout
    recs = [json.loads(l) for l in out.splitlines() if l.strip()]
    reps = {r['id']: r.get('url') for r in recs if r.get('kind') == 'report'}
    grouped = collections.defaultdict(list)
    for r in recs:
        if r.get('kind') != kind: continue
        for rep in r.get('reports', []): grouped[reps.get(rep, rep)].append(r)
    return grouped
