#!/usr/bin/env python3
"""Writes the golden files of the format tests, independently of the Java exporters.

The fixture is described again here, in plain Python: Python str indices are Unicode code points, so the
offsets below are computed without any of Factmark's conversion code. The JSON comes from Python's json module
and the CSV from its csv module. Run from this folder:  python3 make_golden.py
Keep it in step with FormatFixture.java.
"""
import csv
import hashlib
import io
import json
import urllib.parse
import uuid
from decimal import Decimal

RAW = ("Headline: \U0001F469\u200D\U0001F469\u200D\U0001F467 families \U0001F600 celebrate\r\n"
       "\"We counted 1,200 people \U0001F600 in total,\" said the minister.\r\n"
       "-5.5 degrees: the coldest night since 2019, Reuters reported.\r\n")
TEXT = RAW.replace("\r\n", "\n").replace("\r", "\n")
ARTICLE = "fixture article.txt"
SOURCE = urllib.parse.quote(ARTICLE, safe="")  # the file name, relative to the export: no folders
SHA = hashlib.sha256(TEXT.encode("utf-8")).hexdigest()
ANA, T1, T2 = "Ana M\u00fcller", "2026-11-24T09:00:00Z", "2026-11-24T10:30:00Z"

# id, label, quote, attributes, note, creator, created, modified
ANNOTATIONS = [
    ("11111111-1111-4111-8111-111111111111", "quote", "We counted 1,200 people \U0001F600 in total",
     {"speaker": "the minister", "kind": "direct", "cue": "said"},
     "=HYPERLINK(\"http://evil.example/?q=1\",\"click me\")", ANA, T1, T2),
    ("22222222-2222-4222-8222-222222222222", "figure", "1,200 people",
     {"value": 1200, "unit": "people", "kind": "count"}, "", ANA, T1, T1),
    ("33333333-3333-4333-8333-333333333333", "assertion", "1,200 people \U0001F600 in total,\" said the minister",
     {"claimant": "the minister", "verdict": "unrated",
      "evidence": ["https://example.org/a", "https://example.org/b?x=1,2"]},
     "Two lines:\nfirst, \"quoted\"; second.", ANA, T1, T2),
    ("44444444-4444-4444-8444-444444444444", "event",
     "\U0001F469\u200D\U0001F469\u200D\U0001F467 families \U0001F600 celebrate",
     {"type": "celebration", "date": "2019", "place": "Z\u00fcrich", "status": "occurred"}, "", "", "", ""),
    ("55555555-5555-4555-8555-555555555555", "figure", "-5.5 degrees",
     {"value": Decimal("-5.5"), "unit": "\u00b0C", "kind": "other", "as_of": "2019"},
     "+1 if confirmed", "@desk", T1, T2),
    ("brat T7", "source", "Reuters", {"outlet": "Reuters", "verified": True}, "", "", T1, T1),
]


def web(text):
    """The JSON exports escape what HTML and JavaScript treat specially (Factmark's WebJson)."""
    for c in "<>&\u2028\u2029":
        text = text.replace(c, "\\u%04x" % ord(c))
    return text


def spans():
    out = []
    for (aid, label, quote, attrs, note, creator, created, modified) in ANNOTATIONS:
        start = TEXT.index(quote)
        out.append(dict(id=aid, label=label, start=start, end=start + len(quote), text=quote, attrs=attrs,
                        note=note, creator=creator, created=created, modified=modified))
    out.sort(key=lambda a: (a["start"], -a["end"], a["label"], a["id"]))
    return out


def number(v):
    return float(v) if isinstance(v, Decimal) else v


def jsonl():
    line = {"text": TEXT, "label": [[a["start"], a["end"], a["label"]] for a in spans()]}
    return web(json.dumps(line, ensure_ascii=False)) + "\n"


def md5_uuid(seed):
    return "urn:uuid:" + str(uuid.UUID(bytes=hashlib.md5(seed.encode("utf-8")).digest(), version=3))


def w3c():
    seed = SOURCE + "\n" + SHA + "\n"
    items = []
    for a in spans():
        aid = a["id"]
        iri = "urn:uuid:" + aid if aid[0].isdigit() else "urn:factmark:annotation:" + aid.replace(" ", "%20")
        o = {"id": iri, "type": "Annotation", "motivation": "tagging"}
        if a["creator"]:
            o["creator"] = {"type": "Person", "name": a["creator"]}
        if a["created"]:
            o["created"] = a["created"]
        if a["modified"]:
            o["modified"] = a["modified"]
        body = [{"type": "TextualBody", "purpose": "tagging", "value": a["label"]}]
        if a["note"]:
            body.append({"type": "TextualBody", "purpose": "commenting", "value": a["note"], "format": "text/plain"})
        attrs = {k: number(v) for k, v in a["attrs"].items()}
        body.append({"type": "TextualBody", "purpose": "describing",
                     "value": json.dumps(attrs, ensure_ascii=False, separators=(",", ":")),
                     "format": "application/json"})
        o["body"] = body
        quote = {"type": "TextQuoteSelector", "exact": a["text"]}
        prefix, suffix = TEXT[max(0, a["start"] - 32):a["start"]], TEXT[a["end"]:a["end"] + 32]
        if prefix:
            quote["prefix"] = prefix
        if suffix:
            quote["suffix"] = suffix
        o["target"] = {"type": "SpecificResource", "source": SOURCE, "selector": [
            quote, {"type": "TextPositionSelector", "start": a["start"], "end": a["end"]}]}
        items.append(o)
    cid, pid = md5_uuid("collection\n" + seed), md5_uuid("page 1\n" + seed)
    root = {"@context": "http://www.w3.org/ns/anno.jsonld", "id": cid, "type": "AnnotationCollection",
            "label": "Factmark annotations of " + ARTICLE, "total": len(items),
            "first": {"id": pid, "type": "AnnotationPage", "partOf": cid, "startIndex": 0, "items": items},
            "last": pid}
    return web(json.dumps(root, indent=2, ensure_ascii=False)) + "\n"


def cell(v):
    if isinstance(v, list):
        v = " | ".join(v)
    elif isinstance(v, bool):
        v = "true" if v else "false"
    elif isinstance(v, (int, Decimal)):
        return str(v)
    return "'" + v if v[:1] in ("=", "+", "-", "@", "\t", "\r") else v


def table():
    schema = json.load(open("../../../../resources/labels/default-labels.json", encoding="utf-8"))
    columns = [(l["id"], at["id"]) for l in schema["labels"] for at in l["attributes"]]
    for a in spans():
        columns += [(a["label"], k) for k in a["attrs"] if (a["label"], k) not in columns]
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(["article", "id", "label", "start", "end", "text", "note", "creator", "created", "modified"]
               + [l + "." + k for l, k in columns])
    for a in spans():
        w.writerow([ARTICLE, cell(a["id"]), a["label"], str(a["start"]), str(a["end"]), cell(a["text"]),
                    cell(a["note"]), cell(a["creator"]), a["created"], a["modified"]]
                   + [cell(a["attrs"][k]) if l == a["label"] and k in a["attrs"] else "" for l, k in columns])
    return out.getvalue()


if __name__ == "__main__":
    for name, content in (("fixture.jsonl", jsonl()), ("fixture.jsonld", w3c()), ("fixture.csv", table())):
        with open(name, "w", encoding="utf-8", newline="") as f:
            f.write(content)
