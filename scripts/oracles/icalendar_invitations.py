#!/usr/bin/env python3
"""Independent oracle for the Calendar module's invitations and the mail that carries them.

Reads JSON from standard input: {"calendars": [ICS text, ...], "messages": [RFC 5322 text, ...]}.
Parses every calendar with `icalendar` (PyPI) and every message with Python's `email` package,
and prints JSON: for each calendar the fields a calendar client reads (METHOD, UID, SEQUENCE,
DTSTAMP, DTSTART/DTEND with their TZID, wall time and UTC offset, STATUS, ORGANIZER, ATTENDEEs)
and how its lines were written; for each message its MIME tree and the calendars it carries.

usage: icalendar_invitations.py < input.json
"""
import email
import email.policy
import json
import sys

import icalendar


def person(value):
    return {"address": str(value).removeprefix("mailto:"), "cn": value.params.get("CN")}


def moment(component, name):
    value = component.get(name)
    when = component.decoded(name)
    return {
        "tzid": value.params.get("TZID"),
        "wall": when.strftime("%Y-%m-%dT%H:%M:%S"),
        "offset": int(when.utcoffset().total_seconds()) if when.utcoffset() is not None else None,
    }


def calendar(text):
    raw = text.encode("utf-8")
    lines = raw.split(b"\r\n")
    parsed = icalendar.Calendar.from_ical(raw)
    events = [c for c in parsed.walk("VEVENT")]
    zones = [str(z.get("TZID")) for z in parsed.walk("VTIMEZONE")]
    event = events[0]
    attendees = event.get("ATTENDEE", [])
    if not isinstance(attendees, list):
        attendees = [attendees]
    return {
        "crlf_only": raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b""),
        "longest_line": max(len(line) for line in lines),
        "method": str(parsed.get("METHOD")),
        "prodid": str(parsed.get("PRODID")),
        "version": str(parsed.get("VERSION")),
        "calscale": str(parsed.get("CALSCALE")),
        "timezones": zones,
        "events": len(events),
        "uid": str(event.get("UID")),
        "sequence": int(event.decoded("SEQUENCE")),
        "dtstamp": event.decoded("DTSTAMP").strftime("%Y-%m-%dT%H:%M:%S%z"),
        "dtstart": moment(event, "DTSTART"),
        "dtend": moment(event, "DTEND"),
        "summary": str(event.get("SUMMARY")),
        "location": str(event.get("LOCATION")) if "LOCATION" in event else None,
        "description": str(event.get("DESCRIPTION")) if "DESCRIPTION" in event else None,
        "status": str(event.get("STATUS")),
        "organizer": person(event.get("ORGANIZER")),
        "attendees": [
            dict(person(a), role=a.params.get("ROLE"), partstat=a.params.get("PARTSTAT"), rsvp=a.params.get("RSVP"))
            for a in attendees
        ],
    }


def message(text):
    parsed = email.message_from_bytes(text.encode("utf-8"), policy=email.policy.default)
    parts, calendars = [], []
    for part in parsed.walk():
        entry = {
            "type": part.get_content_type(),
            "method": part.get_param("method"),
            "charset": part.get_content_charset(),
            "disposition": part.get_content_disposition(),
            "filename": part.get_filename(),
        }
        parts.append(entry)
        if part.get_content_type() in ("text/calendar", "application/ics"):
            payload = part.get_payload(decode=True).decode("utf-8")
            calendars.append(dict(calendar(payload), part=len(parts) - 1))
    return {"parts": parts, "calendars": calendars}


def main():
    request = json.load(sys.stdin)
    json.dump(
        {
            "calendars": [calendar(text) for text in request.get("calendars", [])],
            "messages": [message(text) for text in request.get("messages", [])],
        },
        sys.stdout,
    )


if __name__ == "__main__":
    main()
