"""The engagement's form: its status and the steps of its workflow (each a deliberate button),
its hours against the budget with a bar, its fields, the texts of its letter, its booked
sessions and its issued letters (with the letter preview when that screen is installed).

    outcome = EngagementDialog.ask(parent, ctx, "2026-014")   # or None for a new engagement
"""
from __future__ import annotations

import importlib.util
from decimal import Decimal

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain import validation as v
from crec_desktop.domain import workflow
from crec_desktop.domain.formatting import format_time
from crec_desktop.domain.messages import UserError
from crec_desktop.domain.timeutil import to_local
from crec_desktop.services import engagements as service
from crec_desktop.services import letters, permissions
from crec_desktop.services.changes import StaleEdit
from crec_desktop.services.engagements import EngagementState
from crec_desktop.services.planning import members, people
from crec_desktop.ui.records.context import RecordsContext, Words
from crec_desktop.ui.records.engagements import STATUS_COLOURS
from crec_desktop.ui.records.forms import RecordDialog, form_page
from crec_desktop.ui.records.table import Column, RecordTableModel

LETTERS_UI = "crec_desktop.ui.letters"


def letters_screen_available() -> bool:
    try:
        return importlib.util.find_spec(LETTERS_UI) is not None
    except ImportError:
        return False


class HoursBar(QWidget):
    """Done hours (dark), the rest of the planned hours (light) against the budget (a mark)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.budget: Decimal | None = None
        self.planned = Decimal(0)
        self.done = Decimal(0)
        self.setMinimumHeight(18)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_hours(self, budget: Decimal | None, planned: Decimal, done: Decimal) -> None:
        self.budget, self.planned, self.done = budget, planned, done
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 - Qt API
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(QColor("#b8bec7")))
        painter.setBrush(QColor("#f4f5f7"))
        painter.drawRoundedRect(rect, 3, 3)
        scale = max(self.budget or 0, self.planned, self.done, Decimal(1))
        over = self.budget is not None and self.planned > self.budget

        def width(hours: Decimal) -> float:
            return float(hours / scale) * rect.width()

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f2a093") if over else QColor("#a9c7ee"))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width(self.planned), rect.height()), 3, 3)
        painter.setBrush(QColor("#b42318") if over else QColor("#2f6db5"))
        painter.drawRoundedRect(QRectF(rect.left(), rect.top(), width(self.done), rect.height()), 3, 3)
        if self.budget:
            x = rect.left() + width(self.budget)
            painter.setPen(QPen(QColor("#1d2330"), 2))
            painter.drawLine(int(x), int(rect.top()) - 1, int(x), int(rect.bottom()) + 1)
        painter.end()


class SessionModel(RecordTableModel):
    """The engagement's booked occurrences."""

    def is_active(self, row) -> bool:
        return row.status == "confirmed"

    def make_columns(self) -> list[Column]:
        ctx, lang, words = self.ctx, self.lang, Words(self)
        return [
            Column("date", self.tr("Date"), lambda s: ctx.date(to_local(s.start).date()), sort=lambda s: s.start),
            Column("time", self.tr("Heure"), lambda s: f"{format_time(s.start, lang)} – {format_time(s.end, lang)}",
                   sort=lambda s: to_local(s.start).time()),
            Column("hours", self.tr("Durée"), lambda s: ctx.hours(s.hours), sort=lambda s: s.hours, number=True),
            Column("specialist", self.tr("Spécialiste"), lambda s: s.specialist),
            Column("status", self.tr("Statut"), lambda s: words.booking_status(s.status)),
            Column("location", self.tr("Lieu"), lambda s: s.location or ""),
        ]


class IssuedModel(RecordTableModel):
    """The versions of the engagement's letter that were issued."""

    def make_columns(self) -> list[Column]:
        ctx, lang = self.ctx, self.lang
        return [
            Column("version", self.tr("Version"), lambda i: str(i.version), sort=lambda i: i.version, number=True),
            Column("issued_at", self.tr("Émise le"), lambda i: f"{ctx.long_date(to_local(i.issued_at).date())}, "
                                                             f"{format_time(i.issued_at, lang)}", sort=lambda i: i.issued_at),
            Column("issued_by", self.tr("Par"), lambda i: i.issued_by),
            Column("language", self.tr("Langue"), lambda i: {"fr": self.tr("français"), "en": self.tr("anglais")}
                   .get(i.language, i.language)),
            Column("sha256", self.tr("Empreinte SHA-256"), lambda i: i.sha256[:16] + "…", tip=lambda i: i.sha256),
        ]


