#!/usr/bin/env python3
"""Parses .ics files with the `icalendar` package (Debian: python3-icalendar), as a second reader besides ical4j.

Usage: check_ics.py FILE.ics ...
Each file must parse, be VERSION 2.0 with a PRODID, and each VEVENT must carry UID, DTSTAMP, DTSTART and SEQUENCE;
a DTSTART with a TZID needs that zone's VTIMEZONE in the file; a METHOD:REQUEST or CANCEL needs ORGANIZER and
ATTENDEE; a CANCEL says STATUS:CANCELLED. Prints one line per file and exits 0 only if every file passes
(1: a file is refused, 2: usage, 3: the icalendar package is missing).
"""
import sys

try:
    import icalendar
except ImportError:
    print("the Python package 'icalendar' is missing: apt-get install python3-icalendar", file=sys.stderr)
    sys.exit(3)


def problems(path):
    with open(path, "rb") as f:
        calendar = icalendar.Calendar.from_ical(f.read())
    found = []
    if str(calendar.get("VERSION")) != "2.0":
        found.append("VERSION is not 2.0")
    if not calendar.get("PRODID"):
        found.append("no PRODID")
    method = str(calendar.get("METHOD", ""))
    zones = {str(tz.get("TZID")) for tz in calendar.walk("VTIMEZONE")}
    events = calendar.walk("VEVENT")
    if not events:
        found.append("no VEVENT")
    for event in events:
        uid = str(event.get("UID", "?"))
        for required in ("UID", "DTSTAMP", "DTSTART", "SEQUENCE", "SUMMARY"):
            if event.get(required) is None:
                found.append(f"{uid}: no {required}")
        start = event.get("DTSTART")
        tzid = start.params.get("TZID") if start is not None else None
        if tzid and tzid not in zones:
            found.append(f"{uid}: TZID {tzid} without its VTIMEZONE")
        if start is not None:
            event.decoded("DTSTART")  # the value itself must be a date or a date-time
        if method in ("REQUEST", "CANCEL"):
            if event.get("ORGANIZER") is None:
                found.append(f"{uid}: METHOD:{method} without ORGANIZER")
            if event.get("ATTENDEE") is None:
                found.append(f"{uid}: METHOD:{method} without ATTENDEE")
        if method == "CANCEL" and str(event.get("STATUS", "")) != "CANCELLED":
            found.append(f"{uid}: METHOD:CANCEL without STATUS:CANCELLED")
    return found, len(events)


def main(paths):
    if not paths:
        print(__doc__, file=sys.stderr)
        return 2
    failed = False
    for path in paths:
        try:
            found, count = problems(path)
        except Exception as e:  # a file icalendar cannot read at all
            found, count = [f"does not parse: {e}"], 0
        if found:
            failed = True
            print(f"REFUSED {path}: " + "; ".join(found))
        else:
            print(f"OK {path}: {count} VEVENT")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
