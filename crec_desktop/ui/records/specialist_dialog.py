"""The specialist's form: identity, access (login, role), work (domains in order, rate, weekly
and daily hours, colour) — and beside it their load this month and their absences.

    outcome = SpecialistDialog.ask(parent, ctx, "mlavoie")   # or None for a new specialist
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain import validation as v
from crec_desktop.services import permissions
from crec_desktop.services import specialists as service
from crec_desktop.services.specialists import SpecialistState
from crec_desktop.ui.records.context import ROLE_CODES, RecordsContext, Words
from crec_desktop.ui.records.forms import RecordDialog, form_page, section_title, set_time
from crec_desktop.ui.records.table import Column, RecordTableModel


class DomainPicker(QListWidget):
    """The domains of expertise, checked ones in order (drag to reorder: the first is the main one)."""

    changed = Signal()

    def __init__(self, domains: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.names = dict(domains)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.set_codes(())
        self.itemChanged.connect(lambda _i: self.changed.emit())
        self.model().rowsMoved.connect(lambda *_a: self.changed.emit())
        self.setFixedHeight(self.sizeHintForRow(0) * max(1, self.count()) + 2 * self.frameWidth() + 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_codes(self, codes) -> None:
        self.blockSignals(True)
        self.clear()
        ordered = list(codes) + [c for c in self.names if c not in codes]
        for code in ordered:
            item = QListWidgetItem(self.names.get(code, code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsDragEnabled)
            item.setCheckState(Qt.CheckState.Checked if code in codes else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(False)
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        return tuple(self.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.count())
                     if self.item(i).checkState() == Qt.CheckState.Checked)

    def set_checked(self, code: str, checked: bool) -> None:
        for i in range(self.count()):
            if self.item(i).data(Qt.ItemDataRole.UserRole) == code:
                self.item(i).setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop if read_only
                             else QAbstractItemView.DragDropMode.InternalMove)
        for i in range(self.count()):
            item = self.item(i)
            flags = item.flags()
            item.setFlags(flags & ~Qt.ItemFlag.ItemIsUserCheckable if read_only else flags | Qt.ItemFlag.ItemIsUserCheckable)


class ColourField(QWidget):
    """#rrggbb typed, or chosen in Qt's colour dialog; a swatch shows it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("#2e7d32")
        self.edit.setFixedWidth(110)
        self.button = QToolButton()
        self.button.setToolTip(self.tr("Choisir une couleur…"))
        self.button.setFixedSize(28, 22)
        self.button.clicked.connect(self.choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.button)
        layout.addStretch(1)
        self.edit.textChanged.connect(self._paint)
        self._paint()

    def _paint(self) -> None:
        checked = v.parse_colour(self.edit.text())
        colour = checked.value if checked.ok and checked.value else None
        self.button.setStyleSheet(f"background: {colour}; border: 1px solid #888;" if colour
                                  else "border: 1px dashed #888;")

    def choose(self) -> None:
        checked = v.parse_colour(self.edit.text())
        start = QColor(checked.value) if checked.ok and checked.value else QColor("#2e7d32")
        colour = QColorDialog.getColor(start, self, self.tr("Couleur du spécialiste"))
        if colour.isValid():
            self.edit.setText(colour.name())

    def setReadOnly(self, read_only: bool) -> None:  # noqa: N802
        from crec_desktop.ui.records.forms import READ_ONLY_STYLE  # noqa: PLC0415

        self.edit.setReadOnly(read_only)
        self.edit.setStyleSheet(READ_ONLY_STYLE if read_only else "")
        self.button.setEnabled(not read_only)


class AbsenceLinesModel(RecordTableModel):
    """The specialist's absences in their form."""

    def make_columns(self) -> list[Column]:
        words, ctx = Words(self), self.ctx
        return [Column("start", self.tr("Du"), lambda a: ctx.date(a.start_date), sort=lambda a: a.start_date),
                Column("end", self.tr("Au"), lambda a: ctx.date(a.end_date), sort=lambda a: a.end_date),
                Column("kind", self.tr("Type"), lambda a: words.absence_kind(a.kind)),
                Column("note", self.tr("Note"), lambda a: a.note or "")]


