#!/usr/bin/env python3
"""Writes the bad-input catalogue of issue 12 (docs/reliability.md): one file per case under
tests/data/bad/{json,xml,database,cli}/ and manifest.tsv, which tst_bad_catalogue runs.

Run it again after changing a case here; the files are committed so the test needs no Python.
Each case names its command, the exit code and fragments the message must hold: what is wrong
and where (a line, a line and column, a field, or the file's path). The expected fragments are
written here from the input, never copied from the app's output.

Usage: tests/data/bad/make-catalogue.py APP_BINARY   (the built sanctions-tracker, to make the
database cases from a real database)
"""
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", ".."))
CASES = []  # (file, command, exit, fragments)


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def case(rel, command, exit_code, *fragments, data=None):
    if data is not None:
        write(rel, data)
    CASES.append((rel, command, exit_code, list(fragments)))


def first_element_line(rel, array_key):
    """The line of the first element of the root object's array `array_key` in the written case."""
    text = open(os.path.join(HERE, rel), encoding="utf-8").read()
    array_at = text.index('"%s": [' % array_key)
    return text[:text.index("{", array_at)].count("\n") + 1


def line_of(text, needle, occurrence=0):
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    return text[:at].count("\n") + 1


# ---------------------------------------------------------------- JSON (--import FILE)
full = json.load(open(os.path.join(ROOT, "resources", "data", "un-sanctions.json")))
# The DPRK's first two resolutions and what they name, picked by symbol so that records added to the
# bundled file later (Iran's came in format 2) leave the catalogue as it is.
base = {
    "format": "sanctions-tracker",
    "format_version": 1,
    "states": [s for s in full["states"] if s["code"] == "PRK"],
    "measure_types": full["measure_types"],
    "regimes": [g for g in full["regimes"] if g["state"] == "PRK"],
    "resolutions": [r for r in full["resolutions"] if r["symbol"] in ("S/RES/1695 (2006)", "S/RES/1718 (2006)")],
    "designations": [{
        "reference_number": "KPi.001", "kind": "individual", "name": "Catalogue Person",
        "listed_on": "2016-03-02", "regime": "1718", "state": "PRK", "resolution": "S/RES/1718 (2006)",
        "un_list_type": "DPRK", "delisted_on": None}],
}
BASE = json.dumps(base, indent=2, ensure_ascii=False) + "\n"
write("json/base-valid.json", BASE)  # the file every JSON case changes; itself imports cleanly


def jcase(name, text, *fragments):
    case("json/" + name + ".json", "import", 1, *fragments, data=text)


def jrep(name, old, new, fragments, occurrence=0, line_needle=None):
    """BASE with the `occurrence`-th `old` replaced by `new`; "line N" of the change is expected."""
    at = -1
    for _ in range(occurrence + 1):
        at = BASE.index(old, at + 1)
    text = BASE[:at] + new + BASE[at + len(old):]
    line = text[:at].count("\n") + 1 if line_needle is None else line_of(text, line_needle)
    jcase(name, text, "line %d" % line, *fragments)


