"""Engagements through their services (both databases): create, edit, the workflow one step at
a time, hours against the budget, sessions, issued letters, refused deletion, permissions."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain import workflow as W
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import audit
from crec_desktop.services import engagements as E
from crec_desktop.services import letters as L
from crec_desktop.services import members as M
from crec_desktop.services import scheduling as S
from crec_desktop.services import specialists as SP
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.records import RecordError
from crec_desktop.store.models import DomainOfExpertise


def _hr(org) -> int:
    with org.db.read() as s:
        return s.query(DomainOfExpertise.id).filter_by(code="hr").scalar()


def _new(org, **changes) -> E.EngagementState:
    base = E.EngagementState(number="2026-003", member_id=org.member_id, domain_id=_hr(org), title=" Plan de relève ",
                             lead_id=org.ids["sophie"], budget_hours="25,5", hourly_rate="95", scope="Un plan.",
                             start_date=dt.date(2026, 12, 1), end_date=dt.date(2027, 3, 31))
    return dataclasses.replace(base, **changes)


def test_create_is_a_draft_and_edits_are_audited(org):
    out = E.create_engagement(org.db, org.user("marc"), _new(org, status=W.SIGNED))
    record = E.engagement_record(org.db, "2026-003")
    assert record.state.status == W.DRAFT and record.state.title == "Plan de relève"
    assert record.state.budget_hours == "25.50" and record.state.hourly_rate == "95.00"
    E.update_engagement(org.db, org.user("marc"), "2026-003", out.main.version, budget_hours=Decimal("30"), scope=" ")
    record = E.engagement_record(org.db, "2026-003")
    assert record.state.budget_hours == "30.00" and record.state.scope is None
    assert [e.action for e in audit.entries(org.db, "engagement", "2026-003")] == ["engagement.create",
                                                                                  "engagement.edit"]
    assert E.next_number(org.db, 2026) == "2026-004" and E.next_number(org.db, 2031) == "2031-001"


def test_engagement_fields_are_checked(org):
    bad = _new(org, number="26-3", title="", budget_hours="-1", hourly_rate="9,999", language="es",
               start_date=dt.date(2027, 1, 2), end_date=dt.date(2027, 1, 1), lead_id=9999)
    with pytest.raises(RecordError) as refused:
        E.create_engagement(org.db, org.user("marc"), bad)
    assert {k: m.key for k, m in refused.value.fields.items()} == {
        "number": "valid.number", "title": "valid.required", "lead_id": "rules.unknown_specialist",
        "budget_hours": "valid.hours_negative", "hourly_rate": "valid.money_cents",
        "language": "engagement.bad_language", "end_date": "valid.dates_order"}
    assert "Fin : La date de fin précède la date de début." in refused.value.text("fr")


def test_the_status_moves_one_deliberate_step_at_a_time(org):
    out = E.create_engagement(org.db, org.user("marc"), _new(org))
    version = out.main.version
    with pytest.raises(UserError) as refused:
        E.sign_engagement(org.db, org.user("marc"), "2026-003", version)
    assert refused.value.text("fr") == "Ce mandat est « brouillon » : il ne peut pas passer à « signé »."
    with pytest.raises(UserError):
        E.update_engagement(org.db, org.user("marc"), "2026-003", version, status=W.SIGNED)
    for step, expected in ((E.send_engagement, W.SENT), (E.sign_engagement, W.SIGNED),
                           (E.start_engagement, W.IN_PROGRESS), (E.complete_engagement, W.COMPLETED)):
        version = step(org.db, org.user("marc"), "2026-003", version).main.version
        assert E.engagement_record(org.db, "2026-003").state.status == expected
    with pytest.raises(UserError):
        E.cancel_engagement(org.db, org.user("marc"), "2026-003", version)
    actions = [e.action for e in audit.entries(org.db, "engagement", "2026-003")]
    assert actions == ["engagement.create", "engagement.send", "engagement.sign", "engagement.start",
                       "engagement.complete"]


def test_cancel_from_an_open_status_and_stale_steps(org):
    out = E.create_engagement(org.db, org.user("marc"), _new(org))
    sent = E.send_engagement(org.db, org.user("marc"), "2026-003", out.main.version)
    with pytest.raises(StaleEdit):
        E.cancel_engagement(org.db, org.user("marc"), "2026-003", out.main.version)
    E.cancel_engagement(org.db, org.user("marc"), "2026-003", sent.main.version)
    assert E.engagement_record(org.db, "2026-003").state.status == W.CANCELLED


@pytest.mark.parametrize("login", ["chloe", "sophie", "nobody"])
def test_only_managers_and_administrators_change_engagements(org, login):
    with pytest.raises(PermissionDenied):
        E.create_engagement(org.db, org.user(login), _new(org))
    record = E.engagement_record(org.db, "2026-001")
    with pytest.raises(PermissionDenied):
        E.send_engagement(org.db, org.user(login), "2026-001", record.version)
    E.send_engagement(org.db, org.user("alice"), "2026-001", record.version)


def test_no_new_engagement_for_an_inactive_member_or_lead(org):
    member = M.member_record(org.db, "fcsdsq")
    M.deactivate_member(org.db, org.user("marc"), "fcsdsq", member.version)
    with pytest.raises(RecordError) as refused:
        E.create_engagement(org.db, org.user("marc"), _new(org))
    assert refused.value.fields["member_id"].key == "engagement.inactive_member"
    record = E.engagement_record(org.db, "2026-001")
    E.update_engagement(org.db, org.user("marc"), "2026-001", record.version, title="Toujours modifiable")
    jean = SP.specialist_record(org.db, "jean")
    SP.deactivate_specialist(org.db, org.user("alice"), "jean", jean.version)
    record = E.engagement_record(org.db, "2026-001")
    with pytest.raises(RecordError) as refused:
        E.update_engagement(org.db, org.user("marc"), "2026-001", record.version, lead_id=org.ids["jean"])
    assert refused.value.fields["lead_id"].key == "engagement.inactive_lead"


def test_hours_sessions_and_refused_deletion(org):
    sophie, number = org.ids["sophie"], "2026-001"
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements[number],
                     start=local(2026, 11, 2, 9), end=local(2026, 11, 2, 12))
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements[number],
                     start=local(2026, 12, 2, 9), end=local(2026, 12, 2, 17), status="tentative",
                     rrule="FREQ=WEEKLY;COUNT=2")
    org.db.clock.set(local(2026, 11, 20))
    (row,) = E.list_engagements(org.db, engagement_ids=[org.engagements[number]])
    assert (row.budget_hours, row.planned_hours, row.done_hours, row.tentative_hours) == (
        Decimal("10.00"), Decimal("19.00"), Decimal("3.00"), Decimal("16.00"))
    assert row.over and row.member_label == "FCSDSQ" and row.lead_name is None
    sessions = E.engagement_sessions(org.db, org.engagements[number])
    assert [(s.start, s.hours, s.status, s.repeats) for s in sessions] == [
        (local(2026, 11, 2, 9), Decimal("3.00"), "confirmed", False),
        (local(2026, 12, 2, 9), Decimal("8.00"), "tentative", True),
        (local(2026, 12, 9, 9), Decimal("8.00"), "tentative", True)]
    record = E.engagement_record(org.db, number)
    with pytest.raises(UserError) as refused:
        E.delete_engagement(org.db, org.user("marc"), number, record.version)
    assert "— 2 réservations" in refused.value.text("fr")


def test_issued_letters_refuse_deletion_and_are_listed(org):
    out = E.create_engagement(org.db, org.user("marc"), _new(org))
    L.issue_letter(org.db, "2026-003", org.user("marc"))
    assert [i.version for i in L.issued_letters(org.db, "2026-003")] == [1]
    (row,) = E.list_engagements(org.db, engagement_ids=[E.engagement_record(org.db, "2026-003").id])
    assert row.letters == 1
    with pytest.raises(UserError) as refused:
        E.delete_engagement(org.db, org.user("marc"), "2026-003", out.main.version)
    assert "— 1 issued engagement letter" in refused.value.text("en")


def test_an_engagement_without_history_can_be_deleted(org):
    out = E.create_engagement(org.db, org.user("marc"), _new(org))
    E.delete_engagement(org.db, org.user("marc"), "2026-003", out.main.version)
    assert "2026-003" not in [r.number for r in E.list_engagements(org.db)]
