"""A specialist's iCalendar feed: read back with the `icalendar` package, expanded independently
(dateutil over the feed's own RRULE/EXDATE) and compared with the application's agenda across
the March and November clock changes; escaping, folding, CRLF, determinism."""
from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from dateutil.rrule import rrulestr

from crec_desktop.domain import ics
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import UTC, local
from crec_desktop.services import agenda
from crec_desktop.services import scheduling as S
from crec_desktop.services.calendar_feed import specialist_calendar
from tests.services.report_sample import build_planned

TORONTO = ZoneInfo("America/Toronto")


@pytest.fixture
def planned(db):
    return build_planned(db)


def events(data: bytes) -> list:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def by_uid(data: bytes) -> dict:
    return {str(e["UID"]): e for e in events(data)}


def expand(event) -> list[tuple[dt.datetime, dt.datetime]]:
    """The event's instances as a calendar client computes them (UTC start, UTC end)."""
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    length = end.astimezone(UTC) - start.astimezone(UTC)
    if "RRULE" not in event:
        return [(start.astimezone(UTC), end.astimezone(UTC))]
    excluded = set()
    exdates = event.get("EXDATE", [])
    for group in exdates if isinstance(exdates, list) else [exdates]:
        excluded |= {d.dt.astimezone(UTC) for d in group.dts}
    starts = rrulestr(event["RRULE"].to_ical().decode(), dtstart=start)
    return [(s.astimezone(UTC), s.astimezone(UTC) + length) for s in starts if s.astimezone(UTC) not in excluded]


def app_occurrences(db, specialist_id, uid_prefix, first, last):
    return [(i.start, i.end) for i in agenda.agenda(db, first, last, [specialist_id]) if i.uid.startswith(uid_prefix)]


