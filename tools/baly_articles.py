#!/usr/bin/env python3
"""Rebuild the Baly evaluation articles from ../shared/data/baly2018.

The gold (crates/cli/tests/fixtures/baly/gold.jsonl) was annotated blind, by
events.md, on 80 articles drawn at random from the Baly claims: 900-4,000
characters, at least four conflict words; the first 40 (seed 20261203) from
all such articles, the next 40 (seed 20261204) from those naming Syrian
places at least three times. Article text is
not committed (it is not ours): this tool writes it, one JSON line per
article, in the gold's order, with the publication date the gold assumes
(from the article's URL when it carries one, else null).

usage: tools/baly_articles.py [--claims DIR] > articles.jsonl
then:  rasad extract --format jsonl articles.jsonl > p.jsonl
       python3 ../shared/tools/score_events.py --gold crates/cli/tests/fixtures/baly/gold.jsonl --pred p.jsonl
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--claims", default=os.path.join(HERE, "..", "..", "shared", "data", "baly2018", "claims"))
    ap.add_argument("--gold", default=os.path.join(HERE, "..", "crates", "cli", "tests", "fixtures", "baly", "gold.jsonl"))
    args = ap.parse_args()
    if not os.path.isdir(args.claims):
        sys.exit(f"no Baly claims at {args.claims}")
    for line in open(args.gold, encoding="utf-8"):
        g = json.loads(line)
        claim, i = g["doc_id"].rsplit("-", 1)
        d = json.load(open(os.path.join(args.claims, claim + ".json"), encoding="utf-8"))
        i = int(i)
        url = d["url"][i] if i < len(d["url"]) else None
        out = {"id": g["doc_id"], "text": d["article"][i], "url": url, "published": g["published"]}
        print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()
