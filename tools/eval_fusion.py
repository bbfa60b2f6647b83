#!/usr/bin/env python3
"""Cross-outlet fusion on the Baly corpus (standard library only).

Each Baly claim comes with articles labelled agree / disagree / discuss /
unrelated; the agree-articles report the claim's event. For the claims
that describe one dated event in Syria, this measures

  cluster recall    the share of the claim's agree-articles (those with an
                    event of the claim's family) whose events land in one
                    fused event, the one most of them land in;
  cluster precision the share of that fused event's reports that come from
                    the same claim's agree or discuss articles.

Baly articles carry no publication date, and fusion needs dates. So the
corpus is ingested twice, with two stated assumptions:

  claim dates   every article of claim k is published on one day, and the
                claims' days are 90 days apart: reports of different claims
                never share a date window. Recall is measured here.
  one date      every article of every claim is published on one day: only
                places, families and sides keep different claims' events
                apart. Precision is measured here (a harsh lower bound: in
                real news, dates also separate events).

A claim "describes one dated event in Syria" when rasad, reading the claim
sentence alone (published on its claim day), extracts exactly one event
family, with a date and a place in Syria.

Usage: python3 tools/eval_fusion.py [--rasad target/release/rasad]
       [--baly ../shared/data/baly2018/claims] [--show-contradictions 10]
"""

import argparse
import collections
import datetime
import glob
import json
import os
import subprocess
import sys
import tempfile

FAMILIES = {
    "Air/drone strike": "remote", "Shelling/artillery/missile attack": "remote",
    "Suicide bomb": "explosive", "Remote explosive/landmine/IED": "explosive", "Grenade": "explosive",
    "Chemical weapon": "chemical", "Armed clash": "clash",
    "Government regains territory": "territory", "Non-state actor overtakes territory": "territory",
    "Non-violent transfer of territory": "territory",
}


def family(sub):
    return FAMILIES.get(sub, sub)


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, capture_output=True, text=True, **kw)


