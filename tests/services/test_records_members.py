"""Members and their hour banks through the services (both databases): create, edit, validate,
permissions, refused deletion, and the hour bank over a fiscal-year boundary with carry-over."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import local
from crec_desktop.services import audit
from crec_desktop.services import hour_bank as HB
from crec_desktop.services import members as M
from crec_desktop.services import organisation as O
from crec_desktop.services import scheduling as S
from crec_desktop.services.permissions import PermissionDenied
from crec_desktop.services.records import RecordError

NEW = M.MemberState(key="cdr-estrie", name="Coopérative de développement régional de l'Estrie", kind="cdr",
                    short_name="CDR Estrie", sector="Développement régional", region="05",
                    contact_name="Guillaume Proulx", contact_title="Directeur général", email="direction@cdr.example",
                    phone="819.555.0141", address="1650, rue King Ouest\nSherbrooke (Québec)  J1J 2C3",
                    hour_bank="120")


def test_create_and_edit_a_member(org):
    out = M.create_member(org.db, org.user("marc"), NEW)
    record = M.member_record(org.db, "cdr-estrie")
    assert record.state.phone == "819 555-0141" and record.state.hour_bank == "120.00"
    M.update_member(org.db, org.user("marc"), "cdr-estrie", out.main.version, region="06", hour_bank=None)
    record = M.member_record(org.db, "cdr-estrie")
    assert record.state.region == "06" and record.state.hour_bank is None and record.version == 2
    assert [e.action for e in audit.entries(org.db, "member", "cdr-estrie")] == ["member.create", "member.edit"]


def test_member_fields_are_checked(org):
    bad = dataclasses.replace(NEW, kind="club", region="18", email="x@y", phone="12",
                              address="1, rue A\nSherbrooke (Québec)  J1J 2C", hour_bank="-3")
    with pytest.raises(RecordError) as refused:
        M.create_member(org.db, org.user("marc"), bad)
    assert {k: m.key for k, m in refused.value.fields.items()} == {
        "kind": "member.bad_kind", "region": "member.bad_region", "email": "valid.email", "phone": "valid.phone",
        "hour_bank": "valid.hours_negative"}
    bad = dataclasses.replace(NEW, address="1, rue A\nSherbrooke (Québec)  D1J 2C3")
    with pytest.raises(RecordError) as refused:
        M.create_member(org.db, org.user("marc"), bad)
    assert refused.value.fields["address"].key == "valid.postal_code"


@pytest.mark.parametrize("login", ["chloe", "sophie", "nobody"])
def test_coordinators_and_specialists_do_not_change_members(org, login):
    with pytest.raises(PermissionDenied):
        M.create_member(org.db, org.user(login), NEW)


def test_a_member_with_engagements_is_deactivated_not_deleted(org):
    record = M.member_record(org.db, "fcsdsq")
    with pytest.raises(UserError) as refused:
        M.delete_member(org.db, org.user("marc"), "fcsdsq", record.version)
    assert "— 2 mandats" in refused.value.text("fr")
    M.deactivate_member(org.db, org.user("marc"), "fcsdsq", record.version)
    assert not M.member_record(org.db, "fcsdsq").state.active
    out = M.create_member(org.db, org.user("marc"), NEW)
    M.delete_member(org.db, org.user("marc"), "cdr-estrie", out.main.version)
    assert [r.key for r in M.list_members(org.db)] == ["fcsdsq"]


def _book(org, start, end, status="confirmed", number="2026-001"):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], engagement_id=org.engagements[number],
                     start=start, end=end, status=status)


def _carry(org, rule, cap=None):
    record = O.organisation_record(org.db)
    O.update_organisation(org.db, org.user("alice"), record.version, carry_over=rule, carry_over_cap_hours=cap)


def test_hour_bank_over_a_fiscal_year_boundary(org):
    """Fiscal years start in April: March's hours count in 2025-2026, April's in 2026-2027."""
    _book(org, local(2026, 3, 30, 9), local(2026, 3, 30, 17))   # 8 h, year 2025-2026
    _book(org, local(2026, 3, 31, 9), local(2026, 3, 31, 19))   # 10 h, year 2025-2026
    _book(org, local(2026, 4, 1, 9), local(2026, 4, 1, 15))     # 6 h, year 2026-2027, done
    _book(org, local(2026, 12, 1, 9), local(2026, 12, 1, 13))   # 4 h, planned
    _book(org, local(2026, 12, 2, 9), local(2026, 12, 2, 11), "tentative")  # 2 h, planned
    org.db.clock.set(local(2026, 11, 20, 12))
    _carry(org, "cap", Decimal("15"))
    bank = HB.member_hour_bank(org.db, org.member_id, dt.date(2026, 11, 20))
    last, current = bank.years
    assert (last.first, last.last) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    assert (last.bank, last.used, last.planned, last.left) == (Decimal("40"), Decimal("18"), 0, Decimal("22"))
    assert last.carry_out == Decimal("15")  # capped
    assert (current.carried_in, current.available) == (Decimal("15"), Decimal("55"))
    assert (current.used, current.planned) == (Decimal("6"), Decimal("6"))
    assert current.left == Decimal("43") and current.carry_out == Decimal("15")

    _carry(org, "all")
    current = HB.member_hour_bank(org.db, org.member_id, dt.date(2026, 11, 20)).current
    assert current.carried_in == Decimal("22") and current.left == Decimal("50") and current.carry_out == Decimal("50")

    _carry(org, "none")
    bank = HB.member_hour_bank(org.db, org.member_id, dt.date(2026, 11, 20))
    assert len(bank.years) == 1 and bank.current.carried_in == 0 and bank.current.carry_out == 0
    assert bank.current.left == Decimal("28")

    # the day before, the year before: 2025-2026, everything done
    before = HB.member_hour_bank(org.db, org.member_id, dt.date(2026, 3, 31)).current
    assert before.first == dt.date(2025, 4, 1) and before.used == Decimal("18")


def test_the_fiscal_year_follows_the_setting(org):
    _book(org, local(2026, 3, 30, 9), local(2026, 3, 30, 17))
    _book(org, local(2026, 4, 1, 9), local(2026, 4, 1, 15))
    record = O.organisation_record(org.db)
    O.update_organisation(org.db, org.user("alice"), record.version, fiscal_year_start_month=1)
    org.db.clock.set(local(2026, 11, 20, 12))
    current = HB.member_hour_bank(org.db, org.member_id, dt.date(2026, 11, 20)).current
    assert (current.first, current.last) == (dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    assert current.used == Decimal("14")


def test_the_list_carries_each_members_bank(org):
    _book(org, local(2026, 4, 1, 9), local(2026, 4, 1, 15))
    M.create_member(org.db, org.user("marc"), dataclasses.replace(NEW, hour_bank=None))
    org.db.clock.set(local(2026, 11, 20, 12))
    rows = {r.key: r for r in M.list_members(org.db, day=dt.date(2026, 11, 20))}
    assert rows["fcsdsq"].bank.used == Decimal("6") and rows["fcsdsq"].engagements == 2
    assert rows["cdr-estrie"].bank is None and rows["cdr-estrie"].label == "CDR Estrie"


def test_suggested_member_keys(org):
    assert M.suggest_member_key(org.db, "CDR Estrie", "x") == "cdr-estrie"
    assert M.suggest_member_key(org.db, None, "Fédération des Coopératives Scolaires") == "fcs"
    assert M.suggest_member_key(org.db, "FCSDSQ", "x") == "fcsdsq-2"
