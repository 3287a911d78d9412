#!/usr/bin/env python3
"""Print gcovr's JSON summary per layer (core, ui, app) and per file, weakest files first.

Usage: coverage_summary.py build/coverage/coverage-summary.json
The goals of issue 12 are printed beside the figures: core >= 95 % lines and >= 90 % branches,
every file >= 80 % lines. Files below a goal are marked; the exit status stays 0 (the figures are
a measurement, the goals a direction).
"""
import json
import sys
from collections import defaultdict

CORE_LINES, CORE_BRANCHES, FILE_LINES = 95.0, 90.0, 80.0


def percent(covered, total):
    return 100.0 * covered / total if total else 100.0


def main(path):
    with open(path, encoding="utf-8") as f:
        files = json.load(f)["files"]
    layers = defaultdict(lambda: [0, 0, 0, 0])
    for entry in files:
        layer = entry["filename"].split("/", 1)[0]
        counts = layers[layer]
        counts[0] += entry["line_covered"]
        counts[1] += entry["line_total"]
        counts[2] += entry["branch_covered"]
        counts[3] += entry["branch_total"]

    print("Coverage per layer (lines, branches):")
    for layer in ("core", "ui", "app"):
        lc, lt, bc, bt = layers[layer]
        goal = ""
        if layer == "core":
            goal = f"   goal >= {CORE_LINES:.0f} % lines, >= {CORE_BRANCHES:.0f} % branches"
        print(f"  {layer:5} {percent(lc, lt):5.1f} % of {lt:6} lines   "
              f"{percent(bc, bt):5.1f} % of {bt:6} branches{goal}")

    print()
    print(f"Files below {FILE_LINES:.0f} % of lines (weakest first):")
    weak = sorted((e for e in files if percent(e["line_covered"], e["line_total"]) < FILE_LINES),
                  key=lambda e: percent(e["line_covered"], e["line_total"]))
    for e in weak:
        print(f"  {percent(e['line_covered'], e['line_total']):5.1f} %  {e['filename']}"
              f"  ({e['line_total'] - e['line_covered']} of {e['line_total']} lines not run)")
    if not weak:
        print("  none")

    print()
    print("Every file (lines %, branches %):")
    for e in sorted(files, key=lambda e: e["filename"]):
        print(f"  {percent(e['line_covered'], e['line_total']):5.1f}  "
              f"{percent(e['branch_covered'], e['branch_total']):5.1f}  {e['filename']}")


if __name__ == "__main__":
    main(sys.argv[1])
