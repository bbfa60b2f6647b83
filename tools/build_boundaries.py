#!/usr/bin/env python3
"""Builds crates/serve/ui/boundaries.json, the web map's base layer, from
../shared/data/gazetteer/boundaries.

Reproducible: the same inputs give the same file, byte for byte.

    python3 tools/build_boundaries.py [--shared ../shared] [--out crates/serve/ui/boundaries.json]

One JSON object {"governorates": FeatureCollection, "districts":
FeatureCollection}. Each feature keeps only what the map shows and the UI
filters by: pcode, Arabic and English names (governorates named exactly as
the store's admin1), and for districts their governorate. Coordinates are
rounded to 3 decimals (about 100 m, far below what a country map shows),
and a point equal to the one before it is dropped.

Sources and licences: governorates, OCHA COD-AB Syria 2020 (via
syrianzone/syrianzone); districts, OCHA COD Syria 2015 (via
alahwa/Syria-GeoJson-Maps); both CC BY 3.0 IGO, simplified to 5% upstream.
"""

import argparse
import json
import os


def ring(points):
    out = []
    for lon, lat, *_ in points:
        p = [round(lon, 3), round(lat, 3)]
        if not out or out[-1] != p:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def geometry(g):
    if g['type'] == 'Polygon':
        return {'type': 'Polygon', 'coordinates': [ring(r) for r in g['coordinates']]}
    if g['type'] == 'MultiPolygon':
        return {'type': 'MultiPolygon',
                'coordinates': [[ring(r) for r in poly] for poly in g['coordinates']]}
    raise SystemExit(f"unexpected geometry {g['type']}")


def collection(features):
    return {'type': 'FeatureCollection', 'features': features}


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--shared', default=os.path.join(here, '..', '..', 'shared'))
    ap.add_argument('--out', default=os.path.join(here, '..', 'crates', 'serve', 'ui', 'boundaries.json'))
    args = ap.parse_args()
    src = os.path.join(args.shared, 'data', 'gazetteer', 'boundaries')

    with open(os.path.join(src, 'syr_admin1.geojson'), encoding='utf-8') as f:
        admin1 = json.load(f)
    with open(os.path.join(src, 'syr_admin2.geojson'), encoding='utf-8') as f:
        admin2 = json.load(f)

    governorates = sorted(
        ({'type': 'Feature',
          'properties': {'pcode': p['ADM1_PCODE'], 'ar': p['ADM1_AR'], 'en': p['ADM1_EN']},
          'geometry': geometry(f['geometry'])}
         for f in admin1['features'] for p in [f['properties']]),
        key=lambda f: f['properties']['pcode'])
    districts = sorted(
        ({'type': 'Feature',
          'properties': {'pcode': p['PCODE'], 'ar': p['NAME_ARA'], 'en': p['NAME_EN'],
                         'admin1': p['ADMIN1_EN']},
          'geometry': geometry(f['geometry'])}
         for f in admin2['features'] for p in [f['properties']]),
        key=lambda f: f['properties']['pcode'])

    names = {f['properties']['en'] for f in governorates}
    stray = {f['properties']['admin1'] for f in districts} - names
    if len(governorates) != 14 or stray:
        raise SystemExit(f"expected 14 governorates naming every district's; stray: {stray}")

    out = {
        'attribution': 'Boundaries: UN OCHA COD-AB Syria (governorates 2020, districts 2015), CC BY 3.0 IGO',
        'governorates': collection(governorates),
        'districts': collection(districts),
    }
    with open(args.out, 'w', encoding='utf-8') as f:
        json.dump(out, f, ensure_ascii=False, separators=(',', ':'), sort_keys=True)
        f.write('\n')
    print(f"{args.out}: {len(governorates)} governorates, {len(districts)} districts, "
          f"{os.path.getsize(args.out)} bytes")


if __name__ == '__main__':
    main()
