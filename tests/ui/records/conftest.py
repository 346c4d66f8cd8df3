"""Fixtures for the records screens: the services' small organisation (people in each role, a
member, engagements), a context per user and language, fixed dates, remembered settings in a
temporary file, and message boxes that answer without blocking."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from crec_desktop.domain.timeutil import local
from crec_desktop.ui.records.context import RecordsContext
from tests.services.conftest import build_org

NOW = local(2026, 11, 20, 12)   # the records' tests run at noon on Friday 20 November 2026
TODAY = NOW.date()


@pytest.fixture
def org(db, clock):
    clock.set(NOW)
    return build_org(db)


@pytest.fixture
def store(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def make_ctx(org, store, use_lang):
    """make_ctx(login='alice', lang='fr') — the records' context for that user, in that language."""
    def make(login: str = "alice", lang: str = "fr") -> RecordsContext:
        use_lang(lang)
        return RecordsContext(org.db, org.user(login), lang, store=store)

    return make


class Boxes(list):
    """The message boxes shown, as (kind, title, text); `answers` for the questions asked next."""

    def __init__(self):
        super().__init__()
        self.answers: list[QMessageBox.StandardButton] = []

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _t, text in self if kind is None or k == kind]


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    """Message boxes recorded instead of shown; question() answers the next of `answers` (Yes by default)."""
    shown = Boxes()
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(
            lambda parent, title, text, *a, _k=kind, **k: shown.append((_k, title, text)) or QMessageBox.StandardButton.Ok))

    def question(parent, title, text, *a, **k):
        shown.append(("question", title, text))
        return shown.answers.pop(0) if shown.answers else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return shown
