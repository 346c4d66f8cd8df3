"""After an edit of ours the grid reads again only the rows it touched, and repaints only them —
with exactly the picture a full repaint gives."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint

from crec_desktop.services import scheduling
from crec_desktop.ui.grid.data import Change
from crec_desktop.ui.grid.geometry import Zoom
from tests.ui.grid.conftest import at, block_of, centre_of, day, drag, row_centre_y


class Spy:
    """Records the calls of one method (its arguments), still calling it."""

    def __init__(self, obj, name: str):
        self.inner = getattr(obj, name)
        self.calls: list[tuple] = []
        setattr(obj, name, self)

    def __call__(self, *args, **kwargs):
        self.calls.append((args, kwargs))
        return self.inner(*args, **kwargs)


def full_picture(view):
    view.area.invalidate()
    return view.area.render_static().toImage()


def picture_after(view, action):
    """The static layer as the view brings it up to date after `action`, and which rows it painted."""
    view.area.render_static()
    paints = Spy(view.area.painter, "paint")
    action()
    image = view.area.render_static().toImage()
    return image, [kwargs.get("only") for _, kwargs in paints.calls]


@pytest.mark.parametrize("zoom", [Zoom.WEEK, Zoom.MONTH])
def test_a_move_repaints_only_its_row_and_the_picture_is_the_full_one(make_view, plan, zoom):
    view = make_view(zoom=zoom)
    step = round(view.area.day_w)

    def move():
        start = centre_of(view, plan.uids["anne_mon"])
        drag(view, start, start + QPoint(step, 0))

    image, painted = picture_after(view, move)
    assert plan.booking("anne_mon")[0].start == at(day(1), 9)
    assert painted == [frozenset({plan.people["anne"]})]
    assert image == full_picture(view)


def test_a_reassignment_rereads_and_repaints_both_rows(view, plan):
    fetch, fetch_blocks = Spy(view.source, "fetch"), Spy(view.source, "fetch_blocks")

    def reassign():
        start = centre_of(view, plan.uids["anne_wed"])
        drag(view, start, QPoint(start.x(), row_centre_y(view, plan.people["carole"])))

    image, painted = picture_after(view, reassign)
    both = frozenset({plan.people["anne"], plan.people["carole"]})
    assert plan.booking("anne_wed")[0].specialist_id == plan.people["carole"]
    assert fetch.calls == []                                   # no whole-window read
    assert [set(args[2]) for args, _ in fetch_blocks.calls] == [set(both)]
    assert painted == [both]
    assert image == full_picture(view)
    assert block_of(view, plan.uids["anne_wed"]).block.specialist_id == plan.people["carole"]


def test_undo_and_redo_repaint_only_the_row_too(view, plan):
    start = centre_of(view, plan.uids["bruno_mon"])
    drag(view, start, start + QPoint(round(view.area.day_w) * 2, 0))
    for action in (view.undo_stack.undo, view.undo_stack.redo):
        image, painted = picture_after(view, action)
        assert painted == [frozenset({plan.people["bruno"]})]
        assert image == full_picture(view)
    assert plan.booking("bruno_mon")[0].start == at(day(2), 9)


def test_a_block_from_the_evening_before_is_read_again(make_view, plan):
    """Moving a booking away from one that started the day before clears that one's conflict."""
    anne = plan.people["anne"]
    evening = scheduling.create_booking(plan.db, plan.user, specialist_id=anne, start=at(day(3), 22),
                                        end=at(day(4), 2), status="tentative").main.key
    night = scheduling.create_booking(plan.db, plan.user, specialist_id=anne, start=at(day(4), 1),
                                      end=at(day(4), 3), status="tentative").main.key
    view = make_view()
    assert block_of(view, evening).block.conflict
    block = block_of(view, night).block
    assert view.editor.commit_changes("move", [Change(block, at(day(5), 1), at(day(5), 3), anne)])
    assert block_of(view, night).block.start == at(day(5), 1)
    assert block_of(view, evening).block.conflict == ""
    assert view.area.render_static().toImage() == full_picture(view)


def test_a_change_made_elsewhere_still_repaints_everything(view, plan):
    scheduling.move_booking(plan.db, plan.user, plan.booking("bruno_wed") and
                            scheduling.OccurrenceRef(plan.uids["bruno_wed"], plan.booking("bruno_wed")[1]),
                            start=at(day(1), 13))
    image, painted = picture_after(view, view.refresh_if_changed)
    assert painted == [None]
    assert block_of(view, plan.uids["bruno_wed"]).block.start == at(day(1), 13)
    assert image == full_picture(view)


def test_a_row_under_an_unchanged_row_keeps_the_line_between_them(view, plan):
    """Carole's row sits right under Anne's: the line Anne's row draws along their border stays."""
    carole = plan.people["carole"]
    block = block_of(view, plan.uids["carole_weekly"], at(day(0), 13)).block

    def move():
        assert view.editor.commit_changes("move", [Change(block, at(day(1), 13), at(day(1), 14), carole)])

    image, painted = picture_after(view, move)
    assert painted == [frozenset({carole})]
    assert image == full_picture(view)
