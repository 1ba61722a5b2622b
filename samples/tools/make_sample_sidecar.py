#!/usr/bin/env python3
"""Regenerates samples/khamenei-gaza-speech.txt.annotations.json, the bundled sample sidecar.

Every span is found by exact substring search (with an occurrence index for repeated strings) and
asserted, so an edit to the article makes this script fail loudly instead of writing wrong offsets.
Every attribute is checked against the label schema resources/labels/default-labels.json (read only) and
written in the order the schema lists it; the schema's id and version are recorded as "labelSchema".

Conventions used in the sample:
  quote     the reporting verb plus its reported content, without the speaker's name
            ("argued that ...", "claims that ..."), direct or indirect speech alike;
  figure    a number with what it counts (checkable values), always with its value. Dates are not
            figures: "Sunday", "October 7" or "June" is the date of an event and is given, in ISO 8601,
            as that event's date (and in the note where the article leaves it vague);
  assertion a checkable factual claim, by the article or inside a quote; the verdict's reasons are in
            "explanation", the note is a one-line summary;
  event     something that happened, with its time or place when attached.
Sources behind the verdicts: AFP's original report of the speech (19 November 2023), the Supreme Leader's
office's account of the visit, Reuters and AFP on Israel's revised toll (10 November 2023), dpa and WAFA
on the Gaza Government Media Office's toll (18 November 2023).
Usage: python3 make_sample_sidecar.py   (from anywhere)
"""
import hashlib
import json
import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
ARTICLE = os.path.join(HERE, "..", "khamenei-gaza-speech.txt")
LABELS = os.path.join(HERE, "..", "..", "resources", "labels", "default-labels.json")
CREATOR, CREATED, MODIFIED = "Factmark sample", "2026-11-24T09:00:00Z", "2026-11-24T10:00:00Z"

KHAMENEI, LEADER = "Ali Khamenei", "Supreme Leader of Iran"
HAMAS_GOVERNMENT = "Hamas government"
MEDIA_OFFICE = "Hamas government (Gaza Government Media Office)"
ARTICLE_VOICE = "the article"
VISIT_DATE = "2023-11-19"
VISIT_PLACE = "IRGC Aerospace Force exhibition, Ashura University of Aerospace Sciences and Technology, Tehran"
WAR_SO_FAR = "2023-10-07/2023-11-19"          # "since October 7" up to the speech

WIKI = "https://en.wikipedia.org/wiki/"
AFP_REPORT = "https://english.aaj.tv/news/amp/30341170"   # AFP's report of the speech, as syndicated
ATTACK = WIKI + "2023_Hamas-led_attack_on_Israel"
GAZA_WAR = WIKI + "Gaza_war"
GAZA_CASUALTIES = WIKI + "Casualties_of_the_Gaza_war"
TOLL_12300 = "https://gna.org.gh/2023/11/death-toll-in-gaza-reaches-12300-say-hamas-authorities/"
HAMAS = WIKI + "Hamas"
AXIS = WIKI + "Axis_of_Resistance"
KHAMENEI_DENIAL = ("https://www.reuters.com/world/middle-east/"
                   "irans-khamenei-says-tehran-was-not-behind-hamas-attack-israel-2023-10-10/")
IRAN_FOREIGN_POLICY = WIKI + "Foreign_relations_of_Iran"
FATTAH = WIKI + "Fattah_(missile)"
RIYADH_SUMMIT = "https://www.nation.com.pk/12-Nov-2023/muslim-leaders-blast-israel-over-war-crimes-in-gaza"


def quote(cue, speaker=KHAMENEI, role=LEADER, kind="indirect"):
    return {"speaker": speaker, "speaker_role": role, "kind": kind, "cue": cue}


def figure(value=None, unit=None, kind="count", as_of=None, source=None):
    return {"value": value, "unit": unit, "kind": kind, "as_of": as_of, "source": source}


def assertion(claimant, claim_type, check_worthiness, verdict, explanation, evidence=()):
    return {"claimant": claimant, "claim_type": claim_type, "check_worthiness": check_worthiness,
            "verdict": verdict, "explanation": explanation, "evidence": list(evidence)}


def event(type_, date, place=None, participants=None, status="occurred"):
    return {"type": type_, "date": date, "place": place, "participants": participants, "status": status}


