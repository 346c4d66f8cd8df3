"""Aide → À propos de crec-desktop: name, version, what it is for, and the versions under it."""
from __future__ import annotations

import html
import platform

from PySide6 import __version__ as PYSIDE_VERSION
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from crec_desktop import APP_NAME, __version__


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("À propos de crec-desktop"))
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(self.windowIcon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.title = QLabel(f"<h2>{APP_NAME}</h2>"
                            + self.tr("<p>Version %1</p>").replace("%1", __version__))
        self.description = QLabel(self.tr(
            "Planification du temps des spécialistes du Consortium de ressources et d'expertises "
            "coopératives (CREC), auprès de ses organisations membres."))
        self.description.setWordWrap(True)
        self.details = QLabel(self.tr("Base de données : %1<br>Python %2, Qt %3, PySide6 %4")
                              .replace("%1", html.escape(database)).replace("%2", platform.python_version())
                              .replace("%3", qVersion()).replace("%4", PYSIDE_VERSION))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setWordWrap(True)
        text = QVBoxLayout()
        for label in (self.title, self.description, self.details):
            text.addWidget(label)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)
