#!/usr/bin/env python3
"""Independent checker of Factmark sidecars (contract version 1), standard library only.

Usage: python3 check_sidecar.py ARTICLE [ARTICLE...]
For each ARTICLE it reads ARTICLE.annotations.json and prints one line per problem, naming the file.
Exit 0: all good; 1: problems found; 2: usage or I/O error (unreadable article or sidecar).

Written from the README contract, not from the Java code, so that the two can catch each other's bugs.
"""
import hashlib
import json
import os
import sys

TOP_KEYS = ["format", "version", "document", "annotations"]
DOC_KEYS = ["file", "sha256", "length", "newline"]
ANN_KEYS = ["id", "label", "start", "end", "text", "prefix", "suffix", "attributes", "note",
            "creator", "created", "modified"]
CONTEXT = 32                      # code points of prefix / suffix
SPACE = "\u200b\ufeff"            # not str.isspace(), but Factmark trims them too


def newline_style(raw):
    """Line endings of the raw (decoded, BOM-less) text: LF, CRLF, CR, mixed or none."""
    crlf = raw.count("\r\n")
    kinds = {name for name, n in (("CRLF", crlf), ("CR", raw.count("\r") - crlf),
                                  ("LF", raw.count("\n") - crlf)) if n}
    return "none" if not kinds else kinds.pop() if len(kinds) == 1 else "mixed"


def is_int(v):
    return type(v) is int         # bool is a subclass of int: True must not pass as 1


def no_duplicates(pairs):
    """object_pairs_hook: json.loads would silently keep the last of two equal keys."""
    keys = [k for k, _ in pairs]
    dup = sorted({k for k in keys if keys.count(k) > 1})
    if dup:
        raise ValueError("duplicate key(s) " + ", ".join(map(repr, dup)))
    return dict(pairs)


def reject_constant(name):
    raise ValueError(name + " is not JSON")   # NaN / Infinity would survive json.dumps unchanged


def keys_in_order(obj, required, where, report):
    """Required keys first, in this order; unknown keys may follow (writers must keep them)."""
    if list(obj)[:len(required)] != required:
        report(f"{where}: keys must begin with {required}, found {list(obj)}")
        return False
    return True


def check(article):
    """Returns (exit code, problem lines) for one article."""
    sidecar = article + ".annotations.json"
    problems = []
    report = lambda msg: problems.append(f"{sidecar}: {msg}")
    try:
        with open(article, "rb") as f:
            raw = f.read().decode("utf-8")            # strict: invalid bytes are an error
        with open(sidecar, "rb") as f:
            data = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return 2, [f"{sidecar}: cannot read: {e}"]
    raw = raw[1:] if raw.startswith("\ufeff") else raw   # one BOM, as utf-8-sig does
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    try:
        obj = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates,
                         parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError) as e:   # JSONDecodeError is a ValueError
        return 1, [f"{sidecar}: not valid JSON: {e}"]
    if not isinstance(obj, dict):
        return 1, [f"{sidecar}: top level is not an object"]

    # Canonical bytes first: it is the check most likely to fail after a hand edit.
    canonical = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if data != canonical:
        at = next((i for i, (a, b) in enumerate(zip(data, canonical)) if a != b),
                  min(len(data), len(canonical)))
        line = data[:at].count(b"\n") + 1
        report(f"bytes are not canonical json.dumps(indent=2, ensure_ascii=False)+'\\n' "
               f"(first difference at byte {at}, line {line})")

    keys_in_order(obj, TOP_KEYS, "top level", report)
    if obj.get("format") != "factmark.annotations":
        report(f"format is {obj.get('format')!r}, expected 'factmark.annotations'")
    if not (is_int(obj.get("version")) and obj["version"] == 1):
        report(f"version is {obj.get('version')!r}, expected 1")

    doc = obj.get("document")
    if not isinstance(doc, dict):
        report("document is missing or not an object")
    elif keys_in_order(doc, DOC_KEYS, "document", report):
        want = {"file": os.path.basename(article),
                "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                "length": len(text), "newline": newline_style(raw)}
        for k, v in want.items():
            if doc[k] != v or type(doc[k]) is not type(v):
                report(f"document.{k} is {doc[k]!r}, expected {v!r}")

    anns = obj.get("annotations")
    if not isinstance(anns, list):
        report("annotations is missing or not a list")
        anns = []
    seen_ids, seen_spans, sort_keys = set(), set(), []
    for i, a in enumerate(anns):
        where = f"annotations[{i}]"
        if not isinstance(a, dict) or not keys_in_order(a, ANN_KEYS, where, report):
            continue
        s, e, ident, label = a["start"], a["end"], a["id"], a["label"]
        where += f" (id {ident!r})"
        for k in ("id", "label", "text", "prefix", "suffix", "note", "creator", "created", "modified"):
            if not isinstance(a[k], str):
                report(f"{where}: {k} is not a string")
        if not isinstance(a["attributes"], dict):
            report(f"{where}: attributes is not an object")
        if not isinstance(ident, str) or not isinstance(label, str) or not ident or not label:
            continue
        if ident in seen_ids:
            report(f"{where}: duplicate id")
        seen_ids.add(ident)
        if not (is_int(s) and is_int(e) and 0 <= s < e <= len(text)):
            report(f"{where}: need integers 0 <= start < end <= {len(text)}, found {s!r}, {e!r}")
            continue
        sort_keys.append(((s, -e, label, ident), where))
        if (label, s, e) in seen_spans:
            report(f"{where}: another {label!r} annotation has the same span [{s}, {e})")
        seen_spans.add((label, s, e))
        for k, v in (("text", text[s:e]), ("prefix", text[max(0, s - CONTEXT):s]),
                     ("suffix", text[e:e + CONTEXT])):
            if a[k] != v:
                report(f"{where}: {k} is {a[k]!r}, the article has {v!r}")
        if any(c.isspace() or c in SPACE for c in (text[s], text[e - 1])):
            report(f"{where}: span begins or ends with whitespace")
    # Sort by (start asc, end desc, label, id); str comparison is by code point.
    for (k1, _), (k2, w2) in zip(sort_keys, sort_keys[1:]):
        if k2 < k1:
            report(f"{w2}: out of order (sort by start, end descending, label, id)")
    if problems:
        return 1, problems
    return 0, [f"OK: {sidecar} ({len(anns)} annotations)"]


def main(argv):
    if len(argv) < 2 or any(a.startswith("-") for a in argv[1:]):
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    worst = 0
    for article in argv[1:]:
        code, lines = check(article)
        print("\n".join(lines), file=sys.stderr if code == 2 else sys.stdout)
        worst = max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv))
