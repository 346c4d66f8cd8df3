"""Letters in the window: engagements with sessions on a test database (SQLite or PostgreSQL),
a manager to issue them, and the preview dialog opened the way other screens open it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from crec_desktop.services.users import CurrentUser
from tests.letters.records import add_engagement

MANAGER = CurrentUser(login="mgestion", role="manager")
COORDINATOR = CurrentUser(login="coord", role="coordinator")


@pytest.fixture
def number(db) -> str:
    """Engagement 2026-014: French, taxable, two sessions (a letter of 2 pages)."""
    return add_engagement(db)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    """Message boxes that would block: recorded instead (title, text)."""
    seen: list[str] = []

    def warning(parent, title, text, *args, **kwargs):
        seen.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return seen


@pytest.fixture
def open_preview(qtbot, db, use_lang, warnings):
    """open_preview(number, user=MANAGER, lang='fr', letter_lang=None) -> a shown LetterPreviewDialog."""
    from crec_desktop.ui.letters.preview import open_letter_preview

    def open_(number: str, user=MANAGER, lang: str = "fr", letter_lang: str | None = None):
        use_lang(lang)
        dialog = open_letter_preview(None, db, user, number, lang, letter_lang=letter_lang)
        if dialog is not None:
            qtbot.addWidget(dialog)
            qtbot.waitExposed(dialog)
        return dialog

    return open_


@pytest.fixture(autouse=True)
def _application(qapp):
    """Printers and images need the QApplication first."""
    return qapp
