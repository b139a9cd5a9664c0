# Counts events per probe lead: python3 scripts/probes/score_negatives.py scripts/probes/neg10_leads.py TAG [--no-filter]
# Each lead is ingested as its own report (a first line ending in a newline is its title) into /tmp/neg10-TAG.db, as
# `sitrep ingest` runs by default (relevance filter on) unless --no-filter. Prints the leads whose event count differs
# from the expected one (0 for a non-event, 1 for a real event), with each event's type, place and sentence.
import sys
from probe_store import ingest, by_url

ns={}; exec(open(sys.argv[1]).read(),ns); P=ns['P']
tag=sys.argv[2]
nofilter='--no-filter' in sys.argv[3:]
db=f'/tmp/neg10-{tag}.db'
rows=[]
for i,(pub,text,exp) in enumerate(P):
    title,body=(text.split('\n',1) if '\n' in text else (f"case {i}",text))
    rows.append({"url":f"https://try.example/{i}","title":title,"published":pub,"text":body})
ingest(rows, f'/tmp/neg10-{tag}.jsonl', db, no_filter=nofilter)
byurl=by_url(db,'event')
def sentence(e):
    for ev in e.get('evidence') or []:
        if ev.get('field')=='sentence' and ev.get('text'): return ev['text']
    return ''
neg=[i for i,x in enumerate(P) if x[2]==0]; pos=[i for i,x in enumerate(P) if x[2]>0]
false_events=sum(len(byurl.get(f"https://try.example/{i}",[])) for i in neg)
false_reports=sum(1 for i in neg if byurl.get(f"https://try.example/{i}"))
pos_ok=sum(1 for i in pos if len(byurl.get(f"https://try.example/{i}",[]))==P[i][2])
pos_some=sum(1 for i in pos if byurl.get(f"https://try.example/{i}"))
print(f"negatives: {false_events} events from {false_reports} of {len(neg)} reports")
print(f"positives: {pos_ok} of {len(pos)} with exactly the expected count, {pos_some} with at least one event")
for i,(pub,text,exp) in enumerate(P):
    evs=byurl.get(f"https://try.example/{i}",[])
    if len(evs)==exp: continue
    print(f"[{i}] expected {exp}, got {len(evs)}: {text[:110].replace(chr(10),' | ')}")
    for e in evs:
        print(f"    {e.get('event_type')}/{e.get('sub_event_type')} {e.get('date')} {e.get('location')} a1={e.get('actor1')} a2={e.get('actor2')} :: {sentence(e)[:200]}")
