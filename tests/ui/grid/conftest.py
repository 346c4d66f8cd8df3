"""The planning grid on a real database: a small organisation, its bookings, a shown PlanningView,
and mouse helpers that send real events to the grid's viewport."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent, QUndoStack
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from crec_desktop.domain.timeutil import at_local
from crec_desktop.services import scheduling
from crec_desktop.services.users import CurrentUser
from crec_desktop.store.models import (
    Absence,
    DomainOfExpertise,
    Engagement,
    Member,
    Specialist,
)
from crec_desktop.ui.grid.geometry import Zoom
from crec_desktop.ui.grid.prefs import GridPrefs
from crec_desktop.ui.grid.source import ServiceSource
from crec_desktop.ui.grid.view import PlanningView

MONDAY = dt.date(2026, 11, 23)


def at(day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    return at_local(day, dt.time(hour, minute))


def day(offset: int) -> dt.date:
    return MONDAY + dt.timedelta(days=offset)


@dataclasses.dataclass
class Plan:
    db: object
    user: CurrentUser
    people: dict[str, int]          # key -> specialist id (rows: anne, bruno, carole; grouped hr, law)
    engagements: dict[str, int]     # number -> id
    members: dict[str, int]         # short name -> id
    uids: dict[str, str]            # label -> booking uid

    def booking(self, label: str):
        return scheduling.get_booking(self.db, self.uids[label])


def seed(db) -> Plan:
    with db.write() as s:
        domains = {d.code: d for d in s.execute(select(DomainOfExpertise)).scalars()}
        people = {
            "anne": Specialist(key="anne", name="Anne Tremblay", title="Conseillère RH", login="anne",
                               role="specialist", weekly_hours=Decimal("35")),
            "bruno": Specialist(key="bruno", name="Bruno Côté", title="Avocat", login="bruno",
                                role="specialist", weekly_hours=Decimal("35")),
            "carole": Specialist(key="carole", name="Carole Gagnon", title="Conseillère RH", login="carole",
                                 role="coordinator", weekly_hours=Decimal("28")),
            "denis": Specialist(key="denis", name="Denis Inactif", login="denis", role="specialist",
                                weekly_hours=Decimal("35"), active=False),
        }
        people["anne"].domains = [domains["hr"]]
        people["bruno"].domains = [domains["law"]]
        people["carole"].domains = [domains["hr"]]
        people["denis"].domains = [domains["hr"]]
        s.add_all(people.values())
        fcsd = Member(key="fcsd", name="Fédération des coopératives de services à domicile", short_name="FCSD",
                      kind="federation")
        cdrq = Member(key="cdrq", name="CDR Québec–Appalaches", short_name="CDRQ", kind="cdr")
        s.add_all([fcsd, cdrq])
        s.flush()
        engagements = [
            Engagement(number="2026-014", member=fcsd, domain=domains["hr"], title="Politique de télétravail"),
            Engagement(number="2026-021", member=cdrq, domain=domains["law"], title="Révision des statuts"),
        ]
        s.add_all(engagements)
        s.add(Absence(specialist=people["carole"], start_date=day(3), end_date=day(4), kind="vacation"))
        s.flush()
        ids = {k: p.id for k, p in people.items()}
        eng = {e.number: e.id for e in engagements}
        members = {"FCSD": fcsd.id, "CDRQ": cdrq.id}
    user = CurrentUser.system()
    plan = Plan(db, user, ids, eng, members, {})

    def book(label, who, d, h0, m0, h1, m1, number, status="confirmed", rrule=None):
        out = scheduling.create_booking(db, user, specialist_id=ids[who], start=at(d, h0, m0), end=at(d, h1, m1),
                                        engagement_id=eng[number], status=status, rrule=rrule)
        plan.uids[label] = out.main.key

    book("anne_mon", "anne", day(0), 9, 0, 12, 0, "2026-014")
    book("anne_tue", "anne", day(1), 13, 0, 16, 0, "2026-021", status="tentative")
    book("anne_wed", "anne", day(2), 9, 0, 12, 0, "2026-014")
    book("bruno_mon", "bruno", day(0), 9, 0, 12, 0, "2026-021")
    book("bruno_wed", "bruno", day(2), 13, 0, 16, 0, "2026-021")
    book("carole_weekly", "carole", day(0), 13, 0, 14, 0, "2026-014", rrule="FREQ=WEEKLY;COUNT=4")
    return plan


@pytest.fixture
def plan(db) -> Plan:
    return seed(db)


@pytest.fixture
def prefs(tmp_path) -> GridPrefs:
    return GridPrefs(QSettings(str(tmp_path / "grid.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def make_view(qtbot, plan, prefs):
    def make(*, source=None, zoom: Zoom = Zoom.WEEK, start: dt.date = MONDAY, lang: str = "fr", poll_ms: int = 0,
             size=(1400, 640), stack=None):
        source = source or ServiceSource(plan.db, plan.user, lang)
        view = PlanningView(source, stack or QUndoStack(), prefs=prefs, lang=lang, poll_ms=poll_ms)
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        view.set_zoom(zoom)
        view.go_to(start)
        view.editor.scope_chooser = lambda blocks, action: "this"
        return view

    return make


@pytest.fixture
def view(make_view):
    return make_view()


# -- finding things and pointing at them ------------------------------------------------------------
def block_of(view, uid: str, start: dt.datetime | None = None):
    for placed in view.data.by_key.values():
        if placed.block.uid == uid and (start is None or placed.block.start == start):
            return placed
    raise AssertionError(f"no block {uid} in view")


def centre_of(view, uid: str) -> QPoint:
    placed = block_of(view, uid)
    rect = view.area.widget_rect(placed.x0, placed.x1, placed.block.specialist_id, placed.lane, placed.lanes)
    return rect.center()


def row_centre_y(view, specialist_id: int) -> int:
    slot = view.area.layout_rows.by_specialist[specialist_id]
    from crec_desktop.ui.grid.area import HEADER_H
    return HEADER_H + slot.y + slot.height // 2 - view.area.scroll_y()


def send(view, kind, pos: QPoint, *, button=Qt.LeftButton, buttons=Qt.LeftButton, mods=Qt.NoModifier):
    vp = view.area.viewport()
    event = QMouseEvent(kind, QPointF(pos), QPointF(vp.mapToGlobal(pos)), button, buttons, mods)
    QApplication.sendEvent(vp, event)


def drag(view, start: QPoint, end: QPoint, *, mods=Qt.NoModifier, steps: int = 6) -> None:
    send(view, QEvent.MouseButtonPress, start, mods=mods)
    for i in range(1, steps + 1):
        p = QPoint(start.x() + (end.x() - start.x()) * i // steps, start.y() + (end.y() - start.y()) * i // steps)
        send(view, QEvent.MouseMove, p, button=Qt.NoButton, mods=mods)
    send(view, QEvent.MouseButtonRelease, end, buttons=Qt.NoButton, mods=mods)


def click(view, pos: QPoint, *, mods=Qt.NoModifier) -> None:
    send(view, QEvent.MouseButtonPress, pos, mods=mods)
    send(view, QEvent.MouseButtonRelease, pos, buttons=Qt.NoButton, mods=mods)
