"""Expected and booked hours: holidays, closures and absences reduce what is expected."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import availability as AV
from crec_desktop.services import budgets
from crec_desktop.services import scheduling as S
from crec_desktop.store.models import Organization

D = dt.date


def test_expected_hours_by_day_week_and_month(org):
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start_date=D(2026, 12, 1),
                     end_date=D(2026, 12, 2))
    A.create_closure(org.db, org.user("alice"), date=D(2026, 12, 24), name="Veille de Noël")
    (load,) = AV.specialist_loads(org.db, D(2026, 11, 30), D(2026, 12, 31), [org.ids["sophie"]])
    day = load.day
    assert day(D(2026, 11, 30)).expected_hours == 7 and day(D(2026, 11, 30)).off is None
    assert day(D(2026, 12, 1)).expected_minutes == 0 and day(D(2026, 12, 1)).off == AV.ABSENCE
    assert day(D(2026, 12, 5)).off == AV.WEEKEND
    assert day(D(2026, 12, 24)).off == AV.CLOSURE
    assert day(D(2026, 12, 25)).off == AV.HOLIDAY and day(D(2026, 12, 25)).expected_minutes == 0
    weeks = load.weeks()
    assert [w.first for w in weeks][:2] == [D(2026, 11, 30), D(2026, 12, 7)]
    assert weeks[0].expected_hours == 21  # 35 h less two days of absence
    assert weeks[3].expected_hours == 21  # week of 21 Dec: closure on the 24th, Christmas on the 25th
    months = load.months()
    assert [(m.first, m.last) for m in months] == [(D(2026, 11, 30), D(2026, 11, 30)), (D(2026, 12, 1), D(2026, 12, 31))]
    assert months[1].expected_hours == 7 * (23 - 4)  # 23 weekdays, 2 absent, the closure and Christmas


def test_part_time_specialist_and_easter_setting(org):
    with org.db.write() as s:
        s.get(Organization, 1).easter_holiday = "easter_monday"
    (jean,) = AV.specialist_loads(org.db, D(2027, 3, 22), D(2027, 4, 4), [org.ids["jean"]])
    assert jean.day(D(2027, 3, 26)).off is None            # Good Friday is a working day here
    assert jean.day(D(2027, 3, 29)).off == AV.HOLIDAY       # Easter Monday is the holiday
    assert jean.day(D(2027, 3, 22)).expected_hours == Decimal("5.6")  # 28 h / 5
    assert [w.expected_hours for w in jean.weeks()] == [28, Decimal("22.4")]


def test_booked_hours_and_utilisation(org):
    user = org.user("chloe")
    S.create_booking(org.db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 23, 9),
                     end=local(2026, 11, 23, 12))
    S.create_booking(org.db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 23, 13),
                     end=local(2026, 11, 23, 16, 30), status="tentative")
    S.create_booking(org.db, user, specialist_id=org.ids["sophie"], start=local(2026, 11, 24, 22),
                     end=local(2026, 11, 25, 2))  # split at midnight
    (load,) = AV.specialist_loads(org.db, D(2026, 11, 23), D(2026, 11, 29), [org.ids["sophie"]])
    mon = load.day(D(2026, 11, 23))
    assert (mon.confirmed_hours, mon.tentative_hours, mon.booked_hours) == (3, Decimal("3.5"), Decimal("6.5"))
    assert mon.utilisation == Decimal("0.93")
    assert load.day(D(2026, 11, 24)).confirmed_minutes == 120 and load.day(D(2026, 11, 25)).confirmed_minutes == 120
    assert load.total().booked_hours == Decimal("10.5")
    assert load.total().utilisation == Decimal("0.30")
    assert load.day(D(2026, 11, 28)).utilisation is None


def test_all_active_specialists_by_default(org):
    loads = AV.specialist_loads(org.db, D(2026, 11, 23), D(2026, 11, 23))
    assert {l.key for l in loads} == {"admin", "coord", "mgr", "sophie", "jean"}


def test_org_calendar_labels(org):
    A.create_closure(org.db, org.user("alice"), date=D(2026, 12, 31), name="Fermeture des fêtes")
    cal = AV.org_calendar(org.db, D(2026, 12, 20), D(2027, 1, 5))
    assert cal.label(D(2026, 12, 25), "fr") == "Noël" and cal.label(D(2026, 12, 25), "en") == "Christmas Day"
    assert cal.label(D(2026, 12, 31)) == "Fermeture des fêtes"
    assert cal.label(D(2026, 12, 30)) is None and cal.is_closed(D(2027, 1, 1))


def test_engagement_budget_and_member_hour_bank(org):
    user = org.user("chloe")
    e1 = org.engagements["2026-001"]
    S.create_booking(org.db, user, specialist_id=org.ids["sophie"], engagement_id=e1,
                     start=local(2026, 11, 23, 9), end=local(2026, 11, 23, 16))
    S.create_booking(org.db, user, specialist_id=org.ids["jean"], engagement_id=e1, status="tentative",
                     start=local(2026, 11, 24, 9), end=local(2026, 11, 24, 13))
    S.create_booking(org.db, user, specialist_id=org.ids["jean"], engagement_id=e1,  # previous fiscal year
                     start=local(2026, 3, 2, 9), end=local(2026, 3, 2, 10))
    org.db.clock.set(local(2026, 12, 1))
    use = budgets.engagement_use(org.db, [e1])[e1]
    assert (use.confirmed_hours, use.planned_hours, use.done_hours) == (8, 12, 8)
    assert use.over and use.remaining_hours == -2
    assert budgets.fiscal_year(D(2026, 11, 23), 4) == (D(2026, 4, 1), D(2027, 3, 31))
    org.db.clock.set(local(2026, 11, 24, 10))
    bank = budgets.member_use(org.db, [org.member_id], D(2026, 11, 23))[org.member_id]
    assert (bank.budget_hours, bank.planned_hours, bank.done_hours) == (40, 11, 7)
    assert not bank.over
