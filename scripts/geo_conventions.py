#!/usr/bin/env python3
"""Measures what another point convention for countries and first-level regions would do, per corpus and per
feature class, from an errors TSV of `sitrep eval-geo --mode resolution --errors FILE` (all four corpora).

Only the place chosen moves, not the choice: a toponym resolved to country or region X counts as gained (lost) if the
alternative point of X lies within (beyond) 161 km of its gold point where the current one does not (does).
Conventions compared:
  geonames   GeoNames' own point of the entity, read off the GeoWebNews gold, which uses GeoNames' points (where a
             GeoWebNews toponym's gold GeoNames id equals the chosen one). A measurement only: points read off a
             benchmark's gold must never enter the gazetteer.
  mean, wmean, median, trimbox, biggest   (regions only) the mean, population-weighted mean, coordinate median of the
             region's towns in world-places.tsv.gz, the middle of their box without the outer 2%, the biggest town.
Usage: scripts/geo_conventions.py ERRORS.tsv
"""
import collections
import csv
import gzip
import math
import os
import statistics
import sys

PLACES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "sitrep-core", "src", "main", "resources",
                      "org", "sitrep", "resolve", "place", "world-places.tsv.gz")


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (*a, *b))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1.0, math.sqrt(h)))


def feature_class(place_id):
    return "country" if place_id.startswith("country:") else "admin1" if place_id.startswith("gn-adm1-") else None


def geonames_points(rows):
    seen = collections.defaultdict(collections.Counter)
    for r in rows:
        if r["corpus"] == "GeoWebNews" and r["gold_geonames_id"] and r["gold_geonames_id"] == r["place_geonames_id"]:
            seen[r["place_id"]][(float(r["gold_lat"]), float(r["gold_lon"]))] += 1
    return {pid: c.most_common(1)[0][0] for pid, c in seen.items()}


def region_points():
    ids, towns = {}, collections.defaultdict(list)
    with gzip.open(PLACES, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or line.startswith("id\t"):
                continue
            c = line.rstrip("\n").split("\t")
            if c[2] == "admin1":
                ids[(c[3], c[4])] = c[0]
            elif c[2] == "town":
                towns[(c[3], c[4])].append((float(c[5]), float(c[6]), int(c[7] or 0)))
    conv = collections.defaultdict(dict)
    for key, pid in ids.items():
        t = towns.get(key)
        if not t:
            continue
        lats, lons = sorted(x[0] for x in t), sorted(x[1] for x in t)
        n, cut, pop = len(t), int(len(t) * 0.02), sum(x[2] for x in t)
        conv["mean"][pid] = (sum(lats) / n, sum(lons) / n)
        conv["wmean"][pid] = ((sum(x[0] * x[2] for x in t) / pop, sum(x[1] * x[2] for x in t) / pop)
                              if pop else conv["mean"][pid])
        conv["median"][pid] = (statistics.median(lats), statistics.median(lons))
        conv["trimbox"][pid] = ((lats[cut] + lats[n - 1 - cut]) / 2, (lons[cut] + lons[n - 1 - cut]) / 2)
        big = max(t, key=lambda x: x[2])
        conv["biggest"][pid] = (big[0], big[1])
    return conv


def compare(rows, points, classes):
    table = collections.defaultdict(collections.Counter)
    by_place = collections.defaultdict(collections.Counter)
    for r in rows:
        cls, pid = feature_class(r["place_id"]), r["place_id"]
        if cls not in classes or pid not in points:
            continue
        now = float(r["error_km"]) < 161
        alt = km((float(r["gold_lat"]), float(r["gold_lon"])), points[pid]) < 161
        if alt != now:
            sign = "+" if alt else "-"
            table[(cls, r["corpus"])][sign] += 1
            by_place[pid][r["corpus"] + sign] += 1
    return table, by_place


def main(path):
    with open(path, encoding="utf-8") as f:
        rows = [r for r in csv.DictReader(f, delimiter="\t") if r["mode"] == "resolution"]
    corpora = ["GeoWebNews", "LGL", "TR-News", "GeoVirus"]
    conventions = [("geonames", geonames_points(rows), ("country", "admin1"))]
    conventions += [(name, pts, ("admin1",)) for name, pts in region_points().items()]
    for name, points, classes in conventions:
        table, by_place = compare(rows, points, classes)
        for cls in classes:
            cells = [f"{c} +{table[(cls, c)]['+']} -{table[(cls, c)]['-']}" for c in corpora]
            net = sum(table[(cls, c)]["+"] - table[(cls, c)]["-"] for c in corpora)
            print(f"{name:9} {cls:8} " + "  ".join(cells) + f"  net {net:+d}")
        if name == "geonames":
            for pid, c in sorted(by_place.items(), key=lambda x: -sum(x[1].values()))[:12]:
                print(f"    {pid} {dict(sorted(c.items()))}")


if __name__ == "__main__":
    main(sys.argv[1])
