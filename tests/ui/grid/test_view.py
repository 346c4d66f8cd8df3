"""The view around the grid: zooms, jumps, filters and search, colouring and its legend, what it
remembers, and changes made by another workstation appearing without losing place or selection."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint

from crec_desktop.services import scheduling
from crec_desktop.store.db import init_db
from crec_desktop.ui.grid.geometry import Snap, Zoom
from crec_desktop.ui.period import Period
from tests.ui.grid.conftest import MONDAY, at, block_of, centre_of, click, day


def shown_uids(view) -> set[str]:
    return {p.block.uid for p in view.data.by_key.values()}


@pytest.mark.parametrize("zoom, days", [(Zoom.DAY, 1), (Zoom.WEEK, 7), (Zoom.TWO_WEEKS, 14), (Zoom.MONTH, 31),
                                        (Zoom.QUARTER, 91)])
def test_each_zoom_shows_its_days_and_paints(view, zoom, days):
    view.set_zoom(zoom)
    view.go_to(dt.date(2026, 11, 25))
    first, last = view.visible_days()
    assert (last - first).days + 1 == days
    assert first == zoom.first_day(dt.date(2026, 11, 25))
    assert first <= dt.date(2026, 11, 25) <= last
    image = view.area.viewport().grab().toImage()
    assert not image.isNull()
    assert len({image.pixel(x, 300) for x in range(220, image.width(), 7)}) > 3     # something was drawn


def test_zoom_keeps_the_day_in_view_and_paging_moves_by_the_zoom(view):
    view.set_zoom(Zoom.MONTH)
    assert view.visible_days()[0] == dt.date(2026, 11, 1)
    view.page(1)
    assert view.visible_days()[0] == dt.date(2026, 12, 1)
    view.page(-2)
    assert view.visible_days()[0] == dt.date(2026, 10, 1)
    view.set_zoom(Zoom.WEEK, keep=dt.date(2026, 10, 14))
    assert view.visible_days()[0] == dt.date(2026, 10, 12)
    view.today()
    assert view.visible_days()[0] == MONDAY                       # today is overridden to Wed 25


def test_show_period_follows_the_main_windows_period_bar(view):
    view.show_period(Period.containing(dt.date(2027, 2, 10), "month"))
    assert view.zoom() is Zoom.MONTH and view.visible_days()[0] == dt.date(2027, 2, 1)
    view.show_period(Period.containing(dt.date(2027, 2, 10), "week"))
    assert view.zoom() is Zoom.WEEK and view.visible_days()[0] == dt.date(2027, 2, 8)


def test_inactive_specialists_are_hidden_and_rows_group_by_domain(view, plan):
    names = [r.name for r in view.area.rows_shown]
    assert "Denis Inactif" not in names
    assert names == ["Anne Tremblay", "Carole Gagnon", "Bruno Côté"]           # hr first, then law
    groups = [s.group for s in view.area.layout_rows.slots if s.row is None]
    assert groups == ["Ressources humaines", "Affaires juridiques"] or len(groups) == 2
    view.set_group_by_domain(False)
    assert [r.name for r in view.area.rows_shown] == ["Anne Tremblay", "Bruno Côté", "Carole Gagnon"]
    assert all(s.row is not None for s in view.area.layout_rows.slots)


def test_filters_by_specialist_domain_member_engagement_status_and_search(view, plan):
    view.set_filter("specialist", plan.people["bruno"])
    assert [r.specialist_id for r in view.area.rows_shown] == [plan.people["bruno"]]
    view.set_filter("specialist", None)
    view.set_filter("domain", "law")
    assert [r.specialist_id for r in view.area.rows_shown] == [plan.people["bruno"]]
    view.set_filter("domain", None)
    view.set_filter("member", plan.members["CDRQ"])
    assert shown_uids(view) == {plan.uids["anne_tue"], plan.uids["bruno_mon"], plan.uids["bruno_wed"]}
    view.set_filter("member", None)
    view.set_filter("engagement", plan.engagements["2026-014"])
    assert plan.uids["anne_mon"] in shown_uids(view) and plan.uids["bruno_mon"] not in shown_uids(view)
    view.set_filter("engagement", None)
    view.set_filter("status", "tentative")
    assert shown_uids(view) == {plan.uids["anne_tue"]}
    view.clear_filters()
    view.set_search("statuts")                           # "Révision des statuts" (2026-021)
    assert shown_uids(view) == {plan.uids["anne_tue"], plan.uids["bruno_mon"], plan.uids["bruno_wed"]}
    view.set_search("")
    assert plan.uids["anne_mon"] in shown_uids(view)
    assert len(view.area.rows_shown) == 3


def test_filter_combos_drive_the_filters(view, plan):
    combo = view.filter_combos["member"]
    combo.setCurrentIndex(view.filter_models["member"].row_of(plan.members["FCSD"]))
    assert view.filters == {"member": plan.members["FCSD"]}
    assert plan.uids["bruno_mon"] not in shown_uids(view)
    combo.setCurrentIndex(0)
    assert view.filters == {}


def test_colouring_toggle_and_legend(view, plan):
    view.set_colour_by("member")
    members = {e.label for e in view.legend_model.entries()}
    assert members == {"FCSD", "CDRQ"}
    view.set_colour_by("domain")
    domains = {e.label for e in view.legend_model.entries()}
    assert domains == {"Ressources humaines", "Affaires juridiques"} or len(domains) == 2
    assert view.colour_combo.currentData() == "domain"


def test_the_view_remembers_zoom_colouring_grouping_snap_and_filters(make_view, plan, prefs):
    first = make_view()
    first.set_zoom(Zoom.MONTH)
    first.set_colour_by("domain")
    first.set_group_by_domain(False)
    first.set_snap(Snap.HOUR)
    first.set_filter("member", plan.members["CDRQ"])
    prefs.sync()
    second = make_view(zoom=Zoom.MONTH)
    assert second.prefs.zoom is Zoom.MONTH
    assert second.area.colour_by == "domain" and second.colour_combo.currentData() == "domain"
    assert not second.group_check.isChecked()
    assert second.snap is Snap.HOUR
    assert second.filters == {"member": plan.members["CDRQ"]}
    assert plan.uids["anne_mon"] not in shown_uids(second)


def test_a_change_on_another_workstation_appears_keeping_place_and_selection(make_view, plan, db, qtbot):
    view = make_view(poll_ms=200)
    click(view, centre_of(view, plan.uids["anne_mon"]))
    place = view.visible_days()
    other = init_db(db.url, clock=db.clock)                   # another connection, as another workstation would have
    try:
        ref = scheduling.get_booking(other, plan.uids["bruno_wed"])
        from crec_desktop.services.changes import OccurrenceRef
        scheduling.move_booking(other, plan.user, OccurrenceRef(plan.uids["bruno_wed"], ref[1]),
                                start=at(day(4), 13))
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: block_of(view, plan.uids["bruno_wed"]).block.start == at(day(4), 13), timeout=5000)
    assert view.visible_days() == place
    assert [b.uid for b in view.selected_blocks()] == [plan.uids["anne_mon"]]


def test_no_change_means_no_reload(view, plan):
    calls = []
    original = view.source.fetch
    view.source.fetch = lambda *a: calls.append(a) or original(*a)
    view.data.token = view.source.change_token()
    assert view.refresh_if_changed() is False
    assert calls == []


def test_wheel_and_scrollbar_load_more_months(view, plan):
    before = view.data.loaded_range()
    view.area.horizontalScrollBar().setValue(view.area.horizontalScrollBar().value() + int(view.area.day_w * 60))
    after = view.data.loaded_range()
    assert after[1] > before[1]
    first, _ = view.visible_days()
    assert first >= MONDAY + dt.timedelta(days=59)


def test_tooltips_explain_blocks_days_and_absences(view, plan):
    text = view.tooltip_at(centre_of(view, plan.uids["anne_tue"]))
    assert "Provisoire" in text and "2026-021" in text and "13" in text
    from crec_desktop.ui.grid.geometry import day_index
    from tests.ui.grid.conftest import row_centre_y
    x = view.area.widget_rect(day_index(day(3)) + 0.5, day_index(day(3)) + 0.6, plan.people["carole"]).left()
    text = view.tooltip_at(QPoint(x, row_centre_y(view, plan.people["carole"])))
    assert "Absence : Vacances" in text and "Carole Gagnon" in text
    header = view.tooltip_at(QPoint(x, 50))
    assert header.startswith("Jeudi 26 novembre 2026")


def test_conflicts_are_flagged_with_their_reason(view, plan, db):
    out = scheduling.create_booking(db, plan.user, specialist_id=plan.people["anne"], start=at(day(0), 10),
                                    end=at(day(0), 11), engagement_id=plan.engagements["2026-021"], status="tentative")
    view.reload()
    placed = block_of(view, out.main.key)
    assert placed.block.conflict and "2026-014" in placed.block.conflict
    assert placed.lanes == 2                                # drawn beside the block it overlaps
    assert "Conflit" in view.tooltip_at(view.area.widget_rect(placed.x0, placed.x1, placed.block.specialist_id,
                                                              placed.lane, placed.lanes).center())


def test_for_database_builds_the_view_on_the_services_and_the_windows_settings(qtbot, plan, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QUndoStack

    from crec_desktop.ui.grid.view import PlanningView
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    view = PlanningView.for_database(plan.db, plan.user, QUndoStack(), lang="fr", settings_store=store, poll_ms=0)
    qtbot.addWidget(view)
    view.resize(1200, 600)
    view.show()
    view.set_zoom(Zoom.MONTH)
    view.go_to(MONDAY)
    assert store.value("grid/zoom") == "month"
    assert plan.uids["anne_mon"] in shown_uids(view)
