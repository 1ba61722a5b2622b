#!/usr/bin/env python3
"""Independent checker of Factmark sidecars (contract version 1), standard library only.

Usage: python3 check_sidecar.py [--labels LABELS.json] ARTICLE [ARTICLE...]
For each ARTICLE it reads ARTICLE.annotations.json and prints one line per problem, naming the file.
With --labels it also checks every annotation's attribute values against that label schema (e.g.
resources/labels/default-labels.json): a value of the wrong type, or not one of a choice's values, is a
problem; an attribute or label the schema does not define, a missing required value, an empty value, keys
out of the schema's order or a labelSchema that names another schema are warnings ("warning:" lines,
which do not change the exit code).
Exit 0: all good; 1: problems found; 2: usage or I/O error (unreadable article, sidecar or label schema).

Written from the README contract, not from the Java code, so that the two can catch each other's bugs.
"""
import hashlib
import json
import os
import re
import sys
from urllib.parse import urlsplit

# Known top-level keys in their order; labelSchema and orphans are optional, unknown keys come after them.
TOP_KEYS = ["format", "version", "document", "labelSchema", "annotations", "orphans"]
TOP_OPTIONAL = {"labelSchema", "orphans"}
SCHEMA_REF_KEYS = ["id", "version"]
DOC_KEYS = ["file", "sha256", "length", "newline"]
ANN_KEYS = ["id", "label", "start", "end", "text", "prefix", "suffix", "attributes", "note",
            "creator", "created", "modified"]
CONTEXT = 32                      # code points of prefix / suffix
SPACE = "\u200b\ufeff"            # not str.isspace(), but Factmark trims them too
# What Factmark accepts as an ISO 8601 date attribute: 2023, 2023-10, 2023-10-07, or a range a/b of them.
ISO_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?"
                      r"(/\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?)?")
ATTRIBUTE_TYPES = {"text", "number", "date", "choice", "urls", "boolean"}


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


def top_keys_in_order(obj, report):
    """Known keys in TOP_KEYS order (optional ones may be absent), then any unknown keys."""
    keys = list(obj)
    missing = [k for k in TOP_KEYS if k not in obj and k not in TOP_OPTIONAL]
    known = [k for k in keys if k in TOP_KEYS]
    first_unknown = next((i for i, k in enumerate(keys) if k not in TOP_KEYS), len(keys))
    if missing:
        report(f"top level: missing key(s) {missing}")
    if known != [k for k in TOP_KEYS if k in obj] or any(k in TOP_KEYS for k in keys[first_unknown:]):
        report(f"top level: keys must be, in this order, {TOP_KEYS} ({sorted(TOP_OPTIONAL)} optional) "
               f"and then any unknown keys, found {keys}")


def keys_in_order(obj, required, where, report):
    """Required keys first, in this order; unknown keys may follow (writers must keep them)."""
    if list(obj)[:len(required)] != required:
        report(f"{where}: keys must begin with {required}, found {list(obj)}")
        return False
    return True


def load_labels(path):
    """The label schema at path as {label id: [attribute definitions]}, with its id and version.
    Raises ValueError (or OSError) when it cannot serve as one."""
    with open(path, "rb") as f:
        schema = json.loads(f.read().decode("utf-8"), object_pairs_hook=no_duplicates,
                            parse_constant=reject_constant)
    if not isinstance(schema, dict) or schema.get("format") != "factmark.labels":
        raise ValueError("format is not 'factmark.labels'")
    if not isinstance(schema.get("labels"), list):
        raise ValueError("labels is missing or not a list")
    labels = {}
    for i, label in enumerate(schema["labels"]):
        if not isinstance(label, dict) or not isinstance(label.get("id"), str):
            raise ValueError(f"labels[{i}] has no id")
        attrs = label.get("attributes", [])
        if not isinstance(attrs, list):
            raise ValueError(f"label {label['id']!r}: attributes is not a list")
        for a in attrs:
            if not isinstance(a, dict) or not isinstance(a.get("id"), str) or a.get("type") not in ATTRIBUTE_TYPES:
                raise ValueError(f"label {label['id']!r}: attribute {a!r} needs an id and a known type")
            if a["type"] == "choice" and not (isinstance(a.get("values"), list) and a["values"]):
                raise ValueError(f"label {label['id']!r}: choice attribute {a['id']!r} has no values")
        labels[label["id"]] = attrs
    return {"id": schema.get("id"), "version": schema.get("version"), "labels": labels}


def type_problem(attr, value):
    """Why value does not fit the attribute's type, or None."""
    t = attr["type"]
    if t == "text" and not isinstance(value, str):
        return "should be text (a JSON string)"
    if t == "date" and not isinstance(value, str):
        return "should be a date as a JSON string"
    if t == "number" and (type(value) not in (int, float)):   # bool is not a number here
        return "should be a JSON number"
    if t == "boolean" and type(value) is not bool:
        return "should be true or false"
    if t == "choice" and value not in attr["values"]:
        return f"should be one of {attr['values']}"
    if t == "urls":
        if not isinstance(value, list) or not all(isinstance(u, str) for u in value):
            return "should be a list of web addresses (JSON strings)"
        for u in value:
            parts = urlsplit(u)
            if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
                return f"{u!r} is not a web address (http:// or https://)"
    return None


