"""The organisation's settings and closures through the services (both databases): admin only,
checked, audited, stale edits refused; the logo reaches the letters."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.services import absences as A
from crec_desktop.services import audit
from crec_desktop.services import availability as AV
from crec_desktop.services import letters as L
from crec_desktop.services import organisation as O
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.records import RecordError
from tests.conftest import ROOT

PNG = (ROOT / "resources" / "icons" / "crec-desktop-32.png").read_bytes()


def test_settings_are_saved_tidied_and_audited(org):
    record = O.organisation_record(org.db)
    O.update_organisation(org.db, org.user("alice"), record.version, name=" CREC ", phone="4185550100",
                          gst_number="812345678rt0001", qst_number="1223456789 tq 0001", easter_holiday="easter_monday",
                          fiscal_year_start_month=1, carry_over="cap", carry_over_cap_hours=Decimal("20"),
                          address="5955, rue Saint-Laurent\nLévis (Québec)  G6V 3P5")
    state = O.organisation_record(org.db).state
    assert (state.name, state.phone, state.gst_number, state.qst_number) == (
        "CREC", "418 555-0100", "812345678 RT0001", "1223456789 TQ0001")
    assert (state.easter_holiday, state.fiscal_year_start_month, state.carry_over, state.carry_over_cap_hours) == (
        "easter_monday", 1, "cap", "20.00")
    (entry,) = audit.entries(org.db, "organization", 1)
    assert entry.action == "organization.edit" and entry.after["carry_over"] == "cap"
    assert AV.org_calendar(org.db, dt.date(2027, 3, 29), dt.date(2027, 3, 29)).is_closed(dt.date(2027, 3, 29))


def test_settings_are_checked(org):
    record = O.organisation_record(org.db)
    with pytest.raises(RecordError) as refused:
        O.update_organisation(org.db, org.user("alice"), record.version, name="", email="info@", gst_number="123",
                              qst_number="12 TQ", fiscal_year_start_month=13, carry_over="cap",
                              carry_over_cap_hours=None, easter_holiday="christmas", payment_terms_days=-1)
    assert {k: m.key for k, m in refused.value.fields.items()} == {
        "name": "valid.required", "email": "valid.email", "gst_number": "valid.gst", "qst_number": "valid.qst",
        "fiscal_year_start_month": "valid.range", "carry_over_cap_hours": "org.cap_needed",
        "easter_holiday": "org.bad_choice", "payment_terms_days": "valid.range"}
    assert O.organisation_record(org.db).version == record.version


@pytest.mark.parametrize("login", ["marc", "chloe", "sophie", "nobody"])
def test_only_administrators_change_settings(org, login):
    record = O.organisation_record(org.db)
    with pytest.raises(PermissionDenied):
        O.update_organisation(org.db, org.user(login), record.version, phone="418 555-0100")
    with pytest.raises(PermissionDenied):
        O.update_organisation(org.db, org.user(login), record.version, logo=PNG)
    with pytest.raises(PermissionDenied):
        A.create_closure(org.db, org.user(login), date=dt.date(2026, 12, 24), name="Veille de Noël")
    assert O.organisation_logo(org.db) is None


def test_a_stale_settings_edit(org):
    record = O.organisation_record(org.db)
    O.update_organisation(org.db, org.user("alice"), record.version, phone="418 555-0100")
    with pytest.raises(StaleEdit) as stale:
        O.update_organisation(org.db, org.user("alice"), record.version, phone="418 555-0199")
    assert "Alice Admin (alice)" in stale.value.text("fr")


def test_the_logo_reaches_the_letters_and_the_audit_keeps_its_hash(org):
    record = O.organisation_record(org.db)
    out = O.update_organisation(org.db, org.user("alice"), record.version, logo=PNG)
    assert O.organisation_logo(org.db) == PNG
    assert O.organisation_record(org.db).state.logo_sha256 == O.logo_hash(PNG)
    assert L.letter_data(org.db, "2026-001").organisation.logo_png == PNG
    entry = audit.entries(org.db, "organization", 1)[-1]
    assert entry.after["logo_sha256"] == O.logo_hash(PNG) and "png" not in str(entry.after).lower()
    O.update_organisation(org.db, org.user("alice"), out.main.version, logo=None)
    assert O.organisation_logo(org.db) is None
    assert L.letter_data(org.db, "2026-001").organisation.logo_png is None


def test_a_logo_must_be_a_png(org):
    record = O.organisation_record(org.db)
    with pytest.raises(RecordError) as refused:
        O.update_organisation(org.db, org.user("alice"), record.version, logo=b"GIF89a....")
    assert refused.value.fields["logo_sha256"].key == "org.logo_not_png"
    with pytest.raises(RecordError) as refused:
        O.update_organisation(org.db, org.user("alice"), record.version, logo=O.PNG_SIGNATURE + b"0" * O.MAX_LOGO_BYTES)
    assert refused.value.fields["logo_sha256"].key == "org.logo_too_big"


def test_closures_listed_by_year(org):
    A.create_closure(org.db, org.user("alice"), date=dt.date(2026, 12, 24), name="Veille de Noël")
    A.create_closure(org.db, org.user("alice"), date=dt.date(2027, 1, 2), name="Lendemain du jour de l'An")
    assert [c.name for c in O.list_closures(org.db, 2026)] == ["Veille de Noël"]
    assert [c.date for c in O.list_closures(org.db)] == [dt.date(2026, 12, 24), dt.date(2027, 1, 2)]
