#!/usr/bin/env python3
"""Independent oracle for `ilacs-admin inspection window`'s measured picture.

Reads the national record (ilacs_inspection_history.csv) with the csv module, forms the pairs of
consecutive graded inspections (the first on or after FROM and not inadequate), and prints JSON:
the counts and quartiles (numpy, linear interpolation) overall and by the earlier overall grade,
the Kaplan-Meier survival (lifelines) over the days between starts with authorities not yet
re-inspected censored at the record's latest start, and the chance of the call in each of the
next eight weeks for an authority whose last graded inspection started on LAST, seen on TODAY.

usage: window_calibration.py FILE FROM LAST TODAY
"""
import csv
import datetime as dt
import json
import sys

import numpy
from lifelines import KaplanMeierFitter


def day(text):
    return dt.datetime.strptime(text, "%d/%m/%Y").date()


def add_months(date, months):
    month0 = date.month - 1 + months
    year, month = date.year + month0 // 12, month0 % 12 + 1
    last = [31, 29 if year % 4 == 0 and (year % 100 != 0 or year % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    return dt.date(year, month, min(date.day, last))


def main(path, start, last, today):
    start, last, today = (dt.date.fromisoformat(x) for x in (start, last, today))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    graded = {}
    for row in rows:
        if row["inspection_framework"] in ("standard", "short") and row["inspection_start_date"]:
            overall = row["overall_effectiveness_grade"].replace(" ", "_")
            graded.setdefault(row["urn"], set()).add((day(row["inspection_start_date"]), overall if overall in ("outstanding", "good", "requires_improvement", "inadequate") else None))
    observed_until = max(s for items in graded.values() for s, _ in items)
    pairs, durations, events = [], [], []
    for items in graded.values():
        ordered = sorted(items)
        for index, (first, overall) in enumerate(ordered):
            if first < start or overall == "inadequate":
                continue
            if index + 1 < len(ordered):
                later = ordered[index + 1][0]
                anniversary = add_months(first, 36)
                position = "early" if later < add_months(anniversary, -6) else "late" if later > add_months(anniversary, 6) else "inside"
                pairs.append((overall, (later - anniversary).days, position))
                durations.append((later - first).days)
                events.append(True)
            else:
                durations.append((observed_until - first).days)
                events.append(False)

    def summary(group):
        days = numpy.array([d for _, d, _ in group], dtype=float)
        return {
            "pairs": len(group),
            "early": sum(p == "early" for *_, p in group), "inside": sum(p == "inside" for *_, p in group), "late": sum(p == "late" for *_, p in group),
            "quartiles": [float(numpy.quantile(days, q)) for q in (0.25, 0.5, 0.75)] if len(group) else None,
        }

    groups = {"all": summary(pairs)}
    for grade in ("outstanding", "good", "requires_improvement", "inadequate", None):
        group = [p for p in pairs if p[0] == grade]
        if group:
            groups[grade or "none"] = summary(group)
    fitter = KaplanMeierFitter().fit(durations, event_observed=events)
    survival = lambda t: float(fitter.survival_function_at_times(t).iloc[0])
    elapsed = (today - last).days
    waiting = survival(elapsed + 7)
    weeks = [(survival(elapsed + 7 * k) - survival(elapsed + 7 * k + 7)) / waiting for k in range(1, 9)] if waiting > 0 else None
    times = sorted(set(durations))
    json.dump({
        "groups": groups, "observations": len(durations), "events": int(sum(events)), "observed_until": observed_until.isoformat(),
        "survival": [[t, survival(t)] for t in times], "weeks": weeks,
    }, sys.stdout)


if __name__ == "__main__":
    main(*sys.argv[1:5])
