#!/usr/bin/env python3
"""Independent oracle for `ilacs-admin inspection peers`.

Reads the statistical-neighbour model (sn_model_2025_wide.csv) and the national record
(ilacs_inspection_history.csv) with the csv module, and for authority CODE prints JSON: the
authority and its ten neighbours (code, DfE name, closeness), each with the national record's
name it matches and its latest graded (standard or short) inspection, and the DfE names that
matched none. Names match when equal after lower-casing, '&' as 'and', the DfE's ', City of' /
', County of' and a leading 'County' dropped, and every run of non-alphanumerics as one space.

usage: peers.py HISTORY SN_MODEL CODE
"""
import csv
import datetime as dt
import json
import re
import sys

GRADES = {"outstanding": "Outstanding", "good": "Good", "requires_improvement": "Requires improvement to be good", "inadequate": "Inadequate"}
AREAS = {"overall_effectiveness_grade": "overall_effectiveness", "impact_of_leaders_grade": "impact_of_leaders",
         "help_and_protection_grade": "help_and_protection", "in_care_grade": "children_in_care", "care_leavers_grade": "care_leavers"}


def key(name):
    name = name.lower().replace("&", " and ")
    name = re.sub(r", (city|county) of$", "", name)
    words = re.sub(r"[^a-z0-9]+", " ", name).split()
    if len(words) > 1 and words[0] == "county":
        words = words[1:]
    return " ".join(words)


def day(text, pattern="%d/%m/%Y"):
    return dt.datetime.strptime(text, pattern).date().isoformat() if text else None


history_path, model_path, code = sys.argv[1:4]
with open(history_path, encoding="utf-8-sig", newline="") as handle:
    history = list(csv.DictReader(handle))
with open(model_path, encoding="utf-8-sig", newline="") as handle:
    model = {row["old_la_code"]: row for row in csv.DictReader(handle)}

names = {row["la_name"].strip(): row["old_la_code"] for row in model.values()}
by_code = {c: row["la_name"].strip() for c, row in model.items()}


def line(code, closeness):
    name = by_code[code]
    rows = [(index, row) for index, row in enumerate(history) if key(row["local_authority"].strip()) == key(name)]
    graded = [(index, row) for index, row in rows
              if row["inspection_framework"].strip() in ("standard", "short") and row["inspection_start_date"].strip()]
    latest = None
    if graded:
        _, row = max(graded, key=lambda pair: (day(pair[1]["inspection_start_date"].strip()), -pair[0]))
        grades = {}
        for column, area in AREAS.items():
            given = row[column].strip()
            grades[area] = GRADES.get(given.lower().replace(" ", "_"), given)
        latest = {"type": row["inspection_framework"].strip(), "start": day(row["inspection_start_date"].strip()),
                  "end": day(row["inspection_end_date"].strip()), "published": day(row["publication_date"].strip(), "%d/%m/%y"),
                  "grades": grades}
    return {"code": code, "name": name, "closeness": closeness, "recordName": rows[0][1]["local_authority"].strip() if rows else None,
            "latest": latest}


row = model[code]
neighbours = [line(row[f"SN_{i}"].strip(), row[f"SN_{i}P"].strip()) for i in range(1, 11)]
own = line(code, None)
print(json.dumps({"own": own, "neighbours": neighbours,
                  "unmatched": [entry["name"] for entry in [own] + neighbours if entry["recordName"] is None]}))
