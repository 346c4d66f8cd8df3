"""The absences' list (services.absence_list) beside the existing absence operations."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.services import absences as A
from crec_desktop.services.absence_list import absence_record, list_absences
from crec_desktop.services.specialists import specialist_absences

D = dt.date


def test_list_counts_working_days_and_filters(org):
    A.create_closure(org.db, org.user("alice"), date=D(2026, 12, 24), name="Veille de Noël")
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start_date=D(2026, 12, 21),
                     end_date=D(2027, 1, 3), kind="vacation", note="Fêtes")
    out = A.create_absence(org.db, org.user("jean"), specialist_id=org.ids["jean"], start_date=D(2026, 11, 2),
                           end_date=D(2026, 11, 2), kind="sick")
    rows = list_absences(org.db)
    assert [(r.specialist_name, r.start_date) for r in rows] == [("Jean Côté", D(2026, 11, 2)),
                                                                ("Sophie Tremblay", D(2026, 12, 21))]
    # 21 Dec – 3 Jan: 10 weekdays less the closure (24), Christmas (25) and New Year's Day (1)
    assert rows[1].working_days == 7 and rows[1].note == "Fêtes"
    assert [r.specialist_name for r in list_absences(org.db, since=D(2026, 12, 1))] == ["Sophie Tremblay"]
    assert [r.kind for r in list_absences(org.db, specialist_id=org.ids["jean"])] == ["sick"]
    record = absence_record(org.db, out.main.key)
    assert record.state.kind == "sick" and record.version == out.main.version
    assert [a.kind for a in specialist_absences(org.db, org.ids["sophie"], since=D(2026, 12, 1))] == ["vacation"]
    with pytest.raises(UserError):
        absence_record(org.db, 999999)
