# Scores statement probe leads: python3 scripts/probes/score_statements.py scripts/probes/stmt10_leads.py TAG
# Ingests each lead as its own report into /tmp/stmt-TAG.db; a statement is found when its type and speaker agree
# (one predicted statement answers one expected). Prints found/expected, the misses and the false statements,
# and writes them to /tmp/stmt-TAG.out. Add "score" as third argument to re-score an existing store.
import sys
from probe_store import ingest, by_url
ns={}; exec(open(sys.argv[1]).read(),ns); P=ns['P']
tag=sys.argv[2]; db=f'/tmp/stmt-{tag}.db'; rerun=len(sys.argv)<4
if rerun:
    ingest([{"url":f"https://stmt.example/{i}","title":f"case {i}","published":pub,"text":text} for i,(pub,text,_) in enumerate(P)],
           f'/tmp/stmt-{tag}.jsonl', db)
by=by_url(db,'statement')
found=total=false=0; lines=[]
for i,(pub,text,want) in enumerate(P):
    got=list(by.get(f"https://stmt.example/{i}",[]))
    left=list(got)
    for typ,spk in want:
        spk=spk if isinstance(spk,list) else [spk]
        total+=1
        hit=next((s for s in left if s.get('plover')==typ and s.get('speaker') in spk),None)
        if hit: found+=1; left.remove(hit)
        else: lines.append(f"MISS {i}\t{typ} {spk[0]}\tgot: {[(s.get('plover'),s.get('speaker')) for s in got]}")
    for s in left:
        if not any(t==s.get('plover') for t,_ in want):
            false+=1; lines.append(f"FALSE {i}\t{s.get('plover')} {s.get('speaker')}\t{(s.get('summary') or s.get('about') or '')[:100]}")
print(f"found {found}/{total}, false {false}")
open(f'/tmp/stmt-{tag}.out','w').write("\n".join(lines)+"\n")
print("\n".join(lines))
