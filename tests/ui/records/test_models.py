"""The records' item models (qtmodeltester on every one), loose search and sorting."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from crec_desktop.domain.text import fold
from crec_desktop.domain.timeutil import local
from crec_desktop.services import absences as A
from crec_desktop.services import engagements as E
from crec_desktop.services import letters as L
from crec_desktop.services import scheduling as S
from crec_desktop.services import specialists as SP
from crec_desktop.services.absence_list import list_absences
from crec_desktop.services.hour_bank import member_hour_bank
from crec_desktop.services.members import list_members
from crec_desktop.services.organisation import list_closures
from crec_desktop.ui.records.absences import AbsenceModel
from crec_desktop.ui.records.engagement_dialog import IssuedModel, SessionModel
from crec_desktop.ui.records.engagements import EngagementModel
from crec_desktop.ui.records.member_dialog import BankYearsModel
from crec_desktop.ui.records.members import MemberModel
from crec_desktop.ui.records.search import RecordProxy
from crec_desktop.ui.records.settings_dialog import ClosureModel
from crec_desktop.ui.records.specialist_dialog import AbsenceLinesModel
from crec_desktop.ui.records.specialists import SpecialistModel
from tests.ui.records.conftest import TODAY


def specialist_model(ctx) -> SpecialistModel:
    """The specialists' model holding every specialist, with this month's load as of TODAY."""
    model = SpecialistModel(ctx)
    model.set_rows(SP.list_specialists(ctx.db, day=TODAY))
    return model


@pytest.mark.parametrize(("text", "folded"), [("Côté", "cote"), ("LÉVIS", "levis"), ("Œuvre", "oeuvre"),
                                              ("Saguenay–Lac-Saint-Jean", "saguenay-lac-saint-jean"),
                                              ("Ça va", "ca va"), ("", ""), (None, "")])
def test_fold(text, folded):
    assert fold(text) == folded


def _data(org):
    sophie = org.ids["sophie"]
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements["2026-001"],
                     start=local(2026, 11, 2, 9), end=local(2026, 11, 2, 12))
    S.create_booking(org.db, org.user("chloe"), specialist_id=sophie, engagement_id=org.engagements["2026-001"],
                     start=local(2026, 12, 2, 9), end=local(2026, 12, 2, 11), status="tentative")
    A.create_absence(org.db, org.user("chloe"), specialist_id=org.ids["jean"], start_date=dt.date(2026, 12, 1),
                     end_date=dt.date(2026, 12, 4), kind="training", note="Colloque")
    A.create_closure(org.db, org.user("alice"), date=dt.date(2026, 12, 24), name="Veille de Noël")
    L.issue_letter(org.db, "2026-001", org.user("marc"))


def test_every_model_passes_the_model_tester(org, make_ctx, qtmodeltester):
    _data(org)
    ctx = make_ctx("alice")
    db = org.db
    models = [
        (SpecialistModel(ctx), SP.list_specialists(db, day=TODAY)),
        (MemberModel(ctx), list_members(db, day=TODAY)),
        (EngagementModel(ctx), E.list_engagements(db)),
        (AbsenceModel(ctx), list_absences(db)),
        (AbsenceLinesModel(ctx), SP.specialist_absences(db, org.ids["jean"])),
        (BankYearsModel(ctx), list(member_hour_bank(db, org.member_id, TODAY).years)),
        (SessionModel(ctx), E.engagement_sessions(db, org.engagements["2026-001"])),
        (IssuedModel(ctx), L.issued_letters(db, "2026-001")),
        (ClosureModel(ctx), list_closures(db)),
    ]
    for model, rows in models:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows) and model.columnCount() == len(model.columns)
        proxy = RecordProxy()
        proxy.setSourceModel(model)
        qtmodeltester.check(proxy)
        for column in range(model.columnCount()):  # every column sorts, both ways
            proxy.sort(column, Qt.SortOrder.AscendingOrder)
            proxy.sort(column, Qt.SortOrder.DescendingOrder)
        model.set_rows([])
        qtmodeltester.check(model)


def test_named_columns_say_what_they_should(org, make_ctx):
    _data(org)
    ctx = make_ctx("alice")
    model = EngagementModel(ctx)
    model.set_rows(E.list_engagements(org.db))
    row = model.find(lambda r: r.number == "2026-001")
    cell = lambda name: model.index(row, model.column(name)).data()  # noqa: E731
    assert (cell("number"), cell("member"), cell("domain"), cell("status")) == (
        "2026-001", "FCSDSQ", "Ressources humaines", "brouillon")
    assert (cell("budget"), cell("planned"), cell("done"), cell("progress")) == (
        "10\u00a0h", "5\u00a0h", "3\u00a0h", "50\u00a0%")
    assert model.index(row, model.column("member")).data(Qt.ItemDataRole.ToolTipRole).startswith("Fédération")
    members = MemberModel(ctx)
    members.set_rows(list_members(org.db, day=TODAY))
    assert members.index(0, members.column("left")).data() == "35\u00a0h"  # 40 − 3 used − 2 planned


def test_english_columns(org, make_ctx):
    ctx = make_ctx("alice", "en")
    model = specialist_model(ctx)
    titles = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert titles[:4] == ["Name", "Title", "Domains", "Role"] and "Month's load" in titles
    row = model.find(lambda r: r.key == "mgr")
    assert model.index(row, model.column("role")).data() == "management"


def test_search_ignores_accents_and_case_and_needs_every_word(org, make_ctx):
    ctx = make_ctx("alice")
    model = specialist_model(ctx)
    proxy = RecordProxy()
    proxy.setSourceModel(model)

    def names():
        return sorted(model.row_at(proxy.source_row(r)).name for r in range(proxy.rowCount()))

    proxy.set_search("cote")
    assert names() == ["Jean Côté"]
    proxy.set_search("  CHLOE  ")
    assert names() == ["Chloé Coordonnatrice"]
    proxy.set_search("tremblay sophie")
    assert names() == ["Sophie Tremblay"]
    proxy.set_search("tremblay jean")
    assert names() == []
    proxy.set_search("coordination")  # the role's words are searched too
    assert names() == ["Chloé Coordonnatrice"]
    proxy.set_search("")
    proxy.set_predicate(lambda r: r.role == "specialist")
    assert names() == ["Jean Côté", "Sophie Tremblay"]


def test_sorting_uses_values_and_puts_empty_last(org, make_ctx):
    ctx = make_ctx("alice")
    SP.update_specialist(org.db, org.user("alice"), "jean", SP.specialist_record(org.db, "jean").version,
                         hourly_rate=Decimal("100"))
    SP.update_specialist(org.db, org.user("alice"), "sophie", SP.specialist_record(org.db, "sophie").version,
                         hourly_rate=Decimal("95.5"))
    model = specialist_model(ctx)
    proxy = RecordProxy()
    proxy.setSourceModel(model)
    column = model.column("rate")
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    order = [model.row_at(proxy.source_row(r)).key for r in range(proxy.rowCount())]
    assert order[:2] == ["sophie", "jean"] and set(order[2:]) == {"admin", "coord", "mgr"}
    proxy.sort(column, Qt.SortOrder.DescendingOrder)
    order = [model.row_at(proxy.source_row(r)).key for r in range(proxy.rowCount())]
    assert order[:2] == ["jean", "sophie"]
