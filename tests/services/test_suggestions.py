"""Suggesting a specialist: free time and slots never over a confirmed booking, an absence, a
holiday or a closure; tentative bookings soft; ranking with reasons; bad input refused; booking
the slots as tentative bookings through the scheduling write path."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crec_desktop.domain.holidays import holidays_between
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import TZ, local
from crec_desktop.services import absences as A
from crec_desktop.services import agenda
from crec_desktop.services import scheduling as S
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.suggestion_listing import book_slots, listing_json, listing_text
from crec_desktop.services.suggestions import choose_slots, half_days, subtract, suggest
from tests.services.report_sample import CLOSURE_DAY, build_planned

D = Decimal
BEFORE = local(2026, 11, 1, 8)


@pytest.fixture(autouse=True)
def _before_the_week(clock):
    """The searches run on Sunday 1 November 2026 at 8:00, before the week they look at."""
    clock.set(BEFORE)


@pytest.fixture
def planned(db):
    return build_planned(db)


def hhmm(instant):
    return instant.astimezone(TZ).strftime("%Y-%m-%d %H:%M")


def test_half_days_follow_the_working_day():
    day = dt.date(2026, 11, 2)
    assert [(hhmm(s), hhmm(e)) for s, e in half_days(day, D(35), dt.time(8, 30), dt.time(16, 30))] == [
        ("2026-11-02 08:30", "2026-11-02 12:00"), ("2026-11-02 13:00", "2026-11-02 16:30")]
    assert [(hhmm(s), hhmm(e)) for s, e in half_days(day, D(28), dt.time(8, 30), dt.time(16, 30))] == [
        ("2026-11-02 08:30", "2026-11-02 11:15"), ("2026-11-02 13:45", "2026-11-02 16:30")]
    assert half_days(day, D(0), dt.time(8, 30), dt.time(16, 30)) == []


def test_subtract_and_choose():
    a, b = local(2026, 11, 2, 8), local(2026, 11, 2, 12)
    assert subtract([(a, b)], [(local(2026, 11, 2, 9), local(2026, 11, 2, 10))]) == [
        (a, local(2026, 11, 2, 9)), (local(2026, 11, 2, 10), b)]
    slots = choose_slots([(a, local(2026, 11, 2, 8, 30)), (local(2026, 11, 2, 9), b)], [], 150)
    assert [(hhmm(s.start), hhmm(s.end)) for s in slots] == [("2026-11-02 09:00", "2026-11-02 11:30")]


_spans = st.lists(st.tuples(st.integers(0, 200), st.integers(0, 60)), max_size=25)


@given(_spans, _spans)
def test_subtract_leaves_exactly_the_minutes_no_busy_interval_covers(raw_pieces, raw_busy):
    origin = local(2026, 11, 2, 8)
    at = lambda minute: origin + dt.timedelta(minutes=minute)  # noqa: E731
    pieces, cursor = [], 0
    for gap, length in raw_pieces:  # sorted and disjoint, as the windows of the days are
        if length:
            pieces.append((cursor + gap, cursor + gap + length))
            cursor += gap + length
    busy = [(start, start + length) for start, length in raw_busy]  # any order, overlapping
    covered = {m for s, e in busy for m in range(s, e)}
    wanted = {m for s, e in pieces for m in range(s, e)} - covered
    got = subtract([(at(s), at(e)) for s, e in pieces], [(at(s), at(e)) for s, e in busy])
    minutes = [int((e - origin).total_seconds() // 60) for _s, e in got]
    starts = [int((s - origin).total_seconds() // 60) for s, _e in got]
    assert {m for s, e in zip(starts, minutes) for m in range(s, e)} == wanted
    assert all(s < e for s, e in zip(starts, minutes))
    assert starts == sorted(starts) and all(e <= s2 for e, s2 in zip(minutes, starts[1:]))


def test_slots_and_reasons_worked_out_by_hand(planned):
    result = suggest(planned.db, "fcsdsq", "hr", D(5), dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    assert [s.specialist_key for s in result.suggestions] == ["sophie", "jean"]
    sophie, jean = result.suggestions
    # Monday: 9-12 confirmed leaves 8:30-9 (under an hour) and the afternoon; Tuesday morning next
    assert [(hhmm(s.start), hhmm(s.end), s.soft) for s in sophie.slots] == [
        ("2026-11-02 13:00", "2026-11-02 16:30", False), ("2026-11-03 08:30", "2026-11-03 10:00", False)]
    assert sophie.slot_hours == D(5)
    assert sophie.free_hours == D(32) and sophie.soft_hours == D("3.5")   # 5 x 7 h - 3 h; Tuesday afternoon tentative
    assert jean.free_hours == D("23.75")                                  # 5 x 5.5 h - 2.75 h - 1 h
    assert [r.points for r in sophie.reasons] == [40, 20, 15, 10, 5]
    assert sophie.score == sum(r.points for r in sophie.reasons) == 90
    texts = [r.text("fr") for r in sophie.reasons]
    assert texts[0] == "peut faire les 5\u00a0h demandées dans la période, en créneaux d'une heure ou plus " \
                       "(32\u00a0h libres en tout)"
    assert texts[1] == "réservé à 19\u00a0% de ses heures attendues dans la période"
    assert texts[3] == "a déjà travaillé 6\u00a0h pour ce membre dans les douze derniers mois"
    assert texts[4] == "Ressources humaines est son domaine principal"
    assert [r.text("en") for r in jean.reasons][3:] == ["has not worked for this member in the past twelve months",
                                                        "Human resources is one of their other domains"]
    assert jean.score == sum(r.points for r in jean.reasons) < sophie.score


def test_lead_reason_for_the_members_engagement(planned):
    result = suggest(planned.db, "fcsq", "hr", D(2), dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    sophie = next(s for s in result.suggestions if s.specialist_key == "sophie")
    lead = [r for r in sophie.reasons if "2026-003" in r.text("fr")]
    assert len(lead) == 1 and lead[0].points == 5
    assert lead[0].text("en") == "leads engagement 2026-003 of this member in this domain"


def test_tentative_time_is_used_last_and_flagged(planned):
    result = suggest(planned.db, "fcsdsq", "hr", D(35), dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    sophie = next(s for s in result.suggestions if s.specialist_key == "sophie")
    soft = [s for s in sophie.slots if s.soft]
    assert [(hhmm(s.start), hhmm(s.end)) for s in soft] == [("2026-11-03 13:00", "2026-11-03 16:30")]
    # all the free time in pieces of an hour or more: 35 - 3 confirmed - 0.5 (Monday 8:30-9)
    assert sophie.slot_hours == D("31.5")
    assert "dont 3,5\u00a0h sur des réservations provisoires" in sophie.reasons[0].text("fr")
    # capacity points: (28 clean + 3.5 soft / 2) / 35 of 40 = 34
    assert sophie.reasons[0].points == 34


def _confirmed_and_days_off(db, org, first, last):
    items = agenda.agenda(db, first, last)
    busy = {}
    for i in items:
        if i.status == "confirmed":
            busy.setdefault(i.specialist_id, []).append((i.start, i.end))
    return busy


def test_slots_never_overlap_confirmed_absence_holiday_or_closure(planned):
    db, org = planned.db, planned.org
    # more on the calendar: Thanksgiving (12 October) is in the period, Sophie is away 20-21 October
    A.create_absence(db, org.user("alice"), specialist_id=org.ids["sophie"], start_date=dt.date(2026, 10, 20),
                     end_date=dt.date(2026, 10, 21))
    S.create_booking(db, org.user("chloe"), specialist_id=org.ids["jean"], start=local(2026, 10, 14, 10),
                     end=local(2026, 10, 14, 15))
    first, last = dt.date(2026, 10, 5), dt.date(2026, 11, 20)
    db.clock.set(local(2026, 10, 5, 10, 7))
    result = suggest(db, "fcsdsq", "hr", D(2000), first, last)
    assert {s.specialist_key for s in result.suggestions} == {"sophie", "jean"}
    busy = _confirmed_and_days_off(db, org, first, last)
    holidays = set(holidays_between(first, last, "good_friday"))
    assert dt.date(2026, 10, 12) in holidays
    away = {org.ids["sophie"]: {dt.date(2026, 10, 20), dt.date(2026, 10, 21)},
            org.ids["jean"]: {dt.date(2026, 11, 12), dt.date(2026, 11, 13)}}
    for s in result.suggestions:
        assert s.slots
        for slot in s.slots:
            day = slot.start.astimezone(TZ).date()
            assert slot.end.astimezone(TZ).date() == day
            assert day.weekday() < 5 and day not in holidays and day != CLOSURE_DAY and day not in away[s.specialist_id]
            assert dt.time(8, 30) <= slot.start.astimezone(TZ).time() and slot.end.astimezone(TZ).time() <= dt.time(16, 30)
            assert slot.start >= local(2026, 10, 5, 10, 15)   # not before now (next quarter hour)
            assert not any(b_start < slot.end and slot.start < b_end for b_start, b_end in busy.get(s.specialist_id, []))
        starts = [x.start for x in s.slots]
        assert starts == sorted(starts)
        assert all(a.end <= b.start for a, b in zip(s.slots, s.slots[1:]))


def test_a_free_specialist_ranks_above_a_busy_one(planned):
    db, org = planned.db, planned.org
    user = org.user("chloe")
    for day in range(23, 28):  # Sophie booked (confirmed) all week but Wednesday 14-15
        if day == 25:
            S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, day, 8, 30),
                             end=local(2026, 11, day, 14))
            S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, day, 15),
                             end=local(2026, 11, day, 16, 30))
        else:
            S.create_booking(db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, day, 8, 30),
                             end=local(2026, 11, day, 16, 30), engagement_id=org.engagements["2026-001"])
    result = suggest(db, "fcsdsq", "hr", D(6), dt.date(2026, 11, 23), dt.date(2026, 11, 27))
    assert [s.specialist_key for s in result.suggestions] == ["jean", "sophie"]
    jean, sophie = result.suggestions
    assert jean.slot_hours == D(6) and sophie.free_hours == D(1)
    assert [(hhmm(s.start), hhmm(s.end)) for s in sophie.slots] == [("2026-11-25 14:00", "2026-11-25 15:00")]
    assert sophie.reasons[0].text("en").startswith("only 1\u00a0h in slots of an hour or more")


def test_nobody_fits(planned):
    nobody = suggest(planned.db, "fcsdsq", "events", D(3), dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    assert nobody.suggestions == () and nobody.candidates == 0
    assert "aucun spécialiste actif n'a le domaine « Organisation d'événements »" in listing_text(nobody, "fr")
    assert listing_json(nobody) == "[]"
    closed = suggest(planned.db, "fcsdsq", "hr", D(3), dt.date(2026, 12, 25), dt.date(2026, 12, 27))
    assert closed.suggestions == () and closed.candidates == 2
    assert listing_text(closed, "en") == ("Nobody can be suggested: no specialist of the domain \"Human resources\" "
                                          "has free time from December 25, 2026 to December 27, 2026.")


@pytest.mark.parametrize("kwargs, fr, en", [
    (dict(member="zzz"), "aucun membre n'a la clé « zzz »", 'no member has the key "zzz"'),
    (dict(domain="cuisine"), "domaine d'expertise inconnu : « cuisine »", 'unknown domain of expertise: "cuisine"'),
    (dict(hours=D(0)), "nombre d'heures invalide", "invalid number of hours"),
    (dict(hours=D(-2)), "nombre d'heures invalide", "invalid number of hours"),
    (dict(first=dt.date(2026, 11, 6), last=dt.date(2026, 11, 2)), "se termine avant de commencer",
     "ends before it starts"),
    (dict(first=dt.date(2026, 1, 1), last=dt.date(2027, 6, 1)), "trop longue", "too long"),
])
def test_bad_input_refused(planned, kwargs, fr, en):
    args = dict(member="fcsdsq", domain="hr", hours=D(3), first=dt.date(2026, 11, 2), last=dt.date(2026, 11, 6))
    args.update(kwargs)
    with pytest.raises(UserError) as err:
        suggest(planned.db, args["member"], args["domain"], args["hours"], args["first"], args["last"])
    assert fr in err.value.text("fr") and en in err.value.text("en")


def test_book_slots_creates_tentative_bookings_with_permissions_and_undo(planned):
    db, org = planned.db, planned.org
    result = suggest(db, "fcsdsq", "hr", D(5), dt.date(2026, 11, 2), dt.date(2026, 11, 6))
    sophie = result.suggestions[0]
    with pytest.raises(PermissionDenied):
        book_slots(db, org.user("jean"), sophie, engagement_id=org.engagements["2026-001"])
    with pytest.raises(PermissionDenied):
        book_slots(db, org.user("nobody"), sophie)
    before = len(agenda.agenda(db, dt.date(2026, 11, 2), dt.date(2026, 11, 6), [org.ids["sophie"]]))
    out = book_slots(db, org.user("chloe"), sophie, engagement_id=org.engagements["2026-001"])
    items = [i for i in agenda.agenda(db, dt.date(2026, 11, 2), dt.date(2026, 11, 6), [org.ids["sophie"]])
             if i.note == "Proposé par « Suggérer une ressource »"]
    assert sorted((i.start, i.end) for i in items) == [(s.start, s.end) for s in sophie.slots]
    assert all(i.status == "tentative" and i.engagement_number == "2026-001" for i in items)
    S.undo(db, org.user("chloe"), out.undo)
    assert len(agenda.agenda(db, dt.date(2026, 11, 2), dt.date(2026, 11, 6), [org.ids["sophie"]])) == before
    # a specialist may book their own slots
    out = book_slots(db, org.user("sophie"), sophie, sophie.slots[:1])
    assert len(out.changed) == 1
