"""Absences and closures: create, change, delete — permissions, stale edits, audit, undo, warnings."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import agenda, audit
from crec_desktop.services import scheduling as S
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.permissions import PermissionDenied

D = dt.date


def absences(org):
    return [(a.specialist_id, a.start_date, a.end_date, a.kind, a.note)
            for a in agenda.absences_between(org.db, D(2020, 1, 1), D(2030, 1, 1))]


def test_absence_life_cycle_with_audit_and_undo(org):
    user = org.user("sophie")  # her own absence
    out = A.create_absence(org.db, user, specialist_id=org.ids["sophie"], start_date=D(2026, 12, 21),
                           end_date=D(2026, 12, 31), note="Vacances")
    key, version = out.main.key, out.main.version
    changed = A.change_absence(org.db, user, key, version, end_date=D(2027, 1, 4))
    assert absences(org) == [(org.ids["sophie"], D(2026, 12, 21), D(2027, 1, 4), "vacation", "Vacances")]
    S.undo(org.db, user, changed.undo)
    assert absences(org)[0][2] == D(2026, 12, 31)
    gone = A.delete_absence(org.db, user, key, version + 2)
    assert absences(org) == []
    back = S.undo(org.db, user, gone.undo)
    assert absences(org) == [(org.ids["sophie"], D(2026, 12, 21), D(2026, 12, 31), "vacation", "Vacances")]
    assert [a.id for a in agenda.absences_between(org.db, D(2026, 1, 1), D(2027, 12, 31))] == [key]  # same id
    S.undo(org.db, user, back.undo)  # redo the deletion (the record now has a new id)
    assert absences(org) == []
    actions = [e.action for e in audit.entries(org.db, "absence")]
    assert actions == ["absence.create", "absence.edit", "absence.edit.undo", "absence.delete",
                       "absence.delete.undo", "absence.delete.redo"]


def test_absence_rules_and_permissions(org):
    with pytest.raises(UserError) as err:
        A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=D(2026, 12, 2),
                         end_date=D(2026, 12, 1), kind="holiday")
    assert [m.key for m in err.value.messages] == ["rules.absence_dates", "absence.bad_kind"]
    with pytest.raises(PermissionDenied):
        A.create_absence(org.db, org.user("sophie"), specialist_id=org.ids["jean"], start_date=D(2026, 12, 1),
                         end_date=D(2026, 12, 1))
    out = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=D(2026, 12, 1),
                           end_date=D(2026, 12, 1))
    with pytest.raises(PermissionDenied):
        A.delete_absence(org.db, org.user("sophie"), out.main.key, out.main.version)
    with pytest.raises(PermissionDenied):
        A.delete_absence(org.db, org.user("nobody"), out.main.key, out.main.version)
    assert len(absences(org)) == 1


def test_absence_over_bookings_warns(org):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start=local(2026, 12, 1, 9),
                     end=local(2026, 12, 1, 12))
    out = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=D(2026, 12, 1),
                           end_date=D(2026, 12, 2), kind="sick")
    assert out.warning_texts("en") == ["Jean Côté has 1 booking during this absence (from December 1, 2026)"]


def test_stale_absence_edit(org):
    out = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=D(2026, 12, 1),
                           end_date=D(2026, 12, 1))
    A.change_absence(org.db, org.user("jean"), out.main.key, out.main.version, note="rendez-vous")
    with pytest.raises(StaleEdit) as err:
        A.change_absence(org.db, org.user("chloe"), out.main.key, out.main.version, kind="sick")
    assert "Jean Côté (jean)" in err.value.text("fr")
    assert absences(org)[0][3:] == ("vacation", "rendez-vous")


def test_closures_are_for_administrators(org):
    with pytest.raises(PermissionDenied) as err:
        A.create_closure(org.db, org.user("marc"), date=D(2026, 12, 24), name="Veille de Noël")
    assert "administrateurs" in err.value.text("fr")
    out = A.create_closure(org.db, org.user("alice"), date=D(2026, 12, 24), name="  Veille de Noël ")
    assert out.main.after.name == "Veille de Noël"
    with pytest.raises(UserError):
        A.change_closure(org.db, org.user("alice"), out.main.key, out.main.version, name=" ")
    moved = A.change_closure(org.db, org.user("alice"), out.main.key, out.main.version, date=D(2026, 12, 23))
    assert [c.date for c in agenda.closures_between(org.db, D(2026, 12, 1), D(2026, 12, 31))] == [D(2026, 12, 23)]
    S.undo(org.db, org.user("alice"), moved.undo)
    A.delete_closure(org.db, org.user("alice"), out.main.key, moved.main.version + 1)
    assert agenda.closures_between(org.db, D(2026, 12, 1), D(2026, 12, 31)) == []
    assert [e.action for e in audit.entries(org.db, "closure")] == [
        "closure.create", "closure.edit", "closure.edit.undo", "closure.delete"]
