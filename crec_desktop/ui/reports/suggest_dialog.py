"""Rapports › Suggérer une ressource…: who could do some hours of work for a member, and when.

Choose the member, the domain, the hours and the period; « Chercher » lists the domain's
specialists ranked by their score (`services.suggestions`), the reasons of the one selected and
the slots proposed. « Réserver ces créneaux » books those slots as *tentative* bookings (after
a confirmation), on the engagement chosen or as internal time, through the scheduling write path
— the user's permissions apply — with one undo on the window's undo stack.

    SuggestDialog.open_for(window, db, user, "fr", undo_stack=window.undo_stack)
"""
from __future__ import annotations

import datetime as dt
import logging
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain.formatting import format_hours
from crec_desktop.domain.messages import UserError
from crec_desktop.services import planning, suggestions
from crec_desktop.services.permissions import BOOKING_EDIT, may
from crec_desktop.services.suggestion_listing import book_slots, nobody_text
from crec_desktop.ui.reports.models import SlotModel, SuggestionModel
from crec_desktop.ui.reports.report_dialog import date_edit, pydate, report_table

if TYPE_CHECKING:  # the database is the services' business: the window only passes it on
    from crec_desktop.store.db import Database

log = logging.getLogger(__name__)
CLOSED = ("completed", "cancelled")


class BookedSlotsCommand(QUndoCommand):
    """The tentative bookings just made: undo removes them, redo puts them back (through the services)."""

    def __init__(self, text: str, db: Database, user, outcome):
        super().__init__(text)
        self.db, self.user, self.token, self._first = db, user, outcome.undo, True

    def _run(self) -> None:
        from crec_desktop.services.scheduling import undo  # noqa: PLC0415

        try:
            self.token = undo(self.db, self.user, self.token).undo
        except UserError as exc:  # someone changed them meanwhile: drop the command
            log.info("undo of booked slots refused: %s", exc.text("en"))
            self.setObsolete(True)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._run()

    def undo(self) -> None:
        self._run()


