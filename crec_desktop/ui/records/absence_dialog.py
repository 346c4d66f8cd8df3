"""An absence's form: whose, from when to when (whole days, end included), what kind, a note.
A specialist records their own; coordinators and above anyone's. Bookings already planned on
those days do not refuse it: the warning is shown after saving.

    outcome = AbsenceDialog.ask(parent, ctx, absence_id)                 # None for a new one
    outcome = AbsenceDialog.ask(parent, ctx, None, specialist_id=7)      # a new one for them
"""
from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QMessageBox, QWidget

from crec_desktop.domain import validation as v
from crec_desktop.services import absences as service
from crec_desktop.services import permissions
from crec_desktop.services.absence_list import absence_record
from crec_desktop.services.changes import AbsenceState
from crec_desktop.services.planning import people
from crec_desktop.ui.records.context import ABSENCE_KIND_CODES, RecordsContext
from crec_desktop.ui.records.forms import RecordDialog


class AbsenceDialog(RecordDialog):
    permission = permissions.ABSENCE_EDIT

    def __init__(self, ctx: RecordsContext, absence_id: int | None = None, *, specialist_id: int | None = None,
                 parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.absence_id = absence_id
        self.record = absence_record(ctx.db, absence_id) if absence_id is not None else None
        if self.record is not None:
            specialist_id = self.record.state.specialist_id
        self.setWindowTitle(self.tr("Absence") if absence_id else self.tr("Nouvelle absence"))
        user = ctx.user
        everyone = [p for p in people(ctx.db) if p.active or p.id == specialist_id]  # theirs, even if inactive
        own_only = user is not None and not ctx.may(permissions.ABSENCE_EDIT) and user.specialist_id is not None
        if own_only and absence_id is None:
            everyone = [p for p in everyone if p.id == user.specialist_id]
            specialist_id = user.specialist_id
        self.specialist = self.combo("specialist_id", [(None, self.tr("(choisir)"))] + [(p.id, p.name) for p in everyone],
                                     required=True)
        self.start = self.date_field("start_date", optional=False)
        self.end = self.date_field("end_date", optional=False)
        self.kind = self.combo("kind", [(code, self.words.absence_kind(code)) for code in ABSENCE_KIND_CODES])
        self.note = self.text_box("note", lambda t: v.parse_text(t, max_length=2000), height=60, max_height=90)
        form = QFormLayout()
        self.add_row(form, self.tr("Spécialiste"), "specialist_id")
        self.add_row(form, self.tr("Du"), "start_date")
        self.add_row(form, self.tr("Au (inclus)"), "end_date")
        self.add_row(form, self.tr("Type"), "kind")
        self.add_row(form, self.tr("Note"), "note")
        self.finish(form)
        self.setMinimumWidth(440)
        self.load(specialist_id)
        self.specialist.setEnabled(not own_only)
        owner = self.specialist.currentData()
        if not ctx.may(permissions.ABSENCE_EDIT, owner):
            self.set_read_only(ctx.refusal(permissions.ABSENCE_EDIT, owner)
                               or self.tr("Votre rôle ne permet pas de modifier cette absence."))

    def load(self, specialist_id: int | None = None) -> None:
        if self.absence_id is None:
            day = self.ctx.day()
            state = AbsenceState(specialist_id or 0, day, day, "vacation", None)
        else:
            self.record = absence_record(self.ctx.db, self.absence_id)
            state = self.record.state
        index = self.specialist.findData(state.specialist_id)
        self.specialist.setCurrentIndex(max(0, index))
        self.start.set_date(state.start_date)
        self.end.set_date(state.end_date)
        self.kind.setCurrentIndex(max(0, self.kind.findData(state.kind)))
        self.note.setPlainText(state.note or "")
        self.filled()

    def cross_problems(self, values):
        problem = v.dates_problem(values.get("start_date"), values.get("end_date"))
        return [("end_date", problem)] if problem else []

    def save(self, values):
        if self.record is None:
            outcome = service.create_absence(self.ctx.db, self.ctx.user, **values)
        else:
            outcome = service.change_absence(self.ctx.db, self.ctx.user, self.absence_id, self.record.version, **values)
        if outcome.warnings:
            QMessageBox.information(self, self.tr("Absence enregistrée"),
                                    "\n".join(outcome.warning_texts(self.lang)))
        return outcome

    @classmethod
    def ask(cls, parent, ctx: RecordsContext, absence_id: int | None, *, specialist_id: int | None = None,
            driver=None):
        return cls.run(cls(ctx, absence_id, specialist_id=specialist_id, parent=parent), driver)
