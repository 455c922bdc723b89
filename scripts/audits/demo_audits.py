#!/usr/bin/env python3
"""Synthetic inputs for the case-audit demo (scripts/demo.sh): auditors from the generated
workforce file, a set of children from List 8, and completed audits with realistic
disagreement between auditors and moderators. Everything is seeded, so the demo repeats.

  demo_audits.py auditors WORKFORCE.csv OUT.csv
  demo_audits.py children LIST_8.csv COUNT SEED OUT.csv
  demo_audits.py complete ASSIGNMENTS.csv TOOL.yaml SEED SHIFT OUT.csv

SHIFT moves every grade (positive is worse), so an earlier round can look weaker.
"""
import csv
import random
import re
import sys

GRADES = ["outstanding", "good", "requires improvement", "inadequate"]
NEEDS_COMMENT = {"requires improvement", "inadequate"}


def auditors(workforce, out):
    """Two practitioners of each of the first eight teams audit; the first worker of each team
    manages it; a quality-assurance team audits and moderates; two principal social workers moderate."""
    teams = {}
    with open(workforce, newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            teams.setdefault(row["Team Name"], []).append(row)
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "name", "email", "team", "role"])
        for team, workers in sorted(teams.items())[:8]:
            for index, worker in enumerate(workers[:3]):
                role = "manager" if index == 0 else "auditor"
                writer.writerow([worker["Worker ID"], worker["Worker Name"], f"{worker['Worker ID'].lower()}@example.org", team, role])
        for number in range(1, 5):
            writer.writerow([f"QA{number}", f"Quality Officer {number}", f"qa{number}@example.org", "Quality Assurance", "both"])
        for number in range(1, 3):
            writer.writerow([f"PSW{number}", f"Principal Social Worker {number}", f"psw{number}@example.org", "Practice Standards", "moderator"])


def children(list8, count, seed, out):
    """COUNT children in care, drawn with SEED, in the stratum `children in care`."""
    with open(list8, newline="", encoding="utf-8") as handle:
        ids = sorted({row["Child Unique ID"] for row in csv.DictReader(handle)})
    chosen = random.Random(seed).sample(ids, min(count, len(ids)))
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Child Unique ID", "Stratum"])
        for child in sorted(chosen):
            writer.writerow([child, "children in care"])


def questions(tool):
    """The question ids of a tool written like `audits tool example`'s."""
    with open(tool, encoding="utf-8") as handle:
        return re.findall(r"^\s*- id:\s*(\S+)", handle.read(), re.MULTILINE)


def clamp(grade):
    return max(0, min(len(GRADES) - 1, grade))


def complete(assignments, tool, seed, shift, out):
    """An audit per case and a moderation per moderated case. Each case has a true quality;
    auditors are a little generous, moderators closer to it; they agree most of the time and
    rarely differ by more than one grade. Where they differ the agreed grade is recorded."""
    rng = random.Random(seed)
    ids = questions(tool)
    with open(assignments, newline="", encoding="utf-8") as handle:
        cases = list(csv.DictReader(handle))
    with open(out, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Child Unique ID", "Role", "Reviewer", "Question", "Grade", "Comment"])

        def audit(child, role, reviewer, overall):
            for question in ids:
                grade = GRADES[clamp(overall + rng.choice([-1, 0, 0, 0, 1]))]
                writer.writerow([child, role, reviewer, question, grade, "see case notes" if grade in NEEDS_COMMENT else ""])
            grade = GRADES[overall]
            writer.writerow([child, role, reviewer, "overall", grade, "see case notes" if grade in NEEDS_COMMENT else ""])

        for case in cases:
            truth = clamp(rng.choices([0, 1, 2, 3], weights=[8, 50, 32, 10])[0] + shift)
            auditor = clamp(truth + rng.choices([-1, 0, 1], weights=[15, 80, 5])[0])
            audit(case["Child Unique ID"], "auditor", case["Auditor"], auditor)
            if case["Moderator"]:
                moderator = clamp(truth + rng.choices([-2, -1, 0, 1], weights=[1, 6, 86, 7])[0])
                audit(case["Child Unique ID"], "moderator", case["Moderator"], moderator)
                if moderator != auditor:
                    grade = GRADES[moderator]
                    writer.writerow([case["Child Unique ID"], "agreed", case["Moderator"], "overall", grade, "agreed at moderation"])


if __name__ == "__main__":
    command, arguments = sys.argv[1], sys.argv[2:]
    if command == "auditors":
        auditors(*arguments)
    elif command == "children":
        children(arguments[0], int(arguments[1]), int(arguments[2]), arguments[3])
    elif command == "complete":
        complete(arguments[0], arguments[1], int(arguments[2]), int(arguments[3]), arguments[4])
    else:
        sys.exit(f"unknown command {command}; use auditors, children or complete")
