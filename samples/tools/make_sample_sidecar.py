#!/usr/bin/env python3
"""Regenerates samples/khamenei-gaza-speech.txt.annotations.json, the bundled sample sidecar.

Every span is found by exact substring search (with an occurrence index for repeated strings) and
asserted, so an edit to the article makes this script fail loudly instead of writing wrong offsets.

Conventions used in the sample:
  quote     the reporting verb plus its reported content, without the speaker's name
            ("argued that ...", "claims that ..."), direct or indirect speech alike;
  figure    a number with what it counts, and dates (checkable values);
  assertion a checkable factual claim, by the article or inside a quote;
  event     something that happened, with its time or place when attached.
Usage: python3 make_sample_sidecar.py   (from anywhere)
"""
import hashlib
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = os.path.join(HERE, "..", "khamenei-gaza-speech.txt")
CREATOR, STAMP = "Factmark sample", "2026-11-24T09:00:00Z"

MISATTRIBUTED = (
    "Misattributed figure. About 1,200 people, mostly civilians, were killed IN ISRAEL in the Hamas-led "
    "attack of 7 October 2023, according to Israeli officials (who revised their count down from about "
    "1,400 in November 2023). It is not a toll of Israeli airstrikes in Gaza; for deaths in Gaza the next "
    "sentence gives the Hamas-run health ministry's figure.")

# (label, exact text, occurrence index (0 = first), fact-checker note)
SPANS = [
    # Headline
    ("quote", "declares Israel’s failure in the Hamas conflict", 0, ""),
    ("assertion", "A decisive fact", 0,
     "The headline states Khamenei's opinion in the outlet's own voice, as a fact. Nothing in the article "
     "establishes an Israeli 'failure'; the war was still under way when he spoke."),
    # Paragraph 1
    ("quote", "declared on Sunday that Israel had suffered a defeat in its war against the Iran-backed "
              "Palestinian militant group, Hamas", 0,
     "Khamenei's opinion, not a verifiable finding: the war was ongoing at the time."),
    ("figure", "Sunday", 0,
     "The article gives no date; the speech was on Sunday 19 November 2023."),
    ("assertion", "the Iran-backed Palestinian militant group, Hamas", 0,
     "The article's description, not Khamenei's words. Iran's backing of Hamas is well documented."),
    ("event", "a speech at an Islamic Revolutionary Guard Corps aerospace force center in Tehran", 0,
     "Iranian state media reported it as a visit to an exhibition of the IRGC Aerospace Force, "
     "19 November 2023."),
    ("quote", "criticized Israel’s actions in the Gaza Strip", 0, ""),
    # Paragraph 2
    ("assertion", "Since October 7, Israel has been conducting airstrikes and ground invasions in Gaza, "
                  "resulting in the deaths of approximately 1,200 people, mostly civilians, according to "
                  "Israeli officials", 0, MISATTRIBUTED),
    ("figure", "October 7", 0, "7 October 2023, the day of the Hamas-led attack on Israel."),
    ("event", "airstrikes and ground invasions in Gaza", 0,
     "Israeli airstrikes began on 7 October 2023; the large-scale ground invasion began in late October."),
    ("figure", "approximately 1,200 people", 0,
     "Real figure, wrong context: it is the number killed in Israel on 7 October, not in Gaza. "
     "See the note on the enclosing sentence."),
    ("quote", "claims that over 12,300 people, including more than 5,000 children, have been killed as a "
              "result of Israel’s bombing campaign and ground invasion", 0,
     "'The Hamas government' is, more precisely, the Health Ministry of Hamas-run Gaza."),
    ("assertion", "over 12,300 people, including more than 5,000 children, have been killed as a result of "
                  "Israel’s bombing campaign and ground invasion", 0,
     "Gaza Health Ministry toll around 19 November 2023. It does not distinguish civilians from combatants "
     "and could not be independently verified at the time."),
    ("figure", "over 12,300 people", 0, ""),
    ("figure", "more than 5,000 children", 0, ""),
    ("event", "Israel’s bombing campaign and ground invasion", 0,
     "The same campaign as 'airstrikes and ground invasions' above."),
    # Paragraph 3
    ("quote", "argued that Israel’s failure to achieve its goal of destroying Hamas despite its massive "
              "bombings indicated its incapacity", 0, ""),
    ("assertion", "Israel’s failure to achieve its goal of destroying Hamas", 0,
     "Israel's declared war aim was to destroy Hamas. About six weeks in, it had not been achieved, but the "
     "war was continuing: 'failure' is Khamenei's judgement."),
    ("event", "its massive bombings", 0, ""),
    ("quote", "further criticized the United States and Western countries for supporting Israel", 0, ""),
    ("quote", "claiming that their inability to secure victory for Israel reflected their own weaknesses", 0,
     ""),
    # Paragraph 4
    ("assertion", "Iran, a staunch financial and military supporter of Hamas", 0,
     "Well documented: Iran has long funded, armed and trained Hamas; the US State Department has put "
     "Iran's support for Palestinian militant groups at up to about $100 million a year."),
    ("quote", "hailed the October 7 attacks as a success but denied any direct involvement", 0, ""),
    ("event", "the October 7 attacks", 0,
     "Hamas-led attack on southern Israel, 7 October 2023: about 1,200 killed and about 240 taken hostage."),
    ("figure", "October 7", 1, "7 October 2023."),
    ("assertion", "denied any direct involvement", 0,
     "Khamenei said on 10 October 2023 that Iran was not behind the attack. Early US intelligence "
     "assessments reported no evidence of direct Iranian involvement in planning it; still disputed."),
    ("assertion", "The country has long made support for the Palestinian cause a central component of its "
                  "foreign policy since the Islamic revolution in 1979", 0,
     "Broadly accurate: opposition to Israel and support for the Palestinians have been a pillar of the "
     "Islamic Republic's foreign policy since 1979."),
    ("event", "the Islamic revolution in 1979", 0, ""),
    ("figure", "1979", 0, ""),
    # Paragraph 5
    ("event", "his visit to the Revolutionary Guard’s aerospace force center", 0,
     "The same visit as the speech in the first paragraph."),
    ("event", "unveiled new defense systems and drones", 0, ""),
    ("event", "inspected a drone named “Gaza,”", 0,
     "Identified in Iranian media as the Shahed-149 'Gaza' drone."),
    ("assertion", "symbolizing Iran’s solidarity with the Palestinian people", 0,
     "An interpretation given without attribution."),
    ("event", "the force showcased an upgraded version of the hypersonic missile, Fattah 2", 0,
     "Fattah 2, shown on 19 November 2023, is itself the upgraded version of the Fattah missile; the "
     "sentence blurs which missile is which."),
    ("assertion", "the hypersonic missile", 0,
     "Iran's own description. Independent analysts question whether Fattah is a true manoeuvring "
     "hypersonic weapon rather than a ballistic missile with a manoeuvring warhead."),
    ("event", "initially unveiled in June", 0,
     "It was the first Fattah, not Fattah 2, that was unveiled in June (6 June 2023)."),
    ("figure", "June", 0, "June 2023."),
    # Paragraph 6
    ("quote", "called on Muslim countries with formal relations with Israel to sever ties and cease trade", 0,
     ""),
    ("quote", "expressed his disappointment with Islamic governments that had not yet condemned Israel’s "
              "actions in Gaza", 0, ""),
    ("assertion", "Islamic governments that had not yet condemned Israel’s actions in Gaza", 0,
     "Vague about which governments; the joint Arab-Islamic summit in Riyadh on 11 November 2023 had "
     "condemned Israel's actions in Gaza."),
    ("quote", "stating that such behavior was unacceptable", 0, ""),
    # Paragraph 7 (summary)
    ("quote", "emphasized Iran’s support for Hamas and its condemnation of Israel’s actions in the Gaza Strip",
     0, ""),
    ("quote", "highlighted what he perceived as Israel’s defeat", 0, ""),
    ("quote", "called on Muslim countries to take a stronger stance against Israel", 0, ""),
]


