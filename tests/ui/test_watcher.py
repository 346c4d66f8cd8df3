"""One watcher of the change stamp: it reads the stamp once per tick and tells every view of the
planning (the grid and the records window share the main window's), and a stamp it cannot read
tells nobody."""
from __future__ import annotations

import datetime as dt

from crec_desktop.domain.timeutil import TZ, local
from crec_desktop.services import scheduling
from crec_desktop.services.users import CurrentUser
from crec_desktop.ui.watcher import ChangeWatcher
from tests.ui.sample import add_sample


def test_one_read_per_tick_told_to_every_listener(qtbot):
    reads, heard = [], []

    def read():
        reads.append(1)
        return ("stamp", len(reads))

    watcher = ChangeWatcher(read, interval_ms=0)
    watcher.ticked.connect(lambda s: heard.append(("grid", s)))
    watcher.ticked.connect(lambda s: heard.append(("records", s)))
    assert watcher.check() == ("stamp", 1)
    assert len(reads) == 1 and heard == [("grid", ("stamp", 1)), ("records", ("stamp", 1))]
    watcher.start()
    assert not watcher.active  # an interval of 0: tests tick it by hand


def test_a_stamp_that_cannot_be_read_tells_nobody(qtbot, caplog):
    heard = []

    def read():
        raise ConnectionError("server gone")

    watcher = ChangeWatcher(read, interval_ms=0)
    watcher.ticked.connect(heard.append)
    assert watcher.check() is None and heard == []
    assert "cannot read the planning's change stamp" in caplog.text


def test_the_grid_and_the_records_window_share_the_main_windows_watcher(make_window, db, qtbot):
    add_sample(db)
    window = make_window("fr", user=CurrentUser.system())
    window.show()
    qtbot.waitExposed(window)
    records = window.records_menu.records()
    records.show()
    records.show_list("engagements")
    assert records.watcher is window.grid.watcher and window.grid.watcher.active
    reads = []
    inner = window.grid.watcher._read
    window.grid.watcher._read = lambda: reads.append(1) or inner()

    # another workstation books Marie on engagement 2026-001
    marie = next(r for r in window.grid.shown_rows() if r.name == "Marie Tremblay")
    engagements = records.lists["engagements"]
    assert engagements.select(lambda r: r.number == "2026-001")
    hours_before = engagements.selected_row().planned_hours
    engagement_id = engagements.selected_row().id
    scheduling.create_booking(db, CurrentUser.system("ailleurs"), specialist_id=marie.specialist_id,
                              start=local(2026, 11, 27, 9), end=local(2026, 11, 27, 11), engagement_id=engagement_id)

    window.grid.watcher.check()
    assert len(reads) == 1  # one read for both views
    assert engagements.selected_row().planned_hours == hours_before + 2  # the list read again
    days = {p.block.start.astimezone(TZ).date() for p in window.grid.data.by_key.values()
            if p.block.specialist_id == marie.specialist_id}
    assert dt.date(2026, 11, 27) in days  # and so did the grid
