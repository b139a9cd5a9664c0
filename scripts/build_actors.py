#!/usr/bin/env python3
"""Derives Sitrep's Phoenix actor rows (phoenix-actors.tsv.gz, phoenix-people.tsv.gz) from the Phoenix actor and
agent dictionaries of PETRARCH2 (MIT, Open Event Data Alliance). See build-actors for the sources and the rules.

What is kept, and how it maps to Sitrep's columns:
- Countries file, country blocks ("AFGHANISTAN_ [AFG]"): "Government of <country>" (government) with the country's
  own spellings; cities and demonyms that Phoenix uses as stand-ins for the country are dropped.
- Countries file, national institutions (undated [AAAMIL], [AAACOP], [AAAGOV]): aliases of "Military Forces of",
  "Police Forces of" and "Government of <country>".
- Countries file, people (dated codes): one person row per whole-government, military or police role (codes
  AAAGOV, AAAMIL, AAACOP) that ran into 2005 or later; sector ministers and other roles (elites out of office,
  business, media ...) are left out.
- International file: IGO and NGO actors, one per code, named by its first entry; companies (MNC) are left out.
- MilNonState file: one armed group per entry (REB: rebel, else militia); country from the code.
- Agents file: military and police agent words (~MIL, ~COP) after each country's demonyms ("Malian soldiers",
  "Somali police") as aliases of the country's military and police.
- scripts/phoenix-fixes.tsv: stale or wrong aliases dropped, open roles closed.
Deterministic: rows sorted, gzip without name or time.
"""
import argparse, gzip, io, os, re, zipfile
from difflib import SequenceMatcher

MAX_WORDS = 6
SMALL = {"of", "the", "for", "and", "in", "on", "at", "to", "de", "la", "du", "des", "al", "el", "wa", "bin"}
THE = {"US": "the United States", "GB": "the United Kingdom", "AE": "the United Arab Emirates", "PH": "the Philippines",
       "NL": "the Netherlands", "CF": "the Central African Republic", "CD": "the Democratic Republic of Congo",
       "CG": "the Republic of Congo", "BS": "the Bahamas", "GM": "the Gambia", "CZ": "the Czech Republic",
       "DO": "the Dominican Republic", "MV": "the Maldives", "KM": "the Comoros", "SB": "the Solomon Islands",
       "PS": "Palestine"}
NAME = {"RU": "Russia", "IR": "Iran", "SY": "Syria", "KR": "South Korea", "KP": "North Korea", "VN": "Vietnam",
        "LA": "Laos", "MD": "Moldova", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "TW": "Taiwan",
        "BN": "Brunei", "SZ": "Eswatini", "CV": "Cape Verde", "CI": "Ivory Coast", "MK": "North Macedonia",
        "FM": "Micronesia", "TR": "Turkey", "CZ": "Czech Republic"}
IGO_NAMES = {"IGOUNO": "United Nations"}


def key(s):
    s = s.lower().replace("'", "")
    return " ".join(re.sub(r"[^0-9a-z\u00c0-\u024f]+", " ", s).split())


def words(phoenix):
    return phoenix.replace("_", " ").strip()


def titled(phoenix):
    out = []
    for i, w in enumerate(words(phoenix).split()):
        lw = w.lower()
        if i > 0 and lw in SMALL:
            out.append(lw)
        elif "-" in w and w.split("-")[0].lower() in {"al", "el"}:
            out.append(lw.split("-")[0] + "-" + "-".join(p.capitalize() for p in lw.split("-")[1:]))
        else:
            out.append(w if len(w) <= 4 and w.isupper() and not re.search(r"[AEIOU]", w[1:]) else w.capitalize())
    return " ".join(out)


def parse(path):
    """TABARI actor entries: (name, aliases, [(code, from, to)], comment)."""
    entries, cur = [], None
    with open(path, encoding="utf-8", errors="replace") as f:
        for raw in f:
            line = raw.rstrip("\n")
            comment = line.split("#", 1)[1] if "#" in line else ""
            body = line.split("#", 1)[0]
            if not body.strip():
                continue
            codes = re.findall(r"\[([^\]]*)\]", body)
            text = re.sub(r"\[[^\]]*\]", "", body).strip()
            if body[0] in " \t" and not text:
                if cur:
                    cur[2].extend(code(c) for c in codes)
                continue
            if text.startswith("+"):
                if cur:
                    for a in text.split("+"):
                        if a.strip():
                            cur[1].append(a.strip())
                    cur[2].extend(code(c) for c in codes)
                continue
            cur = [text, [], [code(c) for c in codes], comment]
            entries.append(cur)
    return [e for e in entries if e[2]]


