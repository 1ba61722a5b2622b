#!/usr/bin/env python3
"""An independent reference for `factmark agree`, in plain Python (no Factmark code, no libraries).

Reads the sidecars of each case directly (offsets are code points: Python str indices), and computes per label
and over all labels: span F1 exact and by overlap (first annotator against the second), Cohen's kappa (two
annotators) and Krippendorff's alpha, nominal, from the coincidence matrix, on tokens coded 1/0 per label.
Prints the figures as JSON: python3 agreement_reference.py > agreement_expected.json
"""
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = {
    "perfect": ["alice", "alicecopy"],
    "partial": ["alice", "bob"],
    "no overlap": ["alice", "dave"],
    "three annotators": ["alice", "bob", "carol"],
    "one side empty": ["alice", "nobody"],
    "nothing at all": ["nobody", "nobody"],
}


def load(name):
    with open(os.path.join(HERE, "story.%s.annotations.json" % name), encoding="utf-8") as f:
        doc = json.load(f)
    return [(a["label"], a["start"], a["end"]) for a in doc["annotations"]]


def tokens(text):
    """Maximal runs of letters (L*) or decimal digits (Nd)."""
    word = lambda c: unicodedata.category(c).startswith("L") or unicodedata.category(c) == "Nd"
    out, start = [], None
    for i, c in enumerate(text + " "):
        if word(c) and start is None:
            start = i
        elif not word(c) and start is not None:
            out.append((start, i))
            start = None
    return out


def f1(matches, a, b):
    return 1.0 if a + b == 0 else 2.0 * matches / (a + b)


def exact_matches(a, b):
    left = list(a)
    n = 0
    for s in b:
        if s in left:
            left.remove(s)
            n += 1
    return n


def overlap_matches(a, b):
    pairs = []
    for i, (s1, e1) in enumerate(a):
        for j, (s2, e2) in enumerate(b):
            ov = min(e1, e2) - max(s1, s2)
            if ov > 0 or (s1, e1) == (s2, e2):
                pairs.append((-ov, max(e1, e2) - min(s1, s2), i, j))
    used_a, used_b, n = set(), set(), 0
    for _, _, i, j in sorted(pairs):
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            n += 1
    return n


def coding(toks, spans):
    return [1 if any(s < te and ts < e for (s, e) in spans) else 0 for (ts, te) in toks]


def kappa(x, y):
    n = len(x)
    if n == 0:
        return 1.0
    po = sum(1 for p, q in zip(x, y) if p == q) / n
    pe = sum((x.count(v) / n) * (y.count(v) / n) for v in (0, 1))
    return 1.0 if pe == 1 else (po - pe) / (1 - pe)


def alpha(units):
    """units: list of lists of values (one per coder). Krippendorff's alpha, nominal."""
    values = sorted({v for u in units for v in u})
    o = {(c, k): 0.0 for c in values for k in values}
    for u in units:
        m = len(u)
        if m < 2:
            continue
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[(u[i], u[j])] += 1.0 / (m - 1)
    nc = {c: sum(o[(c, k)] for k in values) for c in values}
    n = sum(nc.values())
    do = sum(o[(c, k)] for c in values for k in values if c != k)
    de = sum(nc[c] * nc[k] for c in values for k in values if c != k)
    return 1.0 if de == 0 else 1.0 - (n - 1) * do / de


def measure(names):
    with open(os.path.join(HERE, "story.txt"), encoding="utf-8-sig") as f:
        text = f.read().replace("\r\n", "\n").replace("\r", "\n")
    toks = tokens(text)
    sets = [load(n) for n in names]
    labels = sorted({s[0] for ss in sets for s in ss})
    out = {"tokens": len(toks), "labels": {}}
    all_x, all_y, all_units, exact_all, overlap_all, a_all, b_all = [], [], [], 0, 0, 0, 0
    for label in labels:
        spans = [[(s, e) for (l, s, e) in ss if l == label] for ss in sets]
        codes = [coding(toks, sp) for sp in spans]
        units = [list(u) for u in zip(*codes)]
        ex, ov = exact_matches(spans[0], spans[1]), overlap_matches(spans[0], spans[1])
        fig = {"f1Exact": f1(ex, len(spans[0]), len(spans[1])), "f1Overlap": f1(ov, len(spans[0]), len(spans[1])),
               "krippendorffAlpha": alpha(units)}
        if len(names) == 2:
            fig["cohenKappa"] = kappa(codes[0], codes[1])
        out["labels"][label] = fig
        all_x += codes[0]
        all_y += codes[1]
        all_units += units
        exact_all += ex
        overlap_all += ov
        a_all += len(spans[0])
        b_all += len(spans[1])
    out["f1Exact"] = f1(exact_all, a_all, b_all)
    out["f1Overlap"] = f1(overlap_all, a_all, b_all)
    out["krippendorffAlpha"] = alpha(all_units)
    if len(names) == 2:
        out["cohenKappa"] = kappa(all_x, all_y)
    return out


if __name__ == "__main__":
    result = {case: dict(measure(names), annotators=names) for case, names in CASES.items()}
    json.dump(result, sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
