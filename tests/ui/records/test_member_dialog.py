"""The member's form through the real dialog: create, edit, messages (postal code, phone,
e-mail, hours), the hour bank beside the form, read-only for coordinators and specialists."""
from __future__ import annotations

from decimal import Decimal

import pytest

from crec_desktop.domain.timeutil import local
from crec_desktop.services import members as M
from crec_desktop.services import organisation as O
from crec_desktop.services import scheduling as S
from crec_desktop.ui.records.member_dialog import MemberDialog
from tests.ui.records.helpers import says, shown, type_into


def test_create_a_member_through_the_dialog(org, make_ctx, qtbot):
    def fill(d: MemberDialog) -> bool:
        type_into(qtbot, d.name, "Coopérative de développement régional de l'Estrie")
        type_into(qtbot, d.short_name, "CDR Estrie")
        assert d.key_edit.text() == "cdr-estrie"
        d.kind.setCurrentIndex(d.kind.findData("cdr"))
        d.region.setCurrentIndex(d.region.findData("05"))
        type_into(qtbot, d.contact_name, "Guillaume Proulx")
        type_into(qtbot, d.email, "direction@cdr-estrie.example")
        type_into(qtbot, d.phone, "819.555.0141")
        type_into(qtbot, d.street, "1650, rue King Ouest, bureau 103")
        type_into(qtbot, d.city, "Sherbrooke")
        type_into(qtbot, d.postal, "j1j2c3")
        type_into(qtbot, d.bank, "120")
        return True

    outcome = MemberDialog.ask(None, make_ctx("marc"), None, driver=fill)
    assert outcome is not None
    state = M.member_record(org.db, "cdr-estrie").state
    assert (state.kind, state.region, state.phone, state.hour_bank) == ("cdr", "05", "819 555-0141", "120.00")
    assert state.address == "1650, rue King Ouest, bureau 103\nSherbrooke (Québec)  J1J 2C3"


def test_the_address_comes_back_in_its_parts(org, make_ctx, qtbot):
    record = M.member_record(org.db, "fcsdsq")
    M.update_member(org.db, org.user("marc"), "fcsdsq", record.version,
                    address="275, rue du Parvis, bureau 200\nQuébec (Québec)  G1K 6G7")
    dialog = MemberDialog(make_ctx("marc"), "fcsdsq")
    qtbot.addWidget(dialog)
    assert (dialog.street.toPlainText(), dialog.city.text(), dialog.province.text(), dialog.postal.text()) == (
        "275, rue du Parvis, bureau 200", "Québec", "Québec", "G1K 6G7")
    type_into(qtbot, dialog.city, "Lévis")
    type_into(qtbot, dialog.postal, "G6V 3P5")
    assert dialog.try_save()
    assert M.member_record(org.db, "fcsdsq").state.address == "275, rue du Parvis, bureau 200\nLévis (Québec)  G6V 3P5"


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("field", "attr", "typed", "key"), [
    ("name", "name", "", "valid.required"),
    ("postal_code", "postal", "G1K 6G", "valid.postal_code"),
    ("postal_code", "postal", "D1K 6G7", "valid.postal_code"),
    ("phone", "phone", "418 555", "valid.phone"),
    ("email", "email", "direction@", "valid.email"),
    ("hour_bank", "bank", "-10", "valid.hours_negative"),
    ("hour_bank", "bank", "10,555", "valid.hours_decimals"),
])
def test_each_message_beside_its_field(org, make_ctx, qtbot, lang, field, attr, typed, key):
    dialog = MemberDialog(make_ctx("marc", lang), "fcsdsq")
    qtbot.addWidget(dialog)
    type_into(qtbot, getattr(dialog, attr), typed)
    assert shown(dialog, field) == says(key, lang)
    version = M.member_record(org.db, "fcsdsq").version
    assert not dialog.try_save()
    assert M.member_record(org.db, "fcsdsq").version == version


@pytest.mark.parametrize("login", ["chloe", "sophie", "nobody"])
def test_read_only_unless_manager(org, make_ctx, qtbot, login):
    dialog = MemberDialog(make_ctx(login), "fcsdsq")
    qtbot.addWidget(dialog)
    assert dialog.read_only and dialog.save_button.isHidden() and dialog.street.isReadOnly()
    assert "Consultation seulement." in dialog.banner.text()


def test_the_hour_bank_beside_the_form(org, make_ctx, qtbot):
    def book(start, end, status="confirmed"):
        S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"],
                         engagement_id=org.engagements["2026-001"], start=start, end=end, status=status)

    book(local(2026, 3, 30, 9), local(2026, 3, 30, 17))     # 8 h in 2025-2026
    book(local(2026, 4, 1, 9), local(2026, 4, 1, 15))       # 6 h used in 2026-2027
    book(local(2026, 12, 1, 9), local(2026, 12, 1, 13))     # 4 h planned
    record = O.organisation_record(org.db)
    O.update_organisation(org.db, org.user("alice"), record.version, carry_over="cap",
                          carry_over_cap_hours=Decimal("20"))
    dialog = MemberDialog(make_ctx("marc"), "fcsdsq")
    qtbot.addWidget(dialog)
    labels = {name: label.text() for name, label in dialog.bank_labels.items()}
    assert dialog.bank_box.title() == "Banque d'heures 2026-2027"
    assert labels == {"bank": "40\u00a0h", "carried_in": "20\u00a0h", "available": "60\u00a0h", "used": "6\u00a0h",
                      "planned": "4\u00a0h", "left": "50\u00a0h", "carry_out": "20\u00a0h"}
    assert dialog.bank_bar.format() == "17\u00a0%"
    assert "jusqu'à 20\u00a0h" in dialog.rule_label.text() and "avril" in dialog.rule_label.text()
    years = dialog.years_model
    assert years.rowCount() == 2 and years.index(0, 0).data() == "2025-2026"
    assert years.index(0, years.column("carry")).data() == "20\u00a0h"


def test_a_member_without_a_bank(org, make_ctx, qtbot):
    record = M.member_record(org.db, "fcsdsq")
    M.update_member(org.db, org.user("marc"), "fcsdsq", record.version, hour_bank=None)
    dialog = MemberDialog(make_ctx("marc", "en"), "fcsdsq")
    qtbot.addWidget(dialog)
    assert dialog.bank_box.isHidden() and not dialog.no_bank.isHidden()
    assert dialog.no_bank.text().startswith("This member has no hour bank")
