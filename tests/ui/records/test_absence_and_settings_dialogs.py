"""The absence form (a specialist records their own, a coordinator anyone's) and the
organisation's settings (administrators; read only for the others), through the real dialogs."""
from __future__ import annotations

import datetime as dt

import pytest

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import organisation as O
from crec_desktop.services import scheduling as S
from crec_desktop.services.absence_list import list_absences
from crec_desktop.ui.records.absence_dialog import AbsenceDialog
from crec_desktop.ui.records.settings_dialog import ClosureDialog, SettingsDialog
from tests.conftest import ROOT
from tests.ui.records.helpers import says, shown, type_into

PNG = (ROOT / "resources" / "icons" / "crec-desktop-32.png").read_bytes()


def test_a_specialist_records_their_own_absence_only(org, make_ctx, qtbot, boxes):
    S.create_booking(org.db, org.user("jean"), specialist_id=org.ids["jean"], start=local(2026, 12, 3, 9),
                     end=local(2026, 12, 3, 12))

    def fill(d: AbsenceDialog) -> bool:
        assert not d.specialist.isEnabled() and d.specialist.currentData() == org.ids["jean"]
        assert d.specialist.count() == 2  # (choisir) and Jean only
        d.start.set_date(dt.date(2026, 12, 1))
        d.end.set_date(dt.date(2026, 12, 4))
        d.kind.setCurrentIndex(d.kind.findData("training"))
        type_into(qtbot, d.note, "Colloque")
        return True

    outcome = AbsenceDialog.ask(None, make_ctx("jean"), None, driver=fill)
    assert outcome is not None
    (row,) = list_absences(org.db)
    assert (row.specialist_name, row.start_date, row.end_date, row.kind, row.note) == (
        "Jean Côté", dt.date(2026, 12, 1), dt.date(2026, 12, 4), "training", "Colloque")
    assert boxes[-1][0] == "information" and "1 réservation " in boxes[-1][2]  # the warning, not a refusal


def test_absence_dates_in_order(org, make_ctx, qtbot):
    dialog = AbsenceDialog(make_ctx("chloe", "en"), None, specialist_id=org.ids["sophie"])
    qtbot.addWidget(dialog)
    dialog.start.set_date(dt.date(2026, 12, 4))
    dialog.end.set_date(dt.date(2026, 12, 1))
    assert shown(dialog, "end_date") == says("valid.dates_order", "en")
    assert not dialog.try_save() and list_absences(org.db) == []


def test_someone_elses_absence_is_read_only_for_a_specialist(org, make_ctx, qtbot):
    out = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start_date=dt.date(2026, 12, 1),
                           end_date=dt.date(2026, 12, 1))
    dialog = AbsenceDialog(make_ctx("jean"), out.main.key)
    qtbot.addWidget(dialog)
    assert dialog.read_only and "Vous pouvez modifier seulement vos propres" in dialog.banner.text()
    coordinator = AbsenceDialog(make_ctx("chloe"), out.main.key)
    qtbot.addWidget(coordinator)
    assert not coordinator.read_only
    coordinator.end.set_date(dt.date(2026, 12, 2))
    assert coordinator.try_save()
    assert list_absences(org.db)[0].end_date == dt.date(2026, 12, 2)


