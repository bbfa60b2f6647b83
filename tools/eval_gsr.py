#!/usr/bin/env python3
"""Sentence-level check on the event_gsr ASSAULT set (issue 3).

Each row's text is one article without a date. A sentence is positive when
rasad extracts at least one Battles, Explosions/Remote violence or Violence
against civilians event from it. Gold: label `yes` positive; `easy no` and
`difficult no` negative; `ambiguous` left out.

    python3 tools/eval_gsr.py [--rasad target/release/rasad] [--csv ../shared/data/event_gsr/assault_gsr.csv] [--errors N]
"""
import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile

VIOLENT = {"Battles", "Explosions/Remote violence", "Violence against civilians"}


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasad", default=os.path.join(root, "target", "release", "rasad"))
    ap.add_argument("--csv", default=os.path.join(root, "..", "shared", "data", "event_gsr", "assault_gsr.csv"))
    ap.add_argument("--errors", type=int, default=0, help="print this many false positives and misses")
    args = ap.parse_args()

    with open(args.csv, encoding="utf-8", errors="replace") as f:
        rows = [r for r in csv.DictReader(f) if r["label"] != "ambiguous"]
    gold = {}
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as tmp:
        for i, r in enumerate(rows):
            doc = "gsr-%d" % i
            gold[doc] = (r["label"] == "yes", r["text"])
            tmp.write(json.dumps({"id": doc, "text": r["text"], "published": None}, ensure_ascii=False) + "\n")
    out = subprocess.run([args.rasad, "extract", "--format", "jsonl", tmp.name], capture_output=True, text=True, check=False)
    os.unlink(tmp.name)
    if out.returncode not in (0, 1):
        sys.exit("rasad extract failed: " + out.stderr)
    predicted = set()
    for line in out.stdout.splitlines():
        e = json.loads(line)
        if e["event_type"] in VIOLENT:
            predicted.add(e["doc_id"])
    tp = sum(1 for d, (pos, _) in gold.items() if pos and d in predicted)
    fp = sum(1 for d, (pos, _) in gold.items() if not pos and d in predicted)
    fn = sum(1 for d, (pos, _) in gold.items() if pos and d not in predicted)
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print("sentences %d (positive %d, negative %d)" % (len(gold), tp + fn, len(gold) - tp - fn))
    print("predicted positive %d: TP %d FP %d FN %d" % (len(predicted), tp, fp, fn))
    print("precision %.3f recall %.3f F1 %.3f" % (p, r, f))
    if args.errors:
        print("-- false positives")
        for d, (pos, text) in list(gold.items()):
            if not pos and d in predicted:
                print("  ", d, text[:160])
        print("-- misses")
        for d, (pos, text) in list(gold.items()):
            if pos and d not in predicted:
                print("  ", d, text[:160])


if __name__ == "__main__":
    main()
