"""The booking dialog: engagement, specialist, start and end, status, location, note, repetition.

    draft = BookingDialog.ask(parent, source, draft, title=...)          # None when cancelled
    draft = BookingDialog.ask(parent, source, draft, driver=fill_and_ok)  # tests: no exec()

`driver(dialog)` replaces the modal loop: it fills the fields like a user would and returns True
to press OK (the same validation runs) or False to cancel.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.timeutil import TZ, UTC, at_local
from crec_desktop.ui.grid.data import CONFIRMED, TENTATIVE, BookingDraft, Choice
from crec_desktop.ui.grid.models import ID_ROLE, ChoiceModel

REPEATS = {                       # preset: rule without COUNT
    "none": None,
    "workdays": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR",
    "weekly": "FREQ=WEEKLY",
    "biweekly": "FREQ=WEEKLY;INTERVAL=2",
    "monthly": "FREQ=MONTHLY",
}
_COUNT = re.compile(r";?COUNT=(\d+)")
# The edits hold Toronto wall-clock times; a UTC QDateTime is used as a plain container so
# that Qt applies no time zone of the workstation (and no daylight-saving gap) of its own.
_WALL = QTimeZone.utc()


def _to_qt(value: dt.datetime) -> QDateTime:
    local = value.astimezone(TZ)
    return QDateTime(local.date(), local.time().replace(tzinfo=None), _WALL)


def _from_qt(value: QDateTime) -> dt.datetime:
    return at_local(value.date().toPython(), value.time().toPython()).astimezone(UTC)


def split_rule(rule: str | None) -> tuple[str, int, str | None]:
    """(preset, count, custom rule) from an RRULE value."""
    if not rule:
        return "none", 1, None
    match = _COUNT.search(rule)
    count = int(match.group(1)) if match else 1
    bare = _COUNT.sub("", rule).strip(";")
    for preset, text in REPEATS.items():
        if text == bare:
            return preset, count, None
    return "custom", count, rule


class BookingDialog(QDialog):
    def __init__(self, source, draft: BookingDraft, title: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.source = source
        self.setWindowTitle(title or self.tr("Réservation"))
        self.setMinimumWidth(460)
        self.engagement = QComboBox()
        internal = Choice(None, self.tr("(travail interne, sans mandat)"))
        self.engagement.setModel(ChoiceModel([internal] + source.choices("engagement"), self))
        self.specialist = QComboBox()
        self.specialist.setModel(ChoiceModel(source.choices("specialist"), self))
        self.start = QDateTimeEdit()
        self.end = QDateTimeEdit()
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            edit.setTimeZone(_WALL)
        self.status = QComboBox()
        self.status.addItem(self.tr("Confirmée"), CONFIRMED)
        self.status.addItem(self.tr("Provisoire"), TENTATIVE)
        self.location = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(64)
        self.repeat = QComboBox()
        self.repeat.addItem(self.tr("Aucune"), "none")
        self.repeat.addItem(self.tr("Chaque jour ouvrable"), "workdays")
        self.repeat.addItem(self.tr("Chaque semaine"), "weekly")
        self.repeat.addItem(self.tr("Toutes les deux semaines"), "biweekly")
        self.repeat.addItem(self.tr("Chaque mois"), "monthly")
        self.count = QSpinBox()
        self.count.setRange(1, 500)
        self.count.setSuffix(self.tr(" fois"))
        self.custom_rule: str | None = None
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Mandat"), self.engagement)
        form.addRow(self.tr("Spécialiste"), self.specialist)
        form.addRow(self.tr("Début"), self.start)
        form.addRow(self.tr("Fin"), self.end)
        form.addRow(self.tr("Statut"), self.status)
        form.addRow(self.tr("Lieu"), self.location)
        form.addRow(self.tr("Note"), self.note)
        repeat_row = QHBoxLayout()
        repeat_row.addWidget(self.repeat, 1)
        repeat_row.addWidget(self.count)
        form.addRow(self.tr("Répétition"), repeat_row)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.repeat.currentIndexChanged.connect(lambda _i: self.count.setEnabled(self.repeat.currentData() != "none"))
        self.set_draft(draft)

    # -- values ---------------------------------------------------------------------------------
    def set_draft(self, draft: BookingDraft) -> None:
        self.engagement.setCurrentIndex(max(0, self.engagement.model().row_of(draft.engagement_id)))
        self.specialist.setCurrentIndex(max(0, self.specialist.model().row_of(draft.specialist_id)))
        self.start.setDateTime(_to_qt(draft.start))
        self.end.setDateTime(_to_qt(draft.end))
        self.status.setCurrentIndex(0 if draft.status == CONFIRMED else 1)
        self.location.setText(draft.location or "")
        self.note.setPlainText(draft.note or "")
        preset, count, custom = split_rule(draft.rrule)
        if preset == "custom":
            self.repeat.addItem(self.tr("Personnalisée : %1").replace("%1", custom), "custom")
            self.custom_rule = custom
        self.repeat.setCurrentIndex(self.repeat.findData(preset))
        self.count.setValue(count)
        self.count.setEnabled(preset != "none")

    def draft(self) -> BookingDraft:
        preset = self.repeat.currentData()
        if preset == "custom":
            rule = self.custom_rule
        elif preset == "none" or REPEATS.get(preset) is None:
            rule = None
        else:
            rule = f"{REPEATS[preset]};COUNT={self.count.value()}"
        return BookingDraft(
            specialist_id=self.specialist.currentData(ID_ROLE),
            start=_from_qt(self.start.dateTime()),
            end=_from_qt(self.end.dateTime()),
            engagement_id=self.engagement.currentData(ID_ROLE),
            status=self.status.currentData(),
            location=self.location.text().strip(),
            note=self.note.toPlainText().strip(),
            rrule=rule,
        )

    def problem(self) -> str | None:
        d = self.draft()
        if d.specialist_id is None:
            return self.tr("Choisissez un spécialiste.")
        if d.end <= d.start:
            return self.tr("La fin doit venir après le début.")
        if d.end - d.start > dt.timedelta(hours=24):
            return self.tr("Une réservation dure au plus 24 heures.")
        return None

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.show()
            return
        super().accept()

    # -- the small entry point a test can drive --------------------------------------------------------
    @classmethod
    def ask(cls, parent: QWidget | None, source, draft: BookingDraft, *, title: str | None = None,
            driver: Callable[[BookingDialog], bool] | None = None) -> BookingDraft | None:
        dialog = cls(source, draft, title, parent)
        try:
            if driver is not None:
                if driver(dialog):
                    dialog.accept()
                else:
                    dialog.reject()
                accepted = dialog.result() == QDialog.Accepted
            else:
                accepted = dialog.exec() == QDialog.Accepted
            return dialog.draft() if accepted else None
        finally:
            dialog.deleteLater()
