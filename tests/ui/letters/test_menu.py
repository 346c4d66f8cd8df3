"""The Mandats menu: « Lettre d'entente… » asks for the engagement then previews its letter;
« Imprimer des lettres d'entente… » opens the batch."""
from __future__ import annotations

from crec_desktop.ui.letters import chooser
from crec_desktop.ui.letters.batch import LetterBatchDialog
from crec_desktop.ui.letters.preview import LetterPreviewDialog
from tests.ui.letters.conftest import MANAGER


def test_the_menu_offers_both_and_they_open_their_dialogs(make_window, number, monkeypatch, qtbot):
    window = make_window("fr", user=MANAGER)
    actions = {a.text(): a for a in window.menu_engagements.actions()}
    letter, batch = actions["&Lettre d'entente…"], actions["&Imprimer des lettres d'entente…"]
    assert letter.isEnabled() and batch.isEnabled()

    asked = []
    monkeypatch.setattr(chooser, "choose_engagement", lambda parent, db: asked.append(parent) or number)
    letter.trigger()
    [preview] = window.findChildren(LetterPreviewDialog)
    qtbot.addWidget(preview)
    assert asked == [window] and preview.isVisible() and preview.number == number and preview.user == MANAGER
    assert preview.issue_button.isEnabled() and preview.view.page_count == 3

    batch.trigger()
    [dialog] = window.findChildren(LetterBatchDialog)
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.model.rowCount() == 1


def test_cancelling_the_chooser_opens_nothing(make_window, number, monkeypatch):
    window = make_window("fr", user=MANAGER)
    monkeypatch.setattr(chooser, "choose_engagement", lambda parent, db: None)
    window.action_letter.trigger()
    assert window.findChildren(LetterPreviewDialog) == []


def test_english_menu(make_window):
    window = make_window("en")
    texts = [a.text() for a in window.menu_engagements.actions()]
    assert texts[1:3] == ["Engagement &letter…", "&Print engagement letters…"]
