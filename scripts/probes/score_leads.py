# Scores probe leads: python3 scripts/probes/score_leads.py scripts/probes/fields9_leads.py TAG (ingests each lead as its own report into /tmp/fields9-TAG.db, prints fields right per field, writes /tmp/TAG.wrong).
import sys,collections
from probe_store import ingest, by_url

ns={}; exec(open(sys.argv[1]).read(),ns); P=ns['P']
tag=sys.argv[2]
db=f'/tmp/fields9-{tag}.db'
score_only=len(sys.argv)>3
if not score_only:
    ingest([{"url":f"https://try.example/{i}","title":f"case {i}","published":pub,"text":text} for i,(pub,text,exp) in enumerate(P)],
           f'/tmp/{tag}.jsonl', db)
byurl=by_url(db,'event')
FIELDS=['actor1','actor2','weapon','status','claimed_by','fatalities']
def val(e,f):
    if f=='claimed_by':
        for c in e.get('claims') or []:
            if c.get('kind','claim')=='claim' : return c.get('by')
        return e.get('claimed_by')
    return e.get(f)
def ok(exp,got):
    acc=exp if isinstance(exp,list) else [exp]
    return got in acc
right=collections.Counter(); total=collections.Counter(); wrong=[]
for i,(pub,text,exp) in enumerate(P):
    evs=byurl.get(f"https://try.example/{i}",[])
    best=None;bs=-1
    for e in evs:
        s=sum(ok(v,val(e,f)) for f,v in exp.items())
        if s>bs: best,bs=e,s
    for f in FIELDS:
        if f not in exp: continue
        total[f]+=1
        got=val(best,f) if best else 'NO EVENT'
        if best and ok(exp[f],got): right[f]+=1
        else: wrong.append((i,f,got,exp[f]))
print('events', sum(1 for i in range(len(P)) if byurl.get(f"https://try.example/{i}")), '/', len(P))
for f in FIELDS: print(f"{f:11s} {right[f]}/{total[f]} = {right[f]/max(1,total[f]):.2f}")
print('all', sum(right.values()),'/',sum(total.values()))
with open(f'/tmp/{tag}{sys.argv[3] if score_only else ""}.wrong','w') as o:
    for i,f,g,x in wrong: o.write(f"{i}\t{f}\tgot={g}\texp={x}\t{P[i][1][:140]}\n")
