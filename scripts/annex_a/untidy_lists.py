#!/usr/bin/env python3
"""Copy a folder of generated Annex A lists, damaged as a real case-management export would be.

Usage: untidy_lists.py IN_FOLDER OUT_FOLDER

In List_8.csv (children in care): the first 20 ages become fractional, as an Excel formula on
the date of birth computes them; the next 5 rows lose their ethnicity; one row has free text in
the UASC Yes/No column; one row loses its placement location. In List_3.csv one row loses its
Child Unique ID. Standard library only; used by `make demo`.
"""
import csv
import shutil
import sys


def damage(path, change):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    header = rows[0]
    change(header, rows)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def children_in_care(header, rows):
    age = header.index("Age of Child (Years)")
    ethnicity = header.index("Ethnicity")
    uasc = next(i for i, h in enumerate(header) if h.startswith("Unaccompanied Asylum"))
    location = header.index("Placement Location")
    for row in rows[1:21]:
        row[age] = f"{int(row[age])}.1383561643835616"
    for row in rows[21:26]:
        row[ethnicity] = ""
    rows[26][uasc] = "CS Assessment Updated"
    rows[27][location] = ""


def referrals(header, rows):
    rows[1][header.index("Child Unique ID")] = ""


def main(source, target):
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target)
    damage(f"{target}/List_8.csv", children_in_care)
    damage(f"{target}/List_3.csv", referrals)


if __name__ == "__main__":
    main(*sys.argv[1:3])