def check_attributes(labels, a, where, report, warn):
    """Attribute values of one annotation against the label schema."""
    attrs, label = a["attributes"], a["label"]
    if not isinstance(attrs, dict):
        return
    if label not in labels["labels"]:
        if attrs:
            warn(f"{where}: label {label!r} is not in the label schema; its attributes are not checked")
        return
    defs = labels["labels"][label]
    by_id = {d["id"]: d for d in defs}
    for k, v in attrs.items():
        if k not in by_id:
            warn(f"{where}: attribute {k!r} is not defined for label {label!r}")
            continue
        d = by_id[k]
        if v is None or (isinstance(v, str) and not v.strip()) or (isinstance(v, list) and not v):
            warn(f"{where}: attribute {k!r} is empty; leave it out instead")
            continue
        why = type_problem(d, v)
        if why:
            report(f"{where}: attribute {k!r} is {v!r}: {why}")
        elif d["type"] == "date" and not ISO_DATE.fullmatch(v):
            warn(f"{where}: attribute {k!r} is {v!r}, not an ISO 8601 date (2023-10-07, 2023-10 or 2023)")
    for d in defs:
        if d.get("required") and d["id"] not in attrs:
            warn(f"{where}: required attribute {d['id']!r} is missing")
    known = [k for k in attrs if k in by_id]
    if known != [d["id"] for d in defs if d["id"] in attrs]:
        warn(f"{where}: attributes are not in the schema's order {[d['id'] for d in defs]}: {list(attrs)}")


def check(article, labels=None):
    """Returns (exit code, problem lines, warning lines) for one article."""
    sidecar = article + ".annotations.json"
    problems, warnings = [], []
    report = lambda msg: problems.append(f"{sidecar}: {msg}")
    warn = lambda msg: warnings.append(f"{sidecar}: warning: {msg}")
    try:
        with open(article, "rb") as f:
            raw = f.read().decode("utf-8")            # strict: invalid bytes are an error
        with open(sidecar, "rb") as f:
            data = f.read()
    except (OSError, UnicodeDecodeError) as e:
        return 2, [f"{sidecar}: cannot read: {e}"], []
    raw = raw[1:] if raw.startswith("\ufeff") else raw   # one BOM, as utf-8-sig does
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    try:
        obj = json.loads(data.decode("utf-8"), object_pairs_hook=no_duplicates,
                         parse_constant=reject_constant)
    except (UnicodeDecodeError, ValueError) as e:   # JSONDecodeError is a ValueError
        return 1, [f"{sidecar}: not valid JSON: {e}"], []
    if not isinstance(obj, dict):
        return 1, [f"{sidecar}: top level is not an object"], []

    # Canonical bytes first: it is the check most likely to fail after a hand edit.
    canonical = (json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    if data != canonical:
        at = next((i for i, (a, b) in enumerate(zip(data, canonical)) if a != b),
                  min(len(data), len(canonical)))
        line = data[:at].count(b"\n") + 1
        report(f"bytes are not canonical json.dumps(indent=2, ensure_ascii=False)+'\\n' "
               f"(first difference at byte {at}, line {line})")

    top_keys_in_order(obj, report)
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

    if "labelSchema" in obj:
        ref = obj["labelSchema"]
        if not isinstance(ref, dict):
            report("labelSchema is not an object")
        elif keys_in_order(ref, SCHEMA_REF_KEYS, "labelSchema", report):
            if not isinstance(ref["id"], str) or not ref["id"]:
                report(f"labelSchema.id is {ref['id']!r}, expected a non-empty string")
            if not (is_int(ref["version"]) and ref["version"] >= 1):
                report(f"labelSchema.version is {ref['version']!r}, expected an integer >= 1")
            if labels and (ref["id"], ref["version"]) != (labels["id"], labels["version"]):
                warn(f"labelSchema is {ref['id']!r} version {ref['version']!r}, but the annotations are "
                     f"checked against {labels['id']!r} version {labels['version']!r}")
    if "orphans" in obj and not (isinstance(obj["orphans"], list)
                                 and all(isinstance(o, dict) for o in obj["orphans"])):
        report("orphans is not a list of objects")

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
        if labels:
            check_attributes(labels, a, where, report, warn)
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
        return 1, problems, warnings
    checked = ", attributes checked against the label schema" if labels else ""
    return 0, [f"OK: {sidecar} ({len(anns)} annotations{checked}"
               + (f", {len(warnings)} warning(s)" if warnings else "") + ")"], warnings


def main(argv):
    usage = __doc__.strip().splitlines()[2]
    args, labels_path = list(argv[1:]), None
    while args and args[0].startswith("--labels"):
        opt = args.pop(0)
        if opt.startswith("--labels="):
            labels_path = opt[len("--labels="):]
        elif opt == "--labels" and args:
            labels_path = args.pop(0)
        else:
            args = ["-"]                              # malformed: fall through to the usage line
            break
    if not args or any(a.startswith("-") for a in args) or labels_path == "":
        print(usage, file=sys.stderr)
        return 2
    labels = None
    if labels_path is not None:
        try:
            labels = load_labels(labels_path)
        except (OSError, UnicodeDecodeError, ValueError) as e:
            print(f"{labels_path}: cannot use as a label schema: {e}", file=sys.stderr)
            return 2
    worst = 0
    for article in args:
        code, lines, warnings = check(article, labels)
        out = sys.stderr if code == 2 else sys.stdout
        print("\n".join(warnings + lines), file=out)
        worst = max(worst, code)
    return worst


if __name__ == "__main__":
    sys.exit(main(sys.argv))
