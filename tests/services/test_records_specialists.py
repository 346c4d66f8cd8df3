"""Specialists through their services: create, edit, validate, stale edits, permissions, audit,
deactivation and refused deletion (SQLite, and PostgreSQL with CREC_TEST_DATABASE_URL)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import audit
from crec_desktop.services import scheduling as S
from crec_desktop.services import specialists as SP
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.records import RecordError
from crec_desktop.services.users import resolve_user

NEW = SP.SpecialistState(key="zcote", name="  Zoé Côté ", title="Avocate", email="zcote@crec.example",
                         phone="(418) 555-0199 x 12", login="zcote", role="specialist", hourly_rate="135",
                         weekly_hours="32,5", colour="#1565C0", domains=("law", "government"))


def test_create_tidies_the_values_and_writes_an_audit_entry(org):
    out = SP.create_specialist(org.db, org.user("alice"), NEW)
    record = SP.specialist_record(org.db, "zcote")
    state = record.state
    assert (state.name, state.phone, state.hourly_rate, state.weekly_hours, state.colour) == (
        "Zoé Côté", "418 555-0199, poste 12", "135.00", "32.50", "#1565c0")
    assert state.domains == ("law", "government")
    assert record.version == out.main.version == 1 and record.updated_by == "alice"
    (entry,) = audit.entries(org.db, "specialist", "zcote")
    assert entry.action == "specialist.create" and entry.actor == "alice" and entry.before is None
    assert entry.after["hourly_rate"] == "135.00" and entry.after["domains"] == ["law", "government"]
    assert resolve_user(org.db, "zcote").role == "specialist"


def test_edit_keeps_the_domains_in_the_order_given(org):
    out = SP.create_specialist(org.db, org.user("alice"), NEW)
    out = SP.update_specialist(org.db, org.user("alice"), "zcote", out.main.version, domains=["government", "law", "hr"],
                               title="Avocate principale", hourly_rate=Decimal("140.5"))
    record = SP.specialist_record(org.db, "zcote")
    assert record.state.domains == ("government", "law", "hr") and record.state.hourly_rate == "140.50"
    assert record.version == out.main.version == 2
    row = next(r for r in SP.list_specialists(org.db) if r.key == "zcote")
    assert row.domains == ("government", "law", "hr") and row.hourly_rate == Decimal("140.50")
    entry = audit.entries(org.db, "specialist", "zcote")[-1]
    assert entry.before["title"] == "Avocate" and entry.after["title"] == "Avocate principale"


def test_every_field_problem_is_refused_at_once_and_nothing_changes(org):
    bad = dataclasses.replace(NEW, key="Zoé", name=" ", email="zcote@", phone="555-0199", hourly_rate="12,345",
                              weekly_hours="90", colour="bleu", workday_start=dt.time(17), workday_end=dt.time(9),
                              domains=("law", "nowhere"))
    with pytest.raises(RecordError) as refused:
        SP.create_specialist(org.db, org.user("alice"), bad)
    fields = refused.value.fields
    assert {name: m.key for name, m in fields.items()} == {
        "key": "valid.key", "name": "valid.required", "email": "valid.email", "phone": "valid.phone",
        "hourly_rate": "valid.money_cents", "weekly_hours": "valid.hours_max", "workday_end": "valid.times_order",
        "colour": "valid.colour", "domains": "rules.unknown_domain"}
    text = refused.value.text("fr")
    assert "Courriel : Adresse courriel invalide" in text and "Heures par semaine : Au plus 80 h." in text
    assert "Hours per week: At most 80 h." in refused.value.text("en")
    assert not any(r.key == "Zoé" for r in SP.list_specialists(org.db))


def test_an_amount_that_is_no_number_is_refused(org):
    with pytest.raises(RecordError) as refused:
        SP.create_specialist(org.db, org.user("alice"), dataclasses.replace(NEW, hourly_rate="cent"))
    assert refused.value.fields["hourly_rate"].key == "valid.money"


def test_key_and_login_are_unique(org):
    SP.create_specialist(org.db, org.user("alice"), NEW)
    with pytest.raises(RecordError) as refused:
        SP.create_specialist(org.db, org.user("alice"), dataclasses.replace(NEW, login="other"))
    assert refused.value.fields["key"].key == "records.duplicate_key"
    with pytest.raises(RecordError) as refused:
        SP.create_specialist(org.db, org.user("alice"), dataclasses.replace(NEW, key="zcote2", login="ZCOTE"))
    assert refused.value.fields["login"].key == "rules.login_taken"
    assert "Zoé Côté" in refused.value.text("fr")


def test_a_stale_edit_names_who_saved_first_and_changes_nothing(org):
    out = SP.create_specialist(org.db, org.user("alice"), NEW)
    SP.update_specialist(org.db, org.user("alice"), "zcote", out.main.version, title="Première")
    with pytest.raises(StaleEdit) as stale:
        SP.update_specialist(org.db, org.user("alice"), "zcote", out.main.version, title="Seconde")
    assert "Alice Admin (alice) a modifié cet enregistrement le " in stale.value.text("fr")
    assert "Reload" in stale.value.text("en")
    assert SP.specialist_record(org.db, "zcote").state.title == "Première"


@pytest.mark.parametrize("login", ["marc", "chloe", "sophie", "nobody"])
def test_only_administrators_change_specialists(org, login):
    with pytest.raises(PermissionDenied):
        SP.create_specialist(org.db, org.user(login), NEW)
    record = SP.specialist_record(org.db, "sophie")
    with pytest.raises(PermissionDenied):
        SP.update_specialist(org.db, org.user(login), "sophie", record.version, title="x")
    assert SP.specialist_record(org.db, "sophie").version == record.version


def test_deactivate_then_reactivate(org):
    record = SP.specialist_record(org.db, "jean")
    out = SP.deactivate_specialist(org.db, org.user("alice"), "jean", record.version)
    assert not SP.specialist_record(org.db, "jean").state.active
    assert resolve_user(org.db, "jean").read_only
    SP.reactivate_specialist(org.db, org.user("alice"), "jean", out.main.version)
    assert resolve_user(org.db, "jean").role == "specialist"
    assert [e.action for e in audit.entries(org.db, "specialist", "jean")] == ["specialist.deactivate",
                                                                               "specialist.reactivate"]


def test_the_last_active_administrator_stays(org):
    record = SP.specialist_record(org.db, "admin")
    with pytest.raises(RecordError) as refused:
        SP.update_specialist(org.db, org.user("alice"), "admin", record.version, role="manager")
    assert refused.value.fields["role"].key == "specialist.last_admin"
    with pytest.raises(RecordError):
        SP.deactivate_specialist(org.db, org.user("alice"), "admin", record.version)
    marc = SP.specialist_record(org.db, "mgr")
    SP.update_specialist(org.db, org.user("alice"), "mgr", marc.version, role="admin")
    SP.update_specialist(org.db, org.user("alice"), "admin", record.version, role="manager")  # now allowed


def test_deleting_a_specialist_with_history_is_refused_with_the_reason(org):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start=local(2026, 12, 1, 9),
                     end=local(2026, 12, 1, 12))
    record = SP.specialist_record(org.db, "jean")
    with pytest.raises(UserError) as refused:
        SP.delete_specialist(org.db, org.user("alice"), "jean", record.version)
    assert refused.value.text("fr") == (
        "« Jean Côté » ne peut pas être supprimé : d'autres enregistrements y font référence. "
        "Désactivez-le plutôt ; son historique restera intact.\n— 1 réservation")
    assert "— 1 booking" in refused.value.text("en")
    assert SP.specialist_record(org.db, "jean").version == record.version


def test_a_specialist_without_history_can_be_deleted(org):
    out = SP.create_specialist(org.db, org.user("alice"), NEW)
    SP.delete_specialist(org.db, org.user("alice"), "zcote", out.main.version)
    with pytest.raises(UserError):
        SP.specialist_record(org.db, "zcote")
    assert audit.entries(org.db, "specialist", "zcote")[-1].action == "specialist.delete"


def test_the_list_shows_this_months_load(org):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 12, 1, 9),
                     end=local(2026, 12, 1, 16))
    rows = {r.key: r for r in SP.list_specialists(org.db, day=dt.date(2026, 12, 15))}
    assert rows["sophie"].month_booked == Decimal("7.00")
    assert rows["sophie"].month_expected == Decimal("7") * 22  # 23 weekdays, Christmas off
    load = SP.specialist_month_load(org.db, org.ids["sophie"], dt.date(2026, 12, 15))
    assert load.total().booked_hours == Decimal("7.00")


def test_suggested_keys_are_free(org):
    assert SP.suggest_key(org.db, "Sophie Tremblay") == "stremblay"
    SP.create_specialist(org.db, org.user("alice"), dataclasses.replace(NEW, key="stremblay", login=None))
    assert SP.suggest_key(org.db, "Sophie Tremblay") == "stremblay2"
    assert SP.suggest_key(org.db, "Élise Côté-Brûlé") == "ecotebrule"
    assert SP.suggest_key(org.db, "Zoé") == "zoe"
