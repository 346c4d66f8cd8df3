"""The organisation's settings (administrators; read only for everyone else): name and
coordinates, tax registration numbers, signatory and logo (printed on the letters); Good Friday
or Easter Monday, fiscal year start, hour-bank carry-over; and the closures, year by year.

    outcome = SettingsDialog.ask(parent, ctx)
"""
from __future__ import annotations

import datetime as dt
import pathlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crec_desktop.domain import validation as v
from crec_desktop.domain.messages import Message, UserError, msg
from crec_desktop.services import absences, permissions
from crec_desktop.services import organisation as service
from crec_desktop.services.records import KEEP
from crec_desktop.ui.records.context import RecordsContext
from crec_desktop.ui.records.forms import RecordDialog, form_page, section_title
from crec_desktop.ui.records.table import Column, RecordTableModel


class ClosureModel(RecordTableModel):
    def make_columns(self) -> list[Column]:
        ctx = self.ctx
        return [Column("date", self.tr("Date"), lambda c: ctx.long_date(c.date), sort=lambda c: c.date),
                Column("name", self.tr("Fermeture"), lambda c: c.name)]


class ClosureDialog(RecordDialog):
    """One closure: a date and what it is."""

    permission = permissions.CLOSURE_EDIT

    def __init__(self, ctx: RecordsContext, closure=None, year: int | None = None, parent=None):
        super().__init__(ctx, parent)
        self.closure = closure
        self.setWindowTitle(self.tr("Fermeture") if closure else self.tr("Nouvelle fermeture"))
        self.date = self.date_field("date", optional=False)
        self.name = self.line("name", lambda t: v.parse_text(t, required=True), placeholder=self.tr("ex. : Veille de Noël"))
        form = QFormLayout()
        self.add_row(form, self.tr("Date"), "date")
        self.add_row(form, self.tr("Nom"), "name")
        self.finish(form)
        self.setMinimumWidth(420)
        if closure is not None:
            self.date.set_date(closure.date)
            self.name.setText(closure.name)
        else:
            day = ctx.day()
            self.date.set_date(day if year is None or year == day.year else dt.date(year, 1, 1))
        if not ctx.may(self.permission):
            self.set_read_only(ctx.refusal(self.permission))

    def save(self, values):
        if self.closure is None:
            return absences.create_closure(self.ctx.db, self.ctx.user, **values)
        return absences.change_closure(self.ctx.db, self.ctx.user, self.closure.id, self.closure.version, **values)

    def reload(self) -> None:
        current = {c.id: c for c in service.list_closures(self.ctx.db)}.get(self.closure.id) if self.closure else None
        if current is not None:
            self.closure = current
            self.date.set_date(current.date)
            self.name.setText(current.name)

    @classmethod
    def ask(cls, parent, ctx, closure=None, *, year: int | None = None, driver=None):
        return cls.run(cls(ctx, closure, year, parent), driver)


