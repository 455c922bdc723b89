#!/usr/bin/env python3
"""Independent exact optimum for the week scheduler (Modules/WeekScheduling), as an integer program
solved by CBC through PuLP.

Reads a WeekProblem as the Swift module encodes it to JSON (from FILE, or standard input), builds
the slot-level model from the problem's own fields (slots cut from the day shape, availability from
working weekdays and leave), and prints JSON: the most conversations any plan can place
(`optimum`), the solver's status, and the seconds spent building and solving the model. Given a
JSON list of problems, prints the list of answers.

Model: x[c, d, s, i] = 1 when conversation c is held on day d in slot s by inspector i, defined only
where i may hold c (its tracking inspector, or any) and every participant works on d and is not on
leave. Each conversation at most once; each inspector, practitioner and manager at most once per
slot; in-person conversations per slot at most the number of rooms; each inspector's conversations
per day at most their capacity. Maximise the number placed.

usage: week_schedule.py [FILE]
"""
import datetime as dt
import json
import sys
import time

import pulp


def slots(shape):
    """Back-to-back slots from the start; one that would overlap a break starts when it ends."""
    result, start = [], shape["start"]
    while start + shape["slotLength"] <= shape["end"]:
        end = start + shape["slotLength"]
        overlapping = [b for b in shape["breaks"] if b["start"] < end and start < b["end"]]
        if overlapping:
            start = max(b["end"] for b in overlapping)
            continue
        result.append((start, end))
        start = end
    return result


def available(problem, person, day):
    entry = problem["availability"].get(person)
    if entry is None:
        return True
    if day.isoweekday() not in entry["workingWeekdays"]:
        return False
    return not any(dt.date.fromisoformat(a) <= day <= dt.date.fromisoformat(b) for a, b in entry["leave"])


def solve(problem):
    begun = time.perf_counter()
    days = sorted(dt.date.fromisoformat(d) for d in problem["days"])
    slot_count = len(slots(problem["dayShape"]))
    inspectors = {i["id"]: i["capacityPerDay"] for i in problem["inspectors"]}
    rooms = len(problem["rooms"])
    model = pulp.LpProblem("week", pulp.LpMaximize)
    x = {}
    for c in problem["conversations"]:
        people = [p for p in (c.get("practitionerID"), c.get("managerID")) if p is not None]
        allowed = [c["requiredInspectorID"]] if c.get("requiredInspectorID") else sorted(inspectors)
        for d, day in enumerate(days):
            if all(available(problem, p, day) for p in people):
                for s in range(slot_count):
                    for i in allowed:
                        x[c["id"], d, s, i] = (pulp.LpVariable(f"x_{len(x)}", cat="Binary"), set(people), c["mode"] == "inPerson")
    model += pulp.lpSum(v for v, _, _ in x.values())
    by_conversation, by_inspector_slot, by_person_slot, by_room_slot, by_inspector_day = {}, {}, {}, {}, {}
    for (c, d, s, i), (v, people, in_person) in x.items():
        by_conversation.setdefault(c, []).append(v)
        by_inspector_slot.setdefault((i, d, s), []).append(v)
        by_inspector_day.setdefault((i, d), []).append(v)
        for p in people:
            by_person_slot.setdefault((p, d, s), []).append(v)
        if in_person:
            by_room_slot.setdefault((d, s), []).append(v)
    for group in (by_conversation, by_inspector_slot, by_person_slot):
        for variables in group.values():
            model += pulp.lpSum(variables) <= 1
    for variables in by_room_slot.values():
        model += pulp.lpSum(variables) <= rooms
    for (i, _), variables in by_inspector_day.items():
        model += pulp.lpSum(variables) <= inspectors[i]
    status = model.solve(pulp.PULP_CBC_CMD(msg=False))
    optimum = round(pulp.value(model.objective) or 0)
    return {"optimum": optimum, "status": pulp.LpStatus[status], "seconds": time.perf_counter() - begun}


if __name__ == "__main__":
    source = open(sys.argv[1], encoding="utf-8") if len(sys.argv) > 1 else sys.stdin
    given = json.load(source)
    print(json.dumps([solve(p) for p in given] if isinstance(given, list) else solve(given)))