def test_calendar_structure_and_booking_events(planned):
    data = specialist_calendar(planned.db, "sophie")
    cal = icalendar.Calendar.from_ical(data)
    assert (str(cal["VERSION"]), str(cal["METHOD"]), str(cal["CALSCALE"])) == ("2.0", "PUBLISH", "GREGORIAN")
    assert "crec-desktop" in str(cal["PRODID"]) and str(cal["X-WR-CALNAME"]) == "Sophie Tremblay — CREC"
    assert [str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")] == ["America/Toronto"]
    found = by_uid(data)
    u = planned.uids
    assert {f"{u[k]}@crec-desktop" for k in ("last_year", "before", "weekly", "tentative", "after")} <= set(found)
    weekly = found[f"{u['weekly']}@crec-desktop"]
    assert str(weekly["SUMMARY"]) == "FCSDSQ — 2026-001 Politique RH"
    assert str(weekly["LOCATION"]) == "Lévis, salle 2" and str(weekly["DESCRIPTION"]) == "Rencontre; suivi, étape 1"
    assert str(weekly["STATUS"]) == "CONFIRMED" and str(weekly["TRANSP"]) == "OPAQUE"
    assert weekly["RRULE"].to_ical() == b"FREQ=WEEKLY;COUNT=2"
    assert weekly.decoded("DTSTART") == dt.datetime(2026, 11, 2, 9, tzinfo=TORONTO)
    assert weekly["DTSTART"].params["TZID"] == "America/Toronto"
    assert str(found[f"{u['tentative']}@crec-desktop"]["STATUS"]) == "TENTATIVE"
    assert str(found[f"{u['tentative']}@crec-desktop"]["SUMMARY"]) == "FCSQ — 2026-003 Climat de travail, équipe"
    jean = by_uid(specialist_calendar(planned.db, "jean", lang="en"))
    assert str(jean[f"{u['jean_internal']}@crec-desktop"]["SUMMARY"]) == "Internal time"
    assert str(by_uid(specialist_calendar(planned.db, "jean"))[f"{u['jean_internal']}@crec-desktop"]["SUMMARY"]) \
        == "Temps interne"


def test_escaping_in_the_raw_text(planned):
    text = specialist_calendar(planned.db, "sophie").decode("utf-8")
    assert "LOCATION:Lévis\\, salle 2\r\n" in text
    assert "DESCRIPTION:Rencontre\\; suivi\\, étape 1\r\n" in text
    assert ics.escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_absences_holidays_and_closures_as_all_day_events(planned):
    found = by_uid(specialist_calendar(planned.db, "jean"))
    absence = next(e for uid, e in found.items() if uid.startswith("absence-"))
    assert absence.decoded("DTSTART") == dt.date(2026, 11, 12) and absence.decoded("DTEND") == dt.date(2026, 11, 14)
    assert str(absence["SUMMARY"]) == "Absence — vacances"
    assert found["holiday-20261225@crec-desktop"].decoded("DTSTART") == dt.date(2026, 12, 25)
    assert str(found["holiday-20260624@crec-desktop"]["SUMMARY"]) == "Fête nationale du Québec"
    closure = next(e for uid, e in found.items() if uid.startswith("closure-"))
    assert closure.decoded("DTSTART") == dt.date(2026, 11, 11) and closure.decoded("DTEND") == dt.date(2026, 11, 12)
    bare = by_uid(specialist_calendar(planned.db, "jean", holidays=False))
    assert not any(uid.startswith(("holiday-", "closure-")) for uid in bare)
    assert any(uid.startswith("absence-") for uid in bare)


def test_unknown_key_refused(planned):
    with pytest.raises(UserError) as err:
        specialist_calendar(planned.db, "personne")
    assert "« personne »" in err.value.text("fr") and "no specialist" in err.value.text("en")


def test_deterministic_bytes_crlf_and_folding(planned):
    sophie = planned.org.ids["sophie"]
    long_note = "Préparation de l'atelier « Santé et sécurité » : évaluer, réviser, écrire ; " * 4
    S.create_booking(planned.db, planned.org.user("chloe"), specialist_id=sophie, start=local(2026, 11, 20, 9),
                     end=local(2026, 11, 20, 10), note=long_note)
    first = specialist_calendar(planned.db, "sophie")
    assert specialist_calendar(planned.db, "sophie") == first
    assert b"\n" not in first.replace(b"\r\n", b"")
    physical = first.split(b"\r\n")
    assert physical[-1] == b""
    assert all(len(line) <= 75 for line in physical)
    for line in physical:
        line.decode("utf-8")  # no character split between two lines
    assert any(line.startswith(b" ") for line in physical)
    note = next(e for e in events(first) if "DESCRIPTION" in e and str(e["DESCRIPTION"]).startswith("Préparation"))
    assert str(note["DESCRIPTION"]) == long_note


def test_fold_counts_octets_not_characters():
    line = "SUMMARY:" + "é" * 100
    folded = ics.fold(line)
    pieces = folded.encode("utf-8").split(b"\r\n")
    assert all(len(p) <= 75 for p in pieces) and len(pieces) == 3
    assert folded.replace("\r\n ", "") == line
    assert ics.fold("X:" + "a" * 73) == "X:" + "a" * 73


def test_repeating_bookings_match_the_agenda_across_clock_changes(planned):
    db, user, sophie = planned.db, planned.org.user("chloe"), planned.org.ids["sophie"]
    uids = {}
    # November: weekly Tuesdays 9:00-10:30 from 20 October (the change is on 1 November), one occurrence deleted
    out = S.create_booking(db, user, specialist_id=sophie, start=local(2026, 10, 20, 9), end=local(2026, 10, 20, 10, 30),
                           rrule="FREQ=WEEKLY;COUNT=4")
    uids["nov"] = out.main.key
    item = next(i for i in agenda.agenda(db, dt.date(2026, 10, 27), dt.date(2026, 10, 27), [sophie])
                if i.uid == uids["nov"])
    S.delete_booking(db, user, item.ref, scope=S.THIS)
    # March: daily 8:30-9:00 until a date (the change is on 14 March 2027), UNTIL kept as a local date
    uids["mar"] = S.create_booking(db, user, specialist_id=sophie, start=local(2027, 3, 11, 8, 30),
                                   end=local(2027, 3, 11, 9), rrule="FREQ=DAILY;UNTIL=20270317").main.key
    # a first occurrence the rule alone would not produce (Monday, then Tuesdays): written occurrence by occurrence
    uids["odd"] = S.create_booking(db, user, specialist_id=sophie, start=local(2027, 3, 1, 14), end=local(2027, 3, 1, 15),
                                   rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3").main.key
    data = specialist_calendar(db, "sophie")
    found = by_uid(data)
    nov = found[f"{uids['nov']}@crec-desktop"]
    assert "EXDATE" in nov and nov["EXDATE"].params["TZID"] == "America/Toronto"
    got = expand(nov)
    want = app_occurrences(db, sophie, uids["nov"], dt.date(2026, 10, 1), dt.date(2026, 11, 30))
    assert got == want and len(got) == 3
    assert [s.astimezone(TORONTO).time() for s, _ in got] == [dt.time(9)] * 3
    assert [s.utcoffset() for s, _ in ((s.astimezone(TORONTO), e) for s, e in got)] == \
        [dt.timedelta(hours=-4), dt.timedelta(hours=-5), dt.timedelta(hours=-5)]
    mar = found[f"{uids['mar']}@crec-desktop"]
    assert mar["RRULE"].to_ical().decode().endswith("UNTIL=20270318T035959Z")  # end of 17 March, local (EDT)
    got = expand(mar)
    assert got == app_occurrences(db, sophie, uids["mar"], dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    assert len(got) == 7 and {s.astimezone(TORONTO).time() for s, _ in got} == {dt.time(8, 30)}
    assert {s.astimezone(TORONTO).utcoffset() for s, _ in got} == {dt.timedelta(hours=-5), dt.timedelta(hours=-4)}
    odd = [e for uid, e in found.items() if uid.startswith(uids["odd"])]
    assert len(odd) == 3 and not any("RRULE" in e for e in odd)
    assert sorted(x for e in odd for x in expand(e)) == app_occurrences(db, sophie, uids["odd"], dt.date(2027, 3, 1),
                                                                         dt.date(2027, 3, 31))
    # every booking of the feed, expanded as a client would, is exactly the agenda of the specialist
    everything = sorted(x for uid, e in found.items() if not uid.startswith(("holiday", "closure", "absence"))
                        for x in expand(e))
    assert everything == sorted((i.start, i.end) for i in agenda.agenda(db, dt.date(2025, 1, 1), dt.date(2028, 1, 1),
                                                                        [sophie]))


def test_vtimezone_describes_toronto(planned):
    cal = icalendar.Calendar.from_ical(specialist_calendar(planned.db, "sophie"))
    vtz = next(iter(cal.walk("VTIMEZONE")))
    built = vtz.to_tz(lookup_tzid=False)  # from the feed's own STANDARD/DAYLIGHT rules
    for year in range(2026, 2031):
        for month, day, hour in ((1, 15, 12), (3, 7, 12), (3, 9, 12), (7, 1, 12), (10, 31, 12), (11, 2, 12)):
            naive = dt.datetime(year, month, day, hour)
            assert naive.replace(tzinfo=built).utcoffset() == naive.replace(tzinfo=TORONTO).utcoffset(), naive