class EngagementDialog(RecordDialog):
    permission = permissions.ENGAGEMENT_EDIT

    def __init__(self, ctx: RecordsContext, number: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.number = number
        self.record = None
        self.row = None
        self.stepped = False
        self.loaded_values: dict | None = None
        self.setWindowTitle(self.tr("Mandat") if number else self.tr("Nouveau mandat"))

        self.number_edit = self.line("number", v.parse_engagement_number, placeholder="2026-014")
        self.number_edit.setFixedWidth(140)
        self.title_edit = self.line("title", lambda t: v.parse_text(t, required=True))
        member_choices = members(ctx.db)
        self._members = {m.id: m for m in member_choices}
        self.member = self.combo("member_id", [(None, self.tr("(choisir)"))] + [
            (m.id, f"{m.label} — {m.name}" if m.short_name else m.name) for m in member_choices if m.active],
            required=True)
        self._domains = service.domain_choices(ctx.db, ctx.lang)
        self.domain = self.combo("domain_id", [(None, self.tr("(choisir)"))] + [(i, n) for i, _c, n in self._domains],
                                 required=True)
        self._people = {p.id: p for p in people(ctx.db)}
        self.lead = self.combo("lead_id", [(None, self.tr("(aucun)"))] + [
            (p.id, p.name) for p in self._people.values() if p.active])
        self.language = self.combo("language", [("fr", self.words.language("fr")), ("en", self.words.language("en"))])
        self.taxable = self.check("taxable", self.tr("Taxable (TPS et TVQ)"))
        self.rate = self.line("hourly_rate", v.parse_money, placeholder=self.tr("celui du responsable"))
        self.rate.setFixedWidth(160)
        self.budget = self.line("budget_hours", v.parse_hours, placeholder=self.tr("ex. : 40"))
        self.budget.setFixedWidth(160)
        self.start = self.date_field("start_date", optional=True)
        self.end = self.date_field("end_date", optional=True)
        self.context_text = self.text_box("context", lambda t: v.parse_text(t, max_length=service.TEXT_LIMIT))
        self.scope = self.text_box("scope", lambda t: v.parse_text(t, max_length=service.TEXT_LIMIT))
        self.deliverables = self.text_box("deliverables", lambda t: v.parse_text(t, max_length=service.TEXT_LIMIT))
        self.exclusions = self.text_box("exclusions", lambda t: v.parse_text(t, max_length=service.TEXT_LIMIT))

        main = QFormLayout()
        self.add_row(main, self.tr("Numéro"), "number")
        self.add_row(main, self.tr("Titre"), "title")
        self.add_row(main, self.tr("Membre"), "member_id")
        self.add_row(main, self.tr("Domaine"), "domain_id")
        self.add_row(main, self.tr("Responsable"), "lead_id")
        self.add_row(main, self.tr("Début"), "start_date")
        self.add_row(main, self.tr("Fin"), "end_date")
        self.add_row(main, self.tr("Heures au budget"), "budget_hours")
        self.add_row(main, self.tr("Taux horaire ($)"), "hourly_rate")
        self.add_row(main, "", "taxable")
        self.add_row(main, self.tr("Langue de la lettre"), "language")
        texts = QFormLayout()
        self.add_row(texts, self.tr("Contexte"), "context")
        self.add_row(texts, self.tr("Objet et portée"), "scope")
        self.add_row(texts, self.tr("Livrables"), "deliverables")
        self.add_row(texts, self.tr("Exclusions"), "exclusions")

        self.tabs = QTabWidget()
        self.tabs.addTab(form_page(main), self.tr("Mandat"))
        self.tabs.addTab(form_page(texts), self.tr("Textes de la lettre"))
        self.sessions_model = SessionModel(ctx, self)
        self.issued_model = IssuedModel(ctx, self)
        self.preview_button = None
        if number is not None:
            self.sessions_table = self._table(self.sessions_model)
            self.tabs.addTab(self.sessions_table, self.tr("Séances"))
            letters_page = QWidget()
            letters_layout = QVBoxLayout(letters_page)
            self.issued_table = self._table(self.issued_model)
            letters_layout.addWidget(self.issued_table)
            self.no_letter = QLabel(self.tr("Aucune lettre d'entente émise pour ce mandat."))
            self.no_letter.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            letters_layout.addWidget(self.no_letter, 1)
            if letters_screen_available():
                row = QHBoxLayout()
                row.addStretch(1)
                self.preview_button = QPushButton(self.tr("Aperçu de la lettre…"))
                self.preview_button.clicked.connect(self.preview_letter)
                row.addWidget(self.preview_button)
                letters_layout.addLayout(row)
            self.tabs.addTab(letters_page, self.tr("Lettres émises"))

        top = QVBoxLayout()
        top.addLayout(self._status_bar())
        top.addWidget(self._hours_panel())
        top.addWidget(self.tabs, 1)
        self.finish(top)
        self.resize(820, 680)
        self.load()
        if not ctx.may(self.permission):
            self.set_read_only(ctx.refusal(self.permission) or self.tr("Votre rôle ne permet pas de modifier les mandats."))
        self._update_steps()

    # --- pieces ---------------------------------------------------------------------------------
    def _table(self, model) -> QTableView:
        table = QTableView()
        table.setModel(model)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _status_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(QLabel(self.tr("Statut :")))
        bar.addWidget(self.status_label)
        bar.addStretch(1)
        self.step_buttons: dict[str, QPushButton] = {}
        texts = {workflow.SEND: self.tr("Marquer comme envoyé"), workflow.SIGN: self.tr("Marquer comme signé"),
                 workflow.START: self.tr("Commencer"), workflow.COMPLETE: self.tr("Terminer"),
                 workflow.CANCEL: self.tr("Annuler le mandat")}
        for step, text in texts.items():
            button = QPushButton(text)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, s=step: self.take_step(s))
            bar.addWidget(button)
            self.step_buttons[step] = button
        return bar

    def _hours_panel(self) -> QWidget:
        panel = QWidget()
        layout = QHBoxLayout(panel)
        layout.setContentsMargins(0, 4, 0, 4)
        self.hours_label = QLabel()
        self.hours_bar = HoursBar()
        layout.addWidget(QLabel(self.tr("Heures :")))
        layout.addWidget(self.hours_bar, 1)
        layout.addWidget(self.hours_label)
        return panel

    # --- values ---------------------------------------------------------------------------------
    def load(self) -> None:
        if self.number is None:
            number = service.next_number(self.ctx.db, self.ctx.day().year)
            self.fill(EngagementState(number=number, member_id=0, domain_id=0, title=""))
            self.status_label.setText(self.words.status(workflow.DRAFT))
            self.hours_bar.set_hours(None, Decimal(0), Decimal(0))
            self.hours_label.setText(self.tr("aucune séance"))
            return
        self.record = service.engagement_record(self.ctx.db, self.number)
        (self.row,) = service.list_engagements(self.ctx.db, engagement_ids=[self.record.id])
        state = self.record.state
        self._ensure_choice(self.member, state.member_id, lambda i: self._members[i].name if i in self._members else str(i))
        self._ensure_choice(self.lead, state.lead_id, lambda i: self._people[i].name if i in self._people else str(i))
        self.number_edit.setReadOnly(True)
        self.fill(state)
        self.setWindowTitle(self.tr("Mandat %1").replace("%1", state.number))
        self.status_label.setText(self.words.status(state.status))
        colour = STATUS_COLOURS.get(state.status)
        self.status_label.setStyleSheet(f"background: {colour.name() if colour else 'transparent'}; padding: 2px 8px;"
                                        " border-radius: 3px; font-weight: bold;")
        row = self.row
        self.hours_bar.set_hours(row.budget_hours, row.planned_hours, row.done_hours)
        ctx = self.ctx
        if row.budget_hours:
            text = self.tr("%1 faites, %2 planifiées sur %3 au budget").replace("%1", ctx.hours(row.done_hours)) \
                .replace("%2", ctx.hours(row.planned_hours)).replace("%3", ctx.hours(row.budget_hours))
            if row.over:
                text += " — " + self.tr("dépassement de %1").replace("%1", ctx.hours(row.planned_hours - row.budget_hours))
        else:
            text = self.tr("%1 faites, %2 planifiées, sans budget").replace("%1", ctx.hours(row.done_hours)) \
                .replace("%2", ctx.hours(row.planned_hours))
        self.hours_label.setText(text)
        self.sessions_model.set_rows(service.engagement_sessions(ctx.db, self.record.id))
        issued = letters.issued_letters(ctx.db, self.number)
        self.issued_model.set_rows(issued)
        self.issued_table.setVisible(bool(issued))
        self.no_letter.setVisible(not issued)
        self._update_steps()

    def _ensure_choice(self, box, value, label) -> None:
        """An inactive member or lead still shows on the engagements that have them."""
        if value is not None and box.findData(value) < 0:
            box.addItem(label(value), value)

    def fill(self, s: EngagementState) -> None:
        self.number_edit.setText(s.number)
        self.title_edit.setText(s.title)
        self.member.setCurrentIndex(max(0, self.member.findData(s.member_id or None)))
        self.domain.setCurrentIndex(max(0, self.domain.findData(s.domain_id or None)))
        self.lead.setCurrentIndex(max(0, self.lead.findData(s.lead_id)))
        self.language.setCurrentIndex(max(0, self.language.findData(s.language)))
        self.taxable.setChecked(s.taxable)
        self.rate.setText(self.ctx.amount_text(s.hourly_rate))
        self.budget.setText(self.ctx.number(Decimal(s.budget_hours)) if s.budget_hours else "")
        self.start.set_date(s.start_date)
        self.end.set_date(s.end_date)
        self.context_text.setPlainText(s.context or "")
        self.scope.setPlainText(s.scope or "")
        self.deliverables.setPlainText(s.deliverables or "")
        self.exclusions.setPlainText(s.exclusions or "")
        self.filled()
        self.loaded_values = self.parsed()[0]

    def revalidate(self):
        problems = super().revalidate()
        if hasattr(self, "step_buttons"):
            self._update_steps()
        return problems

    def is_dirty(self) -> bool:
        return self.loaded_values is not None and self.parsed()[0] != self.loaded_values

    def cross_problems(self, values):
        problem = v.dates_problem(values.get("start_date"), values.get("end_date"))
        return [("end_date", problem)] if problem else []

    def save(self, values):
        if self.record is None:
            return service.create_engagement(self.ctx.db, self.ctx.user, EngagementState(**values))
        values.pop("number", None)
        return service.update_engagement(self.ctx.db, self.ctx.user, self.number, self.record.version, **values)

    # --- the workflow ---------------------------------------------------------------------------
    def _update_steps(self) -> None:
        status = self.record.state.status if self.record is not None else None
        allowed = workflow.steps_from(status) if status else ()
        editable = self.record is not None and not self.read_only and self.ctx.may(self.permission)
        dirty = editable and self.is_dirty()
        for step, button in self.step_buttons.items():
            button.setVisible(step in allowed and (editable or self.read_only))
            button.setEnabled(editable and not dirty)
            button.setToolTip(self.tr("Enregistrez d'abord vos modifications.") if dirty else "")

    def take_step(self, step: str) -> bool:
        """One step of the workflow, asked for on purpose (cancelling is confirmed first)."""
        if self.record is None or self.read_only:
            return False
        if step == workflow.CANCEL and not self.confirm_cancel():
            return False
        try:
            self.outcome = service.take_step(self.ctx.db, self.ctx.user, self.number, self.record.version, step)
        except StaleEdit as exc:
            if self.ask_reload(exc.text(self.lang)):
                self.reload()
            return False
        except UserError as exc:
            self.refused(exc)
            return False
        self.stepped = True
        self.load()
        return True

    def confirm_cancel(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Annuler le mandat"),
            self.tr("Annuler le mandat %1 ? Il restera dans l'historique, au statut « annulé ».").replace("%1", self.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- letters --------------------------------------------------------------------------------
    def preview_letter(self) -> None:
        from crec_desktop.ui.letters import preview  # noqa: PLC0415 - the letters' screen, when installed

        preview.open_letter_preview(self, self.ctx.db, self.ctx.user, self.number, self.lang)

    @classmethod
    def ask(cls, parent, ctx: RecordsContext, number: str | None, *, driver=None):
        """The Outcome of the last save or step (None: nothing was changed)."""
        dialog = cls(ctx, number, parent)
        saved = cls.run(dialog, driver)
        return saved if saved is not None else (dialog.outcome if dialog.stepped else None)
