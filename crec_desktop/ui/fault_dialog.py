"""The dialog of an unexpected fault: what happened, the report, a button that copies it.

Shown by ui.fault.FaultHandler (the excepthook); tests drive it directly with pytest-qt.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FaultDialog(QDialog):
    """Says an unexpected error happened, shows the report, copies it on request."""

    def __init__(self, report: str, log_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Erreur inattendue"))
        self.setMinimumSize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "crec-desktop a rencontré une erreur inattendue. Votre dernière opération n'a peut-être "
            "pas été enregistrée.\n\nCopiez le rapport ci-dessous et envoyez-le au soutien "
            "informatique. Il est aussi conservé dans le journal :\n%1").replace("%1", log_file))
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(intro)
        self.text = QPlainTextEdit(report)
        self.text.setReadOnly(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        layout.addWidget(self.text, 1)
        self.confirmation = QLabel()
        layout.addWidget(self.confirmation)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copier le rapport"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = buttons.addButton(self.tr("Fermer"), QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_report)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.confirmation.setText(self.tr("Le rapport est copié dans le presse-papiers."))