class SettingsDialog(RecordDialog):
    permission = permissions.SETTINGS_EDIT

    def __init__(self, ctx: RecordsContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.record = None
        self.logo: bytes | None = None
        self.logo_changed = False
        self.setWindowTitle(self.tr("Paramètres de l'organisation"))
        self.name = self.line("name", lambda t: v.parse_text(t, required=True))
        self.short_name = self.line("short_name", v.parse_text, placeholder="CREC")
        self.short_name.setFixedWidth(200)
        self.street = self.text_box("street", lambda t: v.parse_text(t, max_length=600), height=44, max_height=56)
        self.city = self.line("city", v.parse_text)
        self.province = self.line("province", v.parse_text)
        self.province.setFixedWidth(160)
        self.postal = self.line("postal_code", v.parse_postal_code, placeholder="G6V 3P5")
        self.postal.setFixedWidth(110)
        self.phone = self.line("phone", v.parse_phone, placeholder="418 555-0100")
        self.email = self.line("email", v.parse_email, placeholder="info@exemple.ca")
        self.gst = self.line("gst_number", v.parse_gst, placeholder="812345678 RT0001")
        self.gst.setFixedWidth(220)
        self.qst = self.line("qst_number", v.parse_qst, placeholder="1223456789 TQ0001")
        self.qst.setFixedWidth(220)
        self.signatory_name = self.line("signatory_name", v.parse_text)
        self.signatory_title = self.line("signatory_title", v.parse_text, placeholder=self.tr("ex. : Directrice générale"))
        self.easter = self.combo("easter_holiday", [(c, self.words.easter(c)) for c in ("good_friday", "easter_monday")])
        self.fiscal = self.combo("fiscal_year_start_month", [(m, ctx.month(m)) for m in range(1, 13)])
        self.carry = self.combo("carry_over", [(c, self.words.carry_rule(c)) for c in ("none", "all", "cap")])
        self.cap = self.line("carry_over_cap_hours", v.parse_hours, placeholder=self.tr("ex. : 20"))
        self.cap.setFixedWidth(140)
        self.terms = self.line("payment_terms_days", lambda t: v.parse_whole(t, 0, 365, required=True))
        self.terms.setFixedWidth(100)
        self.carry.currentIndexChanged.connect(self._carry_changed)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(96, 96)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setStyleSheet("border: 1px solid #c6cbd2; background: white;")
        self.choose_logo_button = QPushButton(self.tr("Choisir une image PNG…"))
        self.choose_logo_button.clicked.connect(self.choose_logo)
        self.clear_logo_button = QPushButton(self.tr("Logo du CREC"))
        self.clear_logo_button.setToolTip(self.tr("Revenir au logo dessiné du CREC"))
        self.clear_logo_button.clicked.connect(lambda: self.set_logo(None))
        self.logo_note = QLabel()
        self.logo_note.setWordWrap(True)
        self.logo_note.setEnabled(False)

        org = QFormLayout()
        org.addRow(section_title(self.tr("Organisation")))
        self.add_row(org, self.tr("Nom"), "name")
        self.add_row(org, self.tr("Sigle"), "short_name")
        self.add_row(org, self.tr("Adresse"), "street")
        self.add_row(org, self.tr("Ville"), "city")
        self.add_row(org, self.tr("Province"), "province", QLabel(self.tr("Code postal")), "postal_code")
        self.add_row(org, self.tr("Téléphone"), "phone")
        self.add_row(org, self.tr("Courriel"), "email")
        org.addRow(section_title(self.tr("Taxes et signature")))
        self.add_row(org, self.tr("Numéro de TPS"), "gst_number")
        self.add_row(org, self.tr("Numéro de TVQ"), "qst_number")
        self.add_row(org, self.tr("Signataire"), "signatory_name")
        self.add_row(org, self.tr("Fonction"), "signatory_title")
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        for button in (self.choose_logo_button, self.clear_logo_button):
            button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            button.setAutoDefault(False)
        buttons = QVBoxLayout()
        buttons.addWidget(self.choose_logo_button)
        buttons.addWidget(self.clear_logo_button)
        buttons.addWidget(self.logo_note)
        buttons.addStretch(1)
        logo_row.addLayout(buttons, 1)
        self.logo_message = self._register("logo_sha256", self.logo_preview, lambda: v.Checked(None)).message
        logo_box = QVBoxLayout()
        logo_box.addLayout(logo_row)
        logo_box.addWidget(self.logo_message)
        org.addRow(self.tr("Logo"), logo_box)

        rules = QFormLayout()
        rules.addRow(section_title(self.tr("Calendrier")))
        self.add_row(rules, self.tr("Congé de Pâques"), "easter_holiday")
        self.add_row(rules, self.tr("Début de l'exercice"), "fiscal_year_start_month")
        rules.addRow(section_title(self.tr("Banque d'heures des membres")))
        self.add_row(rules, self.tr("Report du solde"), "carry_over")
        self.add_row(rules, self.tr("Plafond du report (h)"), "carry_over_cap_hours")
        rules.addRow(section_title(self.tr("Lettres d'entente")))
        self.add_row(rules, self.tr("Délai de paiement (jours)"), "payment_terms_days")
        explain = QLabel(self.tr(
            "Le Vendredi saint ou le lundi de Pâques : l'employeur choisit lequel est férié (CNESST). "
            "Le solde d'une banque d'heures non utilisé à la fin de l'exercice passe à l'exercice suivant "
            "selon la règle de report."))
        explain.setWordWrap(True)
        explain.setEnabled(False)
        rules.addRow(explain)

        self.tabs = QTabWidget()
        self.tabs.addTab(form_page(org), self.tr("Organisation"))
        self.tabs.addTab(form_page(rules), self.tr("Calendrier et banques d'heures"))
        self.tabs.addTab(self._closures_page(), self.tr("Fermetures"))
        self.finish(self.tabs)
        self.resize(720, 700)
        self.load()
        if not ctx.may(self.permission):
            self.set_read_only(ctx.refusal(self.permission))
            self.choose_logo_button.hide()
            self.clear_logo_button.hide()

    # --- closures -------------------------------------------------------------------------------
    def _closures_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Année")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(self.ctx.day().year)
        self.year.valueChanged.connect(lambda _y: self.load_closures())
        top.addWidget(self.year)
        top.addStretch(1)
        layout.addLayout(top)
        self.closures_model = ClosureModel(self.ctx, self)
        self.closures = QTableView()
        self.closures.setModel(self.closures_model)
        self.closures.verticalHeader().setVisible(False)
        self.closures.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.closures.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.closures.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.closures.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.closures.horizontalHeader().setStretchLastSection(True)
        self.closures.doubleClicked.connect(lambda _i: self.edit_closure())
        layout.addWidget(self.closures, 1)
        note = QLabel(self.tr("Les jours fériés du Québec sont comptés d'office ; ajoutez ici les autres jours "
                              "où l'organisation est fermée."))
        note.setWordWrap(True)
        note.setEnabled(False)
        layout.addWidget(note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        editable = self.ctx.may(permissions.CLOSURE_EDIT)
        self.add_closure_button = QPushButton(self.tr("Ajouter…"))
        self.add_closure_button.clicked.connect(self.add_closure)
        self.edit_closure_button = QPushButton(self.tr("Modifier…"))
        self.edit_closure_button.clicked.connect(self.edit_closure)
        self.delete_closure_button = QPushButton(self.tr("Supprimer"))
        self.delete_closure_button.clicked.connect(self.delete_closure)
        for button in (self.add_closure_button, self.edit_closure_button, self.delete_closure_button):
            button.setAutoDefault(False)
            button.setEnabled(editable)
            buttons.addWidget(button)
        layout.addLayout(buttons)
        return page

    def load_closures(self) -> None:
        self.closures_model.set_rows(service.list_closures(self.ctx.db, self.year.value()))

    def selected_closure(self):
        rows = self.closures.selectionModel().selectedRows()
        return self.closures_model.row_at(rows[0].row()) if rows else None

    def add_closure(self) -> None:
        if ClosureDialog.ask(self, self.ctx, None, year=self.year.value()) is not None:
            self.load_closures()

    def edit_closure(self) -> None:
        closure = self.selected_closure()
        if closure is not None and ClosureDialog.ask(self, self.ctx, closure) is not None:
            self.load_closures()

    def delete_closure(self) -> None:
        closure = self.selected_closure()
        if closure is None:
            return
        try:
            absences.delete_closure(self.ctx.db, self.ctx.user, closure.id, closure.version)
        except UserError as exc:
            self.refused(exc)
        self.load_closures()

    # --- logo -----------------------------------------------------------------------------------
    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Logo de l'organisation"), "",
                                              self.tr("Images PNG (*.png)"))
        if name:
            self.set_logo(pathlib.Path(name).read_bytes())

    def set_logo(self, png: bytes | None) -> None:
        """Show the logo chosen (checked like the service checks it); saved with the rest."""
        field = self.fields["logo_sha256"]
        if png is not None:
            problem = service.logo_problem(png)
            if problem is not None:
                field.outside = problem
                self.revalidate()
                return
        field.outside = None
        self.logo = png
        self.logo_changed = True
        self._show_logo()
        self.revalidate()

    def _show_logo(self) -> None:
        pixmap = QPixmap()
        if self.logo and pixmap.loadFromData(self.logo, "PNG"):
            self.logo_preview.setPixmap(pixmap.scaled(88, 88, Qt.AspectRatioMode.KeepAspectRatio,
                                                      Qt.TransformationMode.SmoothTransformation))
            self.logo_note.setText(self.tr("Les lettres d'entente portent ce logo."))
        else:
            from crec_desktop.resources_path import resource  # noqa: PLC0415

            default = QPixmap(str(resource("logo", "crec-logo.png")))
            self.logo_preview.setPixmap(default.scaled(88, 88, Qt.AspectRatioMode.KeepAspectRatio,
                                                       Qt.TransformationMode.SmoothTransformation)
                                        if not default.isNull() else QPixmap())
            self.logo_note.setText(self.tr("Aucun logo choisi : les lettres portent le logo du CREC."))
        self.clear_logo_button.setEnabled(bool(self.logo) and not self.read_only)

    # --- values ---------------------------------------------------------------------------------
    def _carry_changed(self, _index: int = 0) -> None:
        self.cap.setEnabled(self.carry.currentData() == "cap" and not self.read_only)

    def load(self) -> None:
        self.record = service.organisation_record(self.ctx.db)
        self.logo = service.organisation_logo(self.ctx.db)
        self.logo_changed = False
        s = self.record.state
        address = v.split_address(s.address)
        self.name.setText(s.name)
        self.short_name.setText(s.short_name or "")
        self.street.setPlainText(address.street)
        self.city.setText(address.city or s.city or "")
        self.province.setText(address.province if s.address else "Québec")
        self.postal.setText(address.postal_code)
        self.phone.setText(s.phone or "")
        self.email.setText(s.email or "")
        self.gst.setText(s.gst_number or "")
        self.qst.setText(s.qst_number or "")
        self.signatory_name.setText(s.signatory_name or "")
        self.signatory_title.setText(s.signatory_title or "")
        self.easter.setCurrentIndex(max(0, self.easter.findData(s.easter_holiday)))
        self.fiscal.setCurrentIndex(max(0, self.fiscal.findData(s.fiscal_year_start_month)))
        self.carry.setCurrentIndex(max(0, self.carry.findData(s.carry_over)))
        self.cap.setText(self.ctx.number(v.read_decimal(s.carry_over_cap_hours)) if s.carry_over_cap_hours else "")
        self.terms.setText(str(s.payment_terms_days))
        self._carry_changed()
        self._show_logo()
        self.load_closures()
        self.filled()

    def cross_problems(self, values):
        if values.get("carry_over") == "cap" and values.get("carry_over_cap_hours") is None:
            return [("carry_over_cap_hours", msg("org.cap_needed"))]
        return []

    def field_for(self, service_field: str, problem: Message) -> str | None:
        if service_field == "address":
            return "postal_code" if problem.key == "valid.postal_code" else "street"
        return super().field_for(service_field, problem)

    def save(self, values):
        values = dict(values)
        values.pop("logo_sha256", None)
        address = v.Address(values.pop("street") or "", values.pop("city") or "", values.pop("province") or "",
                            values.pop("postal_code") or "")
        values["address"] = address.text()
        values["city"] = v.clean(address.city) or None
        if values.get("carry_over") != "cap":
            values["carry_over_cap_hours"] = None
        logo = self.logo if self.logo_changed else KEEP
        return service.update_organisation(self.ctx.db, self.ctx.user, self.record.version, logo=logo, **values)

    def freeze(self, widget: QWidget) -> None:
        if widget is not self.logo_preview:
            super().freeze(widget)

    @classmethod
    def ask(cls, parent, ctx: RecordsContext, *, driver=None):
        return cls.run(cls(ctx, parent), driver)
