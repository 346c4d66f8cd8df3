"""domain.recurrence: RRULEs expanded in Toronto wall-clock time, bounded, RFC 5545 semantics."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crec_desktop.domain import recurrence
from crec_desktop.domain.recurrence import MAX_OCCURRENCES, RecurrenceError, expand, occurrences, validate_rrule
from crec_desktop.domain.timeutil import TZ, UTC, at_local, local


def local_times(occs):
    return [(s.astimezone(TZ).strftime("%Y-%m-%d %H:%M"), e.astimezone(TZ).strftime("%H:%M")) for s, e in occs]


def test_weekly_booking_stays_at_nine_across_the_march_change():
    start, end = local(2027, 3, 3, 9), local(2027, 3, 3, 12)  # DST starts Sunday 14 March 2027
    occs = expand(start, end, "FREQ=WEEKLY;COUNT=4")
    assert local_times(occs) == [("2027-03-03 09:00", "12:00"), ("2027-03-10 09:00", "12:00"),
                                 ("2027-03-17 09:00", "12:00"), ("2027-03-24 09:00", "12:00")]
    assert [s.hour for s, _ in occs] == [14, 14, 13, 13]  # UTC moves, local time does not
    assert all(s.tzinfo is UTC and e.tzinfo is UTC for s, e in occs)
    assert all(e - s == dt.timedelta(hours=3) for s, e in occs)


def test_weekly_booking_stays_at_nine_across_the_november_change():
    occs = expand(local(2027, 10, 27, 9), local(2027, 10, 27, 12), "FREQ=WEEKLY;COUNT=3")  # DST ends 7 Nov
    assert local_times(occs) == [("2027-10-27 09:00", "12:00"), ("2027-11-03 09:00", "12:00"),
                                 ("2027-11-10 09:00", "12:00")]
    assert [s.hour for s, _ in occs] == [13, 13, 14]


def test_overnight_occurrence_keeps_its_wall_times_and_real_durations_change():
    # 22:00 to 06:00 the next morning; the night of 6-7 November 2027 has 25 hours
    occs = expand(local(2027, 11, 5, 22), local(2027, 11, 6, 6), "FREQ=DAILY;COUNT=3")
    assert [s.astimezone(TZ).hour for s, _ in occs] == [22, 22, 22]
    assert [e.astimezone(TZ).hour for _, e in occs] == [6, 6, 6]
    assert [(e - s) / dt.timedelta(hours=1) for s, e in occs] == [8, 9, 8]


def test_first_occurrence_is_the_booking_itself_even_in_the_repeated_hour():
    first = dt.datetime(2027, 11, 7, 1, 30, tzinfo=TZ, fold=1)  # 01:30 EST, the second 01:30
    end = first + dt.timedelta(minutes=30)
    occs = expand(first, end, "FREQ=DAILY;COUNT=2")
    assert occs[0] == (first.astimezone(UTC), end.astimezone(UTC))
    assert occs[1][0].astimezone(TZ).replace(tzinfo=None) == dt.datetime(2027, 11, 8, 1, 30)


def test_skipped_hour_moves_forward_like_at_local():
    # weekly at 02:30: on 14 March 2027 02:30 does not exist
    occs = expand(local(2027, 3, 7, 2, 30), local(2027, 3, 7, 3, 30), "FREQ=WEEKLY;COUNT=2")
    assert occs[1][0] == at_local(dt.date(2027, 3, 14), dt.time(2, 30)).astimezone(UTC)
    assert occs[1][0].astimezone(TZ).strftime("%H:%M") == "03:30"


def test_until_forms():
    start, end = local(2027, 1, 6, 9), local(2027, 1, 6, 11)
    utc = expand(start, end, "FREQ=WEEKLY;UNTIL=20270120T140000Z")  # 09:00 EST on the 20th: included
    date = expand(start, end, "FREQ=WEEKLY;UNTIL=20270120")         # the whole local day
    floating = expand(start, end, "FREQ=WEEKLY;UNTIL=20270120T085900")
    assert len(utc) == 3 and len(date) == 3 and len(floating) == 2


def test_dtstart_always_counts_as_first_occurrence():
    # a Wednesday start with BYDAY=MO: RFC 5545 keeps the start and counts it in COUNT
    occs = expand(local(2027, 1, 6, 9), local(2027, 1, 6, 10), "FREQ=WEEKLY;BYDAY=MO;COUNT=3")
    assert [s.astimezone(TZ).date().isoformat() for s, _ in occs] == ["2027-01-06", "2027-01-11", "2027-01-18"]


def test_exdates_leave_occurrences_out_by_start():
    start, end = local(2027, 1, 6, 9), local(2027, 1, 6, 11)
    occs = expand(start, end, "FREQ=WEEKLY;COUNT=6", [local(2027, 1, 20, 9)])
    assert len(occs) == 5 and local(2027, 1, 20, 9) not in [s for s, _ in occs]
    assert recurrence.unmatched_exdates(start, end, "FREQ=WEEKLY;COUNT=6", [local(2027, 1, 20, 9), local(2027, 1, 21, 9)]) == [1]


def test_series_end():
    start, end = local(2027, 1, 6, 9), local(2027, 1, 6, 11)
    assert recurrence.series_end(start, end, None) == end
    assert recurrence.series_end(start, end, "FREQ=WEEKLY;COUNT=6") == local(2027, 2, 10, 11)
    assert recurrence.series_end(start, end, "FREQ=WEEKLY;COUNT=6", [local(2027, 2, 10, 9)]) == local(2027, 2, 3, 11)
    assert recurrence.series_end(start, end, "FREQ=WEEKLY;COUNT=1", [start]) == end  # nothing left


@pytest.mark.parametrize("rule, fragment", [
    ("FREQ=WEEKLY", "COUNT ou UNTIL"),
    ("FREQ=WEEKLY;COUNT=3;UNTIL=20270101", "à la fois"),
    (f"FREQ=DAILY;COUNT={MAX_OCCURRENCES + 1}", "plus de 500"),
    ("FREQ=DAILY;UNTIL=20300101", "plus de 500"),
    ("DTSTART:20270106T090000;FREQ=WEEKLY;COUNT=3", "DTSTART"),
    ("FREQ=HOURLY;COUNT=3", "non prise en charge"),
    ("FREQ=WEEKLY;COUNT=3;FOO=1", "partie inconnue FOO"),
    ("FREQ=WEEKLY;COUNT=3;COUNT=4", "deux fois"),
    ("FREQ=WEEKLY;BYDAY=XX;COUNT=3", "BYDAY"),
    ("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;COUNT=3", "BYMONTHDAY"),
    ("FREQ=YEARLY;COUNT=12", "dans les 10 ans"),
    ("FREQ=MONTHLY;UNTIL=20400101", "10 ans"),
    ("COUNT=3", "sans FREQ"),
    ("FREQ=WEEKLY;COUNT=0", "COUNT"),
    ("nonsense", "illisible"),
])
def test_invalid_rules_are_refused_with_a_reason(rule, fragment):
    problem = validate_rrule(rule, local(2027, 1, 6, 9))
    assert problem is not None
    assert fragment in problem.text("fr")
    assert problem.text("en") != problem.text("fr")
    with pytest.raises(RecurrenceError):
        expand(local(2027, 1, 6, 9), local(2027, 1, 6, 10), rule)


def test_valid_rules():
    for rule in ("FREQ=WEEKLY;COUNT=6", "RRULE:FREQ=WEEKLY;COUNT=6", "freq=weekly;count=6",
                 "FREQ=MONTHLY;BYDAY=-1FR;COUNT=12", "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20271231T235959Z",
                 f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}"):
        assert validate_rrule(rule, local(2027, 1, 6, 9)) is None, rule
    assert len(occurrences(local(2027, 1, 6, 9), local(2027, 1, 6, 10), f"FREQ=DAILY;COUNT={MAX_OCCURRENCES}")) == 500


def test_a_single_booking_is_its_own_only_occurrence():
    start, end = local(2027, 1, 6, 9), local(2027, 1, 6, 10)
    assert expand(start, end, None) == [(start.astimezone(UTC), end.astimezone(UTC))]
    assert expand(start, end, None, [start]) == []


# --- against a naive reference ----------------------------------------------------------------

def naive_reference(start: dt.datetime, end: dt.datetime, step_days: int, count: int):
    """What the README says, written the slow obvious way: same local wall times, shifted by days."""
    ls, le = start.astimezone(TZ), end.astimezone(TZ)
    out = [(start.astimezone(UTC), end.astimezone(UTC))]
    for k in range(1, count):
        shift = dt.timedelta(days=k * step_days)
        day_s, day_e = ls.date() + shift, le.date() + shift
        out.append((at_local(day_s, ls.time().replace(tzinfo=None)).astimezone(UTC),
                    at_local(day_e, le.time().replace(tzinfo=None)).astimezone(UTC)))
    return out


instants = st.builds(
    lambda day, minutes: at_local(dt.date(2026, 1, 1) + dt.timedelta(days=day), dt.time(minutes // 60, minutes % 60)),
    st.integers(0, 3 * 365), st.integers(0, 24 * 60 - 1))


@settings(max_examples=300, deadline=None)
@given(start=instants, length=st.integers(1, 24 * 60), freq=st.sampled_from(["DAILY", "WEEKLY"]),
       interval=st.integers(1, 3), count=st.integers(1, 60))
def test_expansion_matches_the_naive_reference(start, length, freq, interval, count):
    end = start + dt.timedelta(minutes=length)
    rule = f"FREQ={freq};INTERVAL={interval};COUNT={count}"
    step = interval * (7 if freq == "WEEKLY" else 1)
    assert expand(start, end, rule) == naive_reference(start, end, step, count)


@settings(max_examples=200, deadline=None)
@given(start=instants, length=st.integers(1, 12 * 60), count=st.integers(1, 40), interval=st.integers(1, 2))
def test_fast_path_agrees_with_dateutil(start, length, count, interval):
    """FREQ=WEEKLY takes the fast path; the same rule with BYDAY goes through dateutil."""
    end = start + dt.timedelta(minutes=length)
    weekday = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[start.astimezone(TZ).weekday()]
    fast = expand(start, end, f"FREQ=WEEKLY;INTERVAL={interval};COUNT={count}")
    slow = expand(start, end, f"FREQ=WEEKLY;INTERVAL={interval};BYDAY={weekday};COUNT={count}")
    assert fast == slow
    until = fast[-1][0].astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    assert expand(start, end, f"FREQ=WEEKLY;INTERVAL={interval};UNTIL={until}") == fast