class SpecialistDialog(RecordDialog):
    permission = permissions.SPECIALIST_EDIT

    def __init__(self, ctx: RecordsContext, key: str | None = None, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.key = key
        self.record = None
        self.absences_changed = False  # an absence was added or changed from this form
        self.setWindowTitle(self.tr("Spécialiste") if key else self.tr("Nouveau spécialiste"))
        self.name = self.line("name", lambda t: v.parse_text(t, required=True))
        self.title_edit = self.line("title", v.parse_text, placeholder=self.tr("ex. : Conseillère en ressources humaines"))
        self.key_edit = self.line("key", v.parse_key, placeholder="mlavoie")
        self.key_edit.setToolTip(self.tr("L'identifiant du spécialiste dans les fichiers d'échange ; "
                                         "il ne change plus une fois enregistré."))
        self.email = self.line("email", v.parse_email, placeholder="nom@exemple.ca")
        self.phone = self.line("phone", v.parse_phone, placeholder="418 555-0142, poste 211")
        self.login = self.line("login", v.parse_login)
        self.login.setToolTip(self.tr("Le nom de session Windows ou macOS de la personne : il lui donne son rôle."))
        self.role = self.combo("role", [(code, self.words.role(code)) for code in ROLE_CODES])
        self.active = self.check("active", self.tr("Actif (planifiable, peut ouvrir une session)"))
        self.domains = self.custom("domains", DomainPicker(ctx.domains()), lambda: v.Checked(self.domains.codes()))
        self.domains.changed.connect(lambda: self._changed("domains"))
        self.rate = self.line("hourly_rate", v.parse_money, placeholder=self.tr("ex. : 92,50"))
        self.rate.setFixedWidth(140)
        self.weekly = self.line("weekly_hours", lambda t: v.parse_hours(t, required=True, maximum=v.MAX_WEEKLY_HOURS),
                                placeholder="35")
        self.weekly.setFixedWidth(140)
        self.start = self.time_field("workday_start")
        self.end = self.time_field("workday_end")
        colour = ColourField()
        self.colour = self.custom("colour", colour, lambda: v.parse_colour(colour.edit.text()), colour.edit.textChanged)
        colour.edit.textEdited.connect(lambda _t: self._changed("colour"))
        self.name.textEdited.connect(self._suggest_key)

        form = QFormLayout()
        form.addRow(section_title(self.tr("Identité")))
        self.add_row(form, self.tr("Nom"), "name")
        self.add_row(form, self.tr("Titre"), "title")
        self.add_row(form, self.tr("Identifiant"), "key")
        self.add_row(form, self.tr("Courriel"), "email")
        self.add_row(form, self.tr("Téléphone"), "phone")
        form.addRow(section_title(self.tr("Accès")))
        self.add_row(form, self.tr("Connexion"), "login")
        self.add_row(form, self.tr("Rôle"), "role")
        self.add_row(form, "", "active")
        form.addRow(section_title(self.tr("Travail")))
        hint = QLabel(self.tr("Glissez pour ordonner : le premier est le domaine principal."))
        hint.setEnabled(False)
        self.add_row(form, self.tr("Domaines"), "domains", below=hint)
        self.add_row(form, self.tr("Taux horaire ($)"), "hourly_rate")
        self.add_row(form, self.tr("Heures par semaine"), "weekly_hours")
        self.add_row(form, self.tr("Journée de travail"), "workday_start", QLabel("–"), "workday_end")
        self.add_row(form, self.tr("Couleur"), "colour")

        body = QHBoxLayout()
        left = form_page(form)
        left.setMinimumWidth(430)
        body.addWidget(left, 3)
        self.side = None
        if key is not None:
            self.side = self._side_panel()
            body.addWidget(self.side, 2)
        self.finish(body)
        self.resize(980 if key else 560, 640)
        self.load()
        if not ctx.may(self.permission):
            self.set_read_only(ctx.refusal(self.permission) or self.tr("Votre rôle ne permet pas de modifier les spécialistes."))

    # --- beside the form: load and absences ---------------------------------------------------------
    def _side_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 0, 0, 0)
        self.load_box = QGroupBox()
        load_layout = QFormLayout(self.load_box)
        self.expected_label, self.booked_label, self.off_label = QLabel(), QLabel(), QLabel()
        self.load_bar = QProgressBar()
        self.load_bar.setRange(0, 100)
        self.load_bar.setTextVisible(True)
        load_layout.addRow(self.tr("Heures attendues"), self.expected_label)
        load_layout.addRow(self.tr("Heures réservées"), self.booked_label)
        load_layout.addRow(self.tr("Charge"), self.load_bar)
        load_layout.addRow(self.tr("Jours non travaillés"), self.off_label)
        layout.addWidget(self.load_box)
        absences = QGroupBox(self.tr("Absences (en cours et à venir)"))
        absences_layout = QVBoxLayout(absences)
        self.absences_model = AbsenceLinesModel(self.ctx, self)
        self.absences_table = QTableView()
        self.absences_table.setModel(self.absences_model)
        self.absences_table.verticalHeader().setVisible(False)
        self.absences_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.absences_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.absences_table.horizontalHeader().setStretchLastSection(True)
        self.absences_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.absences_table.doubleClicked.connect(lambda _i: self.edit_absence())
        absences_layout.addWidget(self.absences_table)
        buttons = QHBoxLayout()
        self.add_absence_button = QPushButton(self.tr("Ajouter une absence…"))
        self.add_absence_button.clicked.connect(self.add_absence)
        buttons.addStretch(1)
        buttons.addWidget(self.add_absence_button)
        absences_layout.addLayout(buttons)
        layout.addWidget(absences, 1)
        return panel

    def _fill_side(self) -> None:
        if self.side is None or self.record is None:
            return
        day = self.ctx.day()
        self.load_box.setTitle(self.tr("Charge de %1 %2").replace("%1", self.ctx.month(day.month))
                               .replace("%2", str(day.year)))
        load = service.specialist_month_load(self.ctx.db, self.record.id, day)
        if load is not None:
            total = load.total()
            self.expected_label.setText(self.ctx.hours(total.expected_hours))
            booked = self.ctx.hours(total.booked_hours)
            if total.tentative_minutes:
                booked = self.tr("%1 (dont %2 provisoires)").replace("%1", booked).replace(
                    "%2", self.ctx.hours(total.tentative_hours))
            self.booked_label.setText(booked)
            ratio = total.utilisation
            self.load_bar.setValue(min(100, int(ratio * 100)) if ratio is not None else 0)
            self.load_bar.setFormat(self.ctx.percent(ratio))
            off = {}
            for d in load.days:
                if d.off and d.off != "weekend":
                    off[d.off] = off.get(d.off, 0) + 1
            parts = []
            if off.get("absence"):
                parts.append(self.tr("%n jour(s) d'absence", "", off["absence"]))
            if off.get("holiday"):
                parts.append(self.tr("%n jour(s) férié(s)", "", off["holiday"]))
            if off.get("closure"):
                parts.append(self.tr("%n jour(s) de fermeture", "", off["closure"]))
            self.off_label.setText(", ".join(parts) or self.tr("aucun"))
        else:
            self.expected_label.setText("—")
        first = day.replace(day=1)
        self.absences_model.set_rows(service.specialist_absences(self.ctx.db, self.record.id, since=first))
        self.add_absence_button.setEnabled(self.ctx.may(permissions.ABSENCE_EDIT, self.record.id))

    def add_absence(self) -> None:
        from crec_desktop.ui.records.absence_dialog import AbsenceDialog  # noqa: PLC0415

        if AbsenceDialog.ask(self, self.ctx, None, specialist_id=self.record.id) is not None:
            self.absences_changed = True
            self._fill_side()

    def edit_absence(self) -> None:
        from crec_desktop.ui.records.absence_dialog import AbsenceDialog  # noqa: PLC0415

        rows = self.absences_table.selectionModel().selectedRows()
        if not rows:
            return
        line = self.absences_model.row_at(rows[0].row())
        if AbsenceDialog.ask(self, self.ctx, line.id) is not None:
            self.absences_changed = True
            self._fill_side()

    # --- values -------------------------------------------------------------------------------------
    def _suggest_key(self, text: str) -> None:
        if self.key is None and not self.fields["key"].touched:
            self.key_edit.setText(service.suggest_key(self.ctx.db, text) if text.strip() else "")

    def load(self) -> None:
        if self.key is None:
            self.fill(SpecialistState(key="", name=""))
            return
        self.record = service.specialist_record(self.ctx.db, self.key)
        self.key_edit.setReadOnly(True)
        self.fill(self.record.state)
        self._fill_side()

    def fill(self, s: SpecialistState) -> None:
        self.name.setText(s.name)
        self.title_edit.setText(s.title or "")
        self.key_edit.setText(s.key)
        self.email.setText(s.email or "")
        self.phone.setText(s.phone or "")
        self.login.setText(s.login or "")
        self.role.setCurrentIndex(max(0, self.role.findData(s.role)))
        self.active.setChecked(s.active)
        self.domains.set_codes(s.domains)
        self.rate.setText(self.ctx.amount_text(s.hourly_rate))
        self.weekly.setText(self.ctx.number(Decimal(s.weekly_hours)))
        set_time(self.start, s.workday_start)
        set_time(self.end, s.workday_end)
        self.colour.edit.setText(s.colour or "")
        self.filled()

    def cross_problems(self, values):
        problem = v.times_problem(values.get("workday_start"), values.get("workday_end"))
        return [("workday_end", problem)] if problem else []

    def save(self, values):
        if self.record is None:
            return service.create_specialist(self.ctx.db, self.ctx.user, SpecialistState(**values))
        values.pop("key", None)
        return service.update_specialist(self.ctx.db, self.ctx.user, self.key, self.record.version, **values)

    @classmethod
    def ask(cls, parent, ctx: RecordsContext, key: str | None, *, driver=None, on_absences=None):
        """The Outcome of the save (None: cancelled); on_absences() is called if absences changed."""
        dialog = cls(ctx, key, parent)
        outcome = cls.run(dialog, driver)
        if dialog.absences_changed and on_absences is not None:
            on_absences()
        return outcome