# (label, exact text, occurrence index (0 = first), attributes, fact-checker note)
SPANS = [
    # Headline
    ("quote", "declares Israel’s failure in the Hamas conflict", 0, quote("declares"), ""),
    ("assertion", "A decisive fact", 0,
     assertion(ARTICLE_VOICE, "other", "medium", "misleading",
               "Khamenei said \"the defeat of the Zionist regime in Gaza is a fact\" (AFP); the headline drops "
               "the attribution and adds \"decisive\", so his opinion reads as the outlet's finding. The war was "
               "still under way: Hamas had not been destroyed, nor had Israel been defeated.",
               [AFP_REPORT, GAZA_WAR]),
     "Khamenei's opinion stated in the outlet's own voice, as a fact."),
    # Paragraph 1
    ("quote", "declared on Sunday that Israel had suffered a defeat in its war against the Iran-backed "
              "Palestinian militant group, Hamas", 0, quote("declared"),
     "Khamenei's opinion, not a verifiable finding: the war was ongoing at the time."),
    ("assertion", "the Iran-backed Palestinian militant group, Hamas", 0,
     assertion(ARTICLE_VOICE, "other", "low", "accurate",
               "Well documented: Iran has long funded, armed and trained Hamas, and Hamas leaders have "
               "publicly acknowledged its support.",
               [HAMAS, AXIS]),
     "The article's description, not Khamenei's words."),
    ("event", "a speech at an Islamic Revolutionary Guard Corps aerospace force center in Tehran", 0,
     event("speech", VISIT_DATE, VISIT_PLACE, KHAMENEI),
     "The article's \"Sunday\" is 19 November 2023: Iranian state media reported a visit to the IRGC "
     "Aerospace Force's permanent exhibition at Ashura University of Aerospace Sciences and Technology."),
    ("quote", "criticized Israel’s actions in the Gaza Strip", 0, quote("criticized"), ""),
    # Paragraph 2
    ("assertion", "Since October 7, Israel has been conducting airstrikes and ground invasions in Gaza, "
                  "resulting in the deaths of approximately 1,200 people, mostly civilians, according to "
                  "Israeli officials", 0,
     assertion(ARTICLE_VOICE + ", citing Israeli officials", "quantity", "high", "false",
               "About 1,200 people, mostly civilians, were killed in Israel in the Hamas-led attack of "
               "7 October 2023, according to Israeli officials (who revised their count down from about 1,400 "
               "on 10 November 2023). It is not a toll of Israeli strikes in Gaza, and AFP's original sentence "
               "does not say it is; for deaths in Gaza the next sentence gives the Hamas-run authorities' figure.",
               [ATTACK, AFP_REPORT]),
     "Misattributed figure: it is the toll of the 7 October attack in Israel, not of the strikes on Gaza."),
    ("event", "airstrikes and ground invasions in Gaza", 0,
     event("military campaign", WAR_SO_FAR, "Gaza Strip", "Israel Defense Forces"),
     "Israeli airstrikes began on 7 October 2023; the large-scale ground invasion began in late October."),
    ("figure", "approximately 1,200 people", 0,
     figure(1200, "people", "count", "2023-10-07", "Israeli officials"),
     "Real figure, wrong context: it is the number killed in Israel on 7 October, not in Gaza. "
     "See the note on the enclosing sentence."),
    ("quote", "claims that over 12,300 people, including more than 5,000 children, have been killed as a "
              "result of Israel’s bombing campaign and ground invasion", 0,
     quote("claims", HAMAS_GOVERNMENT, "Hamas-run authorities of the Gaza Strip (Government Media Office)"),
     "'The Hamas government' is the Hamas-run Government Media Office in Gaza, which gave this toll on "
     "18 November 2023 while the Health Ministry's count was stalled."),
    ("assertion", "over 12,300 people, including more than 5,000 children, have been killed as a result of "
                  "Israel’s bombing campaign and ground invasion", 0,
     assertion(HAMAS_GOVERNMENT, "quantity", "high", "unverifiable",
               "Toll given by the Hamas-run Government Media Office in Gaza on 18 November 2023, while the "
               "Health Ministry's own count was stalled by the collapse of hospitals in the north. It does not "
               "distinguish civilians from combatants and could not be independently verified at the time.",
               [TOLL_12300, GAZA_CASUALTIES]),
     "The Hamas-run authorities' toll; not independently verifiable at the time."),
    ("figure", "over 12,300 people", 0, figure(12300, "people", "count", "2023-11-18", MEDIA_OFFICE), ""),
    ("figure", "more than 5,000 children", 0, figure(5000, "children", "count", "2023-11-18", MEDIA_OFFICE), ""),
    ("event", "Israel’s bombing campaign and ground invasion", 0,
     event("military campaign", WAR_SO_FAR, "Gaza Strip", "Israel Defense Forces"),
     "The same campaign as 'airstrikes and ground invasions' above."),
    # Paragraph 3
    ("quote", "argued that Israel’s failure to achieve its goal of destroying Hamas despite its massive "
              "bombings indicated its incapacity", 0, quote("argued"), ""),
    ("assertion", "Israel’s failure to achieve its goal of destroying Hamas", 0,
     assertion(KHAMENEI, "other", "medium", "mostly accurate",
               "Israel's declared war aim was to destroy Hamas, and about six weeks in it had not been achieved. "
               "But the war was continuing, so 'failure' is Khamenei's judgement, not a finding.",
               [GAZA_WAR]),
     "True so far; 'failure' is a judgement of an unfinished war."),
    ("event", "its massive bombings", 0, event("airstrikes", WAR_SO_FAR, "Gaza Strip", "Israel Defense Forces"),
     ""),
    ("quote", "further criticized the United States and Western countries for supporting Israel", 0,
     quote("criticized"), ""),
    ("quote", "claiming that their inability to secure victory for Israel reflected their own weaknesses", 0,
     quote("claiming"), ""),
    # Paragraph 4
    ("assertion", "Iran, a staunch financial and military supporter of Hamas", 0,
     assertion(ARTICLE_VOICE, "other", "low", "accurate",
               "Iran has long funded, armed and trained Hamas; the US State Department has put Iran's support "
               "for Palestinian militant groups at up to about $100 million a year.",
               [HAMAS, AXIS]),
     "Well documented."),
    ("quote", "hailed the October 7 attacks as a success but denied any direct involvement", 0,
     quote("hailed; denied", "Iran", "Iranian government"), ""),
    ("event", "the October 7 attacks", 0,
     event("attack", "2023-10-07", "southern Israel", "Hamas and allied Palestinian armed groups"),
     "Hamas-led attack on southern Israel, 7 October 2023: about 1,200 killed and about 240 taken hostage."),
    ("assertion", "denied any direct involvement", 0,
     assertion("Iran", "other", "high", "unverifiable",
               "Khamenei said on 10 October 2023 that Iran was not behind the attack, while praising those who "
               "planned it. US officials said they had no evidence of direct Iranian involvement in planning it; "
               "press reports of Iranian help were not confirmed.",
               [KHAMENEI_DENIAL, ATTACK]),
     "Iran's denial; disputed, but no evidence of direct involvement was made public."),
    ("assertion", "The country has long made support for the Palestinian cause a central component of its "
                  "foreign policy since the Islamic revolution in 1979", 0,
     assertion(ARTICLE_VOICE, "other", "low", "accurate",
               "Opposition to Israel and support for the Palestinians have been a pillar of the Islamic "
               "Republic's foreign policy since the 1979 revolution.",
               [IRAN_FOREIGN_POLICY]),
     "Broadly accurate."),
    ("event", "the Islamic revolution in 1979", 0,
     event("revolution", "1979", "Iran", "Ruhollah Khomeini and his supporters; the Pahlavi monarchy"), ""),
    # Paragraph 5
    ("event", "his visit to the Revolutionary Guard’s aerospace force center", 0,
     event("visit", VISIT_DATE, VISIT_PLACE, KHAMENEI + "; IRGC Aerospace Force commanders"),
     "The same visit as the speech in the first paragraph."),
    ("event", "unveiled new defense systems and drones", 0,
     event("unveiling", VISIT_DATE, VISIT_PLACE, "IRGC Aerospace Force; " + KHAMENEI + " attending"),
     "The article has Khamenei unveiling them; state media said the IRGC Aerospace Force unveiled them during "
     "his visit (among them the Mehran mobile air-defence system and the Shahed-147 drone)."),
    ("event", "inspected a drone named “Gaza,”", 0,
     event("inspection", VISIT_DATE, VISIT_PLACE, KHAMENEI),
     "The Shahed-149 'Gaza' drone, first unveiled by the IRGC in May 2021: not new in November 2023."),
    ("assertion", "symbolizing Iran’s solidarity with the Palestinian people", 0,
     assertion(ARTICLE_VOICE, "other", "low", "mostly accurate",
               "Given without attribution, but consistent with the IRGC's own account: when the drone was "
               "unveiled in May 2021, its commander Hossein Salami said the name honoured those in Gaza standing "
               "against Israel."),
     "An interpretation given without attribution."),
    ("event", "the force showcased an upgraded version of the hypersonic missile, Fattah 2", 0,
     event("unveiling", VISIT_DATE, VISIT_PLACE, "IRGC Aerospace Force"),
     "Fattah 2, shown on 19 November 2023, is itself the upgraded version of the Fattah missile; the "
     "sentence blurs which missile is which."),
    ("assertion", "the hypersonic missile", 0,
     assertion("Iran (IRGC)", "other", "medium", "unverifiable",
               "Iran's own description, repeated by the article. Independent analysts question whether Fattah "
               "is a true manoeuvring hypersonic weapon rather than a ballistic missile with a manoeuvring "
               "warhead.",
               [FATTAH]),
     "Iran's own description; contested by independent analysts."),
    ("event", "initially unveiled in June", 0,
     event("unveiling", "2023-06-06", "Tehran", "IRGC Aerospace Force; President Ebrahim Raisi"),
     "It was the first Fattah, not Fattah 2, that was unveiled in June (6 June 2023)."),
    # Paragraph 6
    ("quote", "called on Muslim countries with formal relations with Israel to sever ties and cease trade", 0,
     quote("called on"), ""),
    ("quote", "expressed his disappointment with Islamic governments that had not yet condemned Israel’s "
              "actions in Gaza", 0, quote("expressed"), ""),
    ("assertion", "Islamic governments that had not yet condemned Israel’s actions in Gaza", 0,
     assertion(KHAMENEI, "other", "medium", "misleading",
               "No government is named. At the joint Arab-Islamic summit in Riyadh on 11 November 2023, the "
               "member states of the Arab League and the OIC had jointly condemned Israel's actions in Gaza.",
               [RIYADH_SUMMIT]),
     "Vague; Arab and Islamic states had jointly condemned Israel on 11 November 2023."),
    ("quote", "stating that such behavior was unacceptable", 0, quote("stating"), ""),
    # Paragraph 7 (summary)
    ("quote", "emphasized Iran’s support for Hamas and its condemnation of Israel’s actions in the Gaza Strip",
     0, quote("emphasized"), ""),
    ("quote", "highlighted what he perceived as Israel’s defeat", 0, quote("highlighted"), ""),
    ("quote", "called on Muslim countries to take a stronger stance against Israel", 0, quote("called on"), ""),
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


def typed(attr, value):
    """Whether value fits the attribute's type, as the checker and the app read it."""
    t = attr["type"]
    if t == "number":
        return type(value) in (int, float)
    if t == "choice":
        return value in attr["values"]
    if t == "urls":
        return isinstance(value, list) and all(isinstance(u, str) and u.startswith("https://") for u in value)
    if t == "boolean":
        return type(value) is bool
    return isinstance(value, str)                  # text, date


def attributes_in_schema_order(label_def, values, what):
    """The filled attributes in the schema's order; None and empty values are left out (never written empty).
    Every required attribute must be filled: the sample is a model and validates with nothing to complete."""
    defs = {a["id"]: a for a in label_def["attributes"]}
    unknown = set(values) - set(defs)
    assert not unknown, f"{what}: attributes not in the schema: {sorted(unknown)}"
    out = {}
    for attr_id, attr in defs.items():
        v = values.get(attr_id)
        if v is None or v == "" or v == []:
            continue
        assert typed(attr, v), f"{what}: {attr_id} = {v!r} does not fit type {attr['type']}"
        if isinstance(v, str):
            assert v == v.strip(), f"{what}: {attr_id} has surrounding spaces"
        out[attr_id] = v
    missing = [a for a, d in defs.items() if d.get("required") and a not in out]
    assert not missing, f"{what}: required attributes missing: {missing} (the sample must validate clean)"
    return out


def main():
    with open(ARTICLE, "rb") as f:
        raw = f.read().decode("utf-8")
    raw = raw[1:] if raw.startswith("\ufeff") else raw
    text = open(ARTICLE, encoding="utf-8-sig").read()
    assert text == raw.replace("\r\n", "\n").replace("\r", "\n")
    with open(LABELS, encoding="utf-8") as f:
        schema = json.load(f)
    assert schema["format"] == "factmark.labels", schema.get("format")
    label_defs = {d["id"]: d for d in schema["labels"]}

    annotations, spans = [], set()
    for label, needle, occurrence, attrs, note in SPANS:
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
            "attributes": attributes_in_schema_order(label_defs[label], attrs, f"{label} {needle!r}"),
            "note": note, "creator": CREATOR, "created": CREATED, "modified": MODIFIED,
        })
    annotations.sort(key=lambda a: (a["start"], -a["end"], a["label"], a["id"]))
    obj = {
        "format": "factmark.annotations",
        "version": 1,
        "document": {"file": os.path.basename(ARTICLE),
                     "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                     "length": len(text), "newline": newline_style(raw)},
        "labelSchema": {"id": schema["id"], "version": schema["version"]},
        "annotations": annotations,
    }
    with open(ARTICLE + ".annotations.json", "wb") as f:
        f.write((json.dumps(obj, indent=2, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"wrote {len(annotations)} annotations")


if __name__ == "__main__":
    main()
