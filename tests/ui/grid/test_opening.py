"""Opening the grid reads only what its first paint shows: the days in view (and the evening
before), not their months; the filters' choices and the months around come right after the
first paint, or as soon as something asks for them. What is shown is the same either way."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QPoint, QSettings
from PySide6.QtGui import QUndoStack

from crec_desktop.domain.timeutil import at_local
from crec_desktop.ui.grid.cache import GridData, month_bounds, month_of
from crec_desktop.ui.grid.data import Choice
from crec_desktop.ui.grid.geometry import Zoom
from crec_desktop.ui.grid.legend import LegendStrip
from crec_desktop.ui.grid.models import LegendModel
from crec_desktop.ui.grid.prefs import GridPrefs
from crec_desktop.ui.grid.source import ServiceSource
from crec_desktop.ui.grid.view import PlanningView
from tests.ui.grid.fake_source import FakeSource

ONE_DAY = dt.timedelta(days=1)
WEDNESDAY = dt.date(2026, 11, 25)


def at(day: dt.date, hour: int) -> dt.datetime:
    return at_local(day, dt.time(hour))


def uids(data: GridData) -> set[str]:
    return {b.uid for b in data.blocks()}


def test_before_the_first_paint_only_the_days_asked_and_the_day_before_are_read():
    source = FakeSource(3)
    inside = source.add(1, at(WEDNESDAY, 9), at(WEDNESDAY, 11))
    evening = source.add(2, at(WEDNESDAY - 3 * ONE_DAY, 22), at(WEDNESDAY - 2 * ONE_DAY, 2))  # Sunday night
    later = source.add(3, at(dt.date(2026, 11, 30), 9), at(dt.date(2026, 11, 30), 11))
    data = GridData(source)
    monday, sunday = dt.date(2026, 11, 23), dt.date(2026, 11, 29)
    assert data.ensure(monday, sunday, margin=False)
    assert source.fetches == 1
    assert data.loaded_range() == (monday - ONE_DAY, sunday)
    assert uids(data) == {inside.uid, evening.uid}        # the block from the evening before is there
    assert data.ensure(monday + ONE_DAY, sunday, margin=False) is False   # loaded: nothing read
    assert source.fetches == 1
    assert data.ensure(monday, sunday)                    # with the margin: whole months, read again
    assert data.loaded_range() == (month_bounds(month_of(monday - data.margin))[0],
                                   month_bounds(month_of(sunday + data.margin))[1])
    assert uids(data) == {inside.uid, evening.uid, later.uid}


def test_a_part_extended_is_read_again_as_one_run_of_days():
    source = FakeSource(2)
    data = GridData(source)
    data.ensure(dt.date(2026, 11, 23), dt.date(2026, 11, 29), margin=False)
    december = source.add(1, at(dt.date(2026, 12, 2), 9), at(dt.date(2026, 12, 2), 10))
    data.ensure(dt.date(2026, 11, 30), dt.date(2026, 12, 6), margin=False)
    assert source.fetches == 2
    assert data.loaded_range() == (dt.date(2026, 11, 22), dt.date(2026, 12, 6))
    assert december.uid in uids(data)


def test_an_edit_outside_the_days_read_does_not_creep_into_a_part():
    source = FakeSource(2)
    data = GridData(source)
    data.ensure(dt.date(2026, 11, 23), dt.date(2026, 11, 29), margin=False)
    outside = source.add(1, at(dt.date(2026, 11, 10), 9), at(dt.date(2026, 11, 10), 10))
    inside = source.add(1, at(WEDNESDAY, 9), at(WEDNESDAY, 10))
    data.reload([dt.date(2026, 11, 10), WEDNESDAY])
    assert uids(data) == {inside.uid}
    assert data.loaded_range() == (dt.date(2026, 11, 22), dt.date(2026, 11, 29))
    data.reload()                                          # everything loaded, read again: still the part
    assert data.loaded_range() == (dt.date(2026, 11, 22), dt.date(2026, 11, 29))


def test_the_view_opens_on_the_days_in_view_and_its_choices_wait(qtbot, plan, prefs):
    source = ServiceSource(plan.db, plan.user, "fr")
    view = PlanningView(source, QUndoStack(), prefs=prefs, poll_ms=0)
    qtbot.addWidget(view)
    left = Zoom.WEEK.first_day(plan.db.clock.today())
    assert view.data.loaded_range() == (left - ONE_DAY, left + 6 * ONE_DAY)
    models = view.toolbar.filter_models
    assert [models[kind].rowCount() for kind in ("specialist", "domain", "member", "engagement")] == [1, 1, 1, 1]
    assert models["status"].rowCount() == 4                 # nothing to read: there at once
    assert view.filter_combos["member"].currentText() == "Tous les membres"
    # asking for the filters reads their choices
    assert view.filter_models["member"].row_of(plan.members["FCSD"]) > 0
    assert models["engagement"].rowCount() == 3


def test_once_painted_the_choices_and_the_months_around_are_read(qtbot, plan, prefs):
    view = PlanningView(ServiceSource(plan.db, plan.user, "fr"), QUndoStack(), prefs=prefs, poll_ms=0)
    qtbot.addWidget(view)
    view.resize(1400, 640)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.toolbar.filter_models["engagement"].rowCount() == 3)
    assert view.toolbar.filter_models["specialist"].rowCount() == 4        # active specialists only
    view.go_to(dt.date(2026, 11, 23))
    first, last = view.data.loaded_range()
    assert first <= dt.date(2026, 11, 1) and last >= dt.date(2026, 12, 31)  # whole months, and the margin


def test_a_saved_filter_is_checked_against_the_choices_when_the_view_opens(qtbot, plan, tmp_path):
    prefs = GridPrefs(QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat))
    prefs.filters = {"member": plan.members["CDRQ"], "engagement": 999_999}
    view = PlanningView(ServiceSource(plan.db, plan.user, "fr"), QUndoStack(), prefs=prefs, poll_ms=0)
    qtbot.addWidget(view)
    assert view.filters == {"member": plan.members["CDRQ"]}          # the unknown engagement dropped
    assert view.toolbar.filter_combos["member"].currentText() == "CDRQ"


def test_the_legend_strip_draws_each_entry_and_says_which_is_under_the_mouse(qtbot):
    model = LegendModel()
    strip = LegendStrip(model)
    qtbot.addWidget(strip)
    strip.resize(400, 24)
    model.set_entries([Choice("fcsd", "FCSD", "Fédération", "#aa3377"), Choice("law", "Droit", "", "#123456")])
    rects = strip.entry_rects()
    assert [entry.label for _swatch, _text, entry in rects] == ["FCSD", "Droit"]
    (swatch, text, _), (swatch2, _, _) = rects
    assert swatch.right() < text.left() < text.right() < swatch2.left()
    assert strip.entry_at(swatch.center().x()).id == "fcsd"
    assert strip.entry_at(text.center().x()).id == "fcsd"
    assert strip.entry_at(swatch2.center().x()).id == "law"
    assert strip.entry_at(399) is None
    image = strip.grab().toImage()
    assert image.pixelColor(QPoint(swatch.center().x(), swatch.center().y())).name() == "#aa3377"
    model.set_entries([])
    assert strip.entry_rects() == []