R1 = "S/RES/1695 (2006)"
R2 = "S/RES/1718 (2006)"
# syntax
jcase("empty", "", "malformed JSON")
jcase("whitespace-only", " \n\n  \n", "malformed JSON")
jcase("truncated-half", BASE[: len(BASE) // 2], "malformed JSON", "line ")
jcase("truncated-last-brace", BASE.rstrip()[:-1], "malformed JSON", "line %d" % (BASE.rstrip().count("\n") + 1))
jcase("trailing-comma", BASE.replace('"format_version": 1,', '"format_version": 1,,', 1), "malformed JSON", "line 3")
jcase("missing-comma", BASE.replace('"format_version": 1,', '"format_version": 1', 1), "malformed JSON", "line 4")
jcase("single-quotes", BASE.replace('"format": "sanctions-tracker"', "'format': 'sanctions-tracker'", 1), "malformed JSON", "line 2")
jcase("comment", BASE.replace('"format_version": 1,', '"format_version": 1, // one', 1), "malformed JSON", "line 3")
jcase("nan", BASE.replace('"format_version": 1,', '"format_version": NaN,', 1), "malformed JSON", "line 3")
jcase("infinity", BASE.replace('"format_version": 1,', '"format_version": Infinity,', 1), "malformed JSON", "line 3")
jcase("unterminated-string", '{\n  "format": "sanctions-tracker\n}\n', "malformed JSON", "line ")
jcase("array-root", "[\n" + BASE + "]\n", "must hold one JSON object")
jcase("string-root", '"sanctions-tracker"\n', "malformed JSON")
jcase("number-root", "1\n", "malformed JSON")
jcase("null-root", "null\n", "malformed JSON")
jcase("deep-arrays", '{"format": "sanctions-tracker", "format_version": 1, "resolutions": ' + "[" * 5000 + "]" * 5000 + "}\n",
      "malformed JSON", "line 1")
jcase("text-after-object", BASE + "{}\n", "malformed JSON", "line %d" % (BASE.count("\n") + 1))
case("json/invalid-utf8.json", "import", 1, "malformed JSON", "line 2",
     data=BASE.encode().replace(b'"sanctions-tracker"', b'"sanctions-\xff\xfetracker"', 1))
# Qt's JSON parser takes raw control characters inside strings; JSON allows them only escaped.
case("json/raw-nul-byte.json", "import", 1, "line 2, column 24", "control character",
     data=BASE.encode().replace(b'"sanctions-tracker"', b'"sanctions-\x00tracker"', 1))
case("json/raw-control-character.json", "import", 1, "line 2, column 24", "control character",
     data=BASE.encode().replace(b'"sanctions-tracker"', b'"sanctions-\x01tracker"', 1))
jrep("raw-tab-in-title", '"title": "', '"title": "\t', ["control character"])
case("json/utf16.json", "import", 1, "malformed JSON", data=BASE.encode("utf-16"))
case("json/binary-garbage.json", "import", 1, "malformed JSON",
     data=bytes((i * 7919 + 13) % 251 for i in range(4096)))
jcase("xml-instead", "<?xml version='1.0'?>\n<CONSOLIDATED_LIST/>\n", "malformed JSON", "line 1")
# the envelope
jcase("no-format", BASE.replace('  "format": "sanctions-tracker",\n', "", 1), "not a Sanctions Tracker file")
jcase("wrong-format", BASE.replace('"format": "sanctions-tracker"', '"format": "other-tool"', 1), "not a Sanctions Tracker file")
jcase("format-version-missing", BASE.replace('  "format_version": 1,\n', "", 1), '"format_version" is missing')
jcase("format-version-text", BASE.replace('"format_version": 1', '"format_version": "1"', 1), "must be the number 2, without quotes")
jcase("format-version-3", BASE.replace('"format_version": 1', '"format_version": 3', 1), "format_version 3 is not supported")
jcase("format-version-0", BASE.replace('"format_version": 1', '"format_version": 0', 1), "format_version 0 is not supported")
jcase("format-version-fraction", BASE.replace('"format_version": 1', '"format_version": 1.5', 1), "format_version 1.5 is not supported")
jcase("format-version-null", BASE.replace('"format_version": 1', '"format_version": null', 1), '"format_version" is missing')
no_res = dict(base)
del no_res["resolutions"]
jcase("no-resolutions-key", json.dumps(no_res, indent=2) + "\n", 'no "resolutions" list')
jcase("duplicate-root-key", BASE.replace('"format_version": 1,', '"format_version": 1,\n  "format_version": 1,', 1),
      "line 4, column 3", '"format_version"', "appears twice")
jrep("duplicate-key-in-resolution", '"number": 1695,', '"number": 1695,\n      "number": 1695,', ["appears twice", '"number"'],
     line_needle='"number": 1695,\n      "number"')
CASES[-1][3][0] = "line %d, column 7" % (line_of(open(os.path.join(HERE, "json/duplicate-key-in-resolution.json")).read(), '"number": 1695,') + 1)
jcase("resolutions-object", BASE.replace('"resolutions": [', '"resolutions": {"x": [', 1).replace('\n  ],\n  "designations"', '\n  ]},\n  "designations"', 1),
      'field "resolutions"', "must be a list")
jcase("resolutions-text", json.dumps(dict(base, resolutions="none"), indent=2) + "\n", 'field "resolutions"', "must be a list")
jcase("states-object", json.dumps(dict(base, states={"PRK": 1}), indent=2) + "\n", 'field "states"', "must be a list")
jcase("resolution-as-text", json.dumps(dict(base, resolutions=["S/RES/1695 (2006)"]), indent=2) + "\n", "resolution 1", "must be a JSON object")
# resolutions
jrep("symbol-missing", '"symbol": "%s",' % R1, "", ['field "symbol"', "is missing"], line_needle='"number": 1695')
# Without its symbol the record is found by its place in the list: the line of its opening brace.
CASES[-1][3][0:1] = ["line %d" % first_element_line("json/symbol-missing.json", "resolutions"), "resolution 1 in the list"]
jrep("symbol-empty", '"symbol": "%s"' % R1, '"symbol": " "', ['field "symbol"', "must not be empty"])
CASES[-1][3].insert(1, "resolution 1 in the list")
jrep("symbol-number-mismatch", '"number": 1695', '"number": 1696', [R1, "1696"], line_needle='"symbol": "%s"' % R1)
jrep("symbol-twice", '"symbol": "%s"' % R2, '"symbol": "%s"' % R1, [R1, "appears twice"], line_needle='"symbol": "%s"' % R1)
jrep("number-negative", '"number": 1695', '"number": -5', [R1, '"number"', "positive whole number"])
jrep("number-fraction", '"number": 1695', '"number": 1695.5', [R1, '"number"', "positive whole number"])
jrep("number-text", '"number": 1695', '"number": "1695"', [R1, '"number"', "must be a number"])
jrep("number-of-stored-resolution", '"symbol": "%s",\n      "number": 1695,\n      "date": "2006-07-15"' % R1,
     '"symbol": "S/RES/1718 (2007)",\n      "number": 1718,\n      "date": "2007-07-15"', ['resolution number "1718" appears twice in the file'],
     line_needle='"symbol": "%s"' % R2)  # the stored-number case itself: tst_json_bad_input
jrep("date-missing", '"date": "2006-07-15",', "", [R1, '"date"', "is missing"], line_needle='"symbol": "%s"' % R1)
jrep("date-shape", '"date": "2006-07-15"', '"date": "15/07/2006"', [R1, '"date"', "YYYY-MM-DD", "15/07/2006"])
jrep("date-impossible", '"date": "2006-07-15"', '"date": "2006-02-30"', [R1, '"date"', "not a real date"])
jrep("date-number", '"date": "2006-07-15"', '"date": 20060715', [R1, '"date"', "must be a string"])
jrep("status-unknown", '"status": "adopted"', '"status": "passed"', [R1, '"status"', "passed"])
jrep("kind-unknown", '"kind": "other"', '"kind": "embargo"', [R1, '"kind"', "embargo"])
jrep("votes-missing", '"votes": {\n        "for": 15,\n        "against": 0,\n        "abstain": 0\n      },', "", [R1, '"votes"', "is missing"],
     line_needle='"symbol": "%s"' % R1)
jrep("votes-for-16", '"for": 15', '"for": 16', [R1, "votes.for", "between 0 and 15"])
jrep("votes-negative", '"against": 0', '"against": -1', [R1, "votes.against"])
jrep("votes-fraction", '"abstain": 0', '"abstain": 0.5', [R1, '"abstain"', "whole number"])
jrep("votes-text", '"against": 0', '"against": "none"', [R1, '"against"', "must be a number"])
jrep("vetoed-by-text", '"vetoed_by": []', '"vetoed_by": "none"', [R1, '"vetoed_by"', "must be a list"])
jrep("chapter-vii-text", '"chapter_vii": false', '"chapter_vii": "no"', [R1, '"chapter_vii"', "true, false or null"])
jrep("sources-text", '"sources": [', '"sources": "x", "y": [', [R1, '"sources"', "must be a list"])
jrep("sources-numbers", '"sources": [\n        "https://www.un.org/press/en/2006/sc8778.doc.htm"', '"sources": [\n        5',
     [R1, '"sources"', "list of strings"], line_needle='"sources": [\n        5')
jrep("title-empty", '"title": "Resolution 1695', '"title": " ", "x": "', [R1, '"title"', "must not be empty"])
jrep("title-number", '"title": "Resolution 1695', '"title": 7, "x": "', [R1, '"title"', "must be a string"])
jrep("title-nul-escape", '"title": "Resolution 1695', '"title": "Resolution\\u00001695', [R1, '"title"', "NUL"])
jrep("states-unknown", '"states": [\n        "PRK"', '"states": [\n        "XYZ"', [R1, '"states"', "XYZ"], line_needle='"states": [\n        "XYZ"')
# triggers
jrep("triggers-object-unclosed", '"triggers": [', '"triggers": {"a": [', ["column 6", "malformed JSON", "unterminated object"],
     line_needle='"symbol": "%s"' % R2)
CASES[-1][3][0] = "line %d, column 6" % (line_of(BASE, '"symbol": "%s"' % R2) - 1)
BASE_T = BASE
jrep("trigger-kind-unknown", '"kind": "missile_launch"', '"kind": "earthquake"', [R1 + ", trigger 1", '"kind"', "earthquake"])
jrep("trigger-date-impossible", '"date": "2006-07-04"', '"date": "2006-07-32"', [R1 + ", trigger 1", '"date"', "not a real date"])
jrep("trigger-state-unknown", '"state": "PRK",\n          "date": "2006-07-04"', '"state": "ABC",\n          "date": "2006-07-04"',
     [R1 + ", trigger 1", '"state"', "ABC"])
jrep("trigger-description-missing", '"description": "Launch of seven', '"x": "Launch of seven', [R1 + ", trigger 1", '"description"', "is missing"],
     line_needle='"local_date": "2006-07-05"')
# measures
jrep("measures-text-after-triggers", '"measures": [', '"measures": "none", "x": [', ["resolution %s: field \"measures\"" % R1, "must be a list"])
jrep("measure-type-unknown", '"type": "wmd_goods_ban"', '"type": "space_embargo"', [R1 + ", measure 1", "space_embargo", "unknown measure type"])
jrep("measure-action-unknown", '"action": "introduces"', '"action": "invents"', [R1 + ", measure 1", '"action"', "invents"])
jrep("measure-state-unknown", '"state": "PRK",\n          "description": "Member States required to exercise vigilance',
     '"state": "QQQ",\n          "description": "Member States required to exercise vigilance', [R1 + ", measure 1", "QQQ"])
jrep("measure-description-missing", '"description": "Member States required to exercise vigilance', '"x": "Member',
     [R1 + ", measure 1", '"description"', "is missing"], line_needle='"type": "wmd_goods_ban"')
CASES[-1][3][0] = "line %d" % (line_of(open(os.path.join(HERE, "json/measure-description-missing.json")).read(), '"action": "introduces"'))
jrep("measure-as-text", '"measures": [\n        {', '"measures": [\n        "arms", {', [R1 + ", measure 1", "must be a JSON object"], line_needle='"action": "introduces"')
jrep("effective-from-impossible", '"effective_from": null', '"effective_from": "2006-13-15"', [R1 + ", measure 1", '"effective_from"', "not a real date"])
jrep("cap-as-text", '"cap": null', '"cap": "none"', [R1 + ", measure 1", '"cap"', "must be a JSON object"], line_needle='"action": "introduces"')
jrep("changes-as-text", '"changes": null', '"changes": "S/RES/1718 (2006)"', [R1 + ", measure 1", '"changes"', "must be a JSON object"],
     line_needle='"action": "introduces"')
jrep("changes-missing-resolution", '"changes": null', '"changes": {"resolution": "S/RES/9999 (2030)", "type": "arms_embargo"}',
     [R1 + ", measure 1", "changes.resolution", "S/RES/9999 (2030)"])
jrep("source-missing", '"source": "https://www.un.org/press/en/2006/sc8778.doc.htm",\n          "note": "Operative', '"x": "y",\n          "note": "Operative', [R1 + ", measure 1", '"source"', "is missing"],
     line_needle='"action": "introduces"')
# caps live in 1718's measures of the full file only; add one to a capped type here
cap_base = BASE.replace('"cap": null', '"cap": {"value": 1000, "unit": "barrels", "period": "per year"}', 1)
CAPPED = "1695"  # the first measure (wmd_goods_ban) does not take a cap: changing its type to a capped one
CAP_TYPE = next(t["code"] for t in full["measure_types"] if t["has_cap"])
def capcase(name, value, fragments):
    text = cap_base.replace('"type": "wmd_goods_ban"', '"type": "%s"' % CAP_TYPE, 1).replace('"value": 1000', '"value": ' + value, 1)
    jcase(name, text, "line %d" % line_of(text, '"value": ' + value), *fragments)
capcase("cap-1e300", "1e300", [R1 + ", measure 1", "cap.value", "1e+300"])
capcase("cap-negative", "-5", [R1 + ", measure 1", "cap.value", "positive"])
capcase("cap-zero", "0", [R1 + ", measure 1", "cap.value", "positive"])
capcase("cap-text", '"1000"', [R1 + ", measure 1", '"value"', "must be a number"])
jcase("cap-on-uncapped-type", cap_base, "line %d" % line_of(cap_base, '"cap": {"value"'), R1 + ", measure 1", '"cap"', "not used by this measure type")
# reference data
jrep("state-code-lowercase", '"code": "PRK"', '"code": "prk"', ["state prk", '"code"'])
jrep("state-code-four-letters", '"code": "PRK"', '"code": "PRKX"', ["state PRKX", '"code"'])
jrep("state-name-empty", '"name": "Democratic People\'s Republic of Korea"', '"name": ""', ["state PRK", '"name"', "must not be empty"])
jcase("state-twice", json.dumps(dict(base, states=base["states"] * 2), indent=2) + "\n", 'state "PRK" appears twice')
jrep("measure-type-has-cap-text", '"has_cap": false', '"has_cap": "no"', ["measure type arms_embargo", '"has_cap"', "true, false or null"])
jcase("measure-type-twice", json.dumps(dict(base, measure_types=base["measure_types"] + base["measure_types"][:1]), indent=2) + "\n",
      'measure type "arms_embargo" appears twice')
jrep("regime-state-unknown", '"state": "PRK",\n      "established_by"', '"state": "XXX",\n      "established_by"', ["regime 1718", "XXX"])
jrep("regime-established-by-missing", '"established_by": "S/RES/1718 (2006)"', '"established_by": "S/RES/1111 (1997)"',
     ["regime 1718", '"established_by"', "S/RES/1111 (1997)"])
# designations
jrep("designation-reference-missing", '"reference_number": "KPi.001",', "", ['field "reference_number"', "is missing"], line_needle='"kind": "individual"')
# Without its reference number the record is found by its place in the list.
CASES[-1][3][0:1] = ["line %d" % first_element_line("json/designation-reference-missing.json", "designations"),
                     "designation 1 in the list"]
jrep("designation-kind-unknown", '"kind": "individual"', '"kind": "person"', ["designation KPi.001", '"kind"', "person"])
jrep("designation-listed-impossible", '"listed_on": "2016-03-02"', '"listed_on": "2016-02-31"', ["designation KPi.001", '"listed_on"', "not a real date"])
jrep("designation-delisted-before-listed", '"delisted_on": null', '"delisted_on": "2015-01-01"', ["designation KPi.001", '"delisted_on"', "before listed_on 2016-03-02"])
jrep("resolution-regime-unknown", '"regime": "1718"', '"regime": "9999"', ["resolution " + R2, '"regime"', "9999"], occurrence=0,
     line_needle='"regime": "9999"')
jrep("designation-resolution-unknown", '"resolution": "S/RES/1718 (2006)"', '"resolution": "S/RES/2999 (2030)"', ["designation KPi.001", '"resolution"', "S/RES/2999 (2030)"])
jcase("designation-twice", json.dumps(dict(base, designations=base["designations"] * 2), indent=2) + "\n", 'designation "KPi.001" appears twice')
jrep("designation-name-nul", '"name": "Catalogue Person"', '"name": "Catalogue\\u0000Person"', ["designation KPi.001", '"name"', "NUL"])

# ---------------------------------------------------------------- XML (--import-un-list FILE)
small = open(os.path.join(ROOT, "tests", "data", "designations", "un-list-small.xml"), encoding="utf-8").read()
lines = small.split("\n")
XBASE = "\n".join(lines[:136] + lines[391:393] + lines[393:429] + lines[539:]).rstrip("\n") + "\n"
write("xml/base-valid.xml", XBASE)


def xcase(name, text, *fragments):
    case("xml/" + name + ".xml", "un-list", 1, *fragments, data=text)


def xrep(name, old, new, fragments, where_line=None):
    assert old in XBASE, old
    at = XBASE.index(old)
    text = XBASE[:at] + new + XBASE[at + len(old):]
    line = where_line if where_line is not None else text[:at].count("\n") + 1
    xcase(name, text, "Line %d, column" % line, *fragments)


xcase("empty", "", "The file is empty")
xcase("whitespace-only", "\n\n   \n", "Line ", "column")
xcase("plain-text", "This is not XML at all.\n", "Line 1, column", "not well-formed XML")
xcase("json-instead", BASE, "Line 1, column", "not well-formed XML")
xcase("html-instead", "<!DOCTYPE html>\n<html><body>Sanctions</body></html>\n", "Line 2, column", "<html>", "not a UN Consolidated List")
xcase("truncated-half", XBASE[: len(XBASE) // 2], "probably truncated")
xcase("truncated-before-root-end", XBASE.rstrip()[: -len("</CONSOLIDATED_LIST>")], "probably truncated")
case("xml/binary-garbage.xml", "un-list", 1, "not well-formed XML", data=bytes((i * 7919 + 13) % 251 for i in range(65536)))
xrep("wrong-root", "<CONSOLIDATED_LIST ", "<SANCTIONS_LIST ", ["<SANCTIONS_LIST>", "not a UN Consolidated List"])
CASES[-1] = (CASES[-1][0], "un-list", 1, ["Line 2, column", "<SANCTIONS_LIST>"])
write(CASES[-1][0], XBASE.replace("<CONSOLIDATED_LIST ", "<SANCTIONS_LIST ", 1).replace("</CONSOLIDATED_LIST>", "</SANCTIONS_LIST>"))
xcase("foreign-namespace-root", XBASE.replace("<CONSOLIDATED_LIST ", "<x:CONSOLIDATED_LIST xmlns:x='urn:example:other' ", 1)
      .replace("</CONSOLIDATED_LIST>", "</x:CONSOLIDATED_LIST>"), "Line 2, column", "urn:example:other")
xcase("undeclared-prefix", XBASE.replace("<CONSOLIDATED_LIST ", "<x:CONSOLIDATED_LIST ", 1).replace("</CONSOLIDATED_LIST>", "</x:CONSOLIDATED_LIST>"),
      "Line 2, column", "not well-formed XML")
xcase("second-root", XBASE + "<CONSOLIDATED_LIST/>\n", "Line %d, column" % (XBASE.count("\n") + 1), "not well-formed XML")
xcase("entity-expansion", XBASE.replace("<CONSOLIDATED_LIST ", "<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY a \"aaaaaaaaaa\">\n"
      + "".join("<!ENTITY %s \"&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;&%s;\">\n" % ((chr(98 + i),) + (chr(97 + i),) * 10) for i in range(8))
      + "]>\n<CONSOLIDATED_LIST ", 1).replace("<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>&i;</FIRST_NAME>", 1),
      "Line ", "column")
# An external entity is never read; the list is refused where the DOCTYPE that declares it ends.
xcase("external-entity", XBASE.replace("<CONSOLIDATED_LIST ", "<!DOCTYPE CONSOLIDATED_LIST [\n<!ENTITY x SYSTEM \"file:///etc/passwd\">\n]>\n<CONSOLIDATED_LIST ", 1)
      .replace("<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>&x;</FIRST_NAME>", 1),
      "Line %d, column" % (line_of(XBASE, "<CONSOLIDATED_LIST ") + 2), "external entity x", "file:///etc/passwd")
xcase("undefined-entity", XBASE.replace("<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>&bogus;</FIRST_NAME>", 1),
      "Line %d, column" % line_of(XBASE, "<FIRST_NAME>MUHAMMAD"), "not well-formed XML")
xrep("unclosed-tag", "<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>MUHAMMAD", ["not well-formed XML"], where_line=line_of(XBASE, "<SECOND_NAME>TAHER"))
CASES[-1][3][0] = "Line "
xrep("mismatched-tag", "<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>MUHAMMAD</SECOND_NAME>", ["not well-formed XML"])
xrep("unquoted-attribute", "dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated=2024-09-26", ["not well-formed XML"])
xrep("less-than-in-text", "<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME>MUHAMMAD < 3</FIRST_NAME>", ["not well-formed XML"])
xrep("unterminated-comment", "<INDIVIDUALS>", "<INDIVIDUALS><!-- open", ["probably truncated"])
CASES[-1][3][0] = "Line "
xrep("unterminated-cdata", "<FIRST_NAME>MUHAMMAD</FIRST_NAME>", "<FIRST_NAME><![CDATA[MUHAMMAD</FIRST_NAME>", ["probably truncated"])
CASES[-1][3][0] = "Line "
case("xml/invalid-utf8.xml", "un-list", 1, "Line 1, column", "incorrectly encoded content",  # Qt's decoder reports the place of the chunk
     data=XBASE.encode().replace(b"<FIRST_NAME>MUHAMMAD", b"<FIRST_NAME>MUH\xff\xfeAD", 1))
case("xml/nul-byte.xml", "un-list", 1, "Line %d, column" % line_of(XBASE, "<FIRST_NAME>MUHAMMAD"), "not well-formed XML",
     data=XBASE.encode().replace(b"<FIRST_NAME>MUHAMMAD", b"<FIRST_NAME>MUH\x00AD", 1))
xrep("reference-missing", "<REFERENCE_NUMBER>TAi.005</REFERENCE_NUMBER>", "", ["has no REFERENCE_NUMBER"], where_line=4)
xrep("reference-empty", "<REFERENCE_NUMBER>TAi.005</REFERENCE_NUMBER>", "<REFERENCE_NUMBER> </REFERENCE_NUMBER>", ["has no REFERENCE_NUMBER"], where_line=4)
second_ref = XBASE.split("<REFERENCE_NUMBER>")[2].split("<")[0]
xrep("reference-twice", "<REFERENCE_NUMBER>%s</REFERENCE_NUMBER>" % second_ref, "<REFERENCE_NUMBER>TAi.005</REFERENCE_NUMBER>",
     ["TAi.005 appears a second time", "first at line 4"], where_line=68)
xrep("list-type-missing", "<UN_LIST_TYPE>Taliban</UN_LIST_TYPE>", "", ["TAi.005", "no UN_LIST_TYPE"], where_line=4)
xrep("listed-on-missing", "<LISTED_ON>2001-02-23</LISTED_ON>", "", ["TAi.005", "LISTED_ON"], where_line=4)
xrep("listed-on-impossible", "<LISTED_ON>2001-02-23</LISTED_ON>", "<LISTED_ON>2001-02-30</LISTED_ON>", ["2001-02-30", "not a real date"])
xrep("listed-on-shape", "<LISTED_ON>2001-02-23</LISTED_ON>", "<LISTED_ON>23/02/2001</LISTED_ON>", ["23/02/2001"])
xrep("date-generated-bad", "dateGenerated='2024-09-26T00:00:07.514Z'", "dateGenerated='yesterday'", ["dateGenerated", "yesterday"])
xcase("no-records", "\n".join(lines[:3]) + "\n    </INDIVIDUALS>\n    <ENTITIES>\n    </ENTITIES>\n</CONSOLIDATED_LIST>\n",
      "holds no INDIVIDUAL or ENTITY record")
xcase("root-only", "<?xml version='1.0' encoding='UTF-8'?>\n<CONSOLIDATED_LIST dateGenerated='2024-09-26T00:00:07.514Z'/>\n",
      "holds no INDIVIDUAL or ENTITY record")
xrep("deep-nesting", "<DATAID>110447</DATAID>", "<DATAID>110447</DATAID>" + "<X>" * 5000 + "</X>" * 5000, ["nested more than 32 deep"])
xrep("huge-text", "<COMMENTS1>", "<COMMENTS1>" + "a" * 120000, ["longer than 100000 characters"])
CASES[-1][3][0] = "Line "
xrep("many-notes", "<DATAID>110447</DATAID>", "<DATAID>110447</DATAID>" + ("<EXTRA>" + "n" * 100 + "</EXTRA>\n") * 1100, ["more than 100000 characters"])
CASES[-1][3][0] = "Line "
xrep("many-unknown-kinds", "<DATAID>110447</DATAID>", "<DATAID>110447</DATAID>" + "".join("<E%d/>" % i for i in range(1100)),
     ["more than 1000 different unknown elements"])
xrep("dataid-text", "<DATAID>110447</DATAID>", "<DATAID>abc</DATAID>", ["DATAID", "abc"])
xrep("versionnum-text", "<VERSIONNUM>1</VERSIONNUM>", "<VERSIONNUM>one</VERSIONNUM>", ["VERSIONNUM", "one"])
xcase("utf16-declared-latin1", XBASE.replace("encoding='UTF-8'", "encoding='ISO-8859-1'", 1).encode("utf-16").decode("latin-1"),
      "Line ", "column")

# ---------------------------------------------------------------- database files (--database FILE --export /dev/null)
def dcase(name, data, *fragments):
    case("database/" + name, "database", 1, *fragments, data=data)


dcase("text.sqlite", "This is a text file, not a database.\n", "not a SQLite database file")
dcase("json.sqlite", BASE, "not a SQLite database file")
dcase("random-bytes.sqlite", bytes((i * 31 + 7) % 256 for i in range(8192)), "not a SQLite database file")
dcase("header-only.sqlite", b"SQLite format 3\x00", "database.db")
CASES[-1] = (CASES[-1][0], "database", 1, ["header-only.sqlite"])
dcase("magic-with-zeros.sqlite", b"SQLite format 3\x00" + bytes(4080), "magic-with-zeros.sqlite")
dcase("almost-magic.sqlite", b"SQLite format 2\x00" + bytes(4080), "not a SQLite database file")

app = sys.argv[1] if len(sys.argv) > 1 else None
if app:
    tmp = tempfile.mkdtemp()
    ours = os.path.join(tmp, "ours.sqlite")
    subprocess.run([app, "--database", ours, "--empty", "--export", "/dev/null"], check=True,
                   env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    good = open(ours, "rb").read()
    page = int.from_bytes(good[16:18], "big")
    dcase("truncated-first-page.sqlite", good[:page], "truncated-first-page.sqlite")
    dcase("truncated-half.sqlite", good[: len(good) // 2 // page * page], "truncated-half.sqlite")
    damaged = bytearray(good)
    damaged[16:18] = (3000).to_bytes(2, "big")  # a page size that is not a power of two
    dcase("bad-page-size.sqlite", bytes(damaged), "bad-page-size.sqlite")
    damaged = bytearray(good)
    damaged[page * 1: page * 2] = bytes((i * 13) % 256 for i in range(page))  # page 2: a b-tree the export does not read
    # Once a later schema step exists the file is upgraded first, and the backup copy before the
    # upgrade meets the damage; either way the message says the file is damaged (tst_cli checks the
    # export's own report on a file of the current schema).
    dcase("unread-page-garbled.sqlite", bytes(damaged), "unread-page-garbled.sqlite", "is damaged")
    damaged = bytearray(good)
    damaged[100:page] = bytes(page - 100)  # page 1's b-tree (sqlite_schema) wiped
    dcase("schema-page-wiped.sqlite", bytes(damaged), "schema-page-wiped.sqlite")
    for name, version in (("newer-schema.sqlite", 999), ("schema-far-future.sqlite", 2**31 - 1)):
        path = os.path.join(tmp, name)
        shutil.copy(ours, path)
        con = sqlite3.connect(path)
        con.execute("PRAGMA user_version = %d" % version)
        con.commit()
        con.close()
        dcase(name, open(path, "rb").read(), "newer version of Sanctions Tracker", name)
    path = os.path.join(tmp, "other-app-id.sqlite")
    shutil.copy(ours, path)
    con = sqlite3.connect(path)
    con.execute("PRAGMA application_id = 12345")
    con.commit()
    con.close()
    dcase("other-app-id.sqlite", open(path, "rb").read(), "another application", "other-app-id.sqlite")
    shutil.rmtree(tmp)
for name, sql in (("foreign-photos.sqlite", "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO photos (name) VALUES ('a');"),
                  ("foreign-with-resolutions-table.sqlite", "CREATE TABLE resolutions (id INTEGER PRIMARY KEY, symbol TEXT);"),
                  ("foreign-app-id-and-tables.sqlite", "PRAGMA application_id = 1234; CREATE TABLE t (x);")):
    tmp = tempfile.mkdtemp()
    path = os.path.join(tmp, name)
    con = sqlite3.connect(path)
    con.executescript(sql)
    con.commit()
    con.close()
    dcase(name, open(path, "rb").read(), "another application", name)
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- command lines (usage errors: exit 2)
def ccase(name, args, *fragments):
    case("cli/" + name + ".args", "cli", 2, *fragments, data="\n".join(args) + "\n")


ccase("unknown-option", ["--frobnicate"], "frobnicate")
ccase("positional-argument", ["stray.json"], "Unexpected argument: stray.json")
ccase("database-empty-name", ["--database", ""], "--database needs a file name")
ccase("database-no-value", ["--database"], "database")
ccase("import-export-same", ["--database", "{db}", "--import", "{dir}/x.json", "--export", "{dir}/x.json"], "--import and --export name the same file")
for value in ("0", "-5", "abc", "1000001", "1e3", ""):
    ccase("generate-synthetic-" + (value or "empty").replace("-", "minus"), ["--database", "{db}", "--generate-synthetic", value],
          "--generate-synthetic", '"%s"' % value)
ccase("screenshot-not-png", ["--screenshot", "{dir}/x.jpg"], "--screenshot", "must end in .png", "x.jpg")
ccase("size-without-screenshot", ["--size", "800x600"], "--size only applies to --screenshot")
for value in ("100x100", "big", "9000x800", "800x600x2"):
    ccase("size-" + value, ["--screenshot", "{dir}/x.png", "--size", value], "--size", '"%s"' % value)
ccase("report-not-pdf", ["--report", "{dir}/r.txt"], "--report", ".pdf or .html", "r.txt")
ccase("state-without-report", ["--state", "PRK"], "--state only applies to --report")
ccase("state-two-letters", ["--report", "{dir}/r.pdf", "--state", "PR"], "--state", '"PR"')
ccase("state-digits", ["--report", "{dir}/r.pdf", "--state", "123"], "--state", '"123"')
ccase("from-impossible", ["--report", "{dir}/r.pdf", "--from", "2017-02-30"], "--from", '"2017-02-30"')
ccase("to-shape", ["--report", "{dir}/r.pdf", "--to", "22/12/2017"], "--to", '"22/12/2017"')
ccase("from-after-to", ["--report", "{dir}/r.pdf", "--from", "2018-01-01", "--to", "2017-01-01"], "--from 2018-01-01 is after --to 2017-01-01")
ccase("page-size-a3", ["--report", "{dir}/r.pdf", "--page-size", "A3"], "--page-size must be A4 or Letter", '"A3"')
ccase("page-size-without-report", ["--page-size", "A4"], "--page-size only applies to --report")
ccase("import-un-list-empty", ["--import-un-list", ""], "--import-un-list needs the file")
ccase("export-csv-empty", ["--export-csv", ""], "--export-csv needs a folder")

# ---------------------------------------------------------------- manifest
with open(os.path.join(HERE, "manifest.tsv"), "w", encoding="utf-8") as f:
    f.write("# The bad-input catalogue (docs/reliability.md), written by make-catalogue.py; run by tst_bad_catalogue.\n")
    f.write("# file\tcommand\texit code\tfragments the message must contain, separated by ' && '\n")
    f.write("# commands: import (--import FILE), un-list (--import-un-list FILE), database (--database FILE\n")
    f.write("# --export /dev/null), cli (the file's lines are the arguments; {db} and {dir} are filled in)\n")
    for rel, command, exit_code, fragments in CASES:
        f.write("%s\t%s\t%d\t%s\n" % (rel, command, exit_code, " && ".join(fragments)))
# ---------------------------------------------------------------- docs/reliability.md's list
AREAS = {"import": "JSON files (`--import FILE`)", "un-list": "UN list files (`--import-un-list FILE`)",
         "database": "Database files (`--database FILE --export /dev/null`)", "cli": "Command lines (usage errors)"}
doc_path = os.path.join(ROOT, "docs", "reliability.md")
doc = open(doc_path, encoding="utf-8").read()
begin, end = "<!-- catalogue: written by tests/data/bad/make-catalogue.py -->", "<!-- end of catalogue -->"
table = [begin, "", "%d cases in `manifest.tsv`; each exits with the code shown and a message holding the fragments." % len(CASES)]
for command, title in AREAS.items():
    rows = [c for c in CASES if c[1] == command]
    table += ["", "### %s: %d cases" % (title, len(rows)), "", "| Case | Exit | The message holds |", "|---|---|---|"]
    for rel, _, exit_code, fragments in rows:
        shown = " · ".join(f.replace("|", "\\|") for f in fragments)
        table.append("| `%s` | %d | %s |" % (os.path.basename(rel), exit_code, shown))
table += ["", end]
if begin in doc:
    doc = doc[: doc.index(begin)] + "\n".join(table) + doc[doc.index(end) + len(end):]
else:
    doc = doc.replace("CATALOGUE", "\n".join(table))
open(doc_path, "w", encoding="utf-8").write(doc)
print("%d cases" % len(CASES))
