"""The window query: occurrences with their details and conflict flags, absences, closures."""
from __future__ import annotations

import datetime as dt

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import agenda
from crec_desktop.services import scheduling as S

D = dt.date


def mk(org, who, start, end, **kw):
    return S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids[who], start=start, end=end, **kw)


def test_window_query_returns_details_in_order(org):
    e1 = org.engagements["2026-001"]
    mk(org, "jean", local(2026, 11, 24, 9), local(2026, 11, 24, 12), engagement_id=e1, location="Québec")
    mk(org, "sophie", local(2026, 11, 23, 13), local(2026, 11, 23, 16))
    mk(org, "sophie", local(2026, 11, 16, 9), local(2026, 11, 16, 12), rrule="FREQ=WEEKLY;COUNT=3")
    mk(org, "sophie", local(2026, 12, 1, 9), local(2026, 12, 1, 12))  # next week: left out
    items = agenda.agenda(org.db, D(2026, 11, 23), D(2026, 11, 29))
    assert [(i.specialist_key, i.start) for i in items] == [
        ("sophie", local(2026, 11, 23, 9)), ("sophie", local(2026, 11, 23, 13)), ("jean", local(2026, 11, 24, 9))]
    jean = items[2]
    assert (jean.engagement_number, jean.engagement_title, jean.member_key, jean.member_name, jean.domain_code,
            jean.location, jean.repeats, jean.conflict) == ("2026-001", "Politique RH", "fcsdsq", "FCSDSQ", "hr",
                                                            "Québec", False, False)
    assert items[0].repeats and items[0].ref.occurrence_start == local(2026, 11, 23, 9)
    assert jean.ref.occurrence_start is None and jean.ref.version == 1
    only = agenda.agenda(org.db, D(2026, 11, 23), D(2026, 11, 29), [org.ids["jean"]])
    assert [i.specialist_key for i in only] == ["jean"]


def test_a_booking_that_started_the_day_before_is_found(org):
    mk(org, "sophie", local(2026, 11, 22, 20), local(2026, 11, 23, 2))
    assert len(agenda.agenda(org.db, D(2026, 11, 23), D(2026, 11, 23))) == 1
    assert agenda.agenda(org.db, D(2026, 11, 24), D(2026, 11, 24)) == []


def test_conflicts_are_flagged(org):
    mk(org, "sophie", local(2026, 11, 23, 9), local(2026, 11, 23, 12))
    mk(org, "sophie", local(2026, 11, 23, 11), local(2026, 11, 23, 13), status="tentative")
    mk(org, "sophie", local(2026, 11, 23, 13), local(2026, 11, 23, 14))  # back to back: fine
    mk(org, "jean", local(2026, 11, 23, 9), local(2026, 11, 23, 12))     # someone else: fine
    flags = [(i.specialist_key, i.start.hour, i.conflict) for i in agenda.agenda(org.db, D(2026, 11, 23), D(2026, 11, 23))]
    assert sorted(flags) == sorted([("sophie", 14, True), ("sophie", 16, True), ("sophie", 18, False),
                                    ("jean", 14, False)])


def test_conflict_with_a_booking_outside_the_window_is_flagged(org):
    mk(org, "sophie", local(2026, 11, 22, 20), local(2026, 11, 23, 1))
    mk(org, "sophie", local(2026, 11, 22, 19), local(2026, 11, 22, 21), status="tentative")
    (item,) = agenda.agenda(org.db, D(2026, 11, 23), D(2026, 11, 23))
    assert item.conflict


def test_absences_and_closures_in_a_window(org):
    a = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=D(2026, 11, 20),
                         end_date=D(2026, 11, 24), kind="training", note="Colloque")
    A.create_closure(org.db, org.user("alice"), date=D(2026, 11, 27), name="Journée de planification")
    (absence,) = agenda.absences_between(org.db, D(2026, 11, 23), D(2026, 11, 29))
    assert (absence.id, absence.version, absence.kind, absence.note) == (a.main.key, 1, "training", "Colloque")
    assert agenda.absences_between(org.db, D(2026, 11, 23), D(2026, 11, 29), [org.ids["sophie"]]) == []
    (closure,) = agenda.closures_between(org.db, D(2026, 11, 23), D(2026, 11, 29))
    assert closure.name == "Journée de planification"
