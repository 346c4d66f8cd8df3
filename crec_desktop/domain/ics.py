"""An RFC 5545 (iCalendar) text writer: content lines, escaping, folding, the Toronto time zone.

Pure Python, no database: `services.calendar_feed` decides what goes in a specialist's
calendar, this module writes it the way Outlook, Google Calendar and Apple Calendar read it.

- TEXT values escape backslash, semicolon, comma and newline (`\\\\ \\; \\, \\n`, RFC 5545 §3.3.11);
- lines longer than 75 octets are folded (CRLF then a space, §3.1), counting UTF-8 octets and
  never splitting a character;
- every line ends with CRLF;
- local times are written with `TZID=America/Toronto`, described by the VTIMEZONE below (the
  North American rules in force since 2007: second Sunday of March, first Sunday of November).

    lines = [*begin("VCALENDAR"), prop("PRODID", "-//CREC//crec-desktop//FR"), *VTIMEZONE, …]
    data = serialise(lines)          # bytes, folded, CRLF
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from crec_desktop.domain.timeutil import TZ, UTC

TZID = "America/Toronto"
MAX_OCTETS = 75
CRLF = "\r\n"

VTIMEZONE = (
    "BEGIN:VTIMEZONE",
    f"TZID:{TZID}",
    f"X-LIC-LOCATION:{TZID}",
    "BEGIN:DAYLIGHT",
    "TZOFFSETFROM:-0500",
    "TZOFFSETTO:-0400",
    "TZNAME:EDT",
    "DTSTART:19700308T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
    "END:DAYLIGHT",
    "BEGIN:STANDARD",
    "TZOFFSETFROM:-0400",
    "TZOFFSETTO:-0500",
    "TZNAME:EST",
    "DTSTART:19701101T020000",
    "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
    "END:STANDARD",
    "END:VTIMEZONE",
)


def escape_text(value: str) -> str:
    """A TEXT value as RFC 5545 wants it (line breaks of any kind become \\n)."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return (value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n"))


def fold(line: str) -> str:
    """The content line folded at 75 octets (UTF-8), continuation lines starting with a space."""
    data = line.encode("utf-8")
    if len(data) <= MAX_OCTETS:
        return line
    pieces: list[str] = []
    current, size, limit = [], 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append("".join(current))
            current, size, limit = [], 0, MAX_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    pieces.append("".join(current))
    return (CRLF + " ").join(pieces)


def _param(value: str) -> str:
    """A parameter value, quoted when it holds a character that would end it."""
    return f'"{value}"' if any(c in value for c in ';:,') else value


def prop(name: str, value: str, **params: str) -> str:
    """One content line `NAME;PARAM=VALUE:value` (value already in its iCalendar form)."""
    head = name + "".join(f";{k.replace('_', '-').upper()}={_param(v)}" for k, v in params.items())
    return f"{head}:{value}"


def text(name: str, value: str) -> str:
    """A content line with a TEXT value, escaped."""
    return prop(name, escape_text(value))


def utc_stamp(instant: dt.datetime) -> str:
    """20261126T143000Z"""
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def local_stamp(instant: dt.datetime) -> str:
    """20261126T093000 — the wall-clock time in Toronto (used with TZID)."""
    return instant.astimezone(TZ).strftime("%Y%m%dT%H%M%S")


def date_stamp(day: dt.date) -> str:
    return day.strftime("%Y%m%d")


def local_time(name: str, instant: dt.datetime) -> str:
    """DTSTART;TZID=America/Toronto:20261126T093000"""
    return prop(name, local_stamp(instant), TZID=TZID)


def local_times(name: str, instants: Iterable[dt.datetime]) -> str:
    """EXDATE;TZID=America/Toronto:20261126T093000,20261203T093000"""
    return prop(name, ",".join(local_stamp(i) for i in instants), TZID=TZID)


def all_day(name: str, day: dt.date) -> str:
    """DTSTART;VALUE=DATE:20261126"""
    return prop(name, date_stamp(day), VALUE="DATE")


def begin(component: str) -> tuple[str]:
    return (f"BEGIN:{component}",)


def end(component: str) -> tuple[str]:
    return (f"END:{component}",)


def serialise(lines: Iterable[str]) -> bytes:
    """The calendar's bytes: each line folded, CRLF after each, UTF-8."""
    return "".join(fold(line) + CRLF for line in lines).encode("utf-8")


__all__ = ["CRLF", "MAX_OCTETS", "TZID", "VTIMEZONE", "all_day", "begin", "date_stamp", "end", "escape_text",
           "fold", "local_stamp", "local_time", "local_times", "prop", "serialise", "text", "utc_stamp"]
