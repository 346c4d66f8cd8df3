"""Repeating bookings: this occurrence / this and following / whole series, exceptions, clock changes."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import TZ, local
from crec_desktop.services import agenda, availability
from crec_desktop.services import scheduling as S
from crec_desktop.services.changes import FOLLOWING, SERIES, THIS, OccurrenceRef
from crec_desktop.services.series import Edit
from tests.services.test_scheduling import snapshot


def weekly(org, *, first=dt.date(2026, 10, 19), count=6, start=9, end=12, rrule=None, who="sophie", **kw):
    return S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids[who],
                            start=local(first.year, first.month, first.day, start),
                            end=local(first.year, first.month, first.day, end),
                            rrule=rrule or f"FREQ=WEEKLY;COUNT={count}", **kw)


def items(org, who=None):
    ids = [org.ids[who]] if who else None
    return agenda.occurrences_between(org.db, local(2026, 1, 1), local(2028, 1, 1), ids)


def wall(items_):
    return [(i.start.astimezone(TZ).strftime("%Y-%m-%d %H:%M"), i.end.astimezone(TZ).strftime("%H:%M")) for i in items_]


def occ_ref(item):
    return item.ref


def round_trip(org, operation):
    before = snapshot(org.db)
    out = operation()
    after = snapshot(org.db)
    back = S.undo(org.db, org.user("chloe"), out.undo)
    assert snapshot(org.db) == before
    S.undo(org.db, org.user("chloe"), back.undo)
    assert snapshot(org.db) == after
    return out


# --- clock changes ------------------------------------------------------------------------------

def test_weekly_series_keeps_nine_oclock_across_november_change(org):
    weekly(org)  # 19 Oct … 23 Nov 2026; clocks go back on 1 Nov
    assert [w for w in wall(items(org))] == [
        ("2026-10-19 09:00", "12:00"), ("2026-10-26 09:00", "12:00"), ("2026-11-02 09:00", "12:00"),
        ("2026-11-09 09:00", "12:00"), ("2026-11-16 09:00", "12:00"), ("2026-11-23 09:00", "12:00")]
    offsets = {i.start.astimezone(TZ).utcoffset() for i in items(org)}
    assert offsets == {dt.timedelta(hours=-4), dt.timedelta(hours=-5)}


def test_weekly_series_keeps_nine_oclock_across_march_change(org):
    weekly(org, first=dt.date(2027, 3, 1), count=4)  # clocks go forward on 14 Mar 2027
    assert [w[0][11:] for w in wall(items(org))] == ["09:00"] * 4
    assert all(i.hours == 3 for i in items(org))


def test_three_hours_on_the_wall_across_the_november_night_last_four_real_hours(org):
    # 1 Nov 2026: 00:00 EDT to 03:00 EST is 4 hours of real time (01:00-02:00 happens twice)
    start = dt.datetime(2026, 11, 1, 0, 0, tzinfo=TZ)
    end = dt.datetime(2026, 11, 1, 3, 0, tzinfo=TZ)
    out = S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=start, end=end)
    item = agenda.agenda(org.db, dt.date(2026, 11, 1), dt.date(2026, 11, 1))[0]
    assert item.hours == 4 and item.end - item.start == dt.timedelta(hours=4)
    day = availability.specialist_loads(org.db, dt.date(2026, 11, 1), dt.date(2026, 11, 1), [org.ids["sophie"]])[0]
    assert day.days[0].confirmed_minutes == 240
    # and a 3-real-hour block that night ends at 02:00 on the wall
    S.delete_booking(org.db, org.user("chloe"), OccurrenceRef(out.main.key, out.main.version))
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=start,
                     end=start.astimezone(dt.UTC) + dt.timedelta(hours=3))  # real time, not wall
    assert wall(items(org)) == [("2026-11-01 00:00", "02:00")]


def test_moving_a_whole_series_by_an_hour_keeps_local_time_across_the_change(org):
    weekly(org)
    third = items(org)[2]  # 2 Nov, after the change
    round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), occ_ref(third),
                                           start=local(2026, 11, 2, 10), scope=SERIES))
    assert {w[0][11:] for w in wall(items(org))} == {"10:00"}
    assert {w[1] for w in wall(items(org))} == {"13:00"}


# --- this occurrence ------------------------------------------------------------------------------

def test_moving_one_occurrence_detaches_it(org):
    weekly(org)
    third = items(org)[2]
    out = round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), occ_ref(third),
                                                 start=local(2026, 11, 3, 13), scope=THIS))
    now = items(org)
    assert len(now) == 6 and len({i.uid for i in now}) == 2
    moved = [i for i in now if not i.repeats]
    assert wall(moved) == [("2026-11-03 13:00", "16:00")]
    series = [c.after for c in out.changed if c.after is not None and c.after.rrule]
    assert series[0].exdates == (third.start,)


def test_deleting_one_occurrence_adds_an_exception_and_last_one_deletes_the_booking(org):
    weekly(org, count=2)
    first, second = items(org)
    round_trip(org, lambda: S.delete_booking(org.db, org.user("chloe"), occ_ref(first), scope=THIS))
    (left,) = items(org)
    assert left.start == second.start and left.repeats
    S.delete_booking(org.db, org.user("chloe"), occ_ref(left), scope=THIS)
    assert items(org) == []


def test_editing_one_occurrence_status_and_note(org):
    weekly(org)
    second = items(org)[1]
    round_trip(org, lambda: S.edit_booking(org.db, org.user("chloe"), occ_ref(second),
                                           Edit(status="tentative", note="à confirmer"), scope=THIS))
    now = items(org)
    assert [i.status for i in now] == ["confirmed", "tentative"] + ["confirmed"] * 4
    assert now[1].note == "à confirmer" and not now[1].repeats


def test_a_stale_occurrence_reference_is_refused(org):
    weekly(org)
    second = items(org)[1]
    S.delete_booking(org.db, org.user("chloe"), occ_ref(second), scope=THIS)
    with pytest.raises(UserError):
        S.move_booking(org.db, org.user("chloe"), occ_ref(second), start=local(2026, 10, 27, 9), scope=THIS)


# --- this and following ---------------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["FREQ=WEEKLY;COUNT=6", "FREQ=WEEKLY;UNTIL=20261123T235959Z"])
def test_this_and_following_splits_the_series_in_two(org, rule):
    weekly(org, rrule=rule)
    fourth = items(org)[3]  # 9 Nov
    out = round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), occ_ref(fourth),
                                                 start=local(2026, 11, 9, 13), scope=FOLLOWING))
    now = items(org)
    assert [w[0][11:] for w in wall(now)] == ["09:00"] * 3 + ["13:00"] * 3
    assert len({i.uid for i in now[:3]}) == 1 and len({i.uid for i in now[3:]}) == 1
    assert now[0].uid != now[3].uid
    assert len(out.changed) == 2


def test_this_and_following_keeps_exceptions_on_the_right_side(org):
    weekly(org)
    occ = items(org)
    S.delete_booking(org.db, org.user("chloe"), occ_ref(occ[1]), scope=THIS)
    S.delete_booking(org.db, org.user("chloe"), occ_ref(items(org)[3]), scope=THIS)  # 16 Nov
    left = items(org)  # 19 Oct, 2 Nov, 9 Nov, 23 Nov
    assert [w[0][:10] for w in wall(left)] == ["2026-10-19", "2026-11-02", "2026-11-09", "2026-11-23"]
    out = S.set_status(org.db, org.user("chloe"), occ_ref(left[2]), "tentative", scope=FOLLOWING)
    head, tail = sorted((c.after for c in out.changed), key=lambda s: s.start)
    assert len(head.exdates) == 1 and len(tail.exdates) == 1
    assert [i.status for i in items(org)] == ["confirmed", "confirmed", "tentative", "tentative"]


def test_deleting_this_and_following_truncates(org):
    weekly(org)
    round_trip(org, lambda: S.delete_booking(org.db, org.user("chloe"), occ_ref(items(org)[2]), scope=FOLLOWING))
    assert len(items(org)) == 2
    S.delete_booking(org.db, org.user("chloe"), occ_ref(items(org)[0]), scope=FOLLOWING)
    assert items(org) == []


# --- whole series ---------------------------------------------------------------------------------

def test_moving_a_series_to_another_weekday_shifts_its_rule(org):
    weekly(org, rrule="FREQ=WEEKLY;BYDAY=MO,WE;COUNT=4")  # Mon 19, Wed 21, Mon 26, Wed 28 Oct
    first = items(org)[0]
    round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), occ_ref(first),
                                           start=local(2026, 10, 20, 9), scope=SERIES))
    assert [w[0][:10] for w in wall(items(org))] == ["2026-10-20", "2026-10-22", "2026-10-27", "2026-10-29"]


def test_a_series_move_that_its_rule_cannot_express_is_refused(org):
    weekly(org, first=dt.date(2026, 10, 15), rrule="FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3")  # every 15th
    before = snapshot(org.db)
    with pytest.raises(UserError) as err:
        S.move_booking(org.db, org.user("chloe"), occ_ref(items(org)[0]), start=local(2026, 10, 16, 9), scope=SERIES)
    assert err.value.messages[0].key == "series.cannot_reshape"
    assert snapshot(org.db) == before


def test_resizing_and_reassigning_a_whole_series(org):
    weekly(org)
    second = items(org)[1]
    round_trip(org, lambda: S.resize_booking(org.db, org.user("chloe"), occ_ref(second),
                                             end=local(2026, 10, 26, 13), scope=SERIES))
    assert {w[1] for w in wall(items(org))} == {"13:00"}
    round_trip(org, lambda: S.move_booking(org.db, org.user("chloe"), occ_ref(items(org)[0]),
                                           specialist_id=org.ids["jean"], scope=SERIES))
    assert {i.specialist_key for i in items(org)} == {"jean"}


def test_a_series_move_onto_a_confirmed_booking_is_refused(org):
    weekly(org)
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 11, 17, 10),
                     end=local(2026, 11, 17, 11))
    with pytest.raises(UserError) as err:
        S.move_booking(org.db, org.user("chloe"), occ_ref(items(org)[0]), start=local(2026, 10, 20, 9), scope=SERIES)
    assert "17 novembre 2026" in err.value.text("fr")


def test_changing_the_rule_keeps_only_matching_exceptions(org):
    weekly(org)
    S.delete_booking(org.db, org.user("chloe"), occ_ref(items(org)[1]), scope=THIS)  # 26 Oct
    S.delete_booking(org.db, org.user("chloe"), occ_ref(items(org)[4]), scope=THIS)  # 23 Nov
    first = items(org)[0]
    out = S.edit_booking(org.db, org.user("chloe"), occ_ref(first), Edit(rrule="FREQ=WEEKLY;COUNT=4"), scope=SERIES)
    assert len(out.main.after.exdates) == 1
    assert [w[0][:10] for w in wall(items(org))] == ["2026-10-19", "2026-11-02", "2026-11-09"]