def find(text, needle, occurrence):
    """Start offset of the occurrence-th (0-based) occurrence of needle; fails if there is none."""
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(needle, at + 1)
        assert at >= 0, f"not found: {needle!r} (occurrence {occurrence})"
    return at


def newline_style(raw):
    crlf = raw.count("\r\n")
    kinds = {n for n, c in (("CRLF", crlf), ("CR", raw.count("\r") - crlf), ("LF", raw.count("\n") - crlf))
             if c}
    return "none" if not kinds else kinds.pop() if len(kinds) == 1 else "mixed"


def main():
    with open(ARTICLE, "rb") as f:
        raw = f.read().decode("utf-8")
    raw = raw[1:] if raw.startswith("\ufeff") else raw
    text = open(ARTICLE, encoding="utf-8-sig").read()
    assert text == raw.replace("\r\n", "\n").replace("\r", "\n")

    annotations, spans = [], set()
    for label, needle, occurrence, note in SPANS:
        assert label in ("quote", "figure", "assertion", "event"), label
        start = find(text, needle, occurrence)
        end = start + len(needle)
        assert text[start:end] == needle
        assert not needle[0].isspace() and not needle[-1].isspace(), needle
        assert (label, start, end) not in spans, f"duplicate {label} {needle!r}"
        spans.add((label, start, end))
        annotations.append({
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"factmark-sample/{label}/{start}/{end}")),
            "label": label, "start": start, "end": end, "text": needle,
            "prefix": text[max(0, start - 32):start], "suffix": text[end:end + 32],
            "attributes": {}, "note": note, "creator": CREATOR, "created": STAMP, "modified": STAMP,
        })
    annotations.sort(key=lambda a: (a["start"], -a["end"], a["label"], a["id"]))
    obj = {
        "format": "factmark.annotations",
        "version": 1,
        "document": {"file": os.path.basename(ARTICLE),
                     "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     "length": len(text), "newline": newline_style(raw)},
        "annotations": annotations,
    }
    with open(ARTICLE + ".annotations.json", "wb") as f:
        f.write((json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"wrote {len(annotations)} annotations")


if __name__ == "__main__":
    main()
