"""The specialist's form through the real dialog: create, edit, every message as one types,
nothing invalid saved, nothing valid refused, the service's refusals beside the field, stale
edits with reload, read-only for other roles, the load and absences beside the form."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import scheduling as S
from crec_desktop.services import specialists as SP
from crec_desktop.ui.records.specialist_dialog import SpecialistDialog
from tests.ui.records.helpers import says, shown, type_into


def test_create_a_specialist_through_the_dialog(org, make_ctx, qtbot):
    def fill(d: SpecialistDialog) -> bool:
        type_into(qtbot, d.name, "Zoé Côté-Brûlé")
        assert d.key_edit.text() == "zcotebrule"  # suggested from the name
        type_into(qtbot, d.title_edit, "Avocate")
        type_into(qtbot, d.email, "zcote@crec.example")
        type_into(qtbot, d.phone, "(418) 555-0199 x 12")
        type_into(qtbot, d.login, "zcote")
        d.role.setCurrentIndex(d.role.findData("manager"))
        d.domains.set_checked("law", True)
        d.domains.set_checked("government", True)
        type_into(qtbot, d.rate, "135,5")
        type_into(qtbot, d.weekly, "32,5")
        type_into(qtbot, d.colour.edit, "#1565C0")
        assert d.problems() == {}
        return True

    outcome = SpecialistDialog.ask(None, make_ctx("alice"), None, driver=fill)
    assert outcome is not None and outcome.main.key == "zcotebrule"
    state = SP.specialist_record(org.db, "zcotebrule").state
    assert (state.name, state.phone, state.hourly_rate, state.weekly_hours, state.role, state.colour) == (
        "Zoé Côté-Brûlé", "418 555-0199, poste 12", "135.50", "32.50", "manager", "#1565c0")
    assert set(state.domains) == {"law", "government"}


def test_edit_shows_the_record_and_saves_the_change(org, make_ctx, qtbot):
    def edit(d: SpecialistDialog) -> bool:
        assert d.name.text() == "Sophie Tremblay" and d.key_edit.isReadOnly()
        assert d.weekly.text() == "35"
        type_into(qtbot, d.title_edit, "Conseillère principale")
        type_into(qtbot, d.rate, "99,95")
        return True

    assert SpecialistDialog.ask(None, make_ctx("alice"), "sophie", driver=edit) is not None
    state = SP.specialist_record(org.db, "sophie").state
    assert state.title == "Conseillère principale" and state.hourly_rate == "99.95"


RULES = [  # field, widget attribute, typed, message key (and its parameters)
    ("name", "name", "", "valid.required", {}),
    ("key", "key_edit", "Zoé", "valid.key", {}),
    ("email", "email", "zoe@", "valid.email", {}),
    ("phone", "phone", "555-0199", "valid.phone", {}),
    ("login", "login", "z cote", "valid.login", {}),
    ("hourly_rate", "rate", "cent", "valid.money", {}),
    ("hourly_rate", "rate", "92,555", "valid.money_cents", {}),
    ("hourly_rate", "rate", "-5", "valid.money_negative", {}),
    ("weekly_hours", "weekly", "trente", "valid.hours", {}),
    ("weekly_hours", "weekly", "81", "valid.hours_max", {"max": "80"}),
    ("weekly_hours", "weekly", "35,125", "valid.hours_decimals", {}),
    ("weekly_hours", "weekly", "", "valid.required", {}),
    ("colour", "colour.edit", "bleu", "valid.colour", {}),
]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("field", "attr", "typed", "key", "params"), RULES)
def test_each_message_beside_its_field_as_one_types(org, make_ctx, qtbot, lang, field, attr, typed, key, params):
    dialog = SpecialistDialog(make_ctx("alice", lang), None)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.name, "Zoé Côté")
    widget = dialog
    for part in attr.split("."):
        widget = getattr(widget, part)
    type_into(qtbot, widget, typed)
    assert shown(dialog, field) == says(key, lang, **params)
    assert not dialog.try_save()  # nothing invalid is saved
    assert not any(r.name == "Zoé Côté" for r in SP.list_specialists(org.db, day=dt.date(2026, 11, 20)))
    assert not dialog.save_button.isEnabled()


def test_times_in_order_and_the_count_of_fields_to_fix(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice"), "sophie")
    qtbot.addWidget(dialog)
    dialog.end.setTime(dialog.start.time().addSecs(-3600))
    assert shown(dialog, "workday_end") == says("valid.times_order")
    type_into(qtbot, dialog.email, "x@")
    assert not dialog.try_save()
    assert dialog.summary.text() == "2 champs à corriger."
    dialog.end.setTime(dialog.start.time().addSecs(3600 * 8))
    type_into(qtbot, dialog.email, "sophie@crec.example")
    assert dialog.problems() == {} and dialog.save_button.isEnabled()
    assert dialog.try_save()


def test_required_messages_wait_for_the_field_or_the_save(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice"), None)
    qtbot.addWidget(dialog)
    assert dialog.problems() == {}  # a blank new form is not scolded
    assert not dialog.try_save()
    assert shown(dialog, "name") == says("valid.required") and shown(dialog, "key") == says("valid.required")


@pytest.mark.parametrize(("phone", "rate", "weekly"), [
    ("418 555-0142", "92,50", "35"), ("+1 418 555 0142", "$92.50", "37.5"), ("418.555.0142 poste 211", "92,5 $", "37,5 h"),
    ("", "", "0"),
])
def test_nothing_valid_is_refused(org, make_ctx, qtbot, phone, rate, weekly):
    def fill(d):
        type_into(qtbot, d.phone, phone)
        type_into(qtbot, d.rate, rate)
        type_into(qtbot, d.weekly, weekly)
        return True

    assert SpecialistDialog.ask(None, make_ctx("alice"), "jean", driver=fill) is not None


def test_a_login_already_taken_is_said_beside_the_field(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice"), "jean")
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.login, "SOPHIE")
    assert not dialog.try_save()
    assert shown(dialog, "login") == says("rules.login_taken", value="SOPHIE", other="Sophie Tremblay")
    type_into(qtbot, dialog.login, "jcote")  # the message goes once the field changes
    assert shown(dialog, "login") == ""
    assert dialog.try_save()


def test_a_stale_edit_is_explained_and_reloaded(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice"), "sophie")
    qtbot.addWidget(dialog)
    record = SP.specialist_record(org.db, "sophie")
    SP.update_specialist(org.db, org.user("alice"), "sophie", record.version, title="Titre de l'autre poste")
    asked = []
    dialog.ask_reload = lambda text: asked.append(text) or True
    type_into(qtbot, dialog.title_edit, "Mon titre")
    assert not dialog.try_save()
    # stamped by the clock (frozen at noon on 20 November 2026 by tests/ui/records/conftest.py)
    assert "Alice Admin (alice) a modifié cet enregistrement le 20 novembre 2026 à 12\u00a0h" in asked[0]
    assert "Rechargez" in asked[0]
    assert dialog.title_edit.text() == "Titre de l'autre poste"  # their version, reloaded
    assert dialog.banner.isVisible() or not dialog.banner.isHidden()
    assert dialog.banner.text().startswith("Rechargé")
    type_into(qtbot, dialog.title_edit, "Mon titre")
    assert dialog.try_save()
    assert SP.specialist_record(org.db, "sophie").state.title == "Mon titre"


def test_keeping_ones_edits_after_a_stale_save(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice"), "sophie")
    qtbot.addWidget(dialog)
    SP.update_specialist(org.db, org.user("alice"), "sophie", SP.specialist_record(org.db, "sophie").version, title="X")
    dialog.ask_reload = lambda text: False
    type_into(qtbot, dialog.title_edit, "Mon titre")
    assert not dialog.try_save()
    assert dialog.title_edit.text() == "Mon titre" and SP.specialist_record(org.db, "sophie").state.title == "X"


@pytest.mark.parametrize(("login", "lang", "says_why"), [
    ("marc", "fr", "Seuls les administrateurs peuvent modifier les spécialistes"),
    ("sophie", "en", "Only administrators may change specialists"),
    ("nobody", "fr", "Consultation seulement : la session « nobody »"),
])
def test_read_only_for_other_roles(org, make_ctx, qtbot, login, lang, says_why):
    dialog = SpecialistDialog(make_ctx(login, lang), "jean")
    qtbot.addWidget(dialog)
    assert dialog.read_only and dialog.save_button.isHidden()
    assert says_why in dialog.banner.text()
    assert dialog.banner.text().startswith("Consultation seulement." if lang == "fr" else "Read only.")
    assert dialog.name.isReadOnly() and dialog.email.isReadOnly() and not dialog.role.isEnabled()
    assert not dialog.try_save()
    assert dialog.cancel_button.text() == ("Fermer" if lang == "fr" else "Close")


def test_the_load_of_the_month_and_the_absences_beside_the_form(org, make_ctx, qtbot):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 11, 2, 9),
                     end=local(2026, 11, 2, 16))
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start=local(2026, 11, 3, 9),
                     end=local(2026, 11, 3, 12), status="tentative")
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start_date=dt.date(2026, 11, 23),
                     end_date=dt.date(2026, 11, 24), kind="vacation")
    dialog = SpecialistDialog(make_ctx("chloe"), "sophie")
    qtbot.addWidget(dialog)
    assert dialog.load_box.title() == "Charge de novembre 2026"
    assert dialog.expected_label.text() == "133\u00a0h"  # 21 weekdays less 2 days of absence, 7 h each
    assert dialog.booked_label.text() == "10\u00a0h (dont 3\u00a0h provisoires)"
    assert dialog.off_label.text() == "2 jours d'absence"
    assert dialog.absences_model.rowCount() == 1
    assert dialog.absences_model.index(0, 2).data() == "vacances"
    assert dialog.add_absence_button.isEnabled()  # a coordinator records anyone's absences
    assert dialog.read_only  # …but does not change specialists


def test_english_form(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice", "en"), "sophie")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Specialist" and dialog.save_button.text() == "Save"
    assert dialog.load_box.title() == "Load for November 2026"
    assert dialog.rate.text() == "" and dialog.weekly.text() == "35"
    SP.update_specialist(org.db, org.user("alice"), "jean", SP.specialist_record(org.db, "jean").version,
                         hourly_rate=Decimal("92.5"))
    other = SpecialistDialog(make_ctx("alice", "en"), "jean")
    qtbot.addWidget(other)
    assert other.rate.text() == "92.50"


def test_the_count_of_fields_to_fix_in_english(org, make_ctx, qtbot):
    dialog = SpecialistDialog(make_ctx("alice", "en"), None)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.email, "x@")
    assert not dialog.try_save()
    assert dialog.summary.text() == "3 fields to correct."  # name, key and e-mail
    type_into(qtbot, dialog.name, "Zoé")  # the key is suggested from the name
    assert dialog.key_edit.text() == "zoe" and dialog.summary.text() == "One field to correct."  # the e-mail
    type_into(qtbot, dialog.email, "")
    assert dialog.summary.text() == "" and dialog.save_button.isEnabled()
