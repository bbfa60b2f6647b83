#!/usr/bin/env python3
"""Checks rasad's exports with nothing but Python's standard library.

    python3 tools/check_exports.py --acled events.csv --geojson events.geojson [--jsonl events.jsonl]

- ACLED CSV: read with the csv module; the header must be ACLED's 31
  columns in ACLED's order, and every row must have 31 cells (quoted Arabic
  notes with commas, quotes and newlines included).
- GeoJSON: parsed with the json module; must be a FeatureCollection whose
  features each have a Point geometry ([longitude, latitude], finite, in
  range) or null, and an object of properties.
- JSON lines (optional): every line one object with the events.md §1 fields
  and the store's id.

Prints one summary line per file; exits 1 with the first problem on stderr.
"""

import argparse
import csv
import json
import math
import sys

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
    "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1",
    "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location",
    "latitude", "longitude", "geo_precision", "source", "source_scale",
    "notes", "fatalities", "tags", "timestamp",
]

# events.md §1: the record's fields, which no export may rename or drop.
RECORD_FIELDS = [
    "doc_id", "event_type", "sub_event_type", "actor1", "actor2",
    "assoc_actor1", "assoc_actor2", "location", "event_date",
    "time_precision", "fatalities", "injuries", "reported_by", "evidence",
    "confidence",
]


class Bad(Exception):
    pass


def check_acled(path):
    # newline="" lets the csv module see newlines inside quoted notes;
    # utf-8-sig accepts a file that a spreadsheet saved with a BOM.
    with open(path, newline="", encoding="utf-8-sig") as f:
        reader = csv.reader(f, strict=True)
        header = next(reader, None)
        if header != ACLED_COLUMNS:
            raise Bad(f"{path}: header is {header!r}, not ACLED's 31 columns")
        rows = 0
        for row in reader:
            rows += 1
            if len(row) != len(ACLED_COLUMNS):
                raise Bad(f"{path}:{reader.line_num}: row {rows} has {len(row)} columns, not 31")
    return f"{path}: ACLED header exact; {rows} rows, 31 columns each"


def check_geojson(path):
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        raise Bad(f"{path}: not a FeatureCollection")
    features = doc.get("features")
    if not isinstance(features, list):
        raise Bad(f"{path}: \"features\" is not a list")
    points = nulls = 0
    for i, feat in enumerate(features):
        where = f"{path}: features[{i}]"
        if not isinstance(feat, dict) or feat.get("type") != "Feature":
            raise Bad(f"{where}: not a Feature")
        if "geometry" not in feat:
            raise Bad(f"{where}: no geometry member (null is allowed, absent is not)")
        if not isinstance(feat.get("properties"), dict):
            raise Bad(f"{where}: properties is not an object")
        geom = feat["geometry"]
        if geom is None:
            nulls += 1
            continue
        if not isinstance(geom, dict) or geom.get("type") != "Point":
            raise Bad(f"{where}: geometry is neither a Point nor null")
        coords = geom.get("coordinates")
        if (
            not isinstance(coords, list)
            or len(coords) != 2
            or not all(isinstance(c, (int, float)) and math.isfinite(c) for c in coords)
        ):
            raise Bad(f"{where}: coordinates {coords!r} are not [lon, lat]")
        lon, lat = coords
        if not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise Bad(f"{where}: [{lon}, {lat}] is out of range for [lon, lat]")
        points += 1
    return (
        f"{path}: FeatureCollection, {len(features)} features "
        f"({points} Point, {nulls} null geometry)"
    )


def check_jsonl(path):
    n = 0
    with open(path, encoding="utf-8") as f:
        for i, line in enumerate(f, 1):
            if not line.strip():
                continue
            rec = json.loads(line)
            missing = [k for k in RECORD_FIELDS + ["id"] if k not in rec]
            if missing:
                raise Bad(f"{path}:{i}: missing {', '.join(missing)}")
            n += 1
    return f"{path}: {n} records with every events.md §1 field and an id"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--acled", action="append", default=[], help="an ACLED-style CSV")
    ap.add_argument("--geojson", action="append", default=[], help="a GeoJSON export")
    ap.add_argument("--jsonl", action="append", default=[], help="a JSON-lines export")
    args = ap.parse_args()
    if not (args.acled or args.geojson or args.jsonl):
        ap.error("nothing to check: give --acled, --geojson or --jsonl")
    checks = (
        [(check_acled, p) for p in args.acled]
        + [(check_geojson, p) for p in args.geojson]
        + [(check_jsonl, p) for p in args.jsonl]
    )
    try:
        for check, path in checks:
            print(check(path))
    except (Bad, OSError, ValueError, csv.Error) as e:
        print(f"check_exports: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
