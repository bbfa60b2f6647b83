#!/usr/bin/env python3
"""Lists gazetteer names that are also ordinary Arabic words: candidates for
crates/pack/data/place_stopwords.txt (which is reviewed by hand).

    python3 tools/common_place_words.py [--shared ../shared] [--min 20]

Evidence per single-word name (normalised, with and without ال):
- ANERcorp: how often the word is tagged O vs LOC (a word mostly tagged O is
  an ordinary word);
- the Baly corpus: how often it occurs, and the share of occurrences after a
  place word (بلدة، قرية، مدينة …) or the prepositions في / ب.
Prints one tab-separated line per candidate, most frequent first.
"""

import argparse
import collections
import glob
import json
import os
import re

PLACE_WORDS = {'بلده', 'قريه', 'مدينه', 'حي', 'مخيم', 'منطقه', 'ناحيه', 'بلدات', 'قري', 'مدن', 'احياء', 'مزرعه', 'بلدتي', 'قريتي', 'مدينتي'}


def norm(s):
    s = re.sub('[\u064B-\u065F\u0670\u0640\u200c-\u200f]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s).replace('ى', 'ي').replace('ة', 'ه')
    return s


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument('--shared', default=os.path.join(root, '..', 'shared'))
    ap.add_argument('--min', type=int, default=20)
    args = ap.parse_args()

    names = set()
    with open(os.path.join(root, 'crates/pack/data/gazetteer.tsv'), encoding='utf-8') as f:
        rows = [l.rstrip('\n').split('\t') for l in f if not l.startswith('#')]
    header = rows[0]
    for r in rows[1:]:
        d = dict(zip(header, r))
        for n in [d['name_ar']] + d['aliases'].split('|'):
            n = norm(n.strip())
            if n and ' ' not in n:
                names.add(n)

    o, loc = collections.Counter(), collections.Counter()
    with open(os.path.join(args.shared, 'data/anercorp/train.txt'), encoding='utf-8') as f:
        for line in f:
            p = line.split()
            if len(p) == 2:
                w = norm(p[0])
                (loc if 'LOC' in p[1] else o)[w] += 1

    total, placed = collections.Counter(), collections.Counter()
    word = re.compile('[\u0621-\u064A]+')
    for path in glob.glob(os.path.join(args.shared, 'data/baly2018/claims/*.json')):
        with open(path, encoding='utf-8') as f:
            for text in json.load(f)['article']:
                toks = word.findall(norm(text))
                for i, t in enumerate(toks):
                    for cand in {t, t[1:] if t[:1] in 'وفبل' else t}:
                        if cand in names:
                            total[cand] += 1
                            prev = toks[i - 1] if i else ''
                            if prev in PLACE_WORDS or prev == 'في' or t.startswith(('ب', 'وب')):
                                placed[cand] += 1
    print('name\tbaly\tplaced_share\tanercorp_O\tanercorp_LOC')
    for n, c in total.most_common():
        if c < args.min:
            break
        share = placed[n] / c
        if share < 0.35 or o[n] > loc[n] + 2:
            print('%s\t%d\t%.2f\t%d\t%d' % (n, c, share, o[n], loc[n]))


if __name__ == '__main__':
    main()
