#!/usr/bin/env python3
"""Builds crates/pack/data/gazetteer.tsv from ../shared/data/gazetteer.

Reproducible: the same inputs give the same file, byte for byte.

    python3 tools/build_gazetteer.py [--shared ../shared] [--out crates/pack/data/gazetteer.tsv]

Rows:
- every OCHA 2015 community (id = its P-code, precision 1), with the Arabic
  alternates of the GeoNames place at the same spot as aliases;
- GeoNames places no community matches (id = geonames:<id>);
- the OCHA admin units from Open-Syria: governorates (precision 3, at
  their centroid), districts and sub-districts (precision 2, at the point of
  their seat, the community OCHA marks as their capital), with their Arabic
  aliases;
- "ريف X الشمالي/الجنوبي/الشرقي/الغربي" (and the four diagonals) for every
  governorate but Damascus, precision 2, at the median of the governorate's
  communities lying that way from its capital.

Sources and licences: UN OCHA COD Syria 2015 (CC BY 3.0 IGO), Open-Syria
data-geography (CC BY 4.0), GeoNames (CC BY 4.0).
"""

import argparse
import json
import math
import os
import re
import statistics
import sys

ARABIC = re.compile('[\u0600-\u06FF]')
ARABIC_NAME = re.compile('[\u0621-\u063A\u0641-\u065F\u0670 ]+')
COLUMNS = ['id', 'kind', 'name_ar', 'name_en', 'pcode', 'admin1', 'admin2', 'admin3',
           'lat', 'lon', 'precision', 'rank', 'population', 'aliases', 'source']

# Open-Syria governorate P-code -> the spelling of events.md §4 (OCHA's).
ADMIN1 = {
    'SY01': 'Damascus', 'SY02': 'Aleppo', 'SY03': 'Rural Damascus', 'SY04': 'Homs',
    'SY05': 'Hama', 'SY06': 'Lattakia', 'SY07': 'Idleb', 'SY08': 'Al-Hasakeh',
    'SY09': 'Deir-ez-Zor', 'SY10': 'Tartous', 'SY11': 'Ar-Raqqa', 'SY12': "Dar'a",
    'SY13': 'As-Sweida', 'SY14': 'Quneitra',
}

# "ريف X <direction>": (Arabic adjective, English, bearing in degrees).
DIRECTIONS = [
    ('الشمالي', 'north', 0), ('الشمالي الشرقي', 'north-east', 45),
    ('الشرقي', 'east', 90), ('الجنوبي الشرقي', 'south-east', 135),
    ('الجنوبي', 'south', 180), ('الجنوبي الغربي', 'south-west', 225),
    ('الغربي', 'west', 270), ('الشمالي الغربي', 'north-west', 315),
]


