"""Typing into the records' forms like a user (each key sends the edit signals)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from crec_desktop.domain.messages import tr


def type_into(qtbot, widget, text: str) -> None:
    """Select all, then type text (empty: delete what is there)."""
    widget.setFocus()
    if isinstance(widget, QLineEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    elif isinstance(widget, QPlainTextEdit):
        widget.selectAll()
        qtbot.keyClick(widget, Qt.Key.Key_Delete)
    for char in text:  # key events carrying the text (QTest.keyClicks knows only ASCII)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def shown(dialog, field: str) -> str:
    """The message beside a field ('' when none is shown)."""
    label = dialog.fields[field].message
    return label.text() if not label.isHidden() else ""


def says(key: str, lang: str = "fr", **params) -> str:
    return tr(key, lang, **params)