def date(s):
    s = s.strip()
    if len(s) == 6:
        yy = int(s[:2])
        return f"{2000 + yy if yy <= 14 else 1900 + yy}-{s[2:4]}-{s[4:6]}"
    if len(s) == 8:
        return f"{s[:4]}-{s[4:6]}-{s[6:8]}"
    return None


def code(c):
    parts = c.split()
    if not parts:
        return ("", None, None)
    c0, span = parts[0], parts[1] if len(parts) > 1 else ""
    if span.startswith(">"):
        return (c0, date(span[1:]), None)
    if span.startswith("<"):
        return (c0, None, date(span[1:]))
    if "-" in span:
        a, b = span.split("-", 1)
        return (c0, date(a), date(b))
    return (c0, None, None)


def plural(w):
    last = w.split()[-1]
    if last in ("police", "personnel", "staff", "military", "security", "enforcement", "intelligence") or last.endswith("s"):
        return w
    if last.endswith("man"):
        return w[:-3] + "men"
    if last.endswith("y") and last[-2] not in "aeiou":
        return w[:-1] + "ies"
    return w + "s"


def good_alias(a):
    n = words(a)
    # Three letters or fewer are mostly acronyms that are also words or other groups' names ("CAR", "IS").
    return 0 < len(n.split()) <= MAX_WORDS and not re.search(r"[{}!<>]", n) and len(key(n).replace(" ", "")) > 3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dicts", required=True)
    ap.add_argument("--country-info", required=True, help="jar holding geonames.org/countryInfo.txt")
    ap.add_argument("--countries", required=True, help="Sitrep countries.tsv and world-countries.tsv.gz, comma-separated")
    ap.add_argument("--fixes", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()

    iso3 = {}
    with zipfile.ZipFile(args.country_info) as z:
        for line in io.TextIOWrapper(z.open("geonames.org/countryInfo.txt"), encoding="utf-8"):
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            iso3[c[1]] = (c[0], NAME.get(c[0], c[4]))
    demonyms = {}
    for p in args.countries.split(","):
        opener = gzip.open if p.endswith(".gz") else open
        with opener(p, "rt", encoding="utf-8") as f:
            header = None
            for line in f:
                if line.startswith("#"):
                    continue
                c = line.rstrip("\n").split("\t")
                if header is None:
                    header = c
                    continue
                row = dict(zip(header, c))
                demonyms.setdefault(row["code"], set()).update(d for d in row.get("demonyms", "").split("|") if d)

    drop_alias, drop_entry, end = set(), set(), {}
    with open(args.fixes, encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if not l.startswith("#") and l.strip()][1:]
    for action, name, value in rows:
        k = key(words(name))
        if action == "drop-alias":
            drop_alias.add(k)
        elif action == "drop-entry":
            drop_entry.add(k)
        elif action == "end":
            end[k] = value

    actors = {}   # id -> [name, type, country, affiliation, aliases(list)]
    people = []

    def actor(aid, name, typ, cc, aliases=()):
        a = actors.setdefault(aid, [name, typ, cc or "", "", []])
        for x in aliases:
            if good_alias(x) and key(words(x)) not in drop_alias:
                a[4].append(titled(x) if x.isupper() else words(x))
        return aid

    def country_name(cc, name):
        return THE.get(cc, name)

    def role_actor(cc, role):
        name = country_name(cc, iso3_by_cc[cc])
        if role == "MIL":
            return actor(f"phx-{cc}-mil", f"Military Forces of {name}", "state_military", cc)
        if role == "COP":
            return actor(f"phx-{cc}-cop", f"Police Forces of {name}", "state_military", cc)
        return actor(f"phx-{cc}-gov", f"Government of {name}", "government", cc)

    iso3_by_cc = {cc: n for cc, n in iso3.values()}
    d = args.dicts
    for name, aliases, codes, comment in parse(os.path.join(d, "Phoenix.Countries.actors.txt")):
        if key(words(name)) in drop_entry:
            continue
        c0 = codes[0][0]
        if len(c0) == 3 and c0 in iso3 and not codes[0][1] and not codes[0][2]:
            cc, cname = iso3[c0]
            aid = role_actor(cc, "GOV")
            base = key(cname)
            for a in [name] + aliases:
                k = key(words(a))
                dem = k != base and (k.startswith(base) or re.search(r"(ian|ese|ish|i)$", k) and not base.endswith(k[-1]))
                if not dem and (base in k or SequenceMatcher(None, k, base).ratio() >= 0.8):
                    actor(aid, "", "", "", [a])
            continue
        dated = any(f or t for _, f, t in codes) or "CountryInfo" in comment
        if not dated:
            for c, _, _ in codes:
                if len(c) >= 6 and c[:3] in iso3 and c[3:6] in ("MIL", "COP", "GOV"):
                    actor(role_actor(iso3[c[:3]][0], c[3:6]), "", "", "", [name] + aliases)
                    break
            continue
        for c, f, t in codes:
            # Whole-government, military and police codes only (a head of state or government, a commander);
            # sector ministers (GOVBUS, GOVHRI ...) of 2000-2014 would be most of the rows and seldom in the news.
            if len(c) != 6 or c[:3] not in iso3 or c[3:6] not in ("GOV", "MIL", "COP"):
                continue
            t = t or end.get(key(words(name)))
            if t and t < "2005-01-01":
                continue
            if f and t and f > t:
                continue
            org = role_actor(iso3[c[:3]][0], c[3:6])
            people.append([titled(name), [words(a) for a in aliases if good_alias(a) and key(words(a)) not in drop_alias],
                           org, f or "", t or ""])

    by_code = {}
    for name, aliases, codes, _ in parse(os.path.join(d, "Phoenix.International.actors.txt")):
        c0 = codes[0][0]
        if c0[:3] not in ("IGO", "NGO") or key(words(name)) in drop_entry or any(f or t for _, f, t in codes):
            continue
        aid = by_code.get(c0)
        if aid is None:
            aid = by_code[c0] = f"phx-{c0.lower()}"
            actor(aid, IGO_NAMES.get(c0, titled(name)), "igo" if c0.startswith("IGO") else "ngo", "")
        actor(aid, "", "", "", [name] + aliases)

    for name, aliases, codes, _ in parse(os.path.join(d, "Phoenix.MilNonState.actors.txt")):
        c0 = codes[0][0]
        if key(words(name)) in drop_entry or any(f or t for _, f, t in codes):
            continue
        m = re.match(r"^(.*?)_?\(([^)]*)\)_?$", name.strip())
        canon, acro = (m.group(1), [m.group(2)]) if m else (name, [])
        cc = iso3[c0[:3]][0] if c0[:3] in iso3 else ""
        aid = "phx-g-" + key(words(canon)).replace(" ", "-")[:60]
        actor(aid, titled(canon), "rebel" if "REB" in c0 else "militia", cc, [canon] + acro + aliases)

    agents = {"MIL": [], "COP": []}
    with open(os.path.join(d, "Phoenix.agents.txt"), encoding="utf-8", errors="replace") as f:
        for line in f:
            body = line.split("#", 1)[0]
            m = re.match(r"^([A-Z_\-]+)\s*(\{[^}]*\})?\s*\[~(MIL|COP)\]", body.strip())
            if m and len(m.group(1).split("_")) <= 3:
                w = words(m.group(1)).lower()
                agents[m.group(3)] += [w, plural(w)]
    for cc, dems in demonyms.items():
        if cc not in iso3_by_cc:
            continue
        for role in ("MIL", "COP"):
            aid = role_actor(cc, role)
            actor(aid, "", "", "", [f"{dm} {w}" for dm in sorted(dems) for w in agents[role]])

    os.makedirs(args.out, exist_ok=True)
    head = ("# Sitrep actors derived from the Phoenix dictionaries by scripts/build-actors; do not edit (actors.tsv wins:"
            " see ActorRegistry).\n# Source: openeventdata/petrarch2 @ 676801cd (data/dictionaries/Phoenix.*.actors.txt,"
            " Phoenix.agents.txt; 2014), MIT License, (c) 2014 Open Event Data Alliance (NOTICE). Changed by Sitrep:"
            " mapped to Sitrep's columns, fixes in scripts/phoenix-fixes.tsv. Open-ended roles are as of 2014-01-30.\n")
    lines = [head + "id\tname\ttype\tcountry\taffiliation\tumbrella\taliases"]
    for aid in sorted(actors):
        name, typ, cc, aff, al = actors[aid]
        seen, keep = {key(name)}, []
        for a in al:
            if key(a) not in seen:
                seen.add(key(a))
                keep.append(a.replace("\t", " ").replace("|", " "))
        lines.append("\t".join([aid, name, typ, cc, aff, "", "|".join(keep)]))
    write(os.path.join(args.out, "phoenix-actors.tsv.gz"), lines)
    plines = [head + "id\tname\taliases\ttitle\torganisation\tfrom\tto\tnote"]
    people.sort(key=lambda p: (key(p[0]), p[3], p[2]))
    for i, (name, aliases, org, f, t) in enumerate(people):
        plines.append("\t".join([f"phx-p{i}", name, "|".join(dict.fromkeys(aliases)), "", org, f, t, ""]))
    write(os.path.join(args.out, "phoenix-people.tsv.gz"), plines)
    print(f"build-actors: {len(actors)} actors, {len(people)} people rows")


def write(path, lines):
    with open(path, "wb") as raw:
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
            gz.write(("\n".join(lines) + "\n").encode("utf-8"))


if __name__ == "__main__":
    main()