def norm(s):
    """A close cousin of the Rust normaliser, only to compare names here."""
    s = re.sub('[\u064B-\u065F\u0670\u0640\u200c-\u200f]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    return ' '.join(s.split())


def km(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def bearing(lat1, lon1, lat2, lon2):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dl = math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return (math.degrees(math.atan2(x, y)) + 360) % 360


def clean(s):
    return ' '.join((s or '').replace('\t', ' ').split())


def arabic_aliases(values, name_ar):
    """Arabic alternates worth matching: not the name itself, no digits,
    no punctuation, no administrative prefix."""
    seen, out = {norm(name_ar)}, []
    for v in values:
        v = clean(v.replace('\u200e', '').replace('\u200f', ''))
        # Arabic letters only: GeoNames also holds Kurdish and Persian forms.
        if not ARABIC_NAME.fullmatch(v) or v.startswith('ناحية'):
            continue
        if norm(v) not in seen:
            seen.add(norm(v))
            out.append(v)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap.add_argument('--shared', default=os.path.join(root, '..', 'shared'))
    ap.add_argument('--out', default=os.path.join(root, 'crates', 'pack', 'data', 'gazetteer.tsv'))
    args = ap.parse_args()
    g = os.path.join(args.shared, 'data', 'gazetteer')

    with open(os.path.join(g, 'ocha2015', 'syr_admin4_point.geojson'), encoding='utf-8', errors='replace') as f:
        communities = [feat['properties'] for feat in json.load(f)['features']]
    with open(os.path.join(g, 'geonames', 'syria_cities500.json'), encoding='utf-8') as f:
        geonames = json.load(f)
    units = {}
    for level in ('governorates', 'districts', 'subdistricts'):
        with open(os.path.join(g, 'open_syria', level + '.json'), encoding='utf-8') as f:
            units[level] = json.load(f)

    rows = []
    by_name = {}
    for p in communities:
        by_name.setdefault(norm(p['NAME_ARA']), []).append(p)

    # GeoNames places: join to the community of the same name within 10 km,
    # else to any community within 2.5 km (a spelling variant), else a row.
    alias_of = {}
    extra_rows = []
    for x in sorted(geonames, key=lambda x: x['geonameid']):
        alts = [a for a in x['alternatenames'] if ARABIC.search(a)]
        lat, lon = x['latitude'], x['longitude']
        hit = None
        for a in alts:
            for p in by_name.get(norm(a), []):
                d = km(lat, lon, p['LATITUDE'], p['LONGITUDE'])
                if d < 10 and (hit is None or d < hit[0]):
                    hit = (d, p)
        if hit is None:
            near = min(communities, key=lambda p: km(lat, lon, p['LATITUDE'], p['LONGITUDE']))
            if km(lat, lon, near['LATITUDE'], near['LONGITUDE']) < 2.5:
                hit = (0, near)
        if hit is not None:
            entry = alias_of.setdefault(hit[1]['PCODE'], {'geonames': x['geonameid'], 'alts': [], 'pop': 0})
            entry['alts'].extend(alts)
            entry['pop'] = max(entry['pop'], x.get('population') or 0)
            continue
        if not alts:
            continue
        near = min(communities, key=lambda p: km(lat, lon, p['LATITUDE'], p['LONGITUDE']))
        name_ar = clean(alts[-1])
        extra_rows.append({
            'id': 'geonames:%d' % x['geonameid'], 'kind': 'town', 'name_ar': name_ar,
            'name_en': clean(x['name']), 'pcode': '', 'admin1': near['ADMIN1_EN'],
            'admin2': near['ADMIN2_EN'], 'admin3': near['ADMIN3_EN'],
            'lat': lat, 'lon': lon, 'precision': 1, 'rank': 1,
            'population': x.get('population') or 0,
            'aliases': arabic_aliases(alts, name_ar),
            'source': 'GeoNames %d (admin from nearest OCHA community %s)' % (x['geonameid'], near['PCODE']),
        })

    # OCHA tells apart same-named villages by adding their district or
    # sub-district ("الدردارة تل تمر", "تل شعير راس العين"); news writes the
    # village alone. The units of each district, by Arabic name:
    units_of = {}
    for p in communities:
        for unit in (p['ADMIN2_ARA'], p['ADMIN3_ARA']):
            u = norm(unit or '')
            # (Also without ال: "الداودية حسكة".)
            bare = u.removeprefix('مركز ')
            # (And a mountain district by its mountain's name: "باشكوي
            # سمعان" of جبل سمعان.)
            mountain = bare.removeprefix('جبل ')
            units_of.setdefault(p['ADMIN2_COD'], set()).update({u, bare, bare.removeprefix('ال'), mountain} - {''})
    # A bare compound head is no village name ("خربة القبو", "قصر المخرم").
    heads = {'خربه', 'قصر', 'تل', 'دير', 'عين', 'ابو', 'ام', 'بيت', 'جسر', 'كفر', 'بئر', 'بير', 'قريه', 'مزرعه'}
    # Nor is a word, a place abroad or another town's name left when the
    # unit goes (زيارة "a visit", حيفا, رأس العين of Hasakeh, معرة النعمان).
    not_alone = {norm(w) for w in (
        'المسنة زيارة الزيارة قنطرة الميدان خالدية حمو القاضي حيفا كنيسة نحل بديع السفح حاوي '
        'جديدة بيرة معرة اللد حطين قيروان ميسلون الخزنة غزالة مروح جوم ربيعة شيحة').split()}
    not_alone.add(norm('رأس العين'))

    def without_unit(p, name_ar):
        name = norm(name_ar)
        for u in sorted(units_of.get(p['ADMIN2_COD'], ()), key=len, reverse=True):
            if name.endswith(' ' + u):
                rest = name[:-len(u)].strip(' -/').removesuffix(' قرب')
                if len(rest.replace(' ', '')) >= 3 and rest not in heads and rest not in not_alone:
                    return [clean(name_ar)[:len(rest)]] if norm(clean(name_ar)[:len(rest)]) == rest else [rest]
        return []

    # Twin villages a few kilometres apart, told apart by a last word
    # ("عرب حسن كبير" / "عرب حسن صغير", "السلحبية شرقية" / "غربية"): news
    # often writes the shared name alone. It becomes an alias of the first
    # twin (by P-code) when no community bears it as its own name, and when
    # it has two words at least (one left alone is too often a plain word:
    # أربعة، حية، بستان).
    twin_words = {norm(w) for w in (
        'كبير صغير كبيرة صغيرة الكبير الصغير الكبيرة الصغيرة الكبرى الصغرى فوقاني تحتاني '
        'الفوقاني التحتاني شرقي غربي شرقية غربية الشرقي الغربي الشرقية الغربية').split()}
    twins = {}
    for p in communities:
        words = norm(p['NAME_ARA']).split()
        if len(words) >= 2 and words[-1] in twin_words:
            twins.setdefault(' '.join(words[:-1]), []).append(p)
    twin_alias = {}
    for base, ps in sorted(twins.items()):
        ps = sorted(ps, key=lambda p: p['PCODE'])
        close = all(km(ps[0]['LATITUDE'], ps[0]['LONGITUDE'], q['LATITUDE'], q['LONGITUDE']) <= 5 for q in ps)
        if len(ps) >= 2 and close and base not in by_name and ' ' in base:
            twin_alias[ps[0]['PCODE']] = clean(ps[0]['NAME_ARA'])[:len(base)] \
                if norm(clean(ps[0]['NAME_ARA'])[:len(base)]) == base else base

    # A GeoNames alternate that is the OCHA name of a larger community far
    # away names that other place (شاش حمدان near Manbij listed as
    # "قباسين", the town of Al-Bab district).
    def own_alts(p, alts):
        pop = lambda q: alias_of.get(q['PCODE'], {}).get('pop', 0)
        return [a for a in alts if not any(
            q['PCODE'] != p['PCODE'] and pop(q) > pop(p)
            and km(p['LATITUDE'], p['LONGITUDE'], q['LATITUDE'], q['LONGITUDE']) > 10
            for q in by_name.get(norm(a), []))]

    rank_of = {0: 5, 1: 4, 2: 3, 3: 2}
    for p in sorted(communities, key=lambda p: p['PCODE']):
        name_ar = clean(p['NAME_ARA'])
        if '\ufffd' in name_ar:
            # The source has invalid bytes in 6 names: keep the place, name it
            # by its English name so nothing matches garbage.
            name_ar = ''
        joined = alias_of.get(p['PCODE'], {})
        # Some OCHA entries merge two villages ("العريضة-خطملو",
        # "الصرة_كوباك"): each part is a name news uses.
        # But a part that is the village's own district or sub-district only
        # tells it apart ("الحجلية - جرابلس", "جب الخفي_منبج"): as an alias it
        # would make the town's name ambiguous.
        parts = [clean(x) for x in re.split('[-_]', name_ar)] if re.search('[-_]', name_ar) else []
        parts = [x for x in parts if norm(x) not in units_of.get(p['ADMIN2_COD'], ())]
        # OCHA joins "معرة" to the next word in the construct form
        # ("معرتحرمة", "معرتماتر"); news writes "معرة حرمة".
        if name_ar.startswith('معرت') and len(name_ar) > 6 and ' ' not in name_ar:
            parts.append('معرة ' + name_ar[4:])
        source = 'OCHA 2015 %s' % p['PCODE']
        if joined:
            source += '; GeoNames %d' % joined['geonames']
        rows.append({
            'id': p['PCODE'], 'kind': 'community', 'name_ar': name_ar,
            'name_en': clean(p['NAME_EN']), 'pcode': p['PCODE'],
            'admin1': p['ADMIN1_EN'], 'admin2': p['ADMIN2_EN'], 'admin3': p['ADMIN3_EN'],
            'lat': p['LATITUDE'], 'lon': p['LONGITUDE'], 'precision': 1,
            'rank': rank_of.get(p['CAPIT_LVL'], 1), 'population': joined.get('pop', 0),
            'aliases': arabic_aliases(parts + without_unit(p, name_ar) + own_alts(p, joined.get('alts', []))
                                      + ([twin_alias[p['PCODE']]] if p['PCODE'] in twin_alias else []), name_ar)
            if name_ar else [],
            'source': source,
        })
    rows.extend(extra_rows)

    # Names an admin unit must not take as an alias: a governorate's name
    # (Open-Syria gives the Rural Damascus centre district "ريف دمشق") and
    # the regions of places_extra.tsv (it gives Jaramana "الغوطة الشرقية").
    reserved = {norm(u['name']['ar']) for u in units['governorates']}
    reserved |= {'ريف ' + n for n in reserved}
    extra = os.path.join(os.path.dirname(args.out), 'places_extra.tsv')
    if os.path.exists(extra):
        with open(extra, encoding='utf-8') as f:
            lines = [l.rstrip('\n').split('\t') for l in f if l.strip() and not l.startswith('#')]
        head = lines[0]
        for l in lines[1:]:
            row = dict(zip(head, l))
            if row.get('kind') == 'region':
                reserved |= {norm(n) for n in [row['name_ar']] + row['aliases'].split('|') if n}

    admin2_en = {p['ADMIN2_COD']: p['ADMIN2_EN'] for p in communities}
    admin3_en = {p['ADMIN3_COD']: p['ADMIN3_EN'] for p in communities}
    kinds = {'governorates': ('governorate', 3, 6), 'districts': ('district', 2, 3),
             'subdistricts': ('subdistrict', 2, 2)}
    # ACLED codes an event known only to a district or sub-district at its
    # capital (geo-precision 2): the seat's point, not the unit's centroid
    # (منطقة منبج's lies 50 km south of Manbij).
    seat = {}
    for p in communities:
        for code, level in ((p['ADMIN2_COD'], 2), (p['ADMIN3_COD'], 3)):
            if p['CAPIT_LVL'] is not None and p['CAPIT_LVL'] <= level:
                best = seat.get(code)
                if best is None or (p['CAPIT_LVL'], p['PCODE']) < (best['CAPIT_LVL'], best['PCODE']):
                    seat[code] = p
    for level, (kind, precision, rank) in kinds.items():
        for u in sorted(units[level], key=lambda u: u['externalIds']['ochaPcode']):
            pcode = u['externalIds']['ochaPcode']
            admin1 = ADMIN1[pcode[:4]]
            # Open-Syria district codes end in 00 for the governorate-centre
            # district (SY0800); OCHA's community table uses SY0800 too.
            admin2 = admin2_en.get(pcode[:6], '') if kind != 'governorate' else ''
            admin3 = admin3_en.get(pcode, '') if kind == 'subdistrict' else ''
            ar_aliases = [a['value'] for a in u.get('aliases', []) if a.get('language') == 'ar']
            name_ar = clean(u['name']['ar'])
            if kind == 'governorate':
                ar_aliases.append('محافظة ' + name_ar)
            elif kind == 'district':
                ar_aliases.append('منطقة ' + name_ar)
            else:
                ar_aliases.append('ناحية ' + name_ar)
            # ("مدينة إدلب" is the city, a community, not its district.)
            aliases = [a for a in arabic_aliases(ar_aliases, name_ar)
                       if (kind == 'governorate' or norm(a) not in reserved)
                       and not a.startswith('مدينة ')]
            # "ناحية X" is how news names a sub-district; arabic_aliases drops
            # that prefix for GeoNames junk, so add it back here.
            aliases += ['ناحية ' + name_ar] if kind == 'subdistrict' else []
            rows.append({
                'id': 'ocha:' + pcode, 'kind': kind, 'name_ar': name_ar,
                'name_en': ADMIN1[pcode] if kind == 'governorate' else clean(u['name']['en']),
                'pcode': pcode, 'admin1': admin1,
                'admin2': admin2 or (clean(u['name']['en']) if kind == 'district' else ''),
                'admin3': admin3,
                'lat': seat[pcode]['LATITUDE'] if kind != 'governorate' and pcode in seat else u['centroid']['latitude'],
                'lon': seat[pcode]['LONGITUDE'] if kind != 'governorate' and pcode in seat else u['centroid']['longitude'],
                'precision': precision, 'rank': rank, 'population': 0,
                'aliases': aliases, 'source': 'Open-Syria %s (OCHA %s)' % (u['id'], pcode),
            })

    # "ريف X": the governorate; "ريف X الشمالي" ...: computed regions.
    capitals = {p['ADMIN1_EN']: p for p in communities if p['CAPIT_LVL'] == 1}
    capitals['Rural Damascus'] = capitals['Damascus']
    for u in sorted(units['governorates'], key=lambda u: u['externalIds']['ochaPcode']):
        pcode = u['externalIds']['ochaPcode']
        admin1 = ADMIN1[pcode]
        if admin1 == 'Damascus':
            continue
        city = clean(u['name']['ar']) if admin1 != 'Rural Damascus' else 'دمشق'
        cap = capitals[admin1]
        members = [p for p in communities if p['ADMIN1_EN'] == admin1
                   and km(cap['LATITUDE'], cap['LONGITUDE'], p['LATITUDE'], p['LONGITUDE']) > 5]
        gov_row = next(r for r in rows if r['id'] == 'ocha:' + pcode)
        if admin1 != 'Rural Damascus':
            gov_row['aliases'].append('ريف ' + city)
        for adj, en, deg in DIRECTIONS:
            width = 45 if deg % 90 == 0 else 30
            way = [p for p in members
                   if abs((bearing(cap['LATITUDE'], cap['LONGITUDE'], p['LATITUDE'], p['LONGITUDE']) - deg + 180) % 360 - 180) <= width]
            if len(way) < 3:
                continue
            lat = statistics.median(p['LATITUDE'] for p in way)
            lon = statistics.median(p['LONGITUDE'] for p in way)
            slug = re.sub('[^a-z]+', '-', admin1.lower()).strip('-')
            rows.append({
                'id': 'rasad:rif-%s-%s' % (slug, en), 'kind': 'region',
                'name_ar': 'ريف %s %s' % (city, adj),
                'name_en': '%s countryside (%s)' % (admin1, en), 'pcode': '', 'admin1': admin1,
                'admin2': '', 'admin3': '', 'lat': lat, 'lon': lon, 'precision': 2, 'rank': 2,
                'population': 0, 'aliases': ['الريف %s ل%s' % (adj, city)],
                'source': 'computed: median of %d OCHA communities %s of %s' % (len(way), en, cap['PCODE']),
            })

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as out:
        out.write('# Syrian gazetteer for rasad. Generated by tools/build_gazetteer.py: do not edit by hand.\n')
        out.write('# Sources: UN OCHA COD Syria 2015 communities (CC BY 3.0 IGO); Open-Syria data-geography\n')
        out.write('# admin units (CC BY 4.0); GeoNames cities500 (CC BY 4.0).\n')
        out.write('\t'.join(COLUMNS) + '\n')
        for r in rows:
            r = dict(r)
            r['lat'] = '%.5f' % r['lat']
            r['lon'] = '%.5f' % r['lon']
            r['aliases'] = '|'.join(clean(a) for a in r['aliases'] if clean(a))
            out.write('\t'.join(clean(str(r[c])) for c in COLUMNS) + '\n')
    counts = {}
    for r in rows:
        counts[r['kind']] = counts.get(r['kind'], 0) + 1
    print('wrote %d rows to %s: %s' % (len(rows), args.out, counts), file=sys.stderr)


if __name__ == '__main__':
    main()
