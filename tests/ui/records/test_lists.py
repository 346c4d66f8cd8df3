"""The records' lists as a user works them: search without accents, filters, columns chosen from
the header's menu and remembered, sort remembered, deactivate, refused deletion with the reason."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import scheduling as S
from crec_desktop.services import specialists as SP
from crec_desktop.services.members import list_members
from crec_desktop.ui.records.absences import AbsenceList
from crec_desktop.ui.records.engagements import EngagementList
from crec_desktop.ui.records.members import MemberList
from crec_desktop.ui.records.specialists import SpecialistList


def opened(qtbot, kind, ctx):
    """The list of that kind as its window shows it: its rows read."""
    view = kind(ctx)
    qtbot.addWidget(view)
    view.refresh()
    return view


def names(view) -> list[str]:
    return [getattr(r, "name", None) or r.state.name for r in view.visible_rows()]


def test_search_box_finds_cote_in_cote(org, make_ctx, qtbot):
    view = opened(qtbot, SpecialistList, make_ctx("alice"))
    assert view.count.text() == "5 sur 5"
    qtbot.keyClicks(view.search, "cote")
    assert names(view) == ["Jean Côté"] and view.count.text() == "1 sur 5"
    view.search.clear()
    assert len(names(view)) == 5


def test_filters_and_their_memory(org, make_ctx, qtbot, store):
    SP.deactivate_specialist(org.db, org.user("alice"), "jean", SP.specialist_record(org.db, "jean").version)
    view = opened(qtbot, SpecialistList, make_ctx("alice"))
    assert "Jean Côté" not in names(view)  # active ones by default
    view.filter.setCurrentIndex(view.filter.findData("inactive"))
    assert names(view) == ["Jean Côté"]
    again = opened(qtbot, SpecialistList, make_ctx("alice"))
    assert again.filter.currentData() == "inactive" and names(again) == ["Jean Côté"]
    row = again.model.find(lambda r: r.key == "jean")
    colour = again.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour is not None  # inactive rows are greyed


def test_columns_chosen_from_the_header_menu_are_remembered(org, make_ctx, qtbot, store):
    view = MemberList(make_ctx("marc"))
    qtbot.addWidget(view)
    assert view.hidden_columns() >= {"email", "phone", "key"}
    menu = view.column_menu()
    actions = {a.text(): a for a in menu.actions()}
    assert actions["Courriel"].isChecked() is False and actions["Région"].isChecked()
    actions["Courriel"].trigger()   # show the e-mail
    actions["Région"].trigger()     # hide the region
    assert "email" not in view.hidden_columns() and "region" in view.hidden_columns()
    view.table.sortByColumn(view.model.column("left"), Qt.SortOrder.DescendingOrder)
    store.sync()
    again = MemberList(make_ctx("marc"))
    qtbot.addWidget(again)
    assert "email" not in again.hidden_columns() and "region" in again.hidden_columns()
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == again.model.column("left")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    again.reset_columns()
    assert "region" not in again.hidden_columns() and "email" in again.hidden_columns()


def test_deactivate_and_reactivate_from_the_list(org, make_ctx, qtbot):
    view = opened(qtbot, SpecialistList, make_ctx("alice"))
    view.filter.setCurrentIndex(view.filter.findData("all"))
    assert view.select(lambda r: r.key == "jean")
    assert view.active_button.text() == "Désactiver"
    view.active_button.click()
    assert not SP.specialist_record(org.db, "jean").state.active
    assert view.selected_row().key == "jean" and view.active_button.text() == "Réactiver"
    view.active_button.click()
    assert SP.specialist_record(org.db, "jean").state.active


def test_refused_deletion_says_why(org, make_ctx, qtbot, boxes):
    S.create_booking(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start=local(2026, 12, 1, 9),
                     end=local(2026, 12, 1, 12))
    view = opened(qtbot, SpecialistList, make_ctx("alice"))
    view.select(lambda r: r.key == "jean")
    view.delete_button.click()
    assert boxes[0][0] == "question"
    assert boxes[-1][:2] == ("warning", "Suppression refusée")
    assert "« Jean Côté » ne peut pas être supprimé" in boxes[-1][2] and "— 1 réservation" in boxes[-1][2]
    assert SP.specialist_record(org.db, "jean").state.active


def test_a_member_without_history_is_deleted(org, make_ctx, qtbot, boxes):
    from crec_desktop.services.members import MemberState, create_member

    create_member(org.db, org.user("marc"), MemberState(key="essai", name="Membre d'essai", kind="other"))
    view = opened(qtbot, MemberList, make_ctx("marc", "en"))
    view.select(lambda r: r.key == "essai")
    view.delete_button.click()
    assert [r.key for r in list_members(org.db)] == ["fcsdsq"]
    assert all(kind != "warning" for kind, _t, _x in boxes)


def test_buttons_follow_the_role(org, make_ctx, qtbot):
    view = opened(qtbot, EngagementList, make_ctx("chloe"))
    assert not view.new_button.isEnabled() and "gestionnaires" in view.new_button.toolTip()
    view.select(lambda r: r.number == "2026-001")
    assert view.open_button.isEnabled() and not view.delete_button.isEnabled()
    members = opened(qtbot, MemberList, make_ctx("sophie"))
    assert members.open_button.text() == "Consulter…" and not members.new_button.isEnabled()


def test_absences_list_for_a_specialist(org, make_ctx, qtbot, boxes):
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["sophie"], start_date=dt.date(2026, 12, 1),
                     end_date=dt.date(2026, 12, 2))
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=dt.date(2026, 10, 1),
                     end_date=dt.date(2026, 10, 1))
    view = opened(qtbot, AbsenceList, make_ctx("jean"))
    assert [r.specialist_name for r in view.visible_rows()] == ["Sophie Tremblay"]  # current and upcoming
    view.filter.setCurrentIndex(view.filter.findData("all"))
    assert len(view.visible_rows()) == 2
    assert view.new_button.isEnabled()  # their own
    view.select(lambda r: r.specialist_name == "Sophie Tremblay")
    assert not view.delete_button.isEnabled() and view.open_button.text() == "Consulter…"
    view.select(lambda r: r.specialist_name == "Jean Côté")
    assert view.delete_button.isEnabled()
    view.delete_button.click()
    assert [r.specialist_name for r in view.model.rows()] == ["Sophie Tremblay"]


def test_english_list(org, make_ctx, qtbot):
    view = opened(qtbot, EngagementList, make_ctx("marc", "en"))
    assert view.filter.itemText(0) == "Open engagements" and view.filter.itemText(1) == "Draft"
    assert view.search.placeholderText() == "Search (accents optional)…"
    assert view.count.text() == "2 of 2"


@pytest.mark.parametrize("view_class, new_label, key", [(SpecialistList, "New specialist…", "jean"),
                                                        (MemberList, "New member…", None)])
def test_english_buttons_of_lists_with_deactivation(org, make_ctx, qtbot, boxes, view_class, new_label, key):
    view = opened(qtbot, view_class, make_ctx("alice", "en"))
    assert [view.new_button.text(), view.open_button.text(), view.active_button.text(), view.delete_button.text()] \
        == [new_label, "Edit…", "Deactivate", "Delete…"]
    view.filter.setCurrentIndex(view.filter.findData("all"))
    assert view.select(lambda r: key is None or r.key == key)
    view.active_button.click()
    assert view.active_button.text() == "Reactivate" and boxes == []
    view.active_button.click()
    assert view.active_button.text() == "Deactivate" and boxes == []
    reader = opened(qtbot, view_class, make_ctx("sophie", "en"))
    assert reader.open_button.text() == "View…" and not reader.new_button.isEnabled()