class SuggestDialog(QDialog):
    def __init__(self, db: Database, user, lang: str = "fr", *, undo_stack: QUndoStack | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.user, self.lang, self.undo_stack = db, user, lang, undo_stack
        self.result: suggestions.Result | None = None
        start = db.clock.today()
        self.setWindowTitle(self.tr("Suggérer une ressource"))
        # what a test replaces: ask the user to confirm (True: go ahead)
        self.confirm = lambda text: QMessageBox.question(self, self.tr("Réserver ces créneaux"), text) \
            == QMessageBox.StandardButton.Yes

        self.member = QComboBox()
        self.member.setEditable(True)
        self.member.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for m in planning.members(db):
            if m.active:
                self.member.addItem(m.label, m.key)
        self.member.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.member.completer().setCompletionMode(self.member.completer().CompletionMode.PopupCompletion)
        self.domain = QComboBox()
        for code, name in planning.domains(db, lang):
            self.domain.addItem(name, code)
        self.hours = QDoubleSpinBox()
        self.hours.setLocale(QLocale(QLocale.Language.French, QLocale.Country.Canada) if lang == "fr"
                             else QLocale(QLocale.Language.English, QLocale.Country.Canada))
        self.hours.setRange(0.25, float(suggestions.MAX_HOURS))
        self.hours.setDecimals(2)
        self.hours.setSingleStep(0.5)
        self.hours.setValue(7.0)
        self.hours.setSuffix(" h")
        self.first_edit = date_edit(start, self)
        self.last_edit = date_edit(start + dt.timedelta(days=13), self)
        self.search_button = QPushButton(self.tr("&Chercher"))
        self.search_button.setDefault(True)
        self.search_button.clicked.connect(self.search)

        form = QFormLayout()
        form.addRow(self.tr("&Membre :"), self.member)
        form.addRow(self.tr("&Domaine :"), self.domain)
        form.addRow(self.tr("&Heures de travail :"), self.hours)
        dates = QHBoxLayout()
        dates.addWidget(self.first_edit)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.last_edit)
        dates.addStretch(1)
        dates.addWidget(self.search_button)
        period_label = QLabel(self.tr("&Période : du"))
        period_label.setBuddy(self.first_edit)
        form.addRow(period_label, dates)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.ranking_model = SuggestionModel(lang=lang, parent=self)
        self.ranking = report_table(self.ranking_model, self)
        self.ranking.setSelectionMode(self.ranking.SelectionMode.SingleSelection)
        self.ranking.selectionModel().selectionChanged.connect(self._selected)
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.slot_model = SlotModel(lang=lang, parent=self)
        self.slot_table = report_table(self.slot_model, self)
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(QLabel(self.tr("Pourquoi :")))
        details_layout.addWidget(self.reasons, 2)
        details_layout.addWidget(QLabel(self.tr("Créneaux proposés :")))
        details_layout.addWidget(self.slot_table, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.ranking)
        splitter.addWidget(details)
        splitter.setSizes([520, 500])
        self.ranking.horizontalHeader().setStretchLastSection(True)
        self.slot_table.horizontalHeader().setStretchLastSection(True)

        self.engagement = QComboBox()
        self.engagement.setToolTip(self.tr("Le mandat sur lequel réserver ces créneaux."))
        self.member.currentIndexChanged.connect(self._fill_engagements)
        self.domain.currentIndexChanged.connect(self._fill_engagements)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.book_button = self.buttons.addButton(self.tr("&Réserver ces créneaux"), QDialogButtonBox.ButtonRole.ActionRole)
        self.book_button.clicked.connect(self.book)
        self.buttons.rejected.connect(self.reject)
        engagement_label = QLabel(self.tr("Ma&ndat :"))
        engagement_label.setBuddy(self.engagement)
        bottom = QHBoxLayout()
        bottom.addWidget(engagement_label)
        bottom.addWidget(self.engagement, 1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1040, 620)
        self.set_domain("hr")
        self._fill_engagements()
        self._selected()

    # --- input --------------------------------------------------------------------------------

    def set_member(self, key: str) -> None:
        self.member.setCurrentIndex(self.member.findData(key))

    def set_domain(self, code: str) -> None:
        index = self.domain.findData(code)
        if index >= 0:
            self.domain.setCurrentIndex(index)

    def set_request(self, member: str, domain: str, hours: float, first: dt.date, last: dt.date) -> None:
        from crec_desktop.ui.reports.report_dialog import qdate  # noqa: PLC0415

        self.set_member(member)
        self.set_domain(domain)
        self.hours.setValue(hours)
        self.first_edit.setDate(qdate(first))
        self.last_edit.setDate(qdate(last))

    def _fill_engagements(self, *_args) -> None:
        """The member's open engagements, those of the domain first; or internal time."""
        key, code = self.member.currentData(), self.domain.currentData()
        self.engagement.clear()
        members = {m.key: m.id for m in planning.members(self.db)}
        mine = [e for e in planning.engagements(self.db) if e.member_id == members.get(key) and e.status not in CLOSED]
        mine.sort(key=lambda e: (e.domain_code != code, e.number))
        for e in mine:
            self.engagement.addItem(f"{e.number} — {e.title}", e.id)
        self.engagement.addItem(self.tr("Sans mandat (temps interne)"), None)

    # --- search -------------------------------------------------------------------------------

    def search(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.result = suggestions.suggest(self.db, self.member.currentData() or "", self.domain.currentData() or "",
                                              Decimal(str(round(self.hours.value(), 2))), pydate(self.first_edit.date()),
                                              pydate(self.last_edit.date()))
        except UserError as exc:
            self.result = None
            self.ranking_model.set_suggestions([])
            self.status.setText(exc.text(self.lang))
            self._selected()
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        found = self.result.suggestions
        self.ranking_model.set_suggestions(found)
        if found:
            self.status.setText(self.tr("%n spécialiste(s) proposé(s), du plus indiqué au moins indiqué.",
                                        "", len(found)))
            self.ranking.selectRow(0)
        else:
            self.status.setText(nobody_text(self.result, self.lang))
        self.ranking.resizeColumnsToContents()
        self._selected()

    def selected(self) -> suggestions.Suggestion | None:
        rows = self.ranking.selectionModel().selectedRows()
        return self.ranking_model.suggestion(rows[0].row()) if rows else None

    def _selected(self, *_args) -> None:
        chosen = self.selected()
        self.reasons.clear()
        self.slot_model.set_slots(chosen.slots if chosen else [])
        if chosen is not None:
            for reason in chosen.reasons:
                self.reasons.addItem(f"+{reason.points}  {reason.text(self.lang)}")
            self.slot_table.resizeColumnsToContents()
        allowed = chosen is not None and self.user is not None and may(self.user, BOOKING_EDIT, chosen.specialist_id)
        self.book_button.setEnabled(bool(allowed and chosen.slots))
        if chosen is not None and not allowed:
            self.book_button.setToolTip(self.tr("Votre rôle ne permet pas de réserver le temps de cette personne."))
        else:
            self.book_button.setToolTip(self.tr("Réserver ces créneaux comme réservations provisoires."))

    # --- booking ------------------------------------------------------------------------------

    def book(self) -> bool:
        """Book the selected suggestion's slots as tentative bookings (after confirmation)."""
        chosen = self.selected()
        if chosen is None or not chosen.slots or self.user is None:
            return False
        hours = format_hours(chosen.slot_hours, self.lang)
        text = (self.tr("Réserver %n créneau(x), %2 en tout, pour %3 ? Ce seront des réservations provisoires.",
                        "", len(chosen.slots))
                .replace("%2", hours).replace("%3", chosen.specialist_name))
        if not self.confirm(text):
            return False
        try:
            outcome = book_slots(self.db, self.user, chosen, engagement_id=self.engagement.currentData(),
                                 lang=self.lang)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Créneaux non réservés"), exc.text(self.lang))
            return False
        if self.undo_stack is not None:
            self.undo_stack.push(BookedSlotsCommand(
                self.tr("réserver %n créneau(x) pour %2", "", len(chosen.slots))
                .replace("%2", chosen.specialist_name), self.db, self.user, outcome))
        done = self.tr("%n créneau(x) réservé(s) pour %2.", "", len(chosen.slots)) \
            .replace("%2", chosen.specialist_name)
        warnings = "\n".join(w.text(self.lang) for w in outcome.warnings)
        self.search()
        self.status.setText(done + (f"\n{warnings}" if warnings else ""))
        return True

    @classmethod
    def open_for(cls, parent: QWidget | None, db: Database, user, lang: str,
                 undo_stack: QUndoStack | None = None) -> SuggestDialog:
        dialog = cls(db, user, lang, undo_stack=undo_stack, parent=parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog
