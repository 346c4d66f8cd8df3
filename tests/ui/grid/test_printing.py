"""Printing the schedule to PDF: landscape pages, as many as needed, every specialist and every day
of the range on them, names and dates repeated on every page."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pypdf
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from crec_desktop.ui.grid.headers import WEEKDAYS_FR_SHORT
from crec_desktop.ui.grid.prefs import GridPrefs
from crec_desktop.ui.grid.view import PlanningView
from tests.ui.grid.fake_source import FakeSource


def pages_text(path) -> list[str]:
    reader = pypdf.PdfReader(str(path))
    for page in reader.pages:
        box = page.mediabox
        assert float(box.width) > float(box.height)          # landscape
    # one space between words, ligatures (ﬁ) undone
    return [" " + " ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) + " " for page in reader.pages]


def tokens(text: str) -> list[str]:
    return re.split(r"\s+", text)


def test_a_week_prints_on_one_page_with_every_specialist_and_day(view, plan, tmp_path):
    path = tmp_path / "week.pdf"
    first, last = dt.date(2026, 11, 23), dt.date(2026, 11, 29)
    assert view.export_pdf(path, first, last) == 1
    [text] = pages_text(path)
    for name in ("Anne Tremblay", "Bruno Côté", "Carole Gagnon"):
        assert name in text
    flat = " ".join(tokens(text))
    for i in range(7):
        day = first + dt.timedelta(days=i)
        assert f"{WEEKDAYS_FR_SHORT[day.weekday()]} {day.day}" in flat
    assert "Planification du 23 novembre 2026 au 29 novembre 2026" in flat
    assert "page 1 de 1" in flat
    assert "Denis Inactif" not in text


def test_a_quarter_prints_across_pages_repeating_names_and_dates(view, plan, tmp_path):
    path = tmp_path / "quarter.pdf"
    first, last = dt.date(2026, 11, 1), dt.date(2027, 1, 31)
    pages = view.export_pdf(path, first, last)
    texts = pages_text(path)
    assert pages == len(texts) == 3
    seen_days = set()
    for number, text in enumerate(texts, start=1):
        for name in ("Anne Tremblay", "Bruno Côté", "Carole Gagnon"):
            assert name in text                                    # the names on every page
        assert "sem." in text and f"page {number} de 3" in " ".join(tokens(text))
        months = [m for m in ("Novembre 2026", "Décembre 2026", "Janvier 2027") if m in " ".join(tokens(text))]
        assert months                                              # the dates on every page
        seen_days.update(months)
    assert seen_days == {"Novembre 2026", "Décembre 2026", "Janvier 2027"}
    numbers = [t for text in texts for t in tokens(text) if t.isdigit()]
    for day in range(1, 32):
        assert numbers.count(str(day)) >= 2                         # every day number, in each month shown


def test_many_specialists_print_on_several_pages_down(qtbot, tmp_path):
    source = FakeSource(40, bookings_from=dt.date(2026, 11, 1), days=30)
    prefs = GridPrefs(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    view = PlanningView(source, QUndoStack(), prefs=prefs, poll_ms=0)
    qtbot.addWidget(view)
    view.resize(1400, 700)
    path = tmp_path / "many.pdf"
    pages = view.export_pdf(path, dt.date(2026, 11, 1), dt.date(2026, 11, 30))
    texts = pages_text(path)
    assert pages == len(texts) >= 2
    everything = "".join(texts)
    for row in source.rows():
        assert f" {row.name} " in everything, row.name
    for text in texts:
        assert "Novembre 2026" in " ".join(tokens(text)) and "Spécialistes" in text
        assert all(str(d) in tokens(text) for d in (1, 15, 30))
