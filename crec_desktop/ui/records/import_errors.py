"""A refused import, said in full: how many problems, then every one of them (record and field,
then what is wrong) in a list the user can read, search by eye and copy — nothing was imported.

    show_refusal(parent, title, error, lang)   # a RulesError lists each problem; else one box
"""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.messages import UserError


def problem_lines(error: UserError, lang: str) -> list[str]:
    """One line per problem: 'bookings[3].end : the booking ends before it starts'."""
    problems = getattr(error, "problems", None)
    if problems:
        sep = " : " if lang == "fr" else ": "
        return [f"{path}{sep}{m.text(lang)}" if path else m.text(lang) for path, m in problems]
    return [m.text(lang) for m in error.messages] or [error.text(lang)]


class ImportErrorsDialog(QDialog):
    def __init__(self, title: str, lines: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lines = lines
        self.summary = QLabel(self.tr("Le fichier n'a pas été importé : %n problème(s) à corriger. "
                                      "Rien n'a été changé dans la base de données.", "", len(lines)))
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.addItems(lines)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        self.copy_button = QPushButton(self.tr("Copier la liste"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(760, 440)

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines))


def show_refusal(parent: QWidget | None, title: str, error: UserError, lang: str) -> QDialog | None:
    """Several problems: the list dialog (returned, already shown modal); one: a message box."""
    lines = problem_lines(error, lang)
    if len(lines) <= 1:
        QMessageBox.warning(parent, title, error.text(lang))
        return None
    dialog = ImportErrorsDialog(title, lines, parent)
    dialog.open()
    return dialog