def test_settings_saved_through_the_dialog(org, make_ctx, qtbot, monkeypatch):
    def fill(d: SettingsDialog) -> bool:
        type_into(qtbot, d.name, "Consortium de ressources et d'expertises coopératives")
        type_into(qtbot, d.street, "5955, rue Saint-Laurent, bureau 300")
        type_into(qtbot, d.city, "Lévis")
        type_into(qtbot, d.postal, "g6v 3p5")
        type_into(qtbot, d.phone, "4185550100")
        type_into(qtbot, d.gst, "812345678 RT0001")
        type_into(qtbot, d.qst, "1223456789TQ0001")
        d.easter.setCurrentIndex(d.easter.findData("easter_monday"))
        d.fiscal.setCurrentIndex(d.fiscal.findData(1))
        d.carry.setCurrentIndex(d.carry.findData("cap"))
        assert d.cap.isEnabled()
        type_into(qtbot, d.cap, "20")
        d.set_logo(PNG)
        return True

    assert SettingsDialog.ask(None, make_ctx("alice"), driver=fill) is not None
    state = O.organisation_record(org.db).state
    assert (state.address, state.city, state.phone, state.qst_number) == (
        "5955, rue Saint-Laurent, bureau 300\nLévis (Québec)  G6V 3P5", "Lévis", "418 555-0100", "1223456789 TQ0001")
    assert (state.easter_holiday, state.fiscal_year_start_month, state.carry_over, state.carry_over_cap_hours) == (
        "easter_monday", 1, "cap", "20.00")
    assert O.organisation_logo(org.db) == PNG


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_settings_messages(org, make_ctx, qtbot, lang):
    dialog = SettingsDialog(make_ctx("alice", lang))
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.gst, "12345")
    assert shown(dialog, "gst_number") == says("valid.gst", lang)
    type_into(qtbot, dialog.qst, "12345")
    assert shown(dialog, "qst_number") == says("valid.qst", lang)
    type_into(qtbot, dialog.terms, "400")
    assert shown(dialog, "payment_terms_days") == says("valid.range", lang, low=0, high=365)
    dialog.carry.setCurrentIndex(dialog.carry.findData("cap"))
    assert not dialog.try_save()
    assert shown(dialog, "carry_over_cap_hours") == says("org.cap_needed", lang)
    dialog.set_logo(b"GIF89a not a png")
    assert shown(dialog, "logo_sha256") == says("org.logo_not_png", lang)
    assert O.organisation_record(org.db).state.carry_over == "none"  # nothing saved


@pytest.mark.parametrize("login", ["marc", "chloe", "sophie"])
def test_settings_are_read_only_except_for_administrators(org, make_ctx, qtbot, login):
    dialog = SettingsDialog(make_ctx(login))
    qtbot.addWidget(dialog)
    assert dialog.read_only and dialog.choose_logo_button.isHidden() and dialog.name.isReadOnly()
    assert "Seuls les administrateurs" in dialog.banner.text()
    assert not dialog.add_closure_button.isEnabled()


def test_closures_added_and_deleted_from_the_settings(org, make_ctx, qtbot):
    dialog = SettingsDialog(make_ctx("alice"))
    qtbot.addWidget(dialog)

    def fill(d: ClosureDialog) -> bool:
        d.date.set_date(dt.date(2026, 12, 24))
        type_into(qtbot, d.name, "Veille de Noël")
        return True

    assert ClosureDialog.ask(dialog, dialog.ctx, None, driver=fill) is not None
    dialog.load_closures()
    assert dialog.closures_model.rowCount() == 1
    assert dialog.closures_model.index(0, 0).data() == "24 décembre 2026"
    empty = ClosureDialog(dialog.ctx, None)
    qtbot.addWidget(empty)
    assert not empty.try_save() and shown(empty, "name") == says("valid.required")
    dialog.closures.selectRow(0)
    dialog.delete_closure()
    assert dialog.closures_model.rowCount() == 0 and O.list_closures(org.db) == []


def test_the_absence_of_a_deactivated_specialist_still_shows_whose_it_is(org, make_ctx, qtbot):
    from crec_desktop.services import specialists as SP

    out = A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=dt.date(2026, 10, 1),
                           end_date=dt.date(2026, 10, 2))
    SP.deactivate_specialist(org.db, org.user("alice"), "jean", SP.specialist_record(org.db, "jean").version)
    dialog = AbsenceDialog(make_ctx("chloe"), out.main.key)
    qtbot.addWidget(dialog)
    assert dialog.specialist.currentText() == "Jean Côté"
    new = AbsenceDialog(make_ctx("chloe"), None)
    qtbot.addWidget(new)
    assert new.specialist.findText("Jean Côté") < 0  # no new absence for someone who left
