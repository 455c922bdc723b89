#!/usr/bin/env python3
"""Independent oracle for a published calendar (METHOD:PUBLISH), such as an inspector's week.

Reads one iCalendar object on standard input, parses it with `icalendar` (PyPI) and prints JSON:
the METHOD, the time zones, and for each VEVENT its UID, SEQUENCE, DTSTART/DTEND (TZID and wall
time), SUMMARY, LOCATION, DESCRIPTION, STATUS, ORGANIZER address and how many ATTENDEEs it names.

usage: icalendar_feed.py < week.ics
"""
import json
import sys

import icalendar


def moment(event, name):
    return {"tzid": event.get(name).params.get("TZID"), "wall": event.decoded(name).strftime("%Y-%m-%dT%H:%M")}


def main():
    raw = sys.stdin.buffer.read()
    parsed = icalendar.Calendar.from_ical(raw)
    events = []
    for event in parsed.walk("VEVENT"):
        attendees = event.get("ATTENDEE", [])
        events.append({
            "uid": str(event.get("UID")),
            "sequence": int(event.decoded("SEQUENCE")),
            "start": moment(event, "DTSTART"),
            "end": moment(event, "DTEND"),
            "summary": str(event.get("SUMMARY")),
            "location": str(event.get("LOCATION")) if "LOCATION" in event else None,
            "description": str(event.get("DESCRIPTION")) if "DESCRIPTION" in event else None,
            "status": str(event.get("STATUS")),
            "organizer": str(event.get("ORGANIZER")).removeprefix("mailto:"),
            "attendees": len(attendees) if isinstance(attendees, list) else 1,
        })
    json.dump({
        "method": str(parsed.get("METHOD")),
        "timezones": [str(z.get("TZID")) for z in parsed.walk("VTIMEZONE")],
        "crlf_only": b"\n" not in raw.replace(b"\r\n", b""),
        "events": events,
    }, sys.stdout)


if __name__ == "__main__":
    main()