def jsonl(text):
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rasad", default="target/release/rasad")
    ap.add_argument("--baly", default="../shared/data/baly2018/claims")
    ap.add_argument("--show-contradictions", type=int, default=10)
    args = ap.parse_args()

    claims = []
    for path in sorted(glob.glob(os.path.join(args.baly, "*.json"))):
        with open(path, encoding="utf-8") as f:
            claims.append(json.load(f))
    base = datetime.date(1960, 1, 1)
    claim_day = {c["id"]: (base + datetime.timedelta(days=60 * i)).isoformat() for i, c in enumerate(claims)}
    stance = {}
    for c in claims:
        for i, s in enumerate(c["stance"]):
            stance[f"{c['id']}-{i}"] = (c["id"], s)

    tmp = tempfile.mkdtemp(prefix="rasad-fusion-eval-")

    # Which claims describe one dated event in Syria.
    claim_lines = [json.dumps({"id": c["id"], "text": c["claim"], "published": claim_day[c["id"]]}, ensure_ascii=False)
                   for c in claims]
    out = run([args.rasad, "extract", "--format", "jsonl", "-"], input="\n".join(claim_lines) + "\n")
    by_claim = collections.defaultdict(list)
    for e in jsonl(out.stdout):
        by_claim[e["doc_id"]].append(e)
    target = {}
    for cid, evs in by_claim.items():
        fams = {family(e["sub_event_type"]) for e in evs}
        located = [e for e in evs if e["location"]["admin1"] and e["event_date"]]
        if len(fams) == 1 and located:
            target[cid] = (fams.pop(), located[0])

    def ingest(name, day_of):
        articles = os.path.join(tmp, f"{name}.jsonl")
        with open(articles, "w", encoding="utf-8") as f:
            for c in claims:
                for i, (text, url) in enumerate(zip(c["article"], c["url"])):
                    if isinstance(text, str) and text.strip():
                        f.write(json.dumps({"id": f"{c['id']}-{i}", "text": text, "url": url,
                                            "published": day_of(c["id"])}, ensure_ascii=False) + "\n")
        data = os.path.join(tmp, name)
        subprocess.run([args.rasad, "ingest", "--data", data, articles], check=False, capture_output=True)
        events = jsonl(run([args.rasad, "events", "--data", data, "--format", "jsonl", "--limit", "100000"]).stdout)
        fused = jsonl(run([args.rasad, "fused", "--data", data, "--format", "jsonl", "--limit", "100000"]).stdout)
        doc_of = {e["id"]: e["article"]["doc_id"] for e in events}
        sub_of = {e["id"]: e["sub_event_type"] for e in events}
        fused_of = {}
        for f in fused:
            for k in f["events"]:
                fused_of[k] = f["id"]
        return data, events, fused, doc_of, sub_of, fused_of

    # Recall, with claim dates.
    _, events, fused, doc_of, sub_of, fused_of = ingest("claim-dates", lambda cid: claim_day[cid])
    recall_num = recall_den = 0
    per_claim = []
    for cid, (fam, ev) in sorted(target.items()):
        agree = {d for d, (c, s) in stance.items() if c == cid and s == "agree"}
        hits = collections.defaultdict(set)  # fused id -> agree articles in it
        reporting = set()
        for k, d in doc_of.items():
            if d in agree and family(sub_of[k]) == fam:
                reporting.add(d)
                hits[fused_of[k]].add(d)
        if len(reporting) < 2:
            continue
        best = max(hits.values(), key=len)
        recall_num += len(best)
        recall_den += len(reporting)
        per_claim.append((cid, fam, len(best), len(reporting)))

    # Precision with claim dates too: only the claim's own unrelated or
    # disagreeing articles can join its event there.
    members0 = collections.defaultdict(list)
    for k, f in fused_of.items():
        members0[f].append(k)
    own_num = own_den = 0
    for cid, fam, _, _ in per_claim:
        agree = {d for d, (c, s) in stance.items() if c == cid and s == "agree"}
        mine = {d for d, (c, s) in stance.items() if c == cid and s in ("agree", "discuss")}
        tally = collections.Counter(fused_of[k] for k, d in doc_of.items() if d in agree and family(sub_of[k]) == fam)
        f, _ = tally.most_common(1)[0]
        own_num += sum(1 for k in members0[f] if doc_of[k] in mine)
        own_den += len(members0[f])

    # Precision, with one date for everything.
    _, events1, fused1, doc_of1, sub_of1, fused_of1 = ingest("one-date", lambda cid: "2017-06-15")
    members = collections.defaultdict(list)
    for k, f in fused_of1.items():
        members[f].append(k)
    prec_num = prec_den = 0
    for cid, fam, _, _ in per_claim:
        agree = {d for d, (c, s) in stance.items() if c == cid and s == "agree"}
        mine = {d for d, (c, s) in stance.items() if c == cid and s in ("agree", "discuss")}
        tally = collections.Counter(fused_of1[k] for k, d in doc_of1.items()
                                    if d in agree and family(sub_of1[k]) == fam)
        if not tally:
            continue
        f, _ = tally.most_common(1)[0]
        reports = members[f]
        prec_num += sum(1 for k in reports if doc_of1[k] in mine)
        prec_den += len(reports)

    print(f"claims describing one dated event in Syria: {len(target)}; with >= 2 agree-articles reporting it: {len(per_claim)}")
    print(f"cluster recall    {recall_num}/{recall_den} = {recall_num / max(recall_den, 1):.3f}   (claim dates)")
    print(f"cluster precision {own_num}/{own_den} = {own_num / max(own_den, 1):.3f}   (claim dates)")
    print(f"cluster precision {prec_num}/{prec_den} = {prec_num / max(prec_den, 1):.3f}   (one date for every article)")
    multi = sum(1 for f in fused if f["sources"] > 1)
    flagged = [f for f in fused if f["contradictions"]]
    print(f"claim dates store: {len(events)} events, {len(fused)} fused, {multi} with more than one source, {len(flagged)} contradicted")
    for cid, fam, got, of in per_claim:
        print(f"  {cid:<7} {fam:<10} {got}/{of}")

    if args.show_contradictions:
        print(f"\nfirst {args.show_contradictions} contradictions (claim dates store):")
        data = os.path.join(tmp, "claim-dates")
        out = run([args.rasad, "contradictions", "--data", data, "--limit", str(args.show_contradictions)])
        print(out.stdout)


if __name__ == "__main__":
    sys.exit(main())
