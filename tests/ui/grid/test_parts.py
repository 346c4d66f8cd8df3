"""The grid's parts on their own: geometry and snapping (clock changes included), lanes and row
layout, the item models (qtmodeltester), the booking dialog, the undo texts, the preferences."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings

from crec_desktop.domain.timeutil import TZ, UTC, at_local
from crec_desktop.ui.grid.commands import describe
from crec_desktop.ui.grid.data import BlockInfo, BookingDraft, Choice, RowInfo
from crec_desktop.ui.grid.dialog import BookingDialog, split_rule
from crec_desktop.ui.grid.geometry import (
    HALF_DAY_MINUTES,
    Snap,
    Zoom,
    day_index,
    instant_at,
    move_delta,
    position,
    shift,
    snap_instant,
    span,
)
from crec_desktop.ui.grid.layout import RowLayout, place
from crec_desktop.ui.grid.models import ID_ROLE, ChoiceModel, LegendModel
from crec_desktop.ui.grid.prefs import GridPrefs
from tests.ui.grid.fake_source import FakeSource


def local(y, m, d, h=0, mi=0):
    return at_local(dt.date(y, m, d), dt.time(h, mi))


# -- geometry ----------------------------------------------------------------------------------------
def test_positions_follow_the_local_display_window():
    d = day_index(dt.date(2026, 11, 23))
    assert position(local(2026, 11, 23, 8)) == d
    assert position(local(2026, 11, 23, 13)) == pytest.approx(d + 0.5)
    assert position(local(2026, 11, 23, 18)) == d + 1
    assert position(local(2026, 11, 23, 6)) == d                          # before the window: its left edge
    assert span(local(2026, 11, 23, 9), local(2026, 11, 23, 12)) == pytest.approx((d + 0.1, d + 0.4))
    x0, x1 = span(local(2026, 11, 23, 19), local(2026, 11, 23, 21))     # an evening: a sliver at the right edge
    assert d < x0 < x1 <= d + 1


def test_moves_keep_wall_clock_time_across_the_clock_changes():
    friday = local(2026, 10, 30, 9)                       # EDT
    monday = shift(friday, 3, 0)                          # EST after 1 November
    assert monday.astimezone(TZ).time() == dt.time(9) and monday.astimezone(TZ).date() == dt.date(2026, 11, 2)
    assert (monday - friday) == dt.timedelta(days=3, hours=1)
    march = shift(local(2027, 3, 12, 9), 2, 30)
    assert march.astimezone(TZ).replace(tzinfo=None) == dt.datetime(2027, 3, 14, 9, 30)


def test_move_delta_snaps_to_days_and_half_days():
    d = float(day_index(dt.date(2026, 11, 23)))
    start = d + 0.05                                      # 08:30
    assert move_delta(start, start + 1.02, HALF_DAY_MINUTES) == (1, 0)
    assert move_delta(start, start + 0.47, HALF_DAY_MINUTES) == (0, 270)     # to the afternoon: 13:00
    assert move_delta(start, start + 2.3, Snap.DAY.minutes) == (2, 0)
    assert move_delta(start, start + 0.13, 15) == (0, 75)
    assert shift(local(2026, 11, 23, 8, 30), 0, 270).astimezone(TZ).time() == dt.time(13)


def test_instants_from_positions_snap():
    d = day_index(dt.date(2026, 11, 23))
    assert instant_at(d + 0.1234, 15) == local(2026, 11, 23, 9, 15).astimezone(UTC)
    assert instant_at(d + 0.99, 60) == local(2026, 11, 23, 18).astimezone(UTC)
    assert snap_instant(local(2026, 11, 23, 9, 7), 15) == local(2026, 11, 23, 9).astimezone(UTC)


def test_zoom_first_days_and_steps():
    wed = dt.date(2026, 11, 25)
    assert Zoom.WEEK.first_day(wed) == dt.date(2026, 11, 23)
    assert Zoom.MONTH.first_day(wed) == dt.date(2026, 11, 1)
    assert Zoom.QUARTER.first_day(wed) == dt.date(2026, 10, 1)
    assert Zoom.MONTH.step(dt.date(2026, 12, 1), 1) == dt.date(2027, 1, 1)
    assert Zoom.QUARTER.step(dt.date(2026, 10, 1), -1) == dt.date(2026, 7, 1)
    assert Zoom.TWO_WEEKS.step(dt.date(2026, 11, 23), 1) == dt.date(2026, 12, 7)


# -- layout ------------------------------------------------------------------------------------------
def block(uid, sid, start, end, status="confirmed"):
    return BlockInfo(booking_id=0, uid=uid, specialist_id=sid, start=start, end=end, status=status)


def test_overlapping_blocks_share_the_row_in_lanes_and_back_to_back_do_not():
    rows = place([
        block("a", 1, local(2026, 11, 23, 9), local(2026, 11, 23, 12)),
        block("b", 1, local(2026, 11, 23, 10), local(2026, 11, 23, 11), "tentative"),
        block("c", 1, local(2026, 11, 23, 12), local(2026, 11, 23, 13)),
        block("d", 2, local(2026, 11, 23, 9), local(2026, 11, 23, 10)),
    ])
    lanes = {p.block.uid: (p.lane, p.lanes) for p in rows[1].items}
    assert lanes == {"a": (0, 2), "b": (1, 2), "c": (0, 1)}
    d = day_index(dt.date(2026, 11, 23))
    assert [p.block.uid for p in rows[1].in_range(d + 0.35, d + 0.36)] == ["a"]
    assert [p.block.uid for p in rows[1].in_range(d + 0.45, d + 0.46)] == ["c"]
    assert list(rows[1].in_range(d + 1, d + 2)) == []


def test_row_layout_groups_and_finds_rows():
    rows = [RowInfo(1, "a", "A", domain_name="Droit"), RowInfo(2, "b", "B", domain_name="Droit"),
            RowInfo(3, "c", "C", domain_name="Finances")]
    layout = RowLayout(rows, group=True, row_height=40)
    assert [(s.group, s.row.key if s.row else None) for s in layout.slots] == [
        ("Droit", None), ("", "a"), ("", "b"), ("Finances", None), ("", "c")]
    assert layout.height == 2 * 20 + 3 * 40
    assert layout.row_at(25).key == "a" and layout.row_at(10) is None and layout.row_at(125).key == "c"
    assert [s.row.key for s in layout.visible(70, 130) if s.row] == ["b", "c"]


# -- models ------------------------------------------------------------------------------------------
def test_choice_model(qapp, qtmodeltester):
    model = ChoiceModel([Choice(None, "Tous"), Choice(3, "FCSD", "Fédération…", "#336699"), Choice("hr", "RH")])
    qtmodeltester.check(model)
    assert model.row_of(3) == 1 and model.row_of("nope") == -1
    assert model.data(model.index(1), ID_ROLE) == 3
    model.set_choices([Choice(1, "Un")])
    qtmodeltester.check(model)
    assert model.rowCount() == 1


def test_legend_model(qapp, qtmodeltester):
    model = LegendModel()
    qtmodeltester.check(model)
    model.set_entries([Choice("fcsd", "FCSD", "Fédération", "#aa3377"), Choice("law", "Droit", "", "#123456")])
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.data(model.index(0)) == "FCSD"


def test_view_models_pass_the_model_tester(view, qtmodeltester):
    for model in view.filter_models.values():
        qtmodeltester.check(model)
    qtmodeltester.check(view.legend_model)


# -- the dialog --------------------------------------------------------------------------------------
def test_booking_dialog_round_trip_and_validation(qtbot):
    source = FakeSource(2)
    draft = BookingDraft(source.rows()[0].specialist_id, local(2026, 11, 23, 9).astimezone(UTC),
                         local(2026, 11, 23, 12).astimezone(UTC), None, "confirmed", "", "", None)
    assert BookingDialog.ask(None, source, draft, driver=lambda d: True) == draft
    assert BookingDialog.ask(None, source, draft, driver=lambda d: False) is None

    def weekly_tentative(dialog):
        dialog.status.setCurrentIndex(1)
        dialog.repeat.setCurrentIndex(dialog.repeat.findData("weekly"))
        dialog.count.setValue(6)
        return True

    result = BookingDialog.ask(None, source, draft, driver=weekly_tentative)
    assert result.status == "tentative" and result.rrule == "FREQ=WEEKLY;COUNT=6"

    problems = []

    def backwards(dialog):
        dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
        dialog.accept()                      # refused: the dialog stays open and says why
        problems.append(dialog.error.text())
        return False

    assert BookingDialog.ask(None, source, draft, driver=backwards) is None
    assert problems == ["La fin doit venir après le début."]


def test_dialog_keeps_a_custom_repetition_rule():
    assert split_rule("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;COUNT=10") == ("workdays", 10, None)
    assert split_rule("FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3") == ("custom", 3, "FREQ=MONTHLY;BYMONTHDAY=15;COUNT=3")
    assert split_rule(None) == ("none", 1, None)


def test_dialog_times_are_toronto_wall_times(qtbot):
    source = FakeSource(1)
    start = local(2026, 7, 6, 9).astimezone(UTC)                      # EDT
    draft = BookingDraft(1, start, start + dt.timedelta(hours=3))
    dialog = BookingDialog(source, draft)
    qtbot.addWidget(dialog)
    assert dialog.start.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-07-06 09:00"
    assert dialog.draft().start == start


# -- words and memory --------------------------------------------------------------------------------
def test_undo_texts():
    assert describe("move", ["2026-014"]) == "déplacer la réservation 2026-014"
    assert describe("delete", ["2026-014", "2026-015", ""]) == "supprimer 3 réservations"
    assert describe("create", [""]) == "créer la réservation interne"


def test_prefs_fall_back_to_defaults_on_bad_values(tmp_path):
    store = QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat)
    store.setValue("grid/zoom", "century")
    store.setValue("grid/filters", "{not json")
    store.setValue("grid/colour_by", "rainbow")
    prefs = GridPrefs(store)
    assert prefs.zoom is Zoom.WEEK and prefs.filters == {} and prefs.colour_by == "member"
    prefs.filters = {"member": 3, "status": "tentative", "bogus": 1, "domain": None}
    assert prefs.filters == {"member": 3, "status": "tentative"}
